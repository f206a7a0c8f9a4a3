import { expect } from '@open-wc/testing';
import belgium from '../data/belgium.json';
import { competencesOn, ministerCountOn, presence } from '../src/data/query.js';
import type { CompetenceRole, Dataset } from '../src/data/types.js';
import { validateDataset } from '../src/data/validate.js';

const { dataset, problems } = validateDataset(belgium);
const data = dataset as Dataset;
const GOVERNMENTS = ['federal', 'flemish-community', 'french-community', 'walloon-region', 'german-speaking-community', 'cocom', 'cocof'];
const BEFORE = '2014-06-30';
const AFTER = '2014-07-01';
const roleOn = (part: string, government: string, date: string): CompetenceRole | null =>
  competencesOn(data, date).find((competence) => competence.part === part && competence.government === government)?.role ?? null;

/**
 * The cells the fact sheet (research/belgium-facts.md, §3.2 and §3.4) grades ✓, both values sourced:
 * part, government, before and after 1 July 2014. E = main holder, S = shared or partial, - = none.
 * Copied from the sheet by a script; the sheet is not part of the repository.
 */
const SOURCED_CELLS: [string, string, 'E' | 'S' | '-', 'E' | 'S' | '-'][] = [
  ['health-promotion', 'federal', 'S', '-'],
  ['health-promotion', 'flemish-community', 'E', 'E'],
  ['health-promotion', 'french-community', 'E', 'S'],
  ['health-promotion', 'walloon-region', '-', 'E'],
  ['health-promotion', 'german-speaking-community', 'E', 'E'],
  ['health-promotion', 'cocof', '-', 'E'],
  ['disease-prevention', 'federal', 'S', 'S'],
  ['disease-prevention', 'flemish-community', 'E', 'E'],
  ['disease-prevention', 'french-community', 'E', 'S'],
  ['disease-prevention', 'walloon-region', '-', 'E'],
  ['disease-prevention', 'german-speaking-community', 'E', 'E'],
  ['disease-prevention', 'cocom', 'S', 'S'],
  ['disease-prevention', 'cocof', '-', 'E'],
  ['primary-care-organisation', 'federal', 'S', 'S'],
  ['primary-care-organisation', 'flemish-community', 'S', 'E'],
  ['primary-care-payment', 'federal', 'E', 'E'],
  ['primary-care-payment', 'flemish-community', '-', '-'],
  ['primary-care-payment', 'french-community', '-', '-'],
  ['primary-care-payment', 'walloon-region', '-', '-'],
  ['primary-care-payment', 'german-speaking-community', '-', '-'],
  ['primary-care-payment', 'cocom', '-', '-'],
  ['primary-care-payment', 'cocof', '-', '-'],
  ['hospital-operating-financing', 'federal', 'E', 'E'],
  ['hospital-operating-financing', 'flemish-community', '-', '-'],
  ['hospital-operating-financing', 'french-community', '-', '-'],
  ['hospital-operating-financing', 'walloon-region', '-', '-'],
  ['hospital-operating-financing', 'german-speaking-community', '-', '-'],
  ['hospital-operating-financing', 'cocom', '-', '-'],
  ['hospital-operating-financing', 'cocof', '-', '-'],
  ['hospital-investment', 'federal', 'S', '-'],
  ['hospital-investment', 'flemish-community', 'S', 'E'],
  ['hospital-standards', 'federal', 'E', 'S'],
  ['hospital-standards', 'flemish-community', 'S', 'E'],
  ['elderly-care', 'federal', 'S', '-'],
  ['elderly-care', 'flemish-community', 'S', 'E'],
  ['elderly-care', 'french-community', '-', '-'],
  ['elderly-care', 'walloon-region', 'S', 'E'],
  ['long-term-care', 'federal', 'E', '-'],
  ['long-term-care', 'walloon-region', '-', 'E'],
  ['long-term-care', 'german-speaking-community', '-', 'E'],
  ['long-term-care', 'cocom', '-', 'E'],
  ['rehabilitation', 'federal', 'E', 'S'],
  ['rehabilitation', 'flemish-community', '-', 'S'],
  ['rehabilitation', 'german-speaking-community', '-', 'S'],
  ['rehabilitation', 'cocom', '-', 'S'],
  ['home-care', 'walloon-region', 'S', 'S'],
  ['palliative-care', 'flemish-community', 'S', 'S'],
  ['palliative-care', 'walloon-region', 'S', 'S'],
  ['maternal-child-care', 'french-community', 'E', 'E'],
  ['maternal-child-care', 'walloon-region', '-', '-'],
  ['maternal-child-care', 'german-speaking-community', 'E', 'E'],
  ['maternal-child-care', 'cocof', '-', '-'],
  ['pharmaceuticals', 'federal', 'E', 'E'],
  ['pharmaceuticals', 'flemish-community', '-', '-'],
  ['pharmaceuticals', 'french-community', '-', '-'],
  ['pharmaceuticals', 'walloon-region', '-', '-'],
  ['pharmaceuticals', 'german-speaking-community', '-', '-'],
  ['pharmaceuticals', 'cocom', '-', '-'],
  ['pharmaceuticals', 'cocof', '-', '-'],
  ['professional-licensing', 'federal', 'E', 'S'],
  ['professional-licensing', 'flemish-community', '-', 'S'],
  ['professional-licensing', 'french-community', '-', 'S'],
  ['professional-licensing', 'walloon-region', '-', '-'],
  ['professional-licensing', 'cocof', '-', '-'],
  ['e-health', 'federal', 'S', 'S'],
  ['e-health', 'flemish-community', 'S', 'S'],
];

