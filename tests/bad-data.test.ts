/**
 * A corpus of broken datasets (tests/fixtures/bad, see its README): each one must be reported with
 * exactly the expected JSON pointers, by the validator and by every element, while the valid records
 * are still shown and nothing throws.
 */
import { expect } from '@open-wc/testing';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import '../src/competence-map/define.js';
import { parseJson } from '../src/data/json-syntax.js';
import { validateDataset } from '../src/data/validate.js';
import type { PolicyAtlas } from '../src/policy-atlas/policy-atlas.js';
import '../src/policy-atlas/define.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import '../src/policy-timeline/define.js';
import type { DataErrorEvent, DataLoadEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, items, nextFrame, settled, shadow } from './helpers.js';

const FIXTURES = '/tests/fixtures/bad';
/** The map and the atlas show this date: every open competence of the base dataset holds on it. */
const MAP_DATE = '2020-01-01';

const ALL_EVENTS = ['ev-one', 'ev-two', 'ev-three', 'ev-four'];
const ALL_CELLS = ['alpha reg', 'beta fed', 'gamma reg', 'gamma fed'];

interface Case {
  /** File name in tests/fixtures/bad, without `.json`. */
  file: string;
  /** `data`: fetched, parsed and set as `.data`; `src`: the URL set as `src` (files that are not JSON, or whose keys JSON.parse must read). */
  via: 'data' | 'src';
  /** Exactly the pointers of `problems`, in order. */
  pointers: string[];
  /** Ids of the events the timeline must mark; `null`: nothing can be shown (no dataset). */
  events: string[] | null;
  /** `part government` of the map cells that hold a competence on MAP_DATE. */
  cells: string[];
}

const fatal = (file: string, via: Case['via'], pointers: string[]): Case => ({ file, via, pointers, events: null, cells: [] });
const partial = (file: string, pointers: string[], events = ALL_EVENTS, cells = ALL_CELLS, via: Case['via'] = 'data'): Case => ({ file, via, pointers, events, cells });
const without = (list: string[], ...gone: string[]) => list.filter((entry) => !gone.includes(entry));

