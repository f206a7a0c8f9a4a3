/**
 * The run-time validator (`src/data/validate.ts`), rule by rule: for each rule a dataset that breaks
 * it (the problem's exact pointer, words a data author reads, and what became of the record) and one
 * that keeps it. The fixtures in `tests/fixtures/schema/` are shared with `scripts/check-schema.js`,
 * which holds the JSON Schema to the same cases.
 */
import { expect } from '@open-wc/testing';
import { validateDataset, type ValidationResult } from '../src/data/validate.js';
import type { Dataset, Problem } from '../src/data/types.js';
import minimalJson from '../data/examples/minimal.json';
import belgiumJson from '../data/belgium.json';
import everyFieldJson from './fixtures/schema/valid/every-field.json';
import casesJson from './fixtures/schema/cases.json';

/* eslint-disable @typescript-eslint/no-explicit-any -- raw JSON, built and broken on purpose */
type Raw = any;

/** Fresh copies to break: minimal.json (3 events) and the fixture that uses every field once. */
const minimal = (): Raw => structuredClone(minimalJson);
const everyField = (): Raw => structuredClone(everyFieldJson);

interface Cases {
  valid: string[];
  invalid: Record<string, { pointer: string; rule: string }>;
}
const cases = casesJson as Cases;

/** Validates, and checks what holds for every problem: a pointer, and a sentence with no leaks. */
function check(input: unknown): ValidationResult {
  const result = validateDataset(input);
  for (const { pointer, message } of result.problems) {
    expect(pointer, message).to.match(/^(\/[^/]*)*$/);
    expect(message, pointer).to.be.a('string').and.match(/\S.*\.$/s);
    expect(message, pointer).not.to.include('undefined');
    expect(message, pointer).not.to.include('[object Object]');
    expect(message, pointer).not.to.include('NaN');
  }
  return result;
}

/** The one problem at `pointer`; fails if there is none or several there. */
function messageAt(result: ValidationResult, pointer: string): string {
  const found = result.problems.filter((problem) => problem.pointer === pointer);
  expect(found.length, `problems at ${pointer} in ${JSON.stringify(result.problems, null, 1)}`).to.equal(1);
  return found[0]!.message;
}

/** The only problem of the whole result is at `pointer`. */
function onlyProblem(result: ValidationResult, pointer: string): string {
  expect(result.problems.map((problem) => problem.pointer)).to.deep.equal([pointer]);
  return result.problems[0]!.message;
}

/** The input has no problem at all; its dataset. */
function clean(input: unknown): Dataset {
  const result = check(input);
  expect(result.problems).to.deep.equal([]);
  expect(result.dataset).not.to.equal(null);
  return result.dataset!;
}

function datasetOf(result: ValidationResult): Dataset {
  expect(result.dataset, JSON.stringify(result.problems)).not.to.equal(null);
  return result.dataset!;
}

/** Follows a path of keys and indexes, e.g. ['ministers', 0, 'terms', 1]. */
const at = (value: Raw, path: readonly (string | number)[]): Raw => path.reduce((node, key) => node?.[key], value);
const toPointer = (path: readonly (string | number)[]) => path.map((key) => `/${key}`).join('');
const ids = (records: readonly { id: string }[]) => records.map((record) => record.id);
const without = <T>(list: readonly T[], index: number) => list.filter((_, i) => i !== index);

/** A copy of `raw` with `value` at `path` (or the key deleted when `value` is undefined). */
function withValue(raw: Raw, path: readonly (string | number)[], value: unknown): Raw {
  const copy = structuredClone(raw);
  const parent = at(copy, path.slice(0, -1));
  const key = path.at(-1)!;
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return copy;
}

