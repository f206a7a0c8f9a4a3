/**
 * Elements in a page's HTML before the script loads, with properties set before their upgrade, and
 * elements moved to another parent: all keep working. The page is a frame loading the bundle (dist/policy-atlas.bundle.js).
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import minimal from '../data/examples/minimal.json';
import { failOnUncaughtErrors, nextFrame } from './helpers.js';

type Upgradable = HTMLElement & { updateComplete: Promise<boolean>; data?: unknown };

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; frame < 1200; frame += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('upgrade and moving', function () {
  this.timeout(30000);
  failOnUncaughtErrors();
  afterEach(() => resetMouse());

  it('upgrades elements that were in the HTML before the script loaded, keeping properties set before', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1000px; height: 900px"></iframe>`);
    frame.srcdoc = `<!doctype html><html lang="fr"><body>
      <policy-timeline start="2014" end="2016"></policy-timeline>
      <competence-map date="2014-07-01"></competence-map>
      <policy-timeline id="own"></policy-timeline></body></html>`;
    await oneEvent(frame, 'load');
    const page = frame.contentDocument!;
    const [timeline, map, own] = [...page.querySelectorAll<Upgradable>('policy-timeline, competence-map')] as [Upgradable, Upgradable, Upgradable];
    expect(page.defaultView!.customElements.get('policy-timeline')).to.equal(undefined);
    // A property set before the element is defined: it must survive the upgrade and be used.
    own.data = minimal;
    const script = page.createElement('script');
    script.type = 'module';
    script.src = '/dist/policy-atlas.bundle.js';
    page.head.append(script);
    await until(() => Boolean(map.shadowRoot?.querySelector('td.cell')), 'the map');
    expect(map.shadowRoot!.querySelector('caption')!.textContent).to.contain('1 juillet 2014');
    await until(() => Boolean(timeline.shadowRoot?.querySelector('.chart:not(.is-static) .vis-item')), 'the timeline');
    const years = [...timeline.shadowRoot!.querySelectorAll('.vis-time-axis .vis-text')].map((label) => label.textContent);
    expect(years).to.include('2015');
    await until(() => Boolean(own.shadowRoot?.querySelector('.vis-item, .static-item')), 'the timeline with its own data');
    expect(own.shadowRoot!.querySelectorAll('.vis-item.pa-event:not(.vis-dot), .static-item').length).to.equal(minimal.events.length);
  });

  it('keeps a timeline and a map working when they move to another parent', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1000px; height: 900px"></iframe>`);
    frame.srcdoc = `<!doctype html><html lang="en"><body><div id="a"><policy-timeline></policy-timeline><competence-map date="2014"></competence-map></div><div id="b"></div>
      <script type="module" src="/dist/policy-atlas.bundle.js"></script></body></html>`;
    await oneEvent(frame, 'load');
    const page = frame.contentDocument!;
    const timeline = page.querySelector<Upgradable>('policy-timeline')!;
    const map = page.querySelector<Upgradable>('competence-map')!;
    await until(() => Boolean(timeline.shadowRoot?.querySelector('.chart:not(.is-static) .vis-item') && map.shadowRoot?.querySelector('td.cell')), 'both');
    page.querySelector('#b')!.append(timeline, map);
    await until(() => Boolean(timeline.shadowRoot?.querySelector('.chart:not(.is-static) .vis-item')), 'the timeline drawn again');
    expect(timeline.shadowRoot!.querySelectorAll('.vis-item.pa-event:not(.vis-dot)').length).to.equal(40);
    // Still interactive: a real click on a mark opens its details.
    const selected = oneEvent(timeline, 'policy-select');
    const label = timeline.shadowRoot!.querySelector<HTMLElement>('.vis-item[data-id="joint-plan-2015"] .pa-label')!.getBoundingClientRect();
    const offset = frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(offset.left + label.left + 10), Math.round(offset.top + label.top + label.height / 2)] });
    expect((await selected).detail.id).to.equal('joint-plan-2015');
    map.setAttribute('date', '2015-03-01');
    await map.updateComplete;
    expect(map.shadowRoot!.querySelector('caption')!.textContent).to.contain('1 March 2015');
  });
});
