/**
 * Slides: presentation mode, stepping, the reveal.js deck in examples/slides (live and in its
 * ?print-pdf view), image export and print.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { html } from 'lit';
import belgium from '../data/belgium.json';
import { eventsInTimeOrder } from '../src/data/query.js';
import type { Dataset } from '../src/data/types.js';
import '../src/competence-map/define.js';
import type { CompetenceMap } from '../src/competence-map/competence-map.js';
import type { StepChangeEvent } from '../src/shared/events.js';
import { failOnUncaughtErrors, nextFrame, renderTimeline, settled, shadow } from './helpers.js';

const data = belgium as unknown as Dataset;
const english = (text: unknown) => (text as Record<string, string>).en!;
const jointPlan = eventsInTimeOrder(data.events.filter((event) => event.keyPolicy === 'joint-plan'));

interface RevealApi {
  isReady(): boolean;
  slide(h: number, v?: number, f?: number): void;
  nextFragment(): boolean;
  prevFragment(): boolean;
  getIndices(): { h: number; f?: number };
}
type DeckWindow = Window & { Reveal: RevealApi };

/** Opens the deck in a 1280x720 frame and waits until reveal.js and every component are ready. */
async function openDeck(query = ''): Promise<DeckWindow> {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe style="width: 1280px; height: 720px; border: 0"></iframe>`);
  frame.src = `/examples/slides/index.html${query}`;
  await oneEvent(frame, 'load');
  const deck = frame.contentWindow as DeckWindow;
  for (let frameCount = 0; frameCount < 1500; frameCount += 1) {
    const elements = [...deck.document.querySelectorAll('policy-timeline, competence-map')];
    const drawn = elements.length > 0 && elements.every((element) => element.shadowRoot?.querySelector('.static-view, table'));
    if (deck.Reveal?.isReady() && drawn) return deck;
    await nextFrame();
  }
  const elements = [...deck.document.querySelectorAll('policy-timeline, competence-map')];
  throw new Error(`the deck did not get ready: ${deck.location.href} Reveal ${String(deck.Reveal?.isReady())}, ${elements.map((element) => `${element.localName}:${element.shadowRoot?.innerHTML.length}`).join(' ')}`);
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let frameCount = 0; frameCount < 1500; frameCount += 1) {
    if (condition()) return;
    await nextFrame();
  }
  throw new Error(`timed out waiting for ${what}`);
}

const staticTitles = (element: Element) => [...shadow(element).querySelectorAll('.static-item')].map((item) => item.getAttribute('data-id'));

describe('slides', () => {
  failOnUncaughtErrors();
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('step-through', () => {
    it('reveals the events one by one in time order, each the current one, and says so', async () => {
      const { element } = await renderTimeline(html`<policy-timeline key-policy="joint-plan" step="0"></policy-timeline>`);
      expect(element.stepCount).to.equal(jointPlan.length);
      const steps: StepChangeEvent['detail'][] = [];
      element.addEventListener('step-change', (event) => steps.push(event.detail));
      for (const [index, event] of jointPlan.entries()) {
        expect(element.next()).to.equal(true);
        await settled(element);
        expect(element.getAttribute('step')).to.equal(String(index + 1));
        expect(shadow(element).querySelectorAll('.vis-item.pa-event:not(.vis-dot)')).to.have.length(index + 1);
        expect(shadow(element).querySelector('.vis-item.is-focused:not(.vis-dot)')?.getAttribute('data-id')).to.equal(event.id);
        expect(shadow(element).querySelector('[role="status"]')!.textContent).to.contain(english(event.title));
      }
      expect(element.next()).to.equal(false);
      expect(steps.map((step) => step.id)).to.deep.equal(jointPlan.map((event) => event.id));
      expect(steps.at(-1)).to.deep.equal({ step: jointPlan.length, count: jointPlan.length, id: jointPlan.at(-1)!.id, date: jointPlan.at(-1)!.start });
      expect(element.prev()).to.equal(true);
      expect(element.step).to.equal(jointPlan.length - 1);
    });

    it('steps the map from the day before the state reform to the reform, with a summary of what moved', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const map = document.createElement('competence-map') as CompetenceMap;
      map.setAttribute('step', '0');
      const loaded = oneEvent(map, 'data-load');
      wrapper.append(map);
      await loaded;
      await map.updateComplete;
      expect(shadow(map).querySelector('[part="headline"]')!.textContent).to.contain('30 June 2014');
      const moved = oneEvent(map, 'step-change');
      expect(map.next()).to.equal(true);
      expect((await moved).detail).to.deep.equal({ step: 1, count: 1, id: null, date: '2014-07-01' });
      await map.updateComplete;
      expect(shadow(map).querySelector('[part="headline"]')!.textContent).to.contain('1 July 2014');
      expect(shadow(map).querySelector('[part="change"]')!.textContent).to.match(/1 July 2014: \d+ changes/);
      expect(map.next()).to.equal(false);
    });
  });

  describe('presentation mode', () => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      it(`fits a ${width}x${height} slide without scrollbars, with no buttons`, async () => {
        await setViewport({ width, height });
        const { element } = await renderTimeline(
          html`<policy-timeline presentation step="12" style="position: fixed; inset: 0; width: 100vw; height: 100vh"></policy-timeline>`,
        );
        const map = await fixture<CompetenceMap>(html`<competence-map presentation style="position: fixed; inset: 0; height: 100vh"></competence-map>`);
        await oneEvent(map, 'data-load');
        await map.updateComplete;
        for (const host of [element, map]) {
          const frame = shadow(host).querySelector<HTMLElement>('.frame')!;
          expect(frame.scrollHeight, `${host.localName} height`).to.be.at.most(frame.clientHeight + 1);
          expect(frame.scrollWidth, `${host.localName} width`).to.be.at.most(frame.clientWidth + 1);
          const drawing = shadow(host).querySelector('svg.static-view')!.getBoundingClientRect();
          expect(drawing.bottom).to.be.at.most(height + 1);
          expect(drawing.height).to.be.greaterThan(height / 3);
          expect(shadow(host).querySelectorAll('button, input')).to.have.length(0);
        }
        expect(document.documentElement.scrollHeight).to.be.at.most(height);
        expect(shadow(element).querySelector('[part="caption"]')!.textContent).to.contain('Step 12 of 40');
        // Presentation draws without vis-timeline.
        expect(shadow(element).querySelector('.vis-timeline')).to.equal(null);
      });
    }
    it('draws in presentation type whether the attribute was written or the property set later', async () => {
      const drawn = async (template: ReturnType<typeof html>, later: boolean) => {
        let loaded: () => void = () => {};
        const load = new Promise<void>((resolve) => (loaded = resolve));
        const wrapper = await fixture<HTMLElement>(html`<div style="width: 1000px; height: 600px" @data-load=${() => loaded()}>${template}</div>`);
        const host = wrapper.firstElementChild as HTMLElement & { presentation: boolean; updateComplete: Promise<boolean> };
        await load;
        await host.updateComplete;
        if (later) {
          host.presentation = true;
          // The very render that turns presentation on: no frame may show the drawing in the wrong type.
          await host.updateComplete;
        } else await settled(host as never);
        return shadow(host).querySelector('svg.static-view')!.getAttribute('viewBox');
      };
      for (const [written, set] of [
        [html`<competence-map presentation date="2019-05-01"></competence-map>`, html`<competence-map date="2019-05-01"></competence-map>`],
        [html`<policy-timeline presentation step="3"></policy-timeline>`, html`<policy-timeline step="3"></policy-timeline>`],
      ]) {
        expect(await drawn(set!, true)).to.equal(await drawn(written!, false));
      }
    });
  });

  describe('the reveal.js deck (examples/slides)', function () {
    // A whole deck loads in a frame: reveal.js, the bundle and the data.
    this.timeout(30000);

    it('steps the timeline event by event as fragments, and the map before and after 2014', async () => {
      const deck = await openDeck();
      const [stepped, map] = [deck.document.querySelector('policy-timeline')!, deck.document.querySelector('competence-map')!];
      deck.Reveal.slide(1);
      expect(staticTitles(stepped)).to.deep.equal([]);
      for (let step = 1; step <= 3; step += 1) {
        deck.Reveal.nextFragment();
        await nextFrame();
        await nextFrame();
        expect(staticTitles(stepped)).to.deep.equal(jointPlan.slice(0, step).map((event) => event.id));
      }
      expect(shadow(stepped).querySelector('[part="caption"]')!.textContent).to.contain(english(jointPlan[2]!.title));
      deck.Reveal.prevFragment();
      await nextFrame();
      await nextFrame();
      expect(staticTitles(stepped)).to.have.length(2);

      deck.Reveal.slide(2, 0, -1);
      await nextFrame();
      await nextFrame();
      expect(shadow(map).querySelector('[part="headline"]')!.textContent).to.contain('30 June 2014');
      deck.Reveal.nextFragment();
      await nextFrame();
      await nextFrame();
      expect(shadow(map).querySelector('[part="headline"]')!.textContent).to.contain('1 July 2014');
    });

    it('keeps the keys a focused timeline handles from changing the slide', async () => {
      const deck = await openDeck();
      deck.Reveal.slide(3);
      const timeline = deck.document.querySelectorAll('policy-timeline')[1]!;
      timeline.removeAttribute('presentation');
      await until(() => shadow(timeline).querySelector('.chart:not(.is-static) .vis-item') !== null, 'the chart');
      (deck.frameElement as HTMLElement).focus();
      shadow(timeline).querySelector<HTMLElement>('.timeline')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(deck.Reveal.getIndices().h).to.equal(3);
      expect(shadow(timeline).querySelector('.vis-item.is-focused')).to.not.equal(null);
    });

    it('shows every fragment state in its ?print-pdf view, where no fragment event fires', async () => {
      const deck = await openDeck('?print-pdf');
      const mapsDrawn = () => [...deck.document.querySelectorAll('competence-map')].every((map) => shadow(map).querySelector('[part="headline"]'));
      await until(() => deck.document.querySelectorAll('policy-timeline[key-policy]').length > 1 && mapsDrawn(), 'the PDF pages');
      await nextFrame();
      const steppedTimelines = [...deck.document.querySelectorAll('policy-timeline[key-policy]')];
      // reveal.js makes one page per fragment state, each a clone of the slide.
      expect(steppedTimelines).to.have.length(jointPlan.length + 1);
      steppedTimelines.forEach((timeline, step) => expect(staticTitles(timeline), `page ${step}`).to.have.length(step));
      const maps = [...deck.document.querySelectorAll('competence-map')];
      expect(maps.map((map) => shadow(map).querySelector('[part="headline"]')!.textContent)).to.satisfy((headlines: string[]) =>
        headlines[0]!.includes('30 June 2014') && headlines[1]!.includes('1 July 2014'),
      );
      const overview = [...deck.document.querySelectorAll('policy-timeline:not([key-policy])')];
      expect(staticTitles(overview[0]!)).to.have.length(data.events.length);
    });
  });

  describe('image export', () => {
    it('toSVG() gives a valid standalone SVG of the timeline with the visible titles, the dataset title and a credit line', async () => {
      const { element } = await renderTimeline(html`<policy-timeline start="2015" end="2017"></policy-timeline>`);
      const text = await element.toSVG();
      const image = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(image.querySelector('parsererror')).to.equal(null);
      expect(image.documentElement.getAttribute('xmlns')).to.equal('http://www.w3.org/2000/svg');
      const texts = [...image.querySelectorAll('text')].map((node) => node.textContent!.trim());
      expect(texts).to.include('Integrated chronic care in Belgium');
      expect(texts.join(' ')).to.contain('Sources:').and.to.contain('Danhieux K');
      // Every event of 2015-2016 whose mark carries a label appears with its title (shortened to fit).
      const shown = data.events.filter((event) => event.keyPolicy && event.start >= '2015' && event.start < '2017' && !event.end);
      expect(shown.length).to.be.greaterThan(3);
      for (const event of shown) {
        const label = image.querySelector(`[data-id="${event.id}"] text`)?.textContent ?? '';
        expect(english(event.title).startsWith(label.replace(/…$/, '')), event.id).to.equal(true);
        expect(label.length).to.be.greaterThan(5);
      }
      // Colours are written in: the picture needs no stylesheet.
      expect(image.querySelector('[data-id="joint-plan-2015"] .static-shape')!.getAttribute('fill')).to.equal('rgb(0, 158, 115)');
      // Small enough to paste into a page: no template comments, no paint repeated from the parent.
      expect(text).to.not.contain('<!--');
      const repeated = [...image.querySelectorAll('svg svg [fill]')].filter((node) => node.getAttribute('fill') === node.parentElement!.closest('[fill]')?.getAttribute('fill'));
      expect(repeated.map((node) => node.outerHTML.slice(0, 80))).to.deep.equal([]);
      // The export leaves the chart as it was.
      expect(shadow(element).querySelector('.export-stage')).to.equal(null);
    });

    it('toSVG() of the map names every part and government; toPNG() is a PNG of that image', async () => {
      const map = await fixture<CompetenceMap>(html`<competence-map date="2014-07-01" lang="fr"></competence-map>`);
      await oneEvent(map, 'data-load');
      const image = new DOMParser().parseFromString(await map.toSVG(), 'image/svg+xml');
      expect(image.querySelector('parsererror')).to.equal(null);
      const texts = [...image.querySelectorAll('text')].map((node) => node.textContent!.trim());
      for (const short of ['FED', 'VLG', 'FWB', 'WAL', 'DG', 'COCOM', 'COCOF']) expect(texts).to.include(short);
      expect(texts).to.include('Soins aux personnes âgées');
      expect(texts.join(' ')).to.contain('Au 1 juillet 2014');
      const png = await map.toPNG(1);
      expect(png.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).to.equal(Number(image.documentElement.getAttribute('width')));
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the current view as the static drawing, without buttons', async () => {
      const { element } = await renderTimeline(html`<policy-timeline start="2014" end="2019"></policy-timeline>`);
      await emulateMedia({ media: 'print' });
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      const drawing = shadow(element).querySelector('svg.static-view')!;
      expect(drawing.getBoundingClientRect().height).to.be.greaterThan(100);
      expect(getComputedStyle(shadow(element).querySelector('.timeline')!).display).to.equal('none');
      expect(getComputedStyle(shadow(element).querySelector('[part="toolbar"]')!).display).to.equal('none');
      expect(drawing.querySelector('.static-tick')!.textContent).to.equal('2014');
      window.dispatchEvent(new Event('afterprint'));
      await settled(element);
      expect(shadow(element).querySelector('svg.static-view')).to.equal(null);
    });
  });
});
