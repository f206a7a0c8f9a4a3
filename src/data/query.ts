/** Questions the elements ask of a checked dataset. Pure functions, no DOM. */
import { endOf, startOf } from './dates.js';
import { localize, type LocalizedText } from './text.js';
import type { Dataset, Level, PolicyEvent, Text } from './types.js';

/** A dataset's text in `lang`, falling back to the dataset's first language. */
export function textIn(dataset: Dataset, text: Text, lang: string): LocalizedText {
  return localize(text, lang, dataset.languages[0] ?? 'en');
}

/** The instant an event begins and the instant after it ends (a point ends with its own date). */
export function eventSpan(event: PolicyEvent): { start: number; end: number } {
  return { start: startOf(event.start), end: endOf(event.end ?? event.start) };
}

/** Events in time order: by start, then longer first, then as listed. */
export function eventsInTimeOrder(events: readonly PolicyEvent[]): PolicyEvent[] {
  return events
    .map((event, index) => ({ event, index, span: eventSpan(event) }))
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index)
    .map(({ event }) => event);
}

/** Events that overlap the window [from, to) given in UTC milliseconds. */
export function eventsInWindow(events: readonly PolicyEvent[], from: number, to: number): PolicyEvent[] {
  return events.filter((event) => {
    const span = eventSpan(event);
    return span.start < to && span.end > from;
  });
}

/** The dataset's levels in their order, limited to `only` (ids) when given. */
export function levelsInOrder(dataset: Dataset, only?: readonly string[]): Level[] {
  return only ? dataset.levels.filter((level) => only.includes(level.id)) : [...dataset.levels];
}

/** The earliest start and the latest end of the events, or `undefined` when there are none. */
export function timeExtent(events: readonly PolicyEvent[]): { start: number; end: number } | undefined {
  if (events.length === 0) return undefined;
  const spans = events.map(eventSpan);
  return {
    start: Math.min(...spans.map((span) => span.start)),
    end: Math.max(...spans.map((span) => span.end)),
  };
}

/** Looks records up by id. */
export function byId<T extends { id: string }>(records: readonly T[]): Map<string, T> {
  return new Map(records.map((record) => [record.id, record]));
}
