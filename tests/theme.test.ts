import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../src/competence-map/define.js';
import '../src/policy-timeline/define.js';
import { failOnUncaughtErrors, nextFrame, settled, shadow } from './helpers.js';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';

async function render(template: TemplateResult): Promise<PolicyTimeline> {
  let resolve: () => void = () => {};
  const loaded = new Promise<void>((done) => (resolve = done));
  const wrapper = await fixture<HTMLElement>(html`<div @data-load=${() => resolve()}>${template}</div>`);
  await loaded;
  const element = wrapper.firstElementChild as PolicyTimeline;
  await settled(element);
  return element;
}

const colours = (element: Element) => {
  const style = getComputedStyle(element);
  return { text: style.color, background: style.backgroundColor };
};

/** WCAG relative luminance of an rgb() colour. */
function luminance(colour: string): number {
  // rgb(0-255 ...) or, for a colour-mix result, color(srgb 0-1 ...).
  const scale = colour.startsWith('color(') ? 255 : 1;
  const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((value) => Number(value) * scale).map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

describe('themes', () => {
  failOnUncaughtErrors();
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const tag of ['policy-timeline', 'competence-map'] as const) {
    it(`<${tag}> switches to dark with theme="dark", and text keeps 4.5:1`, async () => {
      const element = await render(tag === 'policy-timeline' ? html`<policy-timeline></policy-timeline>` : html`<competence-map></competence-map>`);
      const light = colours(element);
      element.setAttribute('theme', 'dark');
      const dark = colours(element);
      expect(dark.text).to.not.equal(light.text);
      expect(dark.background).to.not.equal(light.background);
      expect(luminance(dark.background)).to.be.below(luminance(light.background));
      expect(contrast(light.text, light.background)).to.be.at.least(4.5);
      expect(contrast(dark.text, dark.background)).to.be.at.least(4.5);
    });
  }

  it('draws the edges of marks and cells at 3:1 against the background, for every level, light and dark', async () => {
    const map = await render(html`<competence-map date="2014-07-01"></competence-map>`);
    for (const theme of ['light', 'dark'] as const) {
      map.setAttribute('theme', theme);
      await map.updateComplete;
      const background = getComputedStyle(map).backgroundColor;
      for (let level = 0; level < 7; level += 1) {
        // A probe with the level's class: its colour is the edge that marks and cells of that level get.
        const probe = document.createElement('span');
        probe.className = `pa-level-${level}`;
        probe.style.color = 'var(--pa-level-edge)';
        map.shadowRoot!.append(probe);
        const edge = getComputedStyle(probe).color;
        probe.remove();
        expect(contrast(edge, background), `${theme}, level ${level + 1}: ${edge} on ${background}`).to.be.at.least(3);
      }
      const cell = map.shadowRoot!.querySelector('td.cell.role-full')!;
      expect(getComputedStyle(cell).boxShadow).to.contain('inset');
    }
  });

  it('follows the reader\'s colour scheme, unless theme="light" says otherwise', async () => {
    const element = await render(html`<competence-map></competence-map>`);
    const light = colours(element);
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(element).background).to.not.equal(light.background);
    element.setAttribute('theme', 'light');
    expect(colours(element)).to.deep.equal(light);
  });

  it('scales every size with font-size (em throughout), for slides', async () => {
    // A wide frame: at 24 px the narrow layout (below 37.5em) would start at 900 px.
    const element = await render(html`<competence-map date="2019-05-01" style="font-size: 16px; width: 1800px"></competence-map>`);
    const table = () => shadow(element).querySelector('table')!.getBoundingClientRect();
    const small = table();
    element.style.fontSize = '24px';
    await element.updateComplete;
    const large = table();
    expect(large.height / small.height).to.be.closeTo(1.5, 0.08);
  });

  it('lets a page theme every element at once with --policy-atlas-* properties', async () => {
    const element = await render(html`<policy-timeline style="--policy-atlas-color-text: rgb(10, 20, 30)"></policy-timeline>`);
    expect(getComputedStyle(element).color).to.equal('rgb(10, 20, 30)');
  });
  for (const [name, template] of [
    ['policy-timeline', html`<policy-timeline selected="joint-plan-2015"></policy-timeline>`],
    ['competence-map', html`<competence-map date="2019-05-01"></competence-map>`],
  ] as const) {
    it(`puts the detail sheet of <${name}> beside the content from 56em wide, below it when narrower, and follows a resize`, async () => {
      const element = await render(template);
      element.style.width = '1100px';
      shadow(element).querySelector<HTMLElement>('td.cell')?.click();
      await settled(element);
      const besides = () => {
        const body = shadow(element).querySelector('.body')!;
        const [content, detail] = [body.firstElementChild!, shadow(element).querySelector('[part="detail"]')!].map((node) => node.getBoundingClientRect());
        if (Math.abs(detail!.top - content!.top) < 1 && detail!.left >= content!.right) return 'beside';
        return detail!.top >= content!.bottom ? 'below' : 'overlapping';
      };
      expect(besides()).to.equal('beside');
      element.style.width = '700px';
      for (let count = 0; count < 3; count += 1) await nextFrame();
      expect(besides()).to.equal('below');
      element.style.width = '1100px';
      for (let count = 0; count < 3; count += 1) await nextFrame();
      expect(besides()).to.equal('beside');
    });
  }
});