describe('validateDataset', () => {
  describe('good data', () => {
    it('reads minimal.json with no problem and keeps every record as written', () => {
      const dataset = clean(minimal());
      expect(dataset).to.deep.equal({ ...minimal(), governments: [], ministers: [], continuumGroups: [], continuum: [], competences: [], figures: [] });
      expect(ids(dataset.events)).to.deep.equal(['care-trajectory-diabetes', 'sixth-state-reform-in-force', 'joint-plan-2015']);
    });

    it('reads the fixture that uses every field with no problem and keeps every field', () => {
      expect(clean(everyField())).to.deep.equal(everyField());
    });

    it('reads the shipped Belgian dataset with no problem', () => {
      const dataset = clean(structuredClone(belgiumJson));
      expect(dataset.events.length).to.equal((belgiumJson as Raw).events.length);
      expect(dataset.levels.length).to.equal((belgiumJson as Raw).levels.length);
    });
  });

  describe('the fixtures shared with the JSON Schema (tests/fixtures/schema)', () => {
    const load = async (kind: string, file: string): Promise<unknown> => {
      const response = await fetch(new URL(`./fixtures/schema/${kind}/${file}`, import.meta.url));
      expect(response.status, file).to.equal(200);
      return response.json();
    };
    for (const file of cases.valid) {
      it(`valid/${file} has no problem`, async () => {
        clean(await load('valid', file));
      });
    }
    for (const [file, { pointer, rule }] of Object.entries(cases.invalid)) {
      it(`invalid/${file} has exactly one problem, at ${pointer} (${rule})`, async () => {
        onlyProblem(check(await load('invalid', file)), pointer);
      });
    }
  });

  describe('input that is not a dataset', () => {
    it('shows nothing for input that is not an object, and says what it found', () => {
      const found: [unknown, string][] = [
        [null, 'found null'],
        [[], 'found an empty list'],
        ['{"formatVersion": 1}', 'found the string "{\\"formatVersion\\": 1}"'],
        [42, 'found the number 42'],
        [true, 'found true'],
        [undefined, 'found nothing'],
      ];
      for (const [input, what] of found) {
        const result = check(input);
        expect(result.dataset, String(input)).to.equal(null);
        const message = onlyProblem(result, '');
        expect(message).to.include('expected a policy-atlas dataset (a JSON object)');
        expect(message).to.include(what);
        expect(message).to.include('nothing can be shown');
      }
      expect(check(minimal()).dataset).not.to.equal(null);
    });

    it('shows nothing for an object with none of events, levels, governments or competences', () => {
      const result = check({ formatVersion: 1, id: 'not-a-dataset', title: 'Something else', languages: ['en'], sources: [] });
      expect(result.dataset).to.equal(null);
      const message = onlyProblem(result, '');
      expect(message).to.include('not a policy-atlas dataset');
      expect(message).to.include('"events", "levels", "governments" or "competences"');
      // One of the four is enough to be read as a dataset (and the missing fields are then reported).
      for (const list of ['events', 'levels', 'governments', 'competences']) {
        expect(check({ formatVersion: 1, [list]: [] }).dataset, list).not.to.equal(null);
      }
    });

    it('reads a file without formatVersion as version 1, and says so', () => {
      const raw = minimal();
      delete raw.formatVersion;
      const result = check(raw);
      const message = onlyProblem(result, '/formatVersion');
      expect(message).to.include('is missing');
      expect(message).to.include('read as version 1');
      expect(datasetOf(result).formatVersion).to.equal(1);
      expect(ids(datasetOf(result).events)).to.deep.equal(ids(minimal().events));
    });

    it('shows nothing for a formatVersion other than 1', () => {
      for (const [version, what] of [
        [2, 'the number 2'],
        ['1', 'the string "1"'],
        [null, 'null'],
      ] as const) {
        const result = check(withValue(minimal(), ['formatVersion'], version));
        expect(result.dataset, String(version)).to.equal(null);
        const message = onlyProblem(result, '/formatVersion');
        expect(message).to.include(`${what} is not a format version this library reads (it reads 1)`);
        expect(message).to.include('nothing can be shown');
      }
      expect(clean(withValue(minimal(), ['formatVersion'], 1)).formatVersion).to.equal(1);
    });
  });

  describe('the top level', () => {
    for (const field of ['id', 'title', 'languages']) {
      it(`reports a dataset without "${field}" and still shows the rest`, () => {
        const result = check(withValue(minimal(), [field], undefined));
        expect(onlyProblem(result, `/${field}`)).to.equal(`a dataset needs "${field}", and this one has none.`);
        expect(ids(datasetOf(result).events)).to.deep.equal(ids(minimal().events));
        expect(clean(minimal())[field as 'id']).to.deep.equal(minimal()[field]);
      });
    }

    it('reports a dataset without "sources"; the facts that cite them are left out', () => {
      const result = check(withValue(minimal(), ['sources'], undefined));
      expect(messageAt(result, '/sources')).to.equal('a dataset needs "sources" (a list), and this one has none.');
      expect(messageAt(result, '/events/0/sources/0')).to.include('"s01" is not the id of any source in this dataset');
      const dataset = datasetOf(result);
      expect(dataset.sources).to.deep.equal([]);
      expect(dataset.events).to.deep.equal([]);
      expect(ids(dataset.levels)).to.deep.equal(['federal', 'interfederal']);
      expect(clean(minimal()).sources).to.deep.equal(minimal().sources);
    });

    it('reports a dataset without "levels"; the events in them are left out', () => {
      const result = check(withValue(minimal(), ['levels'], undefined));
      expect(messageAt(result, '/levels')).to.equal('a dataset needs "levels" (a list), and this one has none.');
      expect(messageAt(result, '/events/0/level')).to.include('"federal" is not the id of any level in this dataset');
      expect(datasetOf(result).events).to.deep.equal([]);
      expect(ids(datasetOf(result).sources)).to.deep.equal(ids(minimal().sources));
      expect(clean(minimal()).levels).to.deep.equal(minimal().levels);
    });

    it('reports a dataset without "events" and shows the rest with no events', () => {
      const result = check(withValue(minimal(), ['events'], undefined));
      expect(onlyProblem(result, '/events')).to.equal('a dataset needs "events" (a list), and this one has none.');
      expect(datasetOf(result).events).to.deep.equal([]);
      expect(ids(datasetOf(result).levels)).to.deep.equal(['federal', 'interfederal']);
      expect(clean(minimal()).events.length).to.equal(3);
    });

    it('ignores a list that is not a list', () => {
      const result = check(withValue(minimal(), ['keyPolicies'], { id: 'care-trajectories' }));
      expect(messageAt(result, '/keyPolicies')).to.equal('expected a list of key policy records, found an object; it is ignored.');
      expect(datasetOf(result).keyPolicies).to.deep.equal([]);
      // The events that named a key policy lose that field only.
      expect(messageAt(result, '/events/0/keyPolicy')).to.include('the field is ignored');
      expect(ids(datasetOf(result).events)).to.deep.equal(ids(minimal().events));
      expect(clean(minimal()).keyPolicies).to.deep.equal(minimal().keyPolicies);
    });

    it('drops a bad top-level field and keeps the dataset', () => {
      const bad: [string, unknown, string][] = [
        ['id', 'Minimal Example', 'expected a kebab-case id'],
        ['title', {}, 'a text needs at least one language'],
        ['description', 5, 'expected a text'],
        ['country', '', 'expected a non-empty string, found an empty string'],
        ['updated', '2026-02-30', '"2026-02-30" is not a date (day 30; that month has 28 days)'],
        ['license', ['CC-BY-4.0'], 'expected a non-empty string, found a list'],
        ['$schema', 1, 'expected a non-empty string, found the number 1'],
      ];
      for (const [field, value, what] of bad) {
        const result = check(withValue(minimal(), [field], value));
        const message = onlyProblem(result, `/${field}`);
        expect(message).to.include(what);
        expect(message).to.match(/; the field is ignored\.$/);
        const dataset = datasetOf(result) as unknown as Record<string, unknown>;
        const fallback = field === 'id' || field === 'title' ? '' : undefined;
        expect(dataset[field], field).to.equal(fallback);
        expect(ids(datasetOf(result).events)).to.deep.equal(ids(minimal().events));
      }
      const good = clean(minimal());
      expect([good.id, good.country, good.updated, good.license]).to.deep.equal(['minimal-example', 'BE', '2026-11-24', 'CC-BY-4.0']);
    });

    it('keeps the good languages of a list and drops the bad ones one by one', () => {
      const result = check(withValue(minimal(), ['languages'], ['en', 'english', 'nl-BE']));
      expect(onlyProblem(result, '/languages/1')).to.equal(
        'expected a language code such as "en", found the string "english"; it is ignored.',
      );
      expect(datasetOf(result).languages).to.deep.equal(['en', 'nl-BE']);
      const none = check(withValue(minimal(), ['languages'], []));
      expect(onlyProblem(none, '/languages')).to.include('expected a list of language codes such as ["en", "nl"]');
      expect(datasetOf(none).languages).to.deep.equal([]);
    });
  });

  describe('required fields of records', () => {
    const places: { noun: string; path: (string | number)[]; fields: string[] }[] = [
      { noun: 'source', path: ['sources', 1], fields: ['id', 'citation'] },
      { noun: 'level', path: ['levels', 1], fields: ['id', 'label'] },
      { noun: 'government', path: ['governments', 1], fields: ['id', 'label', 'short', 'level', 'kind', 'sources'] },
      { noun: 'minister', path: ['ministers', 0], fields: ['id', 'government', 'portfolio', 'terms'] },
      { noun: 'term', path: ['ministers', 0, 'terms', 0], fields: ['holder', 'from', 'sources'] },
      { noun: 'part of the care continuum', path: ['continuum', 0], fields: ['id', 'label'] },
      { noun: 'competence', path: ['competences', 1], fields: ['part', 'government', 'role', 'sources'] },
      { noun: 'key policy', path: ['keyPolicies', 0], fields: ['id', 'label'] },
      { noun: 'event', path: ['events', 1], fields: ['id', 'title', 'start', 'level', 'kind', 'summary', 'sources'] },
    ];
    for (const { noun, path, fields } of places) {
      for (const field of fields) {
        it(`leaves out a ${noun} without "${field}"`, () => {
          const pointer = `${toPointer(path)}/${field}`;
          const listPath = path.slice(0, -1);
          const index = path.at(-1) as number;
          const before = at(clean(everyField()), listPath) as unknown[];
          expect(before[index], 'kept when complete').to.deep.equal(at(everyField(), path));

          const result = check(withValue(everyField(), [...path, field], undefined));
          const message = messageAt(result, pointer);
          expect(message).to.include(`needs "${field}", and this one has none`);
          expect(message).to.match(new RegExp(`; this ${noun} is left out\\.$`));
          expect(at(datasetOf(result), listPath)).to.deep.equal(without(before, index));
        });
      }
    }
  });

  describe('problems in fields', () => {
    it('leaves out a record whose placing field is bad, and keeps the other records', () => {
      const bad: [(string | number)[], unknown, string][] = [
        [['events', 0, 'start'], '2009-13', '"2009-13" is not a date (month 13)'],
        [['events', 0, 'level'], 5, 'expected the id of a level, found the number 5'],
        [['events', 0, 'kind'], '  ', 'expected a non-empty string, found a blank string'],
        [['governments', 0, 'short'], {}, 'a text needs at least one language'],
        [['ministers', 0, 'terms', 0, 'to'], '2011-02-30', '"2011-02-30" is not a date (day 30; that month has 28 days)'],
        [['competences', 1, 'from'], 2014, 'expected a date such as "2009-09-01", found the number 2014'],
        [['competences', 0, 'to'], '30/06/2014', 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        [['competences', 0, 'role'], 'Full', 'expected one of "full", "shared", "partial", found the string "Full"'],
      ];
      for (const [path, value, what] of bad) {
        const listPath = path.slice(0, -2);
        const index = path.at(-2) as number;
        const noun = listPath.at(-1) === 'terms' ? 'term' : listPath[0] === 'competences' ? 'competence' : String(listPath[0]).replace(/s$/, '');
        const before = at(clean(everyField()), listPath) as unknown[];
        const result = check(withValue(everyField(), path, value));
        const message = messageAt(result, toPointer(path));
        expect(message).to.include(what);
        expect(message).to.match(new RegExp(`; this ${noun} is left out\\.$`));
        expect(at(datasetOf(result), listPath), toPointer(path)).to.deep.equal(without(before, index));
      }
    });

    it('drops a bad optional field and keeps the record', () => {
      const bad: [(string | number)[], unknown, string][] = [
        [['sources', 0, 'url'], 'ftp://example.org/report', 'expected an http or https address, found the string "ftp://example.org/report"'],
        [['sources', 0, 'doi'], '', 'expected a non-empty string, found an empty string'],
        [['sources', 0, 'accessed'], '2024-13-01', '"2024-13-01" is not a date (month 13)'],
        [['levels', 0, 'description'], {}, 'a text needs at least one language'],
        [['levels', 0, 'color'], 'not a colour', 'expected a CSS colour such as "#0072B2"'],
        [['governments', 1, 'territory'], 5, 'expected a text: a string or an object of languages'],
        [['ministers', 0, 'terms', 0, 'party'], '', 'expected a non-empty string, found an empty string'],
        [['continuum', 0, 'description'], '', 'expected a non-empty string, found an empty string'],
        [['continuum', 0, 'group'], 'Prevention group', '"Prevention group" is not the id of any group of the care continuum in this dataset'],
        [['competences', 1, 'note'], [], 'expected a text: a string or an object of languages such as {"en": "…"}, found an empty list'],
        [['keyPolicies', 0, 'description'], null, 'expected a text: a string or an object of languages such as {"en": "…"}, found null'],
        [['events', 0, 'officialTitle'], {}, 'a text needs at least one language, such as {"en": "…"}'],
        [['events', 0, 'end'], '2012-02-30', '"2012-02-30" is not a date (day 30; that month has 29 days)'],
        [['events', 0, 'actor'], 3, 'expected a text: a string or an object of languages such as {"en": "…"}, found the number 3'],
        [['events', 0, 'keyPolicy'], 'unknown-policy', '"unknown-policy" is not the id of any key policy in this dataset'],
        [['events', 0, 'parts'], 'hospital-care', 'expected a list of ids of parts of the care continuum, found the string "hospital-care"'],
        [['events', 0, 'governments'], {}, 'expected a list of ids of governments, found an object'],
      ];
      for (const [path, value, what] of bad) {
        const pointer = toPointer(path);
        const recordPath = path.slice(0, -1);
        const field = path.at(-1) as string;
        const result = check(withValue(everyField(), path, value));
        const message = onlyProblem(result, pointer);
        expect(message).to.include(what);
        expect(message).to.match(/; the field is ignored\.$/);
        const kept = at(datasetOf(result), recordPath);
        expect(kept, pointer).to.deep.equal(withValue(at(everyField(), recordPath), [field], undefined));
        // The same record with its good value keeps the field.
        expect(at(clean(everyField()), path), pointer).to.deep.equal(at(everyField(), path));
      }
    });

    it('drops a bad entry of a list and keeps the rest of it', () => {
      const bad: [(string | number)[], unknown[], string, unknown[]][] = [
        [['events', 0, 'parts'], ['hospital-care', 'no-such-part'], '"no-such-part" is not the id of any part of the care continuum in this dataset', ['hospital-care']],
        [['events', 0, 'governments'], [7, 'federal-government'], 'expected the id of a government, found the number 7', ['federal-government']],
        [['events', 0, 'sources'], ['s1', 's9'], '"s9" is not the id of any source in this dataset', ['s1']],
        [['governments', 1, 'sources'], ['s0', 's2'], '"s0" is not the id of any source in this dataset', ['s2']],
      ];
      for (const [path, value, what, left] of bad) {
        const badIndex = value.findIndex((entry) => !(left as unknown[]).includes(entry));
        const result = check(withValue(everyField(), path, value));
        const message = onlyProblem(result, `${toPointer(path)}/${badIndex}`);
        expect(message).to.include(what);
        expect(message).to.match(/; it is ignored\.$/);
        expect(at(datasetOf(result), path)).to.deep.equal(left);
      }
      // An empty list of parts or governments is fine; so are repeated good ids (read once).
      expect(at(clean(withValue(everyField(), ['events', 0, 'parts'], [])), ['events', 0, 'parts'])).to.deep.equal([]);
      expect(at(clean(withValue(everyField(), ['events', 0, 'sources'], ['s1', 's1'])), ['events', 0, 'sources'])).to.deep.equal(['s1']);
    });
  });

  describe('unknown fields', () => {
    it('reports an unknown field of a record and ignores it', () => {
      const places: [(string | number)[], string][] = [
        [['events', 0, 'colour'], 'event'],
        [['sources', 0, 'title'], 'source'],
        [['ministers', 0, 'terms', 1, 'until'], 'term'],
        [['competences', 2, 'level'], 'competence'],
        [['author'], 'dataset'],
      ];
      for (const [path, noun] of places) {
        const field = path.at(-1) as string;
        const result = check(withValue(everyField(), path, 'something'));
        const message = onlyProblem(result, toPointer(path));
        expect(message).to.include(`"${field}" is not a field of a`);
        expect(message).to.include(noun);
        expect(message).to.match(/; it is ignored\.$/);
        expect(datasetOf(result)).to.deep.equal(everyField());
      }
      // Every field of the format is known: the fixture that uses them all has no problem.
      clean(everyField());
    });

    it('reports a "__proto__" key as an unknown field and leaves Object.prototype alone', () => {
      const proto = '"__proto__": {"polluted": "yes", "id": "injected"}, ';
      const text = JSON.stringify(minimal())
        .replace('{"$schema"', `{${proto}"$schema"`)
        .replace('{"id":"care-trajectory-diabetes"', `{${proto}"id":"care-trajectory-diabetes"`);
      const raw = JSON.parse(text) as Raw;
      // JSON.parse makes "__proto__" an own key, as a fetched file would have it.
      expect(Object.keys(raw)).to.include('__proto__');
      expect(Object.keys(raw.events[0])).to.include('__proto__');

      const result = check(raw);
      expect(result.problems.map((problem) => problem.pointer)).to.have.members(['/__proto__', '/events/0/__proto__']);
      for (const problem of result.problems) expect(problem.message).to.equal('"__proto__" is not a field of ' + (problem.pointer === '/__proto__' ? 'a dataset' : 'an event') + '; it is ignored.');
      const dataset = datasetOf(result);
      expect(dataset).to.deep.equal(clean(minimal()));
      expect(Object.getPrototypeOf(dataset)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(dataset.events[0])).to.equal(Object.prototype);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
      expect(dataset.events[0]!.id).to.equal('care-trajectory-diabetes');
    });
  });

  describe('ids', () => {
    it('leaves out a record whose id is not kebab-case', () => {
      for (const bad of ['Care-Trajectory', 'care_trajectory', 'care--trajectory', '-care', 'care-', 'zorg traject', '']) {
        const result = check(withValue(minimal(), ['events', 1, 'id'], bad));
        const message = onlyProblem(result, '/events/1/id');
        expect(message).to.include('expected a kebab-case id such as "care-trajectory"');
        expect(message).to.match(/; this event is left out\.$/);
        expect(ids(datasetOf(result).events), bad).to.deep.equal(['care-trajectory-diabetes', 'joint-plan-2015']);
      }
      for (const good of ['a', 'care-trajectory-2', '2009-plan']) {
        expect(clean(withValue(minimal(), ['events', 1, 'id'], good)).events[1]!.id).to.equal(good);
      }
    });

    it('leaves out the second of two records with the same id', () => {
      const raw = withValue(minimal(), ['events', 2, 'id'], 'care-trajectory-diabetes');
      const result = check(raw);
      expect(onlyProblem(result, '/events/2/id')).to.equal(
        '"care-trajectory-diabetes" is already the id of /events/0; this event is left out.',
      );
      const dataset = datasetOf(result);
      expect(dataset.events).to.deep.equal(clean(minimal()).events.slice(0, 2));
      expect(dataset.events[0]!.start).to.equal('2009-09-01');
    });

    it('keeps the first of two levels with the same id, and references reach it', () => {
      const raw = minimal();
      raw.levels.push({ id: 'federal', label: 'Federal again' });
      const result = check(raw);
      expect(onlyProblem(result, '/levels/2/id')).to.include('"federal" is already the id of /levels/0');
      expect(datasetOf(result).levels.map((level) => level.label)).to.deep.equal(minimal().levels.map((level: Raw) => level.label));
      expect(ids(datasetOf(result).events)).to.deep.equal(ids(minimal().events));
    });
  });

  describe('references', () => {
    it('leaves out a record that names an unknown id', () => {
      const bad: [(string | number)[], string, string][] = [
        [['events', 0, 'level'], 'regional', '"regional" is not the id of any level in this dataset; this event is left out.'],
        [['governments', 0, 'level'], 'national', '"national" is not the id of any level in this dataset; this government is left out.'],
        [['ministers', 0, 'government'], 'walloon-region', '"walloon-region" is not the id of any government in this dataset; this minister is left out.'],
        [['competences', 2, 'part'], 'mental-health', '"mental-health" is not the id of any part of the care continuum in this dataset; this competence is left out.'],
        [['competences', 2, 'government'], 'cocom', '"cocom" is not the id of any government in this dataset; this competence is left out.'],
      ];
      for (const [path, value, sentence] of bad) {
        const listPath = path.slice(0, 1);
        const index = path[1] as number;
        const result = check(withValue(everyField(), path, value));
        expect(messageAt(result, toPointer(path))).to.equal(sentence);
        expect(at(datasetOf(result), listPath)).to.deep.equal(without(at(clean(everyField()), listPath), index));
      }
    });

    it('leaves out a record that names only unknown sources, or none', () => {
      const unknown = check(withValue(everyField(), ['events', 1, 'sources'], ['s9']));
      expect(onlyProblem(unknown, '/events/1/sources/0')).to.equal('"s9" is not the id of any source in this dataset; this event is left out.');
      expect(ids(datasetOf(unknown).events)).to.deep.equal(['care-trajectory-diabetes', 'protocol-agreement']);

      const none = check(withValue(everyField(), ['ministers', 0, 'terms', 0, 'sources'], []));
      expect(onlyProblem(none, '/ministers/0/terms/0/sources')).to.equal('needs the id of at least one source; this term is left out.');
      expect(datasetOf(none).ministers[0]!.terms.map((term) => term.holder)).to.deep.equal(['B. Minister']);

      expect(clean(everyField()).events[1]!.sources).to.deep.equal(['s2']);
    });

    it('says so when a reference names a record that was left out for its own problems', () => {
      const result = check(withValue(everyField(), ['levels', 1, 'label'], ''));
      expect(messageAt(result, '/levels/1/label')).to.include('this level is left out');
      expect(messageAt(result, '/governments/1/level')).to.equal(
        '"community" names a level that was left out because of its own problems; this government is left out.',
      );
      expect(messageAt(result, '/events/1/level')).to.equal(
        '"community" names a level that was left out because of its own problems; this event is left out.',
      );
      // And on down: the government that was left out is no longer there for the competence.
      expect(messageAt(result, '/competences/1/government')).to.include('"flemish-community" names a government that was left out');
      const dataset = datasetOf(result);
      expect(ids(dataset.levels)).to.deep.equal(['federal', 'interfederal']);
      expect(ids(dataset.governments)).to.deep.equal(['federal-government']);
      expect(ids(dataset.events)).to.deep.equal(['care-trajectory-diabetes', 'protocol-agreement']);
    });
  });

  describe('dates', () => {
    it('accepts a year, a month and a day, and keeps them as written', () => {
      for (const start of ['2009', '2009-09', '2009-09-01', '2016-02-29', '2000-02-29']) {
        expect(clean(withValue(minimal(), ['events', 0, 'start'], start)).events[0]!.start).to.equal(start);
      }
    });

    it('leaves out an event whose start is not of the form YYYY, YYYY-MM or YYYY-MM-DD', () => {
      const bad: [unknown, string][] = [
        ['2009-9-1', '"2009-9-1" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        ['01/09/2009', '"01/09/2009" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        ['2009-09-01T10:00:00Z', '"2009-09-01T10:00:00Z" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        ['', '"" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
        [2009, 'expected a date such as "2009-09-01", found the number 2009'],
        [{ year: 2009 }, 'expected a date such as "2009-09-01", found an object'],
      ];
      for (const [start, what] of bad) {
        const result = check(withValue(minimal(), ['events', 0, 'start'], start));
        expect(onlyProblem(result, '/events/0/start')).to.equal(`${what}; this event is left out.`);
        expect(ids(datasetOf(result).events)).to.deep.equal(['sixth-state-reform-in-force', 'joint-plan-2015']);
      }
    });

    it('leaves out an event whose start is not a real calendar date', () => {
      const bad: [string, string][] = [
        ['2009-13', '"2009-13" is not a date (month 13)'],
        ['2009-00', '"2009-00" is not a date (month 0)'],
        ['2009-09-00', '"2009-09-00" is not a date (day 0; that month has 30 days)'],
        ['2009-04-31', '"2009-04-31" is not a date (day 31; that month has 30 days)'],
        ['2015-02-29', '"2015-02-29" is not a date (day 29; that month has 28 days)'],
        ['1900-02-29', '"1900-02-29" is not a date (day 29; that month has 28 days)'],
      ];
      for (const [start, what] of bad) {
        const result = check(withValue(minimal(), ['events', 0, 'start'], start));
        expect(onlyProblem(result, '/events/0/start')).to.equal(`${what}; this event is left out.`);
        expect(datasetOf(result).events.length).to.equal(2);
      }
      expect(clean(withValue(minimal(), ['events', 0, 'start'], '2016-02-29')).events.length).to.equal(3);
    });

    it('leaves out a term whose "to" is before its "from"', () => {
      const result = check(withValue(everyField(), ['ministers', 0, 'terms', 0, 'to'], '2008-03-19'));
      expect(onlyProblem(result, '/ministers/0/terms/0/to')).to.equal(
        '"2008-03-19" is before "from" ("2008-03-20"); this term is left out.',
      );
      const terms = datasetOf(result).ministers[0]!.terms;
      expect(terms.map((term) => term.holder)).to.deep.equal(['B. Minister']);
      // Both ends are inclusive: a one-day term, or a "to" at a coarser precision, is fine.
      for (const to of ['2008-03-20', '2008-03', '2008']) {
        expect(clean(withValue(everyField(), ['ministers', 0, 'terms', 0, 'to'], to)).ministers[0]!.terms[0]!.to).to.equal(to);
      }
    });

    it('leaves out a competence whose "to" is before its "from"', () => {
      const result = check(withValue(everyField(), ['competences', 1, 'to'], '2014-06'));
      expect(onlyProblem(result, '/competences/1/to')).to.equal(
        '"2014-06" is before "from" ("2014-07-01"); this competence is left out.',
      );
      expect(datasetOf(result).competences).to.deep.equal(without(clean(everyField()).competences, 1));
      expect(clean(withValue(everyField(), ['competences', 1, 'to'], '2014-07')).competences[1]!.to).to.equal('2014-07');
    });

    it('shows an event whose "end" is before its "start" as a point at its start', () => {
      const result = check(withValue(everyField(), ['events', 0, 'end'], '2009-08-31'));
      expect(onlyProblem(result, '/events/0/end')).to.equal(
        '"2009-08-31" is before the start ("2009-09-01"); the end is ignored and the event shown at its start.',
      );
      const event = datasetOf(result).events[0]!;
      expect(event).to.deep.equal(withValue(everyField().events[0], ['end'], undefined));
      expect(event).not.to.have.property('end');
      for (const end of ['2009-09-01', '2009-09', '2009', '2012']) {
        expect(clean(withValue(everyField(), ['events', 0, 'end'], end)).events[0]!.end).to.equal(end);
      }
    });
  });

  describe('overlapping competences', () => {
    const another = (change: Record<string, unknown>) => {
      const raw = everyField();
      raw.competences.push({ part: 'prevention', government: 'federal-government', role: 'shared', sources: ['s1'], ...change });
      return raw;
    };

    it('leaves out the later of two competences whose periods overlap for one part and government', () => {
      for (const period of [{ from: '2014' }, { from: '2014-06-30', to: '2015' }, {}, { to: '1990' }]) {
        const result = check(another(period));
        expect(onlyProblem(result, '/competences/3'), JSON.stringify(period)).to.equal(
          'its period overlaps /competences/0 for the same part ("prevention") and government ("federal-government"); this competence is left out.',
        );
        expect(datasetOf(result).competences).to.deep.equal(clean(everyField()).competences);
      }
    });

    it('keeps competences that follow each other, or differ in part or government', () => {
      expect(clean(another({ from: '2014-07-01' })).competences.length).to.equal(4);
      expect(clean(another({ from: '2014-07' })).competences.length).to.equal(4);
      expect(clean(another({ part: 'hospital-care', from: '1970', to: '1979' })).competences.length).to.equal(4);
      expect(clean(another({ government: 'flemish-community', to: '2014-06-30' })).competences.length).to.equal(4);
    });
  });

  describe('text', () => {
    it('accepts a string or an object of languages', () => {
      for (const title of ['Care trajectory', { en: 'Care trajectory' }, { en: 'Care', 'nl-BE': 'Zorg', gsw: 'Pflege' }]) {
        expect(clean(withValue(minimal(), ['events', 0, 'title'], title)).events[0]!.title).to.deep.equal(title);
      }
    });

    it('reports a text with no language at all: {} leaves out a record, or drops an optional field', () => {
      const required = check(withValue(minimal(), ['events', 0, 'title'], {}));
      expect(onlyProblem(required, '/events/0/title')).to.equal(
        'a text needs at least one language, such as {"en": "…"}; this event is left out.',
      );
      expect(datasetOf(required).events.length).to.equal(2);

      const optional = check(withValue(minimal(), ['events', 0, 'actor'], {}));
      expect(onlyProblem(optional, '/events/0/actor')).to.equal(
        'a text needs at least one language, such as {"en": "…"}; the field is ignored.',
      );
      expect(datasetOf(optional).events[0]).not.to.have.property('actor');
    });

    it('reports an empty string, a blank string and a value that is not text', () => {
      const bad: [unknown, string][] = [
        ['', 'expected a non-empty string, found an empty string'],
        [' \n ', 'expected a non-empty string, found a blank string'],
        [12, 'expected a text: a string or an object of languages such as {"en": "…"}, found the number 12'],
        [['Care'], 'expected a text: a string or an object of languages such as {"en": "…"}, found a list'],
      ];
      for (const [summary, what] of bad) {
        const result = check(withValue(minimal(), ['events', 2, 'summary'], summary));
        expect(onlyProblem(result, '/events/2/summary')).to.equal(`${what}; this event is left out.`);
        expect(ids(datasetOf(result).events)).to.deep.equal(['care-trajectory-diabetes', 'sixth-state-reform-in-force']);
      }
    });

    it('drops a bad language of a text and keeps the good ones', () => {
      const result = check(withValue(minimal(), ['events', 0, 'title'], { en: 'Care trajectory', nl: '', english: 'Care', fr: 5 }));
      expect(result.problems).to.deep.equal([
        { pointer: '/events/0/title/nl', message: 'expected a non-empty string, found an empty string; it is ignored.' },
        { pointer: '/events/0/title/english', message: '"english" is not a language code such as "en" or "nl-BE"; it is ignored.' },
        { pointer: '/events/0/title/fr', message: 'expected a non-empty string, found the number 5; it is ignored.' },
      ] satisfies Problem[]);
      expect(datasetOf(result).events[0]!.title).to.deep.equal({ en: 'Care trajectory' });

      const none = check(withValue(minimal(), ['events', 0, 'title'], { english: 'Care trajectory' }));
      expect(onlyProblem(none, '/events/0/title/english')).to.match(/; this event is left out\.$/);
      expect(datasetOf(none).events.length).to.equal(2);
    });

    it('escapes "/" and "~" of a language key in the pointer', () => {
      const result = check(withValue(minimal(), ['events', 0, 'actor'], { en: 'NIHDI', 'a/b~c': 'x' }));
      expect(onlyProblem(result, '/events/0/actor/a~1b~0c')).to.include('"a/b~c" is not a language code');
    });
  });

  describe('url', () => {
    it('drops a url that is not http or https', () => {
      for (const url of ['ftp://example.org/report', 'javascript:alert(1)', 'example.org/report', 'https://', '//example.org', 42]) {
        const result = check(withValue(minimal(), ['sources', 1, 'url'], url));
        const message = onlyProblem(result, '/sources/1/url');
        expect(message).to.include('expected an http or https address');
        expect(message).to.match(/; the field is ignored\.$/);
        const source = datasetOf(result).sources[1]!;
        expect(source.id).to.equal('s05');
        expect(source).not.to.have.property('url');
      }
    });

    it('keeps an http or https url', () => {
      for (const url of ['http://example.org/', 'https://example.org/a?b=c#d']) {
        expect(clean(withValue(minimal(), ['sources', 1, 'url'], url)).sources[1]!.url).to.equal(url);
      }
      // Written in capitals, the address is kept as the browser normalises it.
      expect(clean(withValue(minimal(), ['sources', 1, 'url'], 'HTTPS://Example.org/A')).sources[1]!.url).to.equal('https://example.org/A');
    });
  });

  describe('color', () => {
    it('drops a level colour that is not a plain CSS colour', () => {
      for (const color of ['not a colour', 'red; background: url(x)', 'url(javascript:alert(1))', 'var(--accent)', '#12345', 'rgb(0 114)', '', 255]) {
        const result = check(withValue(minimal(), ['levels', 0, 'color'], color));
        const message = onlyProblem(result, '/levels/0/color');
        expect(message, String(color)).to.include('expected a CSS colour such as "#0072B2" or "rgb(0 114 178)"');
        expect(message).to.match(/; the field is ignored\.$/);
        expect(datasetOf(result).levels[0]).to.deep.equal(minimal().levels[0]);
      }
    });

    it('keeps hex, functional and named colours', () => {
      for (const color of ['#0072B2', '#fff', '#0072b2cc', 'rgb(0 114 178)', 'rgba(0, 114, 178, 0.5)', 'hsl(200deg 100% 35%)', 'oklch(0.55 0.15 240)', 'RebeccaPurple', 'teal']) {
        expect(clean(withValue(minimal(), ['levels', 0, 'color'], color)).levels[0]!.color).to.equal(color);
      }
    });
  });

  describe('groups of the care continuum', () => {
    it('makes a part name a listed group when the dataset lists its groups', () => {
      const result = check(withValue(everyField(), ['continuum', 0, 'group'], 'cure'));
      expect(result.problems).to.deep.equal([]);
      const unknown = check(withValue(everyField(), ['continuum', 0, 'group'], 'long-term'));
      expect(onlyProblem(unknown, '/continuum/0/group')).to.equal('"long-term" is not the id of any group of the care continuum in this dataset; the field is ignored.');
      expect(datasetOf(unknown).continuum[0]).not.to.have.property('group');
    });

    it('lets a dataset without a list of groups band its parts with any id', () => {
      const raw = everyField();
      delete raw.continuumGroups;
      raw.continuum[0].group = 'long-term';
      const result = check(raw);
      expect(result.problems).to.deep.equal([]);
      expect(datasetOf(result).continuum[0]!.group).to.equal('long-term');
    });
  });

  describe('figures', () => {
    it('keeps a published figure with its number and sources', () => {
      expect(clean(everyField()).figures[0]).to.deep.include({ id: 'health-ministers', value: 9, date: '2021' });
    });

    it('leaves out a figure whose value is not a number, or that cites no source', () => {
      const text = check(withValue(everyField(), ['figures', 0, 'value'], 'nine'));
      expect(onlyProblem(text, '/figures/0/value')).to.equal('expected a number, found the string "nine"; this figure is left out.');
      expect(datasetOf(text).figures).to.deep.equal([]);
      const unsourced = check(withValue(everyField(), ['figures', 0, 'sources'], []));
      expect(onlyProblem(unsourced, '/figures/0/sources')).to.equal('needs the id of at least one source; this figure is left out.');
    });
  });

  describe('status', () => {
    it('shows a fact whose status is mistyped as unverified, never as settled', () => {
      for (const status of ['verified', 'Unverified', 'unconfirmed', true, '']) {
        const result = check(withValue(minimal(), ['events', 1, 'status'], status));
        expect(onlyProblem(result, '/events/1/status'), String(status)).to.include('the only status is "unverified", found');
        expect(result.problems[0]!.message).to.match(/; the fact is shown as unverified\.$/);
        expect(datasetOf(result).events[1]).to.deep.equal({ ...minimal().events[1], status: 'unverified' });
      }
    });

    it('keeps "unverified" on events, terms and competences', () => {
      const dataset = clean(everyField());
      expect(dataset.events[1]!.status).to.equal('unverified');
      expect(dataset.ministers[0]!.terms[1]!.status).to.equal('unverified');
      expect(dataset.competences[2]!.status).to.equal('unverified');
      expect(dataset.events[0]).not.to.have.property('status');
    });
  });

  describe('many problems at once', () => {
    it('shows the other records when one record has problems', () => {
      const raw = minimal();
      raw.events[1].start = '2014-13-01';
      raw.events[1].level = 'regional';
      const result = check(raw);
      expect(result.problems.map((problem) => problem.pointer)).to.deep.equal(['/events/1/start', '/events/1/level']);
      const dataset = datasetOf(result);
      expect(dataset.events).to.deep.equal([clean(minimal()).events[0], clean(minimal()).events[2]]);
      expect(dataset.levels).to.deep.equal(minimal().levels);
      expect(dataset.sources).to.deep.equal(minimal().sources);
      expect(dataset.keyPolicies).to.deep.equal(minimal().keyPolicies);
    });

    it('reports every problem of a dataset with several mistakes, not only the first', () => {
      const raw = minimal();
      raw.license = '';
      raw.sources[0].url = 'www.ijic.org';
      raw.levels[1].label = {};
      raw.events[0].start = '2009-13';
      raw.events[0].actor = 5;
      raw.events[1].colour = 'red';
      raw.events[2].keyPolicy = 'no-such-policy';
      const result = check(raw);
      expect(result.problems.map((problem) => problem.pointer)).to.have.members([
        '/license',
        '/sources/0/url',
        '/levels/1/label',
        '/events/0/start',
        '/events/0/actor',
        '/events/1/colour',
        '/events/2/level',
        '/events/2/keyPolicy',
      ]);
      expect(result.problems.length).to.equal(8);
      expect(messageAt(result, '/events/2/level')).to.include('"interfederal" names a level that was left out');
      const dataset = datasetOf(result);
      expect(ids(dataset.events)).to.deep.equal(['sixth-state-reform-in-force']);
      expect(ids(dataset.levels)).to.deep.equal(['federal']);
      expect(dataset.sources[0]).not.to.have.property('url');
      expect(dataset).not.to.have.property('license');
    });

    it('never leaks "undefined" or "[object Object]" into a message, whatever the values', () => {
      const strange: unknown[] = [null, {}, [], [{}], { en: {} }, { toString: 'x' }, 0, -1, 1.5, false, '', ' ', 'x'.repeat(500)];
      const problems: Problem[] = [];
      const raw = everyField();
      const records: [string, Raw][] = [];
      for (const list of ['sources', 'levels', 'governments', 'ministers', 'continuum', 'competences', 'keyPolicies', 'events']) {
        raw[list].forEach((record: Raw, index: number) => records.push([`${list}/${index}`, record]));
      }
      raw.ministers[0].terms.forEach((term: Raw, index: number) => records.push([`ministers/0/terms/${index}`, term]));
      for (const [where, record] of records) {
        for (const field of Object.keys(record)) {
          for (const value of strange) {
            const path = [...where.split('/').map((key) => (/^\d+$/.test(key) ? Number(key) : key)), field];
            const result = check(withValue(everyField(), path, value));
            expect(result.dataset, toPointer(path)).not.to.equal(null);
            problems.push(...result.problems);
          }
        }
      }
      for (const field of ['id', 'title', 'description', 'country', 'languages', 'updated', 'license', 'sources', 'levels', 'events']) {
        for (const value of strange) problems.push(...check(withValue(everyField(), [field], value)).problems);
      }
      // check() looked at every message; this makes sure there were many to look at.
      expect(problems.length).to.be.greaterThan(1000);
      const leaks = problems.filter(({ message }) => /undefined|\[object Object\]/.test(message));
      expect(leaks).to.deep.equal([]);
    });
  });

  describe('size', () => {
    it('validates 2,000 events without a problem', () => {
      const raw = minimal();
      const template = raw.events[0];
      raw.events = Array.from({ length: 2000 }, (_, index) => ({
        ...structuredClone(template),
        id: `event-${index}`,
        start: `${1900 + (index % 120)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
        ...(index % 3 === 0 ? { end: `${2020 + (index % 5)}` } : {}),
        level: index % 2 === 0 ? 'federal' : 'interfederal',
      }));
      const started = performance.now();
      const dataset = clean(raw);
      const took = performance.now() - started;
      expect(dataset.events.length).to.equal(2000);
      expect(dataset.events[1999]!.id).to.equal('event-1999');
      expect(dataset.events[1999]!.start).to.equal('1979-08-12');
      // Generous: it takes a few tens of milliseconds; seconds would mean something quadratic.
      expect(took).to.be.lessThan(3000);
    });
  });
});
