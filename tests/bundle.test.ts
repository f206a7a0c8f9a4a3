/**
 * The bundle for a script tag on a page with no build step: this test file imports nothing from src, only the
 * built bundle (npm test builds it first), as `examples/embed.html` does.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';

const BUNDLE = '/dist/policy-atlas.bundle.js';
const fetched = (prefix: string) =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.startsWith(prefix));

describe('the bundle for a script tag (dist/policy-atlas.bundle.js)', () => {
  before(async () => {
    await import(/* @vite-ignore */ BUNDLE);
  });

  it('defines the three elements', () => {
    for (const tag of ['policy-timeline', 'competence-map', 'policy-atlas']) {
      expect(customElements.get(tag), tag).to.not.equal(undefined);
    }
  });

  it('renders the Belgian data with no attributes, from the data inside it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('competence-map');
    const loaded = oneEvent(element, 'data-load');
    element.setAttribute('date', '2014-07-01');
    wrapper.append(element);
    const { detail } = await loaded;
    expect(detail.dataset.id).to.equal('belgium-integrated-chronic-care');
    await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(element.shadowRoot!.querySelectorAll('td.cell').length).to.equal(17 * 7);
    // The data came as a chunk from the bundle's folder; vis-timeline did not come at all.
    expect(fetched('/dist/policy-atlas.bundle/belgium-')).to.equal(true);
    expect(fetched('/dist/policy-atlas.bundle/policy-timeline.vis-')).to.equal(false);
  });

  it('draws the timeline from the bundle (vis-timeline and its styles inside)', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div></div>`);
    const element = document.createElement('policy-timeline');
    const loaded = oneEvent(element, 'data-load');
    wrapper.append(element);
    await loaded;
    // vis-timeline draws on animation frames, after the static first paint.
    for (let frame = 0; frame < 600 && !element.shadowRoot!.querySelector('.chart:not(.is-static) .vis-item'); frame += 1) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(element.shadowRoot!.querySelectorAll('.vis-item.pa-event:not(.vis-dot)').length).to.equal(40);
    expect(fetched('/dist/policy-atlas.bundle/policy-timeline.vis-')).to.equal(true);
  });

  it('lets a second copy of the bundle on the same page warn instead of throwing', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?second-copy`);
    } finally {
      console.warn = original;
    }
    expect(warnings.filter((warning) => warning.includes('already defined'))).to.have.length(3);
  });
});
