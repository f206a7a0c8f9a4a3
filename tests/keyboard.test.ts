/**
 * Keyboard-only use: Tab goes through every control of each element and out again (no trap), focus
 * is always visible, and the timeline's text alternative ("Show as list") is reachable and complete.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import belgium from '../data/belgium.json';
import { formatPeriod } from '../src/data/dates.js';
import { eventsInTimeOrder } from '../src/data/query.js';
import type { Dataset } from '../src/data/types.js';
import '../src/policy-atlas/define.js';
import { failOnUncaughtErrors, renderTimeline, settled, shadow } from './helpers.js';

const data = belgium as unknown as Dataset;

/** The element focused inside nested shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the focused element shows a focus indicator: an outline, or a ring drawn with box-shadow. */
function focusVisible(element: Element): boolean {
  const style = getComputedStyle(element);
  return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none';
}

/** Tabs from the button before the element to the one after, recording each stop. */
async function tabThrough(before: HTMLButtonElement, after: HTMLButtonElement): Promise<Element[]> {
  before.focus();
  const stops: Element[] = [];
  for (let press = 0; press < 80; press += 1) {
    await sendKeys({ press: 'Tab' });
    const active = deepActive();
    if (active === after) return stops;
    expect(active, `stop ${press + 1}`).to.not.equal(null);
    expect(focusVisible(active!), `focus visible on ${active!.outerHTML.slice(0, 80)}`).to.equal(true);
    stops.push(active!);
  }
  throw new Error(`Tab never left the element: stuck after ${stops.map((stop) => stop.localName).join(', ')}`);
}

describe('keyboard only', function () {
  // Every Tab is a real key press, and the atlas has many stops.
  this.timeout(60000);
  failOnUncaughtErrors();

  for (const tag of ['policy-timeline', 'competence-map', 'policy-atlas'] as const) {
    it(`<${tag}>: Tab reaches every control, shows focus, and leaves (no trap), and Shift+Tab comes back`, async () => {
      // Listen on the wrapper, attached before the element connects: a fast load must not be missed.
      let loaded: () => void = () => {};
      const load = new Promise<void>((resolve) => (loaded = resolve));
      const wrapper = await fixture<HTMLElement>(html`<div @data-load=${() => loaded()}>
        <button id="before">before</button>
        ${tag === 'policy-timeline' ? html`<policy-timeline></policy-timeline>` : tag === 'competence-map' ? html`<competence-map></competence-map>` : html`<policy-atlas></policy-atlas>`}
        <button id="after">after</button>
      </div>`);
      await load;
      for (let frame = 0; frame < 120; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      const after = wrapper.querySelector<HTMLButtonElement>('#after')!;
      const stops = await tabThrough(before, after);
      expect(stops.length).to.be.greaterThan(1);
      // The chart and the grid are single tab stops, reached on the way.
      if (tag !== 'competence-map') expect(stops.some((stop) => stop.getAttribute('part') === 'timeline')).to.equal(true);
      if (tag !== 'policy-timeline') expect(stops.some((stop) => stop.localName === 'td')).to.equal(true);
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActive()).to.equal(stops.at(-1));
    });
  }

  it('"Show as list" gives every event in time order with its date, level and summary, and opens one with Enter', async () => {
    const { element } = await renderTimeline(html`<policy-timeline></policy-timeline>`);
    const toggle = shadow(element).querySelector<HTMLButtonElement>('.list-toggle')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await settled(element);
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    const list = shadow(element).querySelector('ol[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Events in time order');
    const entries = [...list.querySelectorAll('li')];
    const ordered = eventsInTimeOrder(data.events);
    expect(entries).to.have.length(ordered.length);
    entries.forEach((entry, index) => {
      const event = ordered[index]!;
      expect(entry.querySelector('time')!.textContent).to.equal(formatPeriod(event.start, event.end, 'en'));
      expect(entry.querySelector('.event-title')!.textContent!.trim()).to.equal((event.title as Record<string, string>).en);
      expect(entry.querySelector('p')!.textContent).to.equal((event.summary as Record<string, string>).en);
    });
    expect(shadow(element).querySelector('.chart')!.hasAttribute('hidden')).to.equal(true);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const selected = oneEvent(element, 'policy-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.id).to.equal(ordered[0]!.id);
  });
});