const CASES: Case[] = [
  // Not JSON, not an object, not this format: nothing can be shown.
  fatal('not-json', 'src', ['']),
  fatal('truncated', 'src', ['']),
  fatal('trailing-comma', 'src', ['']),
  fatal('top-array', 'data', ['']),
  fatal('top-string', 'data', ['']),
  fatal('top-null', 'data', ['']),
  fatal('not-a-dataset', 'data', ['']),
  fatal('wrong-version', 'data', ['/formatVersion']),
  fatal('version-string', 'data', ['/formatVersion']),
  // Required top-level fields.
  partial('missing-top-formatversion', ['/formatVersion']),
  partial('missing-top-id', ['/id']),
  partial('missing-top-title', ['/title']),
  partial('missing-top-languages', ['/languages']),
  partial(
    'missing-top-sources',
    [
      '/sources',
      '/governments/0/sources/0',
      '/governments/1/sources/0',
      '/ministers/0/government',
      '/ministers/0/terms/0/sources/0',
      '/ministers/0/terms/1/sources/0',
      '/competences/0/government',
      '/competences/0/sources/0',
      '/competences/1/government',
      '/competences/1/sources/0',
      '/competences/2/government',
      '/competences/2/sources/0',
      '/competences/3/government',
      '/competences/3/sources/0',
      '/competences/4/government',
      '/competences/4/sources/0',
      '/events/0/sources/0',
      '/events/1/sources/0',
      '/events/2/governments/0',
      '/events/2/sources/0',
      '/events/2/sources/1',
      '/events/3/sources/0',
    ],
    [],
    [],
  ),
  partial(
    'missing-top-levels',
    [
      '/levels',
      '/governments/0/level',
      '/governments/1/level',
      '/ministers/0/government',
      '/competences/0/government',
      '/competences/1/government',
      '/competences/2/government',
      '/competences/3/government',
      '/competences/4/government',
      '/events/0/level',
      '/events/1/level',
      '/events/2/level',
      '/events/2/governments/0',
      '/events/3/level',
    ],
    [],
    [],
  ),
  partial('missing-top-events', ['/events'], []),
  // Required fields of records.
  ...['id', 'title', 'start', 'level', 'kind', 'summary', 'sources'].map((field) =>
    partial(`missing-event-${field}`, [`/events/1/${field}`], without(ALL_EVENTS, 'ev-two')),
  ),
  ...['id', 'label'].map((field) =>
    partial(
      `missing-level-${field}`,
      [`/levels/1/${field}`, '/governments/1/level', '/competences/1/government', '/competences/3/government', '/events/1/level', '/events/3/level'],
      ['ev-one', 'ev-three'],
      ['beta fed', 'gamma fed'],
    ),
  ),
  ...['id', 'citation'].map((field) =>
    partial(
      `missing-source-${field}`,
      [`/sources/1/${field}`, '/competences/3/sources/0', '/competences/4/sources/0', '/events/2/sources/1', '/events/3/sources/0'],
      without(ALL_EVENTS, 'ev-four'),
      ['alpha reg', 'beta fed'],
    ),
  ),
  ...['part', 'government', 'role', 'sources'].map((field) =>
    partial(`missing-competence-${field}`, [`/competences/2/${field}`], ALL_EVENTS, without(ALL_CELLS, 'beta fed')),
  ),
  ...['holder', 'from', 'sources'].map((field) => partial(`missing-term-${field}`, [`/ministers/0/terms/1/${field}`])),
  // Wrong types.
  partial('wrong-type-start', ['/events/0/start'], without(ALL_EVENTS, 'ev-one')),
  partial('wrong-type-title', ['/events/0/title'], without(ALL_EVENTS, 'ev-one')),
  partial('wrong-type-sources', ['/events/3/sources'], without(ALL_EVENTS, 'ev-four')),
  partial('wrong-type-events', ['/events'], []),
  partial('wrong-type-record', ['/events/1']),
  partial('wrong-type-role', ['/competences/3/role'], ALL_EVENTS, without(ALL_CELLS, 'gamma reg')),
  // Unknown references.
  partial('unknown-level', ['/events/1/level'], without(ALL_EVENTS, 'ev-two')),
  partial('unknown-government', ['/competences/3/government'], ALL_EVENTS, without(ALL_CELLS, 'gamma reg')),
  partial('unknown-event-government', ['/events/2/governments/1']),
  partial('unknown-minister-government', ['/ministers/0/government']),
  partial(
    'unknown-government-level',
    ['/governments/1/level', '/competences/1/government', '/competences/3/government'],
    ALL_EVENTS,
    ['beta fed', 'gamma fed'],
  ),
  partial('unknown-part', ['/competences/2/part'], ALL_EVENTS, without(ALL_CELLS, 'beta fed')),
  partial('unknown-event-part', ['/events/2/parts/0']),
  partial('unknown-key-policy', ['/events/0/keyPolicy']),
  partial('unknown-source', ['/events/3/sources/0'], without(ALL_EVENTS, 'ev-four')),
  partial('unknown-source-partial', ['/events/2/sources/1']),
  partial('unknown-group', ['/continuum/1/group']),
  // Duplicate ids.
  partial('duplicate-event-id', ['/events/3/id'], without(ALL_EVENTS, 'ev-four')),
  partial('duplicate-level-id', ['/levels/2/id']),
  partial('duplicate-source-id', ['/sources/2/id']),
  // Dates.
  partial('date-february-30', ['/events/1/start'], without(ALL_EVENTS, 'ev-two')),
  partial('date-month-13', ['/events/1/start'], without(ALL_EVENTS, 'ev-two')),
  partial('date-short-month', ['/events/1/start'], without(ALL_EVENTS, 'ev-two')),
  partial('date-day-first', ['/events/1/start'], without(ALL_EVENTS, 'ev-two')),
  partial('date-competence-from', ['/competences/1/from'], ALL_EVENTS, without(ALL_CELLS, 'alpha reg')),
  partial('date-term-to', ['/ministers/0/terms/0/to']),
  // Periods that end before they start, and overlaps.
  partial('event-end-before-start', ['/events/2/end']),
  partial('term-to-before-from', ['/ministers/0/terms/0/to']),
  partial('competence-to-before-from', ['/competences/3/to'], ALL_EVENTS, without(ALL_CELLS, 'gamma reg')),
  partial('competence-overlap', ['/competences/5']),
  // Texts.
  partial('text-no-language', ['/events/1/title'], without(ALL_EVENTS, 'ev-two')),
  partial('text-no-language-optional', ['/levels/0/description', '/events/0/actor']),
  partial('text-bad-language', ['/events/0/title/english'], without(ALL_EVENTS, 'ev-one')),
  // Empty lists, unknown fields, keys that name Object.prototype.
  partial('empty-lists', [], [], []),
  partial('empty-source-list', ['/events/1/sources'], without(ALL_EVENTS, 'ev-two')),
  partial('unknown-fields', ['/colour', '/events/0/date']),
  partial('proto-keys', ['/levels/0/constructor', '/events/0/__proto__', '/events/1/title/__proto__'], ALL_EVENTS, ALL_CELLS, 'src'),
];