/** The cells the sheet grades ✗: essentially unverified (§3.4). */
const UNSOURCED_CELLS = new Set([
  'health-promotion cocom',
  'primary-care-organisation cocof',
  'hospital-investment cocom',
  'hospital-investment cocof',
  'hospital-standards cocom',
  'hospital-standards cocof',
  'mental-health-care french-community',
  'mental-health-care cocof',
  'elderly-care cocof',
  'long-term-care french-community',
  'long-term-care cocof',
  'rehabilitation french-community',
  'rehabilitation walloon-region',
  'rehabilitation cocof',
  'home-care french-community',
  'home-care german-speaking-community',
  'home-care cocof',
  'palliative-care french-community',
  'palliative-care german-speaking-community',
  'palliative-care cocof',
  'maternal-child-care federal',
  'maternal-child-care cocom',
  'professional-licensing cocom',
  'e-health french-community',
  'e-health walloon-region',
  'e-health german-speaking-community',
  'e-health cocom',
  'e-health cocof',
]);

const matches = (role: CompetenceRole | null, grade: 'E' | 'S' | '-') =>
  grade === 'E' ? role === 'full' : grade === 'S' ? role === 'shared' || role === 'partial' : role === null;

describe('the shipped Belgian competence data', () => {
  it('is valid', () => {
    expect(problems).to.deep.equal([]);
  });

  it('covers the 17 parts of the care continuum in five groups and the 7 governments, in the issue\'s order', () => {
    expect(data.continuum).to.have.length(17);
    expect(data.continuumGroups.map((group) => group.id)).to.deep.equal(['prevention', 'primary-care', 'hospital-care', 'long-term-care', 'cross-cutting']);
    expect(data.governments.slice(0, 7).map((government) => government.id)).to.deep.equal(GOVERNMENTS);
    for (const part of data.continuum) {
      expect(data.competences.some((competence) => competence.part === part.id), part.id).to.equal(true);
    }
    for (const government of GOVERNMENTS) {
      expect(data.competences.some((competence) => competence.government === government), government).to.equal(true);
    }
  });

  it('marks the governments only some sources count, and gives them no competence', () => {
    for (const government of data.governments.slice(7)) {
      expect(government.note, government.id).to.not.equal(undefined);
      expect(data.competences.some((competence) => competence.government === government.id), government.id).to.equal(false);
    }
  });

  for (const [part, government, before, after] of SOURCED_CELLS) {
    it(`matches the fact sheet for ${part} × ${government}: ${before} → ${after}`, () => {
      expect(matches(roleOn(part, government, BEFORE), before), `before: ${roleOn(part, government, BEFORE)}`).to.equal(true);
      expect(matches(roleOn(part, government, AFTER), after), `after: ${roleOn(part, government, AFTER)}`).to.equal(true);
    });
  }

  it('holds the seed paper\'s statements: after 2014 the communities hold long-term care, elderly care, primary care organisation, prevention and health promotion', () => {
    for (const part of ['long-term-care', 'elderly-care', 'primary-care-organisation', 'disease-prevention', 'health-promotion']) {
      expect(roleOn(part, 'flemish-community', AFTER), part).to.equal('full');
      expect(roleOn(part, 'german-speaking-community', AFTER), part).to.equal('full');
      // On the French-speaking side the Walloon Region exercises them (the Sainte-Émilie agreement).
      expect(roleOn(part, 'walloon-region', AFTER), part).to.equal('full');
    }
  });

  it('holds the seed paper\'s statements: the federal government keeps paying primary care providers and hospital care', () => {
    for (const date of [BEFORE, AFTER]) {
      expect(roleOn('primary-care-payment', 'federal', date)).to.equal('full');
      expect(roleOn('hospital-operating-financing', 'federal', date)).to.equal('full');
    }
  });

  it('marks unverified every competence in a cell the sheet grades ✗', () => {
    const shipped = data.competences.filter((competence) => UNSOURCED_CELLS.has(`${competence.part} ${competence.government}`));
    expect(shipped.length).to.be.greaterThan(0);
    for (const competence of shipped) expect(competence.status, `${competence.part} ${competence.government}`).to.equal('unverified');
  });
});

describe('the number of health ministers, derived from the terms', () => {
  const columns = new Set(GOVERNMENTS);

  it('counts the distinct holders certainly in office', () => {
    expect(ministerCountOn(data, '2016-01-01', columns)).to.deep.equal({ least: 8, most: 8 });
    expect(ministerCountOn(data, '2021-06-01', columns)).to.deep.equal({ least: 10, most: 10 });
  });

  it('adds the VGC member only when the VGC is counted, as some sources do: the paper\'s nine', () => {
    expect(ministerCountOn(data, '2016-01-01')).to.deep.equal({ least: 9, most: 9 });
  });

  it('gives a range where a handover is known only to the year, counting one holder per portfolio', () => {
    const { least, most } = ministerCountOn(data, '2019-05-01', columns);
    expect(least).to.be.below(most);
    expect(most).to.be.at.most(data.ministers.filter((minister) => columns.has(minister.government)).length);
  });

  it('tells a certain term from a possible one by the precision of its ends', () => {
    const term = { from: '2019', to: '2024-06' };
    expect(presence(term, Date.UTC(2018, 11, 31))).to.equal(null);
    expect(presence(term, Date.UTC(2019, 4, 1))).to.equal('possible');
    expect(presence(term, Date.UTC(2020, 0, 1))).to.equal('certain');
    expect(presence(term, Date.UTC(2024, 5, 15))).to.equal('possible');
    expect(presence(term, Date.UTC(2024, 6, 1))).to.equal(null);
    expect(presence({ from: '2024-06-13' }, Date.UTC(2024, 5, 13))).to.equal('certain');
  });
});
