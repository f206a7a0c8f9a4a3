/**
 * Hostile text in every text, URL and colour field of a copy of the Belgian data: every element,
 * with every detail panel open, must show it as text, run none of it, link only to http(s), and
 * neither apply nor accept a colour that is not a colour.
 */
import { expect } from '@open-wc/testing';
import belgium from '../data/belgium.json';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import '../src/competence-map/define.js';
import '../src/policy-atlas/define.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import '../src/policy-timeline/define.js';
import type { DataErrorEvent, DataLoadEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, itemFor, nextFrame, settled, shadow, tooltipOf } from './helpers.js';

declare global {
  interface Window {
    __hostile: number;
  }
}

/** Every payload that would run calls `window.__hostile++` instead of alert(1). */
const RUN = 'window.__hostile++';
const PAYLOADS: string[] = [
  `<script>${RUN}</script>`,
  `<img src=x onerror=${RUN}>`,
  `<svg onload=${RUN}>`,
  `<svg><script>${RUN}</script></svg>`,
  `javascript:${RUN}`,
  ` JaVaScRiPt:${RUN}`,
  `data:text/html,<script>${RUN}</script>`,
  'vbscript:msgbox(1)',
  `"><script>${RUN}</script>`,
  `' onmouseover='${RUN}`,
  `{{constructor.constructor('${RUN}')()}}`,
  '${' + RUN + '}',
  `&lt;script&gt;${RUN}&lt;/script&gt;`,
  `&#60;img src=x onerror=${RUN}&#62;`,
  'invoice \u202Egnp.exe\u202C reversed',
  'zero\u200Bwidth\u200C\u200Djoiners\u2060and\uFEFFbom',
  `red; background: url(javascript:${RUN})`,
  `expression(${RUN})`,
  'url(https://evil.example)',
  `</style><script>${RUN}</script>`,
  '<!-- an unclosed comment',
  `]]><script>${RUN}</script>`,
  `<iframe src="javascript:${RUN}"></iframe>`,
  `<a href="javascript:${RUN}">click</a>`,
  `<body onload=${RUN}>`,
  `<details open ontoggle=${RUN}>`,
  `<input autofocus onfocus=${RUN}>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`,
  `<object data="javascript:${RUN}">`,
  `<embed src="javascript:${RUN}">`,
  `<link rel=stylesheet href="https://evil.example/x.css">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`,
  "<style>@import 'https://evil.example/x.css';</style>",
  '`-' + RUN + '-`',
  `'-${RUN}-'`,
  `\\"-${RUN}//`,
  `https://evil.example/"><script>${RUN}</script>`,
  `http://evil.example/?q=<img src=x onerror=${RUN}>`,
  `javascript&colon;${RUN}`,
  `jav\tascript:${RUN}`,
  `null\u0000byte<script>${RUN}</script>`,
  `${'A'.repeat(100_000)}<script>${RUN}</script>`,
  `<svg><animate onbegin=${RUN} attributeName=x dur=1s>`,
  `<template><script>${RUN}</script></template>`,
  `"); ${RUN}; //`,
  `#0072B2; --x: url(javascript:${RUN})`,
  'rgb(0 0 0) url(https://evil.example)',
  '%3Cscript%3Ewindow.__hostile%2B%2B%3C%2Fscript%3E',
];

/** What a mark or the rule shows of a title: the whole of a short one, the start of a long one. */
const shown = (title: string) => (title.length > 160 ? title.slice(0, 159) : title);

const EVENT = 'care-trajectory-diabetes';
const MILESTONE = 'sixth-state-reform-in-force';
const PART = 'primary-care-organisation';
const GOVERNMENT = 'federal';
const DATE = '2021-06-01';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const isHttpUrl = (value: string) => {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};