/** How many problems an element lists before "and N more" (render.ts). */
const PROBLEMS_SHOWN = 20;

const PART_LABELS: [string, string][] = [
  ['Alpha part', 'alpha'],
  ['Beta part', 'beta'],
  ['Gamma part', 'gamma'],
];
const GOVERNMENT_LABELS: Record<string, string> = { 'Federal State': 'fed', Region: 'reg' };

async function fixtureText(file: string): Promise<string> {
  const response = await fetch(`${FIXTURES}/${file}.json`);
  if (!response.ok) throw new Error(`cannot fetch ${file}.json: ${response.status}`);
  return response.text();
}

type Tag = 'policy-timeline' | 'competence-map' | 'policy-atlas';

interface Rendered {
  element: HTMLElement;
  errors: DataErrorEvent[];
  loads: DataLoadEvent[];
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
});

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string) =>
  Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms))]);

/**
 * Renders `tag` with `.data` or `src`, listening on a wrapper attached before the element connects,
 * and waits for what must come: `data-error` when problems are expected, `data-load` when data is.
 */
async function render(tag: Tag, input: { data?: unknown; src?: string }, expectProblems: boolean, expectData: boolean, attributes: Record<string, string> = {}): Promise<Rendered> {
  const errors: DataErrorEvent[] = [];
  const loads: DataLoadEvent[] = [];
  let gotError: () => void = () => {};
  let gotLoad: () => void = () => {};
  const errored = new Promise<void>((resolve) => (gotError = resolve));
  const loaded = new Promise<void>((resolve) => (gotLoad = resolve));
  const wrapper = document.createElement('div');
  wrapper.addEventListener('data-error', (event) => {
    errors.push(event);
    gotError();
  });
  wrapper.addEventListener('data-load', (event) => {
    loads.push(event);
    gotLoad();
  });
  const element = document.createElement(tag) as HTMLElement & { data?: unknown };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  if (input.src !== undefined) element.setAttribute('src', input.src);
  else element.data = input.data;
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  if (expectProblems) await withTimeout(errored, 8000, 'data-error');
  if (expectData) await withTimeout(loaded, 8000, 'data-load');
  const lit = element as unknown as PolicyTimeline;
  await lit.updateComplete;
  if (tag === 'policy-timeline') await settled(lit);
  if (tag === 'policy-atlas') {
    const timeline = shadow(element).querySelector('policy-timeline');
    if (timeline) await settled(timeline);
    const map = shadow(element).querySelector('competence-map');
    if (map) await map.updateComplete;
  }
  // Late, repeated or unexpected events would arrive by now.
  await nextFrame();
  await nextFrame();
  return { element, errors, loads };
}

