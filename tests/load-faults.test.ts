/**
 * Faults while loading `src`: each ends in a message that says what happened, a `data-error` event,
 * a retry control where trying again can help, and never in good data silently replaced.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import '../src/competence-map/define.js';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import type { DataErrorEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, items, renderTimeline, settled, shadow } from './helpers.js';

const MINIMAL = '/data/examples/minimal.json';

/** A map loading `src`, and the data-error it fires. */
async function mapFailing(src: string, timeout?: number): Promise<{ element: CompetenceMap; error: DataErrorEvent }> {
  const element = document.createElement('competence-map') as CompetenceMap;
  if (timeout !== undefined) element.timeout = timeout;
  const failed = oneEvent(element, 'data-error') as Promise<DataErrorEvent>;
  element.src = src;
  (await fixture<HTMLElement>(html`<div></div>`)).append(element);
  const error = await failed;
  await element.updateComplete;
  return { element, error };
}

const problemsText = (element: Element) => shadow(element).querySelector('[part="problems"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const retryButton = (element: Element) => shadow(element).querySelector<HTMLButtonElement>('[part="problems"] button.retry');

describe('faults while loading src', () => {
  failOnUncaughtErrors();

  for (const [status, what] of [
    [404, 'not there'],
    [500, 'a server error'],
  ] as const) {
    it(`says so when the server answers ${status} (${what}), as an alert with a retry`, async () => {
      const { element, error } = await mapFailing(`/__status/${status}/data.json`);
      expect(error.detail.partial).to.equal(false);
      expect(error.detail.problems[0]!.message).to.match(new RegExp(`could not fetch /__status/${status}/data.json: the server answered ${status}`));
      expect(problemsText(element)).to.contain(`answered ${status}`);
      expect(shadow(element).querySelector('[part="problems"]')!.getAttribute('role')).to.equal('alert');
      expect(retryButton(element)!.textContent).to.equal('Try again');
    });
  }

  it('says when the answer is an HTML page, not JSON', async () => {
    const { element } = await mapFailing('/__html/data.json');
    expect(problemsText(element)).to.contain('/__html/data.json answered with text/html, not JSON');
  });

  it('says where a file that is not JSON breaks, and offers no retry: the file itself must change', async () => {
    const { element } = await mapFailing('/tests/fixtures/not-json.json');
    expect(problemsText(element)).to.match(/not valid JSON \(line \d+, column \d+\)/);
    expect(retryButton(element)).to.equal(null);
  });

  it('gives up on a server that does not answer, after the timeout, and says so', async () => {
    const { element } = await mapFailing(`/__slow/5000${MINIMAL}`, 0.5);
    expect(problemsText(element)).to.contain(`no answer from /__slow/5000${MINIMAL} within 0.5 s`);
    expect(retryButton(element)).to.not.equal(null);
  });

  it('loads again with the retry control, and shows the data once the server answers', async () => {
    const { element } = await mapFailing(`/__flaky/retry-${Date.now()}${MINIMAL}`);
    const loaded = oneEvent(element, 'data-load');
    retryButton(element)!.click();
    expect((await loaded).detail.dataset.id).to.equal('minimal-example');
    await element.updateComplete;
    expect(shadow(element).querySelector('[part="problems"]')).to.equal(null);
    expect(shadow(element).querySelector('[part="message"]')).to.equal(null);
  });

  it('keeps good data on screen when a new src fails, and says that it is the data loaded before', async () => {
    const { element } = await renderTimeline(html`<policy-timeline src=${MINIMAL}></policy-timeline>`);
    const shownBefore = items(element).length;
    expect(shownBefore).to.be.greaterThan(0);
    let loads = 0;
    element.addEventListener('data-load', () => (loads += 1));
    const failed = oneEvent(element, 'data-error') as Promise<DataErrorEvent>;
    element.src = '/__status/404/other.json';
    const { detail } = await failed;
    await settled(element);
    expect(detail.partial).to.equal(true);
    expect(detail.problems.map((problem) => problem.message)).to.deep.equal([
      'could not fetch /__status/404/other.json: the server answered 404 Not Found; nothing can be shown.',
      '/__status/404/other.json could not be shown, so the data loaded before is still shown.',
    ]);
    expect(loads).to.equal(0);
    expect(items(element)).to.have.length(shownBefore);
    expect(problemsText(element)).to.contain('the data loaded before is still shown');
  });
});