/** A copy of the Belgian data with `payload` in every text, URL and colour field that the open views show. */
function hostile(payload: string): { data: Json; pointers: string[] } {
  const data: Json = structuredClone(belgium);
  const find = (list: Json[], id: string) => list.find((record: Json) => record.id === id);
  data.title = payload;
  data.description = payload;
  const event = find(data.events, EVENT);
  Object.assign(event, { title: payload, officialTitle: { nl: payload, fr: payload }, summary: payload, actor: payload });
  find(data.events, MILESTONE).title = { en: payload, nl: payload };
  const levelIndex = data.levels.findIndex((level: Json) => level.id === event.level);
  Object.assign(data.levels[levelIndex], { label: payload, description: payload, color: payload });
  Object.assign(find(data.keyPolicies, event.keyPolicy), { label: payload, description: payload });
  // The event's first source: citation, url and doi; its second: citation and doi only, so the doi makes the link.
  const first = data.sources.findIndex((source: Json) => source.id === event.sources[0]);
  Object.assign(data.sources[first], { citation: payload, url: payload, doi: payload });
  const second = find(data.sources, event.sources[1]);
  delete second.url;
  Object.assign(second, { citation: payload, doi: payload });
  Object.assign(find(data.governments, GOVERNMENT), { label: payload, short: payload, territory: payload, note: payload });
  const minister = data.ministers.find((candidate: Json) => candidate.government === GOVERNMENT);
  minister.portfolio = payload;
  Object.assign(minister.terms.at(-1), { holder: payload, party: payload });
  const competence = data.competences.find(
    (candidate: Json) => candidate.part === PART && candidate.government === GOVERNMENT && (!candidate.to || candidate.to >= DATE) && (!candidate.from || candidate.from <= DATE),
  );
  competence.note = payload;
  if (!competence.sources.includes(data.sources[first].id)) throw new Error('the competence should cite the hostile source');
  const part = find(data.continuum, PART);
  Object.assign(part, { label: payload, description: payload });
  Object.assign(find(data.continuumGroups, part.group), { label: payload, description: payload });
  Object.assign(data.figures[0], { label: payload, note: payload });
  const pointers = [...(isHttpUrl(payload) ? [] : [`/sources/${first}/url`]), `/levels/${levelIndex}/color`];
  return { data, pointers };
}

type Tag = 'policy-timeline' | 'competence-map' | 'policy-atlas';
const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
});

async function render(tag: Tag, data: Json, attributes: Record<string, string>) {
  const errors: DataErrorEvent[] = [];
  let loaded: () => void = () => {};
  const load = new Promise<void>((resolve) => (loaded = resolve));
  const wrapper = document.createElement('div');
  wrapper.addEventListener('data-error', (event) => errors.push(event));
  wrapper.addEventListener('data-load', (_event: DataLoadEvent) => loaded());
  const element = document.createElement(tag) as HTMLElement & { data?: unknown; updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.data = data;
  wrapper.append(element);
  document.body.append(wrapper);
  mounted.push(wrapper);
  await Promise.race([load, new Promise((_, reject) => setTimeout(() => reject(new Error('no data-load')), 8000))]);
  await element.updateComplete;
  return { element, errors };
}

/** Opens the map's cell for PART and GOVERNMENT with a click, and waits for the details. */
async function openCell(map: CompetenceMap, payload: string): Promise<void> {
  const root = shadow(map);
  const columns = [...root.querySelectorAll('th.government')].map((th) => th.querySelector('.visually-hidden')!.textContent);
  const column = columns.indexOf(payload);
  expect(column, 'the hostile government is a column').to.be.at.least(0);
  const row = [...root.querySelectorAll('tbody tr:not(.group)')].find((candidate) => candidate.querySelector('th')!.textContent!.includes(payload));
  expect(row, 'the hostile part is a row').to.not.equal(undefined);
  (row!.querySelectorAll('td.cell')[column] as HTMLElement).click();
  await map.updateComplete;
  expect(root.querySelector('[part="detail"]'), 'the open cell').to.not.equal(null);
}

/** A root and every shadow root inside it. */
function roots(root: ShadowRoot): ShadowRoot[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? roots(element.shadowRoot) : []))];
}