/** `part government` of every map cell that holds a competence. */
function heldCells(map: Element): string[] {
  const root = shadow(map);
  const columns = [...root.querySelectorAll('th.government')].map((th) => GOVERNMENT_LABELS[th.querySelector('.visually-hidden')?.textContent?.trim() ?? ''] ?? '?');
  return [...root.querySelectorAll('tbody tr:not(.group)')].flatMap((row) => {
    const label = row.querySelector('th')?.textContent?.trim() ?? '';
    const part = PART_LABELS.find(([prefix]) => label.startsWith(prefix))?.[1] ?? '?';
    return [...row.querySelectorAll('td.cell')].flatMap((cell, index) => (cell.classList.contains('role-none') ? [] : [`${part} ${columns[index]}`]));
  });
}

const markIds = (timeline: Element) => items(timeline).map((item) => item.dataset.id!).sort();
const listedPointers = (root: ShadowRoot) => [...root.querySelectorAll('[part="problems"] li code')].map((code) => code.textContent!.trim());

/** The element lists the problems (pointer text, `/` for the whole file), up to PROBLEMS_SHOWN, then says how many more. */
function expectListed(root: ShadowRoot, pointers: string[]): void {
  const shownPointers = pointers.slice(0, PROBLEMS_SHOWN).map((pointer) => pointer || '/');
  expect(listedPointers(root), 'pointers listed in [part="problems"]').to.deep.equal(shownPointers);
  const entries = root.querySelectorAll('[part="problems"] li');
  expect(entries.length, 'problem list entries').to.equal(shownPointers.length + (pointers.length > PROBLEMS_SHOWN ? 1 : 0));
  if (pointers.length === 0) expect(root.querySelector('[part="problems"]')).to.equal(null);
}

function expectEvents(rendered: Rendered, testCase: Case): void {
  expect(rendered.errors.map((event) => event.detail.problems.map((problem) => problem.pointer)), 'data-error pointers').to.deep.equal(
    testCase.pointers.length > 0 ? [testCase.pointers] : [],
  );
  if (testCase.pointers.length > 0) expect(rendered.errors[0]!.detail.partial, 'data-error partial').to.equal(testCase.events !== null);
  expect(rendered.loads.length, 'data-load events').to.equal(testCase.events === null ? 0 : 1);
  for (const problem of rendered.errors[0]?.detail.problems ?? []) expect(problem.message, `message at ${problem.pointer}`).to.be.a('string').and.not.equal('');
}

async function inputFor(testCase: Case): Promise<{ data?: unknown; src?: string }> {
  if (testCase.via === 'src') return { src: `${FIXTURES}/${testCase.file}.json` };
  return { data: JSON.parse(await fixtureText(testCase.file)) as unknown };
}

