import { expect } from '@open-wc/testing';
import belgium from '../data/belgium.json';
import { validateDataset } from '../src/data/validate.js';
import type { Dataset, PolicyEvent, Text } from '../src/data/types.js';

const LANGUAGES = ['en', 'nl', 'fr', 'de'];
const { dataset, problems } = validateDataset(belgium);
const data = dataset as Dataset;
const event = (id: string): PolicyEvent => {
  const found = data.events.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the Belgian data has no event "${id}"`);
  return found;
};
const en = (text: Text | undefined) => (typeof text === 'string' ? text : (text?.en ?? ''));

/** Every text of the dataset with where it is, except the two kinds that are not translations. */
function texts(): [string, Text][] {
  const found: [string, Text][] = [['/title', data.title]];
  if (data.description) found.push(['/description', data.description]);
  const lists = { levels: data.levels, governments: data.governments, continuum: data.continuum, keyPolicies: data.keyPolicies, events: data.events };
  for (const [list, records] of Object.entries(lists)) {
    records.forEach((record, index) => {
      for (const [field, value] of Object.entries(record)) {
        // Official titles exist only in the languages they were published in; citations are not translated.
        if (field === 'officialTitle' || field === 'sources' || field === 'id') continue;
        if (typeof value === 'object' && value !== null && !Array.isArray(value)) found.push([`/${list}/${index}/${field}`, value as Text]);
      }
    });
  }
  return found;
}

describe('the shipped Belgian dataset (data/belgium.json)', () => {
  it('is valid: no problem at all, and the check changes nothing (pages take it unchecked)', () => {
    expect(problems).to.deep.equal([]);
    expect(JSON.parse(JSON.stringify(dataset))).to.deep.equal(belgium);
  });

  it('cites only sources it lists, and every event has a source', () => {
    const listed = new Set(data.sources.map((source) => source.id));
    for (const record of data.events) {
      expect(record.sources.length, record.id).to.be.greaterThan(0);
      record.sources.forEach((id) => expect(listed.has(id), `${record.id} cites ${id}`).to.equal(true));
    }
  });

  it('has every text in English, Dutch, French and German', () => {
    const missing = texts().flatMap(([pointer, text]) =>
      typeof text === 'string' ? [] : LANGUAGES.filter((lang) => !text[lang]?.trim()).map((lang) => `${pointer}: ${lang}`),
    );
    expect(missing).to.deep.equal([]);
  });

  it('has the events of the fact sheet, 2008-2023, in lanes for every level the issue names', () => {
    expect(data.events).to.have.length(40);
    expect(data.levels.map((level) => level.id)).to.deep.equal([
      'federal', 'interfederal', 'flemish', 'french-speaking', 'german-speaking', 'brussels-bicommunity', 'study',
    ]);
    const years = data.events.map((record) => Number(record.start.slice(0, 4)));
    expect(Math.min(...years)).to.equal(2008);
    expect(Math.max(...years)).to.equal(2023);
  });

  it('has the seed paper\'s facts: the 2009 care trajectories for type 2 diabetes and chronic kidney failure', () => {
    const diabetes = event('care-trajectory-diabetes');
    const kidney = event('care-trajectory-ckd');
    expect([diabetes.start, diabetes.keyPolicy, diabetes.level]).to.deep.equal(['2009-09-01', 'care-trajectories', 'federal']);
    expect([kidney.start, kidney.keyPolicy]).to.deep.equal(['2009-06', 'care-trajectories']);
    expect(en(diabetes.title)).to.match(/type 2 diabetes/i);
    expect(en(kidney.title)).to.match(/kidney/i);
  });

  it('has the Sixth State Reform in force on 1 July 2014, drawn as the milestone', () => {
    const reform = event('sixth-state-reform-in-force');
    expect([reform.start, reform.kind]).to.deep.equal(['2014-07-01', 'milestone']);
    expect(data.events.filter((record) => record.kind === 'milestone')).to.have.length(1);
  });

  it('has the 2015 joint plan and the 12 pilot projects from 2018 as one key policy', () => {
    const plan = event('joint-plan-2015');
    expect([plan.start, plan.keyPolicy, plan.level]).to.deep.equal(['2015-10-19', 'joint-plan', 'interfederal']);
    const pilots = event('pilot-implementation');
    expect([pilots.start, pilots.end, pilots.keyPolicy]).to.deep.equal(['2018-01', '2022-12-31', 'joint-plan']);
    expect(en(event('pilot-selection').summary)).to.match(/\b12\b|twelve/i);
  });

  it('has the 2017 Flemish reform of primary care as the third key policy', () => {
    const conference = event('flemish-primary-care-conference');
    expect([conference.start, conference.keyPolicy, conference.level]).to.deep.equal(['2017-02-16', 'flemish-primary-care-reform', 'flemish']);
    expect(data.keyPolicies.map((policy) => policy.id)).to.deep.equal(['care-trajectories', 'joint-plan', 'flemish-primary-care-reform']);
  });

  it('ships the better-sourced date where sources conflict and names the other in the summary', () => {
    const request = event('kce-position-paper-request');
    expect(request.start).to.equal('2011-07');
    expect(en(request.summary)).to.contain('2010');
  });

  it('marks as unverified exactly the facts the fact sheet marks so', () => {
    expect(data.events.filter((record) => record.status === 'unverified').map((record) => record.id)).to.deep.equal([
      'primary-care-zones-first-approval',
    ]);
  });

  it('cites the paper (doi:10.5334/ijic.5671) and marks the poster as preliminary', () => {
    const paper = data.sources.find((source) => source.doi === '10.5334/ijic.5671');
    expect(paper?.id).to.equal('s01');
    const poster = data.sources.find((source) => source.id === 's02');
    expect(en(poster?.citation)).to.match(/preliminary/i);
  });
});