const FORBIDDEN = 'script, img, iframe, object, embed, link, meta, math, mglyph, template, body, animate, frame, frameset, base, form';
const MARKERS = /hostile|evil\.example|javascript|vbscript|expression\(|onerror|onload|onmouseover/i;

/** Nothing of the data became markup, ran, or links anywhere but http(s). */
function expectInert(host: Element): void {
  for (const root of roots(shadow(host))) {
    const all = [...root.querySelectorAll('*')];
    expect(root.querySelectorAll(FORBIDDEN).length, `no ${FORBIDDEN} elements`).to.equal(0);
    for (const element of all) {
      for (const attribute of [...element.attributes]) {
        expect(attribute.name.toLowerCase().startsWith('on'), `event-handler attribute ${attribute.name} on <${element.localName}>`).to.equal(false);
      }
      const style = element.getAttribute('style') ?? '';
      expect(style, `style of <${element.localName} class="${element.getAttribute('class')}">`).to.not.match(/url\(|expression|javascript|hostile|evil/i);
    }
    for (const svg of root.querySelectorAll('svg')) {
      // The components' own icons only: inside their buttons, and nothing of the data in them.
      expect(svg.closest('button, .close, .toolbar'), 'an svg outside the components\' buttons').to.not.equal(null);
      expect(svg.outerHTML, 'an svg icon with data in it').to.not.match(MARKERS);
    }
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      expect(link.protocol, `link ${link.getAttribute('href')?.slice(0, 80)}`).to.match(/^https?:$/);
    }
    for (const element of root.querySelectorAll('[src], [action], [formaction], [srcdoc], [xlink\\:href]')) {
      expect.fail(`<${element.localName}> with a URL attribute: ${element.outerHTML.slice(0, 120)}`);
    }
  }
}

const text = (element: Element | null | undefined) => element?.textContent ?? '';

/** Lets anything that would run (image errors, autofocus, animations, timers) run. */
async function letItRun(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 50));
  await nextFrame();
}

/** The default colour of a level's lane, from the clean data. */
let defaultColor: { event: string; cell: string };

