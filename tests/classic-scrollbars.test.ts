/**
 * Runs in a browser that shows classic scrollbars, which take room from the page (Windows, most Linux
 * desktops), unlike the overlay scrollbars of the other test browsers (web-test-runner.config.js).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { generateDataset } from '../scripts/bench/dataset.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import { failOnUncaughtErrors, marksOnSwap } from './helpers.js';

/** The room a scrollbar takes beside a scrolling box, in pixels. */
function scrollbarWidth(): number {
  const box = document.createElement('div');
  box.style.cssText = 'position: absolute; width: 100px; height: 100px; overflow: scroll';
  document.body.append(box);
  const width = box.offsetWidth - box.clientWidth;
  box.remove();
  return width;
}

describe('<policy-timeline> with classic scrollbars', () => {
  failOnUncaughtErrors();

  it('runs in a browser whose scrollbars take room', () => {
    expect(scrollbarWidth()).to.be.greaterThan(0);
  });

  it('becomes the chart without a visible jump when it brings the page its scrollbar', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline></policy-timeline>`);
    const { painted, drawn, moved } = await marksOnSwap(element);
    expect(document.documentElement.scrollHeight).to.be.greaterThan(innerHeight);
    expect(painted).to.equal(drawn);
    expect(moved).to.equal('');
  });

  it('becomes the chart without a visible jump when its lanes scroll, beside a scrollbar', async () => {
    const element = await fixture<PolicyTimeline>(html`<policy-timeline .data=${generateDataset(2000)}></policy-timeline>`);
    const { compared, moved } = await marksOnSwap(element);
    const lanes = element.shadowRoot!.querySelector<HTMLElement>('.vis-panel.vis-left')!;
    expect(lanes.offsetWidth - lanes.clientWidth).to.equal(scrollbarWidth());
    expect(compared).to.be.greaterThan(100);
    expect(moved).to.equal('');
  });
});