describe('bad data', () => {
  failOnUncaughtErrors();

  it('has a corpus of at least 30 files, each in the table once', () => {
    expect(CASES.length).to.be.at.least(30);
    expect(new Set(CASES.map((testCase) => testCase.file)).size).to.equal(CASES.length);
  });

  describe('the validator', () => {
    for (const testCase of CASES) {
      it(`${testCase.file}: reports exactly ${JSON.stringify(testCase.pointers)}`, async () => {
        const parsed = parseJson(await fixtureText(testCase.file));
        const result = 'problem' in parsed ? { dataset: null, problems: [parsed.problem] } : validateDataset(parsed.value);
        expect(result.problems.map((problem) => problem.pointer)).to.deep.equal(testCase.pointers);
        if (testCase.events === null) {
          expect(result.dataset).to.equal(null);
        } else {
          expect(result.dataset, 'a dataset').to.not.equal(null);
          expect(result.dataset!.events.map((event) => event.id).sort()).to.deep.equal([...testCase.events].sort());
        }
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
      });
    }
  });

  describe('<policy-timeline>', () => {
    for (const testCase of CASES) {
      it(`${testCase.file} (${testCase.via}): reports ${JSON.stringify(testCase.pointers)} and marks ${testCase.events === null ? 'nothing' : JSON.stringify(testCase.events)}`, async () => {
        const rendered = await render('policy-timeline', await inputFor(testCase), testCase.pointers.length > 0, testCase.events !== null);
        expectEvents(rendered, testCase);
        expectListed(shadow(rendered.element), testCase.pointers);
        expect(markIds(rendered.element)).to.deep.equal([...(testCase.events ?? [])].sort());
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
      });
    }
  });

  describe('<competence-map>', () => {
    for (const testCase of CASES) {
      it(`${testCase.file} (${testCase.via}): reports ${JSON.stringify(testCase.pointers)} and shows cells ${JSON.stringify(testCase.cells)}`, async () => {
        const rendered = await render('competence-map', await inputFor(testCase), testCase.pointers.length > 0, testCase.events !== null, { date: MAP_DATE });
        expectEvents(rendered, testCase);
        expectListed(shadow(rendered.element), testCase.pointers);
        expect(heldCells(rendered.element as CompetenceMap).sort()).to.deep.equal([...testCase.cells].sort());
      });
    }
  });

  describe('<policy-atlas>', () => {
    for (const testCase of CASES) {
      it(`${testCase.file} (${testCase.via}): reports ${JSON.stringify(testCase.pointers)} in its own shadow root, the inner views show the valid records`, async () => {
        const rendered = await render('policy-atlas', await inputFor(testCase), testCase.pointers.length > 0, testCase.events !== null, { date: MAP_DATE });
        const atlas = rendered.element as PolicyAtlas;
        expectEvents(rendered, testCase);
        expectListed(shadow(atlas), testCase.pointers);
        const timeline = shadow(atlas).querySelector('policy-timeline');
        const map = shadow(atlas).querySelector('competence-map');
        if (testCase.events === null) {
          expect(timeline, 'no timeline without data').to.equal(null);
          expect(map, 'no map without data').to.equal(null);
          return;
        }
        expect(timeline, 'the inner timeline').to.not.equal(null);
        expect(markIds(timeline!)).to.deep.equal([...testCase.events].sort());
        expect(heldCells(map!).sort()).to.deep.equal([...testCase.cells].sort());
        // The children get the checked data: they list no problems of their own (the atlas lists them once).
        expect({ timeline: listedPointers(shadow(timeline!)), map: listedPointers(shadow(map!)) }, 'problems listed again by the inner views').to.deep.equal({ timeline: [], map: [] });
      });
    }
  });

  describe('generated: 10,000 events (one with month 13)', () => {
    const COUNT = 10_000;
    const BAD = 5000;
    let big: Record<string, unknown>;
    before(async () => {
      const base = JSON.parse(await fixtureText('missing-top-formatversion')) as Record<string, unknown>;
      base.formatVersion = 1;
      const template = (base.events as Record<string, unknown>[])[0]!;
      base.events = Array.from({ length: COUNT }, (_, index) => ({
        ...template,
        id: `ev-${index}`,
        title: { en: `Generated event ${index}` },
        start: index === BAD ? '2019-13' : `${2000 + (index % 20)}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`,
        level: index % 2 === 0 ? 'federal' : 'regional',
      }));
      big = base;
    });

    it('the validator reports only /events/5000/start and keeps the other 9,999, in well under 5 s', () => {
      const result = validateDataset(big);
      expect(result.problems.map((problem) => problem.pointer)).to.deep.equal([`/events/${BAD}/start`]);
      expect(result.dataset!.events).to.have.length(COUNT - 1);
    });

    // The element gets the first 1,000 events: with 10,000 the timeline takes about two minutes to
    // draw today (vis-timeline's stacking). Time to interactive at 10,000 events is a target of the
    // performance issue, which will raise this case back to the whole dataset.
    it('<policy-timeline> reports it, lists it, and draws the valid marks (first 1,000 events)', async function () {
      this.timeout(60000);
      const first = { ...big, events: (big.events as unknown[]).slice(0, 1000) };
      (first.events as Record<string, unknown>[])[BAD % 1000] = { ...(first.events as Record<string, unknown>[])[BAD % 1000], start: '2019-13' };
      const rendered = await render('policy-timeline', { data: first }, true, true);
      expect(rendered.errors.map((event) => event.detail.problems.map((problem) => problem.pointer))).to.deep.equal([[`/events/${BAD % 1000}/start`]]);
      expectListed(shadow(rendered.element), [`/events/${BAD % 1000}/start`]);
      const timeline = rendered.element as PolicyTimeline & { model?: { items: unknown[] } };
      const ids = new Set(markIds(rendered.element));
      // vis-timeline draws only the marks in view; every drawn mark is a valid event, the bad one is not drawn.
      expect(ids.size, 'marks drawn').to.be.greaterThan(0);
      expect(ids.has(`ev-${BAD % 1000}`)).to.equal(false);
      expect([...ids].every((id) => /^ev-\d+$/.test(id))).to.equal(true);
      const label = shadow(timeline).querySelector('[part="timeline"]')!.getAttribute('aria-label')!;
      expect(label.replace(/[\s,.\u202f]/g, ''), 'the timeline counts 999 events').to.contain('999');
    });
  });

  describe('generated: a 1 MB summary', () => {
    const MEGABYTE = 'All work and no play. '.repeat(Math.ceil(1_048_576 / 22)).slice(0, 1_048_576);
    let huge: Record<string, unknown>;
    before(async () => {
      huge = JSON.parse(await fixtureText('missing-top-formatversion')) as Record<string, unknown>;
      huge.formatVersion = 1;
      (huge.events as Record<string, unknown>[])[0]!.summary = { en: MEGABYTE };
      (huge.competences as Record<string, unknown>[])[4]!.note = { en: MEGABYTE };
    });

    it('the validator accepts it', () => {
      const result = validateDataset(huge);
      expect(result.problems).to.deep.equal([]);
      expect((result.dataset!.events[0]!.summary as Record<string, string>).en).to.have.length(1_048_576);
    });

    it('<policy-timeline> shows every event and the whole summary in the open details', async () => {
      const rendered = await render('policy-timeline', { data: huge }, false, true, { selected: 'ev-one' });
      expectEvents(rendered, partial('1mb', []));
      expect(markIds(rendered.element)).to.deep.equal([...ALL_EVENTS].sort());
      const detail = shadow(rendered.element).querySelector('[part="detail"]');
      expect(detail, 'the open details').to.not.equal(null);
      expect(detail!.textContent).to.contain(MEGABYTE);
    });

    it('<competence-map> shows every cell and the whole note in the open cell', async () => {
      const rendered = await render('competence-map', { data: huge }, false, true, { date: MAP_DATE });
      expectEvents(rendered, partial('1mb', []));
      expect(heldCells(rendered.element).sort()).to.deep.equal([...ALL_CELLS].sort());
      const root = shadow(rendered.element);
      const rows = [...root.querySelectorAll('tbody tr:not(.group)')];
      const gamma = rows.find((row) => row.querySelector('th')!.textContent!.trim().startsWith('Gamma part'))!;
      const columns = [...root.querySelectorAll('th.government')].map((th) => th.querySelector('.visually-hidden')!.textContent!.trim());
      (gamma.querySelectorAll('td.cell')[columns.indexOf('Federal State')] as HTMLElement).click();
      await (rendered.element as CompetenceMap).updateComplete;
      const detail = root.querySelector('[part="detail"]');
      expect(detail, 'the open cell').to.not.equal(null);
      expect(detail!.textContent).to.contain(MEGABYTE);
    });

    it('<policy-atlas> shows every event', async () => {
      const rendered = await render('policy-atlas', { data: huge }, false, true, { date: MAP_DATE, selected: 'ev-one' });
      expectEvents(rendered, partial('1mb', []));
      const timeline = shadow(rendered.element).querySelector('policy-timeline')!;
      expect(markIds(timeline)).to.deep.equal([...ALL_EVENTS].sort());
      expect(shadow(timeline).querySelector('[part="detail"]')!.textContent).to.contain(MEGABYTE);
    });
  });
});
