import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import belgium from '../data/belgium.json';
import minimal from '../data/examples/minimal.json';
import { generateDataset } from '../scripts/bench/dataset.js';
import { eventsInTimeOrder } from '../src/data/query.js';
import type { Dataset } from '../src/data/types.js';
import { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import { defineElement } from '../src/shared/define.js';
import type { DataErrorEvent, PolicySelectEvent } from '../src/shared/events.js';
import { centerOf, failOnUncaughtErrors, itemFor, items, laneLabels, marksOnSwap, nextFrame, renderTimeline, settled, shadow, tooltipOf, visibleIds } from './helpers.js';

const data = belgium as unknown as Dataset;
const english = (id: string) => {
  const event = data.events.find((candidate) => candidate.id === id)!;
  return (event.title as Record<string, string>).en!;
};
const dotX = (element: Element, id: string) => centerOf(itemFor(element, id).querySelector('.vis-dot')!).x;
const panel = (element: Element) => shadow(element).querySelector<HTMLElement>('[part="detail"]');
const announcement = (element: Element) => shadow(element).querySelector('[role="status"]')!.textContent!.trim();

/** 300 events, ten a year in one lane: more rows than the chart shows without scrolling. */
function tallLanes(): Dataset {
  const [first] = minimal.events;
  const events = Array.from({ length: 300 }, (_, index) => ({ ...first, id: `event-${index}`, start: `${1990 + (index % 30)}-06-15` }));
  return { ...minimal, events } as unknown as Dataset;
}

describe('<policy-timeline>', () => {
  failOnUncaughtErrors();
  afterEach(() => resetMouse());

  it('shows the embedded Belgian dataset with no attributes, one mark per event', async () => {
    const { element, load } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    expect(load.detail.dataset.id).to.equal('belgium-integrated-chronic-care');
    expect(load.detail.problems).to.deep.equal([]);
    expect(items(element)).to.have.length(data.events.length);
    const ids = items(element).map((item) => item.dataset.id).sort();
    expect(ids).to.deep.equal(data.events.map((event) => event.id).sort());
  });

  it('labels one lane per level, in the dataset order', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    expect(laneLabels(element)).to.deep.equal(data.levels.map((level) => (level.label as Record<string, string>).en));
  });

  it('marks the 1 July 2014 state reform with a labelled rule across all lanes', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const rule = shadow(element).querySelector<HTMLElement>('.vis-custom-time')!;
    expect(rule.querySelector('.vis-custom-time-marker')!.textContent).to.equal(english('sixth-state-reform-in-force'));
    // The rule sits where the reform's own mark is, and spans every lane.
    expect(Math.abs(centerOf(rule).x - dotX(element, 'sixth-state-reform-in-force'))).to.be.below(2);
    const lanes = shadow(element).querySelector('.vis-foreground')!.getBoundingClientRect();
    const ruleBox = rule.getBoundingClientRect();
    expect(ruleBox.top).to.be.at.most(lanes.top);
    expect(ruleBox.bottom).to.be.at.least(lanes.bottom - 1);
  });

  it('makes the three key policies stand out by shape and size, and names them in the legend', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const legend = [...shadow(element).querySelectorAll('[part="legend"] button')].map((button) => button.textContent!.trim());
    expect(legend).to.deep.equal(data.keyPolicies.map((policy) => (policy.label as Record<string, string>).en));
    const keyDot = itemFor(element, 'care-trajectory-diabetes').querySelector<HTMLElement>('.vis-dot')!;
    const contextDot = itemFor(element, 'butterfly-agreement').querySelector<HTMLElement>('.vis-dot')!;
    expect(keyDot.getBoundingClientRect().width).to.be.greaterThan(contextDot.getBoundingClientRect().width);
    const shapeOf = (id: string) => getComputedStyle(itemFor(element, id).querySelector('.vis-dot')!, '::before');
    expect(shapeOf('care-trajectory-diabetes').borderRadius).to.equal('50%');
    expect(shapeOf('joint-plan-2015').rotate).to.equal('45deg');
    expect(shapeOf('flemish-primary-care-conference').rotate).to.equal('none');
  });

  it('draws what lasts as a range over its whole period (the pilots, 2018-2022)', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const pilots = itemFor(element, 'pilot-implementation');
    expect(pilots.classList.contains('vis-range')).to.equal(true);
    // 1 Jan 2018 to 31 Dec 2022 inclusive is five years: five times the width of one calendar year
    // measured between two points one year apart on the same axis.
    const yearWidth = dotX(element, 'primary-care-decree') - dotX(element, 'primary-care-decree-principle');
    const days = (Date.UTC(2019, 3, 26) - Date.UTC(2018, 8, 14)) / 864e5;
    const pixelsPerDay = yearWidth / days;
    const rangeDays = (Date.UTC(2023, 0, 1) - Date.UTC(2018, 0, 1)) / 864e5;
    expect(pilots.getBoundingClientRect().width).to.be.closeTo(rangeDays * pixelsPerDay, 3);
  });

  it('shows its first frame with every mark in place: no fit-then-jump, nothing stranded', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><policy-timeline start="2014" end="2015"></policy-timeline></div>`);
    const element = wrapper.firstElementChild as PolicyTimeline;
    const frames: string[][] = [];
    for (let frame = 0; frame < 20; frame += 1) {
      await nextFrame();
      frames.push(visibleIds(element).sort());
    }
    const final = frames.at(-1)!;
    expect(final).to.include('sixth-state-reform-in-force');
    expect(final).to.not.include('care-trajectory-diabetes');
    frames.filter((shown) => shown.length > 0).forEach((shown) => expect(shown).to.deep.equal(final));
  });

  /**
   * The chart's marks whose size vis-timeline stacked with is not the size the page gave them. It is
   * told the sizes of the marks it draws first instead of measuring them (policy-timeline.vis.ts).
   */
  function missizedMarks(element: PolicyTimeline): string {
    type VisItem = { id: string; width: number; height: number; displayed: boolean; data: { type: string }; props: { content: { width: number } }; dom: Record<string, HTMLElement> };
    const chart = (element as unknown as { vis: { timeline: { itemSet: { items: Record<string, VisItem> } } } }).vis.timeline;
    return Object.values(chart.itemSet.items)
      .filter((item) => item.displayed)
      .flatMap((item) => {
        const told = item.data.type === 'range' ? [item.props.content.width, item.height] : [item.width, item.height];
        const box = item.data.type === 'range' ? item.dom.box! : item.dom.point!;
        const laidOut = [item.dom.content!.offsetWidth, box.offsetHeight];
        return told.join() === laidOut.join() ? [] : [`${item.id}: told ${told.join(' x ')}, laid out ${laidOut.join(' x ')}`];
      })
      .join('\n');
  }

  /** After the first draw, a narrower window (every mark relabelled, others brought into view) and a pan. */
  async function expectToldSizesRight(element: PolicyTimeline) {
    expect(missizedMarks(element)).to.equal('');
    for (const [start, end] of [['2014', '2015'], ['2016', '2017']] as const) {
      element.start = start;
      element.end = end;
      await settled(element);
      expect(missizedMarks(element), `${start}-${end}`).to.equal('');
    }
  }

  it('becomes the chart without a visible jump: every mark of the first paint is where the chart draws it', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline></policy-timeline>`);
    const { painted, drawn, compared, moved } = await marksOnSwap(element);
    expect(painted).to.equal(drawn);
    expect(compared).to.equal(drawn);
    expect(moved).to.equal('');
    await expectToldSizesRight(element);
  });

  it('shows long lane names whole in every language, as the first paint does, so no mark moves on the swap', async () => {
    for (const lang of ['nl', 'fr', 'de']) {
      const element = await fixture<PolicyTimeline>(html`<policy-timeline lang=${lang}></policy-timeline>`);
      const { moved } = await marksOnSwap(element);
      expect(moved, lang).to.equal('');
      // Every name whole, inside the lane column: the column widens for a long word ("Französischsprachig").
      const names = [...shadow(element).querySelectorAll<HTMLElement>('.pa-lane-name')];
      expect(names.map((name) => name.textContent)).to.deep.equal(data.levels.map((level) => (level.label as Record<string, string>)[lang]));
      names.forEach((name) => expect(name.scrollWidth, name.textContent!).to.be.at.most(name.clientWidth));
      names.forEach((name) => expect(name.getBoundingClientRect().right).to.be.at.most(shadow(element).querySelector('.vis-center')!.getBoundingClientRect().left));
    }
  });

  it('keeps the lane column as wide with short lane names, so no mark moves on the swap', async () => {
    const levels = minimal.levels.map((level, index) => ({ ...level, label: { en: ['EU', 'State'][index] } }));
    const element = await fixture<PolicyTimeline>(html`<policy-timeline .data=${{ ...minimal, levels }}></policy-timeline>`);
    const { painted, drawn, moved } = await marksOnSwap(element);
    expect(laneLabels(element)).to.deep.equal(['EU', 'State']);
    expect(painted).to.equal(drawn);
    expect(moved).to.equal('');
  });

  it('stacks 2,000 crowded events as the chart does, so none moves on the swap', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline .data=${generateDataset(2000)}></policy-timeline>`);
    const { painted, compared, moved } = await marksOnSwap(element);
    // The first paint stops at the chart's height, and the chart draws only the lanes in view.
    expect(painted).to.be.greaterThan(500);
    expect(compared).to.be.greaterThan(painted / 2);
    expect(moved).to.equal('');
    await expectToldSizesRight(element);
  });

  it('places marks in proportion to their dates, and keeps them there after a resize', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const ids = ['care-trajectory-diabetes', 'joint-plan-2015', 'care-councils-recognised'];
    const times = [Date.UTC(2009, 8, 1), Date.UTC(2015, 9, 19), Date.UTC(2020, 6, 1)];
    const first = ids.map((id) => dotX(element, id));
    const scale = (first[1]! - first[0]!) / (times[1]! - times[0]!);
    expect(scale).to.be.greaterThan(0);
    expect(first[2]! - first[0]!).to.be.closeTo((times[2]! - times[0]!) * scale, 2);
    window.dispatchEvent(new Event('resize'));
    element.style.width = '99.9%';
    await settled(element);
    await nextFrame();
    const later = ids.map((id) => dotX(element, id));
    later.forEach((x, index) => expect(x).to.be.closeTo(first[index]!, 2));
  });

  it('selects an event on a real click: policy-select carries its id and record, the details open', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const { x, y } = centerOf(itemFor(element, 'care-trajectory-diabetes').querySelector('.vis-dot')!);
    setTimeout(() => sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] }));
    const selected = (await oneEvent(element, 'policy-select')) as PolicySelectEvent;
    expect(selected.detail.id).to.equal('care-trajectory-diabetes');
    expect(selected.detail.event?.start).to.equal('2009-09-01');
    await element.updateComplete;
    expect(element.getAttribute('selected')).to.equal('care-trajectory-diabetes');
    expect(panel(element)!.querySelector('h2')!.textContent).to.equal(english('care-trajectory-diabetes'));
  });

  it('opens an event from outside with `selected`: date at its precision, level, sources as links', async () => {
    const { element } = await renderTimeline(html`<policy-timeline selected="joint-plan-2015"></policy-timeline>`);
    const detail = panel(element)!;
    expect(detail.querySelector('h2')!.textContent).to.equal(english('joint-plan-2015'));
    expect(detail.querySelector('time')!.textContent).to.equal('19 October 2015');
    expect(detail.querySelector('.chip')!.textContent).to.contain('Joint (interfederal)');
    const event = data.events.find((candidate) => candidate.id === 'joint-plan-2015')!;
    const links = [...detail.querySelectorAll<HTMLAnchorElement>('ol a')];
    expect(links).to.have.length(event.sources.length);
    links.forEach((link) => {
      expect(link.protocol).to.match(/^https?:$/);
      expect(link.rel).to.equal('noopener noreferrer');
    });
    // Published in Dutch and French only: both shown, each marked with its language.
    const official = [...detail.querySelectorAll('.official span[lang]')].map((span) => span.getAttribute('lang'));
    expect(official).to.deep.equal(['nl', 'fr']);
    expect(itemFor(element, 'joint-plan-2015').classList.contains('vis-selected')).to.equal(true);
  });

  it('prints a date at its own precision: a year is never a day', async () => {
    const { element } = await renderTimeline(html`<policy-timeline selected="primary-care-zones-first-approval"></policy-timeline>`);
    expect(panel(element)!.querySelector('time')!.textContent).to.equal('2018');
    // The marks' tooltips too, in the reader's language.
    expect(await tooltipOf(element, 'primary-care-zones-first-approval')).to.match(/\(2018\)$/);
    expect(await tooltipOf(element, 'care-trajectory-ckd')).to.match(/\(June 2009\)$/);
    expect(await tooltipOf(element, 'chronic-priority-programme')).to.match(/\(23 September 2008 – 2010\)$/);
    element.lang = 'fr';
    await settled(element);
    expect(await tooltipOf(element, 'care-trajectory-ckd')).to.match(/\(juin 2009\)$/);
  });

  it('marks an unverified fact visibly, on the chart and in the details', async () => {
    const { element } = await renderTimeline(html`<policy-timeline selected="primary-care-zones-first-approval"></policy-timeline>`);
    expect(itemFor(element, 'primary-care-zones-first-approval').classList.contains('pa-unverified')).to.equal(true);
    expect(panel(element)!.querySelector('.badge-unverified')!.textContent).to.equal('Unverified');
    expect(itemFor(element, 'joint-plan-2015').classList.contains('pa-unverified')).to.equal(false);
  });

  it('moves from event to event in time order with the keyboard, opens with Enter, closes with Escape', async () => {
    const { element } = await renderTimeline(html`<button>before</button><policy-timeline></policy-timeline>`);
    const order = eventsInTimeOrder(data.events);
    (element.previousElementSibling as HTMLElement).focus();
    // Three legend buttons, "Show as list", three zoom buttons, then the chart.
    for (let stop = 0; stop < 8; stop += 1) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement?.getAttribute('part')).to.equal('timeline');
    await element.updateComplete;
    expect(announcement(element)).to.contain(english(order[0]!.id));
    await sendKeys({ press: 'ArrowRight' });
    await settled(element);
    expect(announcement(element)).to.contain(english(order[1]!.id));
    expect(itemFor(element, order[1]!.id).classList.contains('is-focused')).to.equal(true);
    await sendKeys({ press: 'End' });
    await settled(element);
    expect(announcement(element)).to.contain(english(order.at(-1)!.id));
    await sendKeys({ press: 'Home' });
    await element.updateComplete;
    expect(announcement(element)).to.contain(english(order[0]!.id));
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const selected = (await oneEvent(element, 'policy-select')) as PolicySelectEvent;
    expect(selected.detail.id).to.equal(order[0]!.id);
    await element.updateComplete;
    expect(panel(element)).to.not.equal(null);
    await sendKeys({ press: 'Escape' });
    await element.updateComplete;
    expect(panel(element)).to.equal(null);
    expect(element.hasAttribute('selected')).to.equal(false);
  });

  it('zooms with + and - and with the buttons, and fits everything again', async () => {
    // Without animation (the reader asked for reduced motion) a zoom is done when the element settles.
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
      const span = () => dotX(element, 'joint-plan-2015') - dotX(element, 'joint-declaration-2015');
      const overview = span();
      shadow(element).querySelector<HTMLElement>('.timeline')!.focus();
      await sendKeys({ press: '+' });
      await settled(element);
      expect(span()).to.be.greaterThan(overview * 1.5);
      const [zoomIn, zoomOut, fit] = [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="toolbar"] button[aria-label]')];
      expect(zoomIn!.getAttribute('aria-label')).to.equal('Zoom in');
      zoomOut!.click();
      await settled(element);
      zoomOut!.click();
      await settled(element);
      expect(span()).to.be.below(overview);
      fit!.click();
      await settled(element);
      expect(span()).to.be.closeTo(overview, 1);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('labels every event only in a window under seven years, restacked so no two marks overlap', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const context = data.events.filter((event) => !event.keyPolicy && !event.end && event.start.startsWith('2014'));
      expect(context.length).to.be.greaterThan(1);
      const labelWidths = () => context.map((event) => itemFor(element, event.id).querySelector<HTMLElement>('.pa-label')!.offsetWidth);
      const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
      labelWidths().forEach((width) => expect(width).to.equal(0));

      element.start = '2014';
      element.end = '2016';
      await settled(element);
      await nextFrame();
      labelWidths().forEach((width) => expect(width).to.be.greaterThan(20));
      const boxes = items(element).map((item) => ({ item, lane: item.closest('.vis-group'), rect: item.getBoundingClientRect() }));
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) {
          if (a.lane !== b.lane || a.rect.width === 0 || b.rect.width === 0) continue;
          const overlap = a.rect.left < b.rect.right - 1 && b.rect.left < a.rect.right - 1 && a.rect.top < b.rect.bottom - 1 && b.rect.top < a.rect.bottom - 1;
          expect(overlap, `${a.item.dataset.id} overlaps ${b.item.dataset.id}: ${JSON.stringify([a.rect, b.rect])}`).to.equal(false);
        }
      }

      // Back to the overview by the reader's own zoom: the labels go again.
      shadow(element).querySelector<HTMLButtonElement>('[part="toolbar"] button:last-of-type')!.click();
      await settled(element);
      await nextFrame();
      labelWidths().forEach((width) => expect(width).to.equal(0));
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('switches content, interface words and dates live with `lang`', async () => {
    const { element } = await renderTimeline(html`<policy-timeline selected="care-trajectory-diabetes"></policy-timeline>`);
    element.lang = 'fr';
    await settled(element);
    expect(laneLabels(element)).to.deep.equal(data.levels.map((level) => (level.label as Record<string, string>).fr));
    expect(shadow(element).querySelector('.legend-title')!.textContent).to.equal('Politiques clés');
    const event = data.events.find((candidate) => candidate.id === 'care-trajectory-diabetes')!;
    expect(panel(element)!.querySelector('h2')!.textContent).to.equal((event.title as Record<string, string>).fr);
    expect(panel(element)!.querySelector('time')!.textContent).to.equal('1 septembre 2009');
    expect(shadow(element).querySelector('.frame')!.getAttribute('lang')).to.equal('fr');
  });

  it('follows the nearest lang of the page, and its changes', async () => {
    const { element } = await renderTimeline(html`<div lang="de-BE"><policy-timeline></policy-timeline></div>`);
    expect(laneLabels(element)).to.deep.equal(data.levels.map((level) => (level.label as Record<string, string>).de));
    element.parentElement!.setAttribute('lang', 'nl');
    await new Promise((resolve) => setTimeout(resolve));
    await settled(element);
    expect(laneLabels(element)).to.deep.equal(data.levels.map((level) => (level.label as Record<string, string>).nl));
  });

  it('shows only the lanes named in `levels`', async () => {
    const { element } = await renderTimeline(html`<policy-timeline levels="flemish study"></policy-timeline>`);
    expect(laneLabels(element)).to.deep.equal(['Flemish', 'The study']);
    const expected = data.events.filter((event) => event.level === 'flemish' || event.level === 'study');
    expect(items(element)).to.have.length(expected.length);
  });

  it('filters by key policy from the legend, and shows all again', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const button = shadow(element).querySelector<HTMLButtonElement>('[part="legend"] button:nth-of-type(2)')!;
    button.click();
    await settled(element);
    expect(element.getAttribute('key-policy')).to.equal('joint-plan');
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    const jointPlan = data.events.filter((event) => event.keyPolicy === 'joint-plan');
    expect(items(element).map((item) => item.dataset.id).sort()).to.deep.equal(jointPlan.map((event) => event.id).sort());
    button.click();
    await settled(element);
    expect(items(element)).to.have.length(data.events.length);
  });

  it('sets the initial window with `start` and `end`', async () => {
    const { element } = await renderTimeline(html`<policy-timeline start="2014" end="2015"></policy-timeline>`);
    const shown = visibleIds(element);
    expect(shown).to.include('sixth-state-reform-in-force');
    expect(shown).to.not.include('care-trajectory-diabetes');
    expect(shown).to.not.include('care-councils-recognised');
  });

  it('renders another dataset from `src`', async () => {
    const { element, load } = await renderTimeline(html`<policy-timeline src="/data/examples/minimal.json"></policy-timeline>`);
    expect(load.detail.dataset.id).to.equal('minimal-example');
    expect(items(element)).to.have.length(minimal.events.length);
  });

  it('shows the newest `src` when an older request answers later', async () => {
    const { element, load } = await renderTimeline(html`<policy-timeline src="/data/examples/minimal.json"></policy-timeline>`);
    expect(load.detail.dataset.id).to.equal('minimal-example');
    const loads: string[] = [];
    element.addEventListener('data-load', (event) => loads.push(event.detail.dataset.id));
    element.src = '/__slow/600/data/belgium.json';
    await element.updateComplete;
    element.src = '/data/examples/minimal.json?again';
    await new Promise((resolve) => setTimeout(resolve, 900));
    await settled(element);
    expect(loads).to.deep.equal(['minimal-example']);
    expect(items(element)).to.have.length(minimal.events.length);
  });

  it('lists each problem with its JSON pointer and still shows the valid events', async () => {
    const broken = structuredClone(minimal) as { events: Record<string, unknown>[] };
    broken.events[0]!.start = '2009-13';
    broken.events[1]!.level = 'nowhere';
    let error: DataErrorEvent | undefined;
    const { element } = await renderTimeline(
      html`<policy-timeline .data=${broken} @data-error=${(event: DataErrorEvent) => (error = event)}></policy-timeline>`,
    );
    expect(error!.detail.partial).to.equal(true);
    expect(error!.detail.problems.map((problem) => problem.pointer)).to.deep.equal(['/events/0/start', '/events/1/level']);
    const listed = [...shadow(element).querySelectorAll('[part="problems"] li')].map((item) => item.textContent!.trim());
    expect(listed[0]).to.equal('/events/0/start "2009-13" is not a date (month 13); this event is left out.');
    expect(listed[1]).to.contain('/events/1/level');
    expect(items(element).map((item) => item.dataset.id)).to.deep.equal([minimal.events[2]!.id]);
  });

  it('says where a file is not JSON, and shows nothing else', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('policy-timeline');
    const failed = oneEvent(element, 'data-error');
    element.src = '/tests/fixtures/not-json.json';
    wrapper.append(element);
    const { detail } = (await failed) as DataErrorEvent;
    expect(detail.partial).to.equal(false);
    expect(detail.problems[0]!.message).to.match(/not valid JSON \(line 6, column \d+\)/);
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="problems"]')!.getAttribute('role')).to.equal('alert');
    expect(shadow(element).querySelector('[part="message"]')!.textContent).to.equal('Nothing can be shown.');
    expect(items(element)).to.have.length(0);
  });

  it('says so when a dataset has no events, instead of drawing an empty box', async () => {
    const { element } = await renderTimeline(html`<policy-timeline .data=${{ ...minimal, events: [] }}></policy-timeline>`);
    expect(shadow(element).querySelector('[part="message"]')!.textContent).to.equal('This dataset has no events to show.');
    expect(shadow(element).querySelector<HTMLElement>('.timeline')!.hidden).to.equal(true);
  });

  it('draws correctly once a container hidden at 0 px gets its size', async () => {
    const { element } = await renderTimeline(html`<div style="width: 0; overflow: hidden"><policy-timeline></policy-timeline></div>`);
    element.parentElement!.style.width = '900px';
    await new Promise((resolve) => setTimeout(resolve, 100));
    await settled(element);
    const box = shadow(element).querySelector('.vis-center')!.getBoundingClientRect();
    const x = dotX(element, 'joint-plan-2015');
    expect(box.width).to.be.greaterThan(500);
    expect(x).to.be.within(box.left, box.right);
  });

  it('destroys the chart when removed and draws it again when put back elsewhere', async () => {
    const { element } = await renderTimeline(html`<div><policy-timeline></policy-timeline></div>`);
    const elsewhere = await fixture<HTMLElement>(html`<section></section>`);
    element.remove();
    expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
    elsewhere.append(element);
    await settled(element);
    expect(items(element)).to.have.length(data.events.length);
  });

  it('warns instead of throwing when a second copy of the library defines the tag', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      expect(() => defineElement('policy-timeline', class extends PolicyTimeline {})).to.not.throw();
    } finally {
      console.warn = original;
    }
    expect(String(warnings[0])).to.contain('already defined');
    expect(customElements.get('policy-timeline')).to.equal(PolicyTimeline);
  });

  it('draws a large dataset in place: every mark inside the opening window, none left where the chart waited', async () => {
    // 300 events, one a month from 1990: enough that they go in while the window is parked out of the way.
    const [first] = minimal.events;
    const events = Array.from({ length: 300 }, (_, index) => ({
      ...first,
      id: `event-${index}`,
      start: `${1990 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-15`,
    }));
    const { element } = await renderTimeline(html`<policy-timeline .data=${{ ...minimal, events }}></policy-timeline>`);
    expect(items(element)).to.have.length.greaterThan(250);
    const center = shadow(element).querySelector('.vis-center')!.getBoundingClientRect();
    // The window opened on all events: the first and the last mark are inside the chart, near its edges.
    const firstBox = itemFor(element, 'event-0').getBoundingClientRect();
    const lastDot = itemFor(element, 'event-299').querySelector('.vis-dot')!.getBoundingClientRect();
    expect(firstBox.left).to.be.within(center.left, center.left + center.width * 0.1);
    expect(lastDot.left).to.be.within(center.left + center.width * 0.8, center.right);
    const years = [...shadow(element).querySelectorAll('.vis-time-axis .vis-text')].map((label) => Number(label.textContent)).filter(Boolean);
    expect(Math.min(...years)).to.be.at.most(1990);
    expect(Math.max(...years)).to.be.at.least(2014);
  });

  it('leaves vertical swipes to the page, even when the lanes are taller than the chart', async () => {
    const { element } = await renderTimeline(html`<policy-timeline .data=${tallLanes()}></policy-timeline>`);
    const lanes = shadow(element).querySelector('.vis-panel.vis-left')!;
    expect(lanes.classList.contains('vis-vertical-scroll'), 'the lanes overflow and scroll').to.equal(true);
    expect(getComputedStyle(shadow(element).querySelector('.vis-timeline')!).touchAction).to.equal('pan-y');
  });

  it('stands in for a chart taller than its frame at the height the chart will have: nothing jumps', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline .data=${tallLanes()}></policy-timeline>`);
    let drawing: SVGSVGElement | null = null;
    for (let frame = 0; frame < 300 && !drawing; frame += 1) {
      await nextFrame();
      drawing = shadow(element).querySelector<SVGSVGElement>('.chart.is-static .static-view');
    }
    expect(drawing, 'the static first paint').not.to.equal(null);
    const standIn = drawing!.getBoundingClientRect();
    const lowestMark = Math.max(...[...drawing!.querySelectorAll('.static-item')].map((mark) => mark.getBoundingClientRect().top));
    expect(lowestMark, 'no mark is drawn below the cut').to.be.below(standIn.bottom);
    await settled(element);
    const chart = shadow(element).querySelector('.timeline')!.getBoundingClientRect();
    expect(standIn.height).to.be.within(chart.height - 4, chart.height + 4);
  });

  it('keeps the chart drawing under the first paint from the pointer, the keyboard and screen readers', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline></policy-timeline>`);
    let drawing: SVGSVGElement | null = null;
    for (let frame = 0; frame < 300 && !drawing; frame += 1) {
      await nextFrame();
      drawing = shadow(element).querySelector<SVGSVGElement>('.chart.is-static .static-view');
    }
    const timeline = shadow(element).querySelector<HTMLElement>('.timeline')!;
    const { x, y } = centerOf(drawing!.querySelector('.static-item .static-shape')!);
    expect(shadow(element).elementFromPoint(x, y)!.closest('.static-stage'), 'the pointer meets the first paint').to.not.equal(null);
    expect(timeline.tabIndex).to.equal(-1);
    expect(timeline.getAttribute('aria-hidden')).to.equal('true');
    await settled(element);
    const mark = items(element)[0]!;
    const point = centerOf(mark);
    expect(shadow(element).elementFromPoint(point.x, point.y)!.closest('.vis-item')).to.equal(mark);
    expect(timeline.tabIndex).to.equal(0);
    expect(timeline.getAttribute('aria-hidden')).to.equal('false');
  });

  it('passes axe with its details open', async () => {
    const { element } = await renderTimeline(html`<policy-timeline selected="joint-plan-2015"></policy-timeline>`);
    await expect(element).to.be.accessible();
  });
});