describe('hostile data', () => {
  failOnUncaughtErrors();
  const scriptsBefore = () => document.querySelectorAll('script').length;
  let scripts = 0;
  beforeEach(() => {
    window.__hostile = 0;
    scripts = scriptsBefore();
  });
  afterEach(() => {
    expect(window.__hostile, 'payloads that ran').to.equal(0);
    expect(document.querySelectorAll('script').length, 'scripts in the document').to.equal(scripts);
  });

  before(async () => {
    // The palette colours the lane and the column get when the level has no colour.
    const clean = structuredClone(belgium) as Json;
    const timeline = (await render('policy-timeline', clean, {})).element as unknown as PolicyTimeline;
    await settled(timeline);
    const map = (await render('competence-map', clean, { date: DATE })).element;
    defaultColor = {
      event: getComputedStyle(itemFor(timeline, EVENT)).getPropertyValue('--pa-level-color').trim(),
      cell: getComputedStyle(shadow(map).querySelector('td.cell')!).getPropertyValue('--pa-level-color').trim(),
    };
    for (const wrapper of mounted.splice(0)) wrapper.remove();
  });

  it(`has at least 40 payloads`, () => {
    expect(PAYLOADS.length).to.be.at.least(40);
    expect(new Set(PAYLOADS).size).to.equal(PAYLOADS.length);
  });

  PAYLOADS.forEach((payload, index) => {
    const name = `#${index} ${JSON.stringify(payload.length > 70 ? `${payload.slice(0, 30)}…(${payload.length} chars)` : payload)}`;
    const { data, pointers } = hostile(payload);

    it(`${name} <policy-timeline> with the event open: text stays text, the colour is reported and not applied, drawn in under 5 s`, async function () {
      this.timeout(120000);
      const { element, errors } = await render('policy-timeline', data, { selected: EVENT });
      const timeline = element as unknown as PolicyTimeline;
      await settled(timeline);
      await letItRun();
      expect(errors.map((event) => event.detail.problems.map((problem) => problem.pointer))).to.deep.equal([pointers]);
      const root = shadow(timeline);
      const detail = root.querySelector('[part="detail"]');
      expect(detail, 'the open details').to.not.equal(null);
      expect(text(detail!.querySelector('h2')), 'title').to.contain(payload);
      expect(text(detail).split(payload).length - 1, 'title, official titles, summary, actor, citations in the details').to.be.at.least(6);
      expect(text(root.querySelector('[part="legend"]')), 'key policy in the legend').to.contain(payload);
      expect([...root.querySelectorAll('.pa-lane-label')].map(text), 'level label as lane label').to.include(payload);
      // Marks and the rule show at most 160 characters of a title (the details show it whole).
      expect(text(root.querySelector('.vis-custom-time-marker')), 'milestone title on the rule').to.contain(shown(payload));
      expect((await tooltipOf(timeline, EVENT)) ?? '', 'mark title').to.contain(shown(payload));
      const item = itemFor(timeline, EVENT);
      expect(item.getAttribute('style') ?? '', 'the mark\'s style').to.not.contain(payload.trim().slice(0, 20));
      expect(getComputedStyle(item).getPropertyValue('--pa-level-color').trim(), 'the lane keeps the palette colour').to.equal(defaultColor.event);
      expectInert(timeline);
    });

    it(`${name} <competence-map> with the cell open: text stays text, the colour is reported and not applied, drawn in under 5 s`, async function () {
      this.timeout(120000);
      const { element, errors } = await render('competence-map', data, { date: DATE });
      const map = element as unknown as CompetenceMap;
      await openCell(map, payload);
      await letItRun();
      expect(errors.map((event) => event.detail.problems.map((problem) => problem.pointer))).to.deep.equal([pointers]);
      const root = shadow(map);
      const detail = root.querySelector('[part="detail"]')!;
      for (const [what, where] of [
        ['part label and description, note, holder, party, portfolio, citation in the details', detail],
        ['government short name and label in the header', root.querySelector('th.government')],
        ['group label', root.querySelector('table')],
        ['figure label and note', root.querySelector('.notes')],
      ] as const) {
        expect(text(where), what).to.contain(payload);
      }
      expect(text(detail).split(payload).length - 1, 'part label, note, holder, party, portfolio, citation').to.be.at.least(5);
      const cell = root.querySelector<HTMLElement>('td.cell')!;
      expect(cell.getAttribute('style') ?? '', 'the cell\'s style').to.not.contain(payload.trim().slice(0, 20));
      expect(getComputedStyle(cell).getPropertyValue('--pa-level-color').trim(), 'the column keeps the palette colour').to.equal(defaultColor.cell);
      expectInert(map);
    });

    it(`${name} <policy-atlas> with the event and the cell open: text stays text, the colour is reported and not applied, drawn in under 5 s`, async function () {
      this.timeout(120000);
      const { element, errors } = await render('policy-atlas', data, { selected: EVENT, date: DATE });
      const timeline = shadow(element).querySelector('policy-timeline')!;
      const map = shadow(element).querySelector('competence-map')!;
      await settled(timeline);
      await map.updateComplete;
      await openCell(map, payload);
      await letItRun();
      expect(errors.map((event) => event.detail.problems.map((problem) => problem.pointer))).to.deep.equal([pointers]);
      expect(text(shadow(element).querySelector('.pivot-label')), 'milestone title as the pivot label').to.contain(payload);
      expect(text(shadow(timeline).querySelector('[part="detail"] h2')), 'title in the open details').to.contain(payload);
      expect(text(shadow(map).querySelector('[part="detail"]')), 'note in the open cell').to.contain(payload);
      expect(getComputedStyle(itemFor(timeline, EVENT)).getPropertyValue('--pa-level-color').trim(), 'the lane keeps the palette colour').to.equal(defaultColor.event);
      expectInert(element);
    });
  });

  it('accepts a real colour and applies it (the check above is not vacuous)', async () => {
    const data = structuredClone(belgium) as Json;
    data.levels[0].color = 'rgb(1 2 3)';
    const { element, errors } = await render('policy-timeline', data, {});
    await settled(element as unknown as PolicyTimeline);
    expect(errors).to.deep.equal([]);
    expect(getComputedStyle(itemFor(element, EVENT)).getPropertyValue('--pa-level-color').trim()).to.equal('rgb(1 2 3)');
  });
});
