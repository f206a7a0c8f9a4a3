import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html } from 'lit';
import minimal from '../data/examples/minimal.json';
import '../src/policy-atlas/define.js';
import { failOnUncaughtErrors, items, nextFrame, settled, shadow } from './helpers.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';

declare global {
  interface Window {
    gc?: () => void;
  }
  interface Performance {
    memory?: { usedJSHeapSize: number };
  }
}

async function heapAfterGc(): Promise<number> {
  for (let round = 0; round < 3; round += 1) {
    window.gc!();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return performance.memory!.usedJSHeapSize;
}

async function cycle(host: HTMLElement, element: HTMLElement, times: number): Promise<void> {
  for (let round = 0; round < times; round += 1) {
    host.append(element);
    await (element as PolicyTimeline).updateComplete;
    await nextFrame();
    element.remove();
  }
}

describe('lifecycle', () => {
  failOnUncaughtErrors();

  for (const tag of ['policy-timeline', 'competence-map', 'policy-atlas']) {
    it(`<${tag}>: 200 connect/disconnect cycles leave the heap flat`, async function () {
      this.timeout(60000);
      expect(window.gc, 'Chromium runs with --expose-gc').to.be.a('function');
      const host = await fixture<HTMLElement>(html`<div style="width: 900px"></div>`);
      const element = document.createElement(tag);
      const loaded = oneEvent(element, 'data-load');
      host.append(element);
      await loaded;
      element.remove();
      await cycle(host, element, 20); // warm up: caches, compiled code, the loaded data
      const before = await heapAfterGc();
      await cycle(host, element, 200);
      const after = await heapAfterGc();
      // A leaked vis-timeline per cycle (its DOM, items and listeners) is far above this bound.
      expect(after - before, `heap grew by ${Math.round((after - before) / 1024)} KB`).to.be.below(1.5 * 1024 * 1024);
      host.append(element);
      await settled(element as PolicyTimeline);
      expect(shadow(element).childElementCount).to.be.greaterThan(0);
    });
  }

  it('keeps several instances with different data independent', async () => {
    let loads = 0;
    let bothLoaded: () => void = () => {};
    const loaded = new Promise<void>((resolve) => (bothLoaded = resolve));
    const wrapper = await fixture<HTMLElement>(html`<div @data-load=${() => ++loads === 2 && bothLoaded()}>
      <policy-timeline id="a"></policy-timeline>
      <policy-timeline id="b" lang="fr" .data=${minimal}></policy-timeline>
    </div>`);
    const [a, b] = [wrapper.querySelector<PolicyTimeline>('#a')!, wrapper.querySelector<PolicyTimeline>('#b')!];
    await loaded;
    await settled(a);
    await settled(b);
    expect(items(a)).to.have.length(40);
    expect(items(b)).to.have.length(minimal.events.length);
    b.setAttribute('selected', 'joint-plan-2015');
    await settled(b);
    expect(a.hasAttribute('selected')).to.equal(false);
    expect(shadow(a).querySelector('[part="detail"]')).to.equal(null);
    expect(shadow(b).querySelector('.legend-title')!.textContent).to.equal('Politiques clés');
    expect(shadow(a).querySelector('.legend-title')!.textContent).to.equal('Key policies');
  });
});
