import { expect, fixture } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import type { PolicyTimeline } from '../src/policy-timeline/policy-timeline.js';
import type { DataLoadEvent } from '../src/shared/events.js';
import '../src/policy-timeline/define.js';

/**
 * Fails the current test when anything throws uncaught or rejects unhandled while it runs:
 * the components must report bad input, never crash on it.
 */
export function failOnUncaughtErrors(): void {
  const caught: string[] = [];
  const onError = (event: ErrorEvent) => caught.push(`uncaught: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => caught.push(`unhandled rejection: ${String(event.reason)}`);
  beforeEach(() => {
    caught.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    if (caught.length > 0) throw new Error(caught.join('\n'));
  });
}

export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Whether a timeline still shows its static first paint while vis-timeline loads and draws. */
function drawingChart(element: PolicyTimeline): boolean {
  const chart = element.shadowRoot?.querySelector('.chart.is-static:not([hidden])');
  const container = chart?.querySelector<HTMLElement>('.timeline:not([hidden])');
  return Boolean(container && container.clientWidth > 0 && !element.presentation);
}

/**
 * Waits until the element and vis-timeline are at rest: vis-timeline loads on first use and draws on
 * animation frames, and a redraw can update the element again (a zoom past the labelling threshold).
 */
export async function settled(element: PolicyTimeline): Promise<void> {
  for (let round = 0; round < 200; round += 1) {
    await element.updateComplete;
    await nextFrame();
    await nextFrame();
    if (!element.isUpdatePending && !drawingChart(element)) return;
  }
  throw new Error('the element kept updating for 400 frames');
}

/** Renders a timeline and waits for its data and its first drawing. */
export async function renderTimeline(template: TemplateResult): Promise<{ element: PolicyTimeline; load: DataLoadEvent }> {
  // Listen on a wrapper, attached before the element connects: a fast load must not be missed.
  let resolveLoad: (event: DataLoadEvent) => void = () => {};
  const loaded = new Promise<DataLoadEvent>((resolve) => (resolveLoad = resolve));
  const wrapper = await fixture<HTMLElement>(html`<div @data-load=${(event: DataLoadEvent) => resolveLoad(event)}>${template}</div>`);
  const element = wrapper.querySelector('policy-timeline')!;
  const load = await loaded;
  await settled(element);
  return { element, load };
}

export const shadow = (element: Element) => element.shadowRoot!;
export const items = (element: Element) => [...shadow(element).querySelectorAll<HTMLElement>('.vis-item.pa-event:not(.vis-dot)')];
export const laneLabels = (element: Element) =>
  [...shadow(element).querySelectorAll<HTMLElement>('.pa-lane-label')].map((label) => label.textContent?.trim());

/** Ids of the events whose marks are inside the visible chart area. */
export function visibleIds(element: Element): string[] {
  const center = shadow(element).querySelector('.vis-center');
  if (!center) return [];
  const area = center.getBoundingClientRect();
  return items(element)
    .filter((item) => {
      const box = item.getBoundingClientRect();
      return box.right > area.left && box.left < area.right;
    })
    .map((item) => item.dataset.id!);
}

/** The rendered vis item of an event. */
export function itemFor(element: Element, id: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(`.vis-item[data-id="${id}"]:not(.vis-dot)`);
  if (!found) throw new Error(`no item for event "${id}"`);
  return found;
}

export const centerOf = (element: Element) => {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
};

/** Where the static first paint put each mark, and where the chart then draws the marks it shows. */
export async function marksOnSwap(element: PolicyTimeline) {
  let drawing: SVGSVGElement | null = null;
  for (let frame = 0; frame < 300 && !drawing; frame += 1) {
    await nextFrame();
    drawing = shadow(element).querySelector<SVGSVGElement>('.chart.is-static .static-view');
  }
  expect(drawing, 'the static first paint').not.to.equal(null);
  const painted = new Map(
    [...drawing!.querySelectorAll<SVGGElement>('.static-item')].map((mark) => [mark.dataset.id!, centerOf(mark.querySelector('.static-shape, .static-range')!)]),
  );
  await settled(element);
  const drawn = items(element);
  const compared = drawn.filter((item) => painted.has(item.dataset.id!));
  const moved = compared.flatMap((item) => {
    const before = painted.get(item.dataset.id!)!;
    const after = centerOf(item.querySelector('.vis-dot') ?? item);
    return Math.abs(before.x - after.x) > 4 || Math.abs(before.y - after.y) > 4 ? [`${item.dataset.id}: ${JSON.stringify(before)} -> ${JSON.stringify(after)}`] : [];
  });
  return { painted: painted.size, drawn: drawn.length, compared: compared.length, moved: moved.join('\n') };
}

/** The tooltip a reader gets over the label of an event's mark, hovered with the real mouse. */
export async function tooltipOf(element: Element, id: string): Promise<string | null> {
  const label = itemFor(element, id).querySelector('.pa-label')!;
  const box = label.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(box.left + Math.min(box.width / 2, 8)), Math.round(box.top + box.height / 2)] });
  return label.getAttribute('title');
}
