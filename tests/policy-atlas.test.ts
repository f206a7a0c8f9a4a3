import { expect, fixture } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import type { PolicyAtlas } from '../src/policy-atlas/policy-atlas.js';
import '../src/policy-atlas/define.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import type { DataLoadEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, itemFor, nextFrame, settled, shadow } from './helpers.js';

async function renderAtlas(template: TemplateResult): Promise<{ atlas: PolicyAtlas; timeline: PolicyTimeline; map: CompetenceMap; loads: DataLoadEvent[] }> {
  const loads: DataLoadEvent[] = [];
  let resolve: () => void = () => {};
  const loaded = new Promise<void>((done) => (resolve = done));
  const wrapper = await fixture<HTMLElement>(
    html`<div @data-load=${(event: DataLoadEvent) => (loads.push(event), resolve())}>${template}</div>`,
  );
  await loaded;
  const atlas = wrapper.querySelector('policy-atlas')!;
  await atlas.updateComplete;
  const timeline = shadow(atlas).querySelector('policy-timeline')!;
  const map = shadow(atlas).querySelector('competence-map')!;
  await settled(timeline);
  await map.updateComplete;
  return { atlas, timeline, map, loads };
}

const center = (element: Element) => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number];
};
const mapHeadline = (map: Element) => shadow(map).querySelector('[part="headline"]')!.textContent!;

describe('<policy-atlas>', () => {
  failOnUncaughtErrors();
  afterEach(() => resetMouse());

  it('shows the timeline above the map, both on the Belgian data, and announces one load', async () => {
    const { timeline, map, loads } = await renderAtlas(html`<policy-atlas></policy-atlas>`);
    expect(shadow(timeline).querySelectorAll('.vis-item.pa-event:not(.vis-dot)').length).to.equal(40);
    expect(shadow(map).querySelectorAll('td.cell').length).to.equal(17 * 7);
    expect(loads).to.have.length(1);
    expect(timeline.getBoundingClientRect().bottom).to.be.at.most(map.getBoundingClientRect().top);
  });

  it('moves the map to the date of the event the reader clicks on the timeline', async () => {
    const { atlas, timeline, map } = await renderAtlas(html`<policy-atlas date="2019-05-01"></policy-atlas>`);
    await sendMouse({ type: 'click', position: center(itemFor(timeline, 'joint-plan-2015').querySelector('.vis-dot')!) });
    await atlas.updateComplete;
    await map.updateComplete;
    expect(atlas.getAttribute('selected')).to.equal('joint-plan-2015');
    expect(map.getAttribute('date')).to.equal('2015-10-19');
    expect(mapHeadline(map)).to.contain('On 19 October 2015');
  });

  it('moves the map continuously as the reader drags the date cursor', async () => {
    const { atlas, timeline, map } = await renderAtlas(html`<policy-atlas date="2016-01-01"></policy-atlas>`);
    // Grab the cursor by its handle at the top, as a reader would: lower down, an event's mark may lie on it.
    await settled(timeline);
    const cursor = shadow(timeline).querySelector('.vis-custom-time.pa-cursor')!;
    const box = cursor.getBoundingClientRect();
    const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + 6)];
    const under = shadow(timeline).elementFromPoint(x, y);
    expect(under?.parentElement, `under the pointer: ${under?.className}`).to.equal(cursor);
    const seen = new Set<string>();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    // A hand moves over many frames; hammer.js recognises the drag frame by frame.
    for (let step = 1; step <= 8; step += 1) {
      await sendMouse({ type: 'move', position: [x - step * 20, y] });
      await nextFrame();
      await atlas.updateComplete;
      seen.add(map.getAttribute('date')!);
    }
    await sendMouse({ type: 'up' });
    await nextFrame();
    expect(seen.size, 'the map followed the drag through several dates').to.be.greaterThan(2);
    expect(Date.parse(map.getAttribute('date')!)).to.be.below(Date.parse('2016-01-01'));
  });

  it('switches between before and after the Sixth State Reform in one click', async () => {
    const { atlas, map } = await renderAtlas(html`<policy-atlas date="2019-05-01"></policy-atlas>`);
    const [before, after] = [...shadow(atlas).querySelectorAll<HTMLButtonElement>('.pivot button')];
    expect(shadow(atlas).querySelector('.pivot-label')!.textContent).to.contain('1 July 2014');
    expect(after!.getAttribute('aria-pressed')).to.equal('true');
    before!.click();
    await atlas.updateComplete;
    await map.updateComplete;
    expect(map.getAttribute('date')).to.equal('2014-06-30');
    expect(before!.getAttribute('aria-pressed')).to.equal('true');
    after!.click();
    await atlas.updateComplete;
    await map.updateComplete;
    expect(map.getAttribute('date')).to.equal('2014-07-01');
    expect(shadow(map).querySelector('[part="change"]')!.textContent).to.match(/^1 July 2014: \d+ changes\./);
  });

  it('keeps the date, the event and the language in the URL with sync-url, and restores them', async () => {
    const original = window.location.href;
    try {
      const { atlas } = await renderAtlas(html`<policy-atlas sync-url></policy-atlas>`);
      atlas.date = '2014-06-30';
      atlas.selected = 'sixth-state-reform-in-force';
      atlas.lang = 'nl';
      await atlas.updateComplete;
      const params = new URL(window.location.href).searchParams;
      expect([params.get('pa-date'), params.get('pa-event'), params.get('pa-lang')]).to.deep.equal(['2014-06-30', 'sixth-state-reform-in-force', 'nl']);
      const restored = await renderAtlas(html`<policy-atlas sync-url></policy-atlas>`);
      expect([restored.atlas.date, restored.atlas.selected, restored.atlas.lang]).to.deep.equal(['2014-06-30', 'sixth-state-reform-in-force', 'nl']);
      expect(restored.map.getAttribute('date')).to.equal('2014-06-30');
      expect(mapHeadline(restored.map)).to.match(/^Op 30 juni 2014/);
    } finally {
      window.history.replaceState(null, '', original);
    }
  });

  it('passes axe', async () => {
    const { atlas } = await renderAtlas(html`<policy-atlas></policy-atlas>`);
    await expect(atlas).to.be.accessible();
  });
});
