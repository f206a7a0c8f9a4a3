/**
 * The `placeholder` slot: a page's image of an element, shown while the element's data loads (and,
 * by the browser itself, before its script has run), then replaced by the element's own picture.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, render } from 'lit';
import '../src/define.js';
import { failOnUncaughtErrors, nextFrame, shadow } from './helpers.js';

/** The Belgian data, answered after a delay: long enough to look at the element while it loads. A URL of its own for each use: one answered from the cache would not be slow. */
const slowBelgium = (use: string) => `/__slow/800/data/belgium.json?${use}`;

const preview = html`<svg slot="placeholder" role="img" aria-label="Preview of the picture" viewBox="0 0 400 100" width="400" height="100">
  <rect width="400" height="100" fill="#d9e2ec"></rect>
</svg>`;

/** What each element draws of its own once its data is in. */
const OWN_PICTURE: Record<string, (element: Element) => Element | null | undefined> = {
  'policy-timeline': (element) => shadow(element).querySelector('.static-view, .vis-item'),
  'competence-map': (element) => shadow(element).querySelector('table'),
  'policy-atlas': (element) => shadow(element).querySelector('policy-timeline'),
};

/** An element loading `src`, with the page's placeholder in it, connected; its load's outcome, listened for before it starts. */
async function withPlaceholder(tag: string, src: string) {
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  element.setAttribute('src', src);
  render(preview, element);
  const loaded = oneEvent(element, 'data-load');
  const failed = oneEvent(element, 'data-error');
  (await fixture<HTMLElement>(html`<div></div>`)).append(element);
  await element.updateComplete;
  await nextFrame();
  return { element, placeholder: element.querySelector('[slot="placeholder"]')!, loaded, failed };
}

const isShown = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().height > 0;
const loadingMessage = (element: Element) => [...shadow(element).querySelectorAll('[part="message"]')].find(isShown);

describe('the placeholder slot', () => {
  failOnUncaughtErrors();

  for (const tag of Object.keys(OWN_PICTURE)) {
    it(`<${tag}> shows the page's placeholder while its data loads, then its own picture in its place`, async () => {
      const { element, placeholder, loaded } = await withPlaceholder(tag, slowBelgium(tag));
      expect(isShown(placeholder), 'placeholder while loading').to.equal(true);
      expect(placeholder.getBoundingClientRect().width).to.be.at.most(element.getBoundingClientRect().width);
      expect(loadingMessage(element), 'no loading message over the picture').to.equal(undefined);
      expect(OWN_PICTURE[tag]!(element)).to.equal(null);

      await loaded;
      await element.updateComplete;
      await nextFrame();
      expect(isShown(placeholder), 'placeholder once drawn').to.equal(false);
      expect(OWN_PICTURE[tag]!(element)).to.not.equal(null);
    });
  }

  it('without a placeholder, says that the data is loading', async () => {
    const element = document.createElement('competence-map');
    element.setAttribute('src', slowBelgium('no-placeholder'));
    (await fixture<HTMLElement>(html`<div></div>`)).append(element);
    await nextFrame();
    expect(loadingMessage(element)?.textContent).to.equal('Loading the data…');
  });

  it('gives way to what went wrong when the data cannot be loaded: no picture stands in for data that failed', async () => {
    const { element, placeholder, failed } = await withPlaceholder('policy-timeline', '/__status/404/data.json');
    await failed;
    await element.updateComplete;
    await nextFrame();
    expect(isShown(placeholder)).to.equal(false);
    expect(shadow(element).querySelector('[part="problems"]')!.textContent).to.contain('answered 404');
  });
});
