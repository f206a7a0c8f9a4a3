/* global window, document */
// The baseline page's script: plain vis-timeline as its README shows it, the standalone build (vis-data
// and moment bundled in, its CSS injected by itself), fed the same events as <policy-timeline>: one
// group per level, a point for an event without `end`, a range for one with, the English title as
// content. No start/end in the constructor (quadratic in the items); vis-timeline fits the window.
import { DataSet, Timeline } from 'vis-timeline/standalone';

const container = document.getElementById('timeline');
const dataset = await (await fetch(container.dataset.src)).json();

/** @param {string | Record<string, string>} text */
const english = (text) => (typeof text === 'string' ? text : (text.en ?? Object.values(text)[0]));

/** A date at any precision, as the element reads it: its first day, or (`end`) the day after its last, in UTC. */
function instant(date, edge) {
  const [year, month = 1, day = 1] = date.split('-').map(Number);
  if (edge === 'start') return new Date(Date.UTC(year, month - 1, day));
  const parts = date.split('-').length;
  return new Date(parts === 3 ? Date.UTC(year, month - 1, day + 1) : parts === 2 ? Date.UTC(year, month, 1) : Date.UTC(year + 1, 0, 1));
}

const groups = new DataSet(dataset.levels.map((level, order) => ({ id: level.id, content: english(level.label), order })));
const items = new DataSet(
  dataset.events.map((event) => ({
    id: event.id,
    group: event.level,
    content: english(event.title),
    start: instant(event.start, 'start'),
    ...(event.end ? { end: instant(event.end, 'end'), type: 'range' } : { type: 'point' }),
  })),
);
// The probe (scripts/bench/probe.js) zooms and pans through it.
window.timeline = new Timeline(container, items, groups);
