/** Questions the elements ask of a checked dataset. Pure functions, no DOM. */
import { endOf, startOf } from './dates.js';
import { localize, type LocalizedText } from './text.js';
import type { Competence, CompetenceRole, Dataset, IsoDate, Level, Minister, MinisterTerm, PolicyEvent, Text } from './types.js';

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

/** A period (`from`/`to`, both inclusive and optional) covers an instant. */
export function covers(period: { from?: IsoDate; to?: IsoDate }, instant: number): boolean {
  return (period.from === undefined || startOf(period.from) <= instant) && (period.to === undefined || instant < endOf(period.to));
}

/** Who holds which part on a date (any precision: the state on its first day). */
export function competencesOn(dataset: Dataset, date: IsoDate): Competence[] {
  const instant = startOf(date);
  return dataset.competences.filter((competence) => covers(competence, instant));
}

/**
 * Whether a period covers an instant for certain, or only possibly: a boundary known to the year or
 * month ("from 2019") may fall before or after an instant inside that year or month.
 */
export type Presence = 'certain' | 'possible';

export function presence(period: { from?: IsoDate; to?: IsoDate }, instant: number): Presence | null {
  if (!covers(period, instant)) return null;
  const vagueStart = period.from !== undefined && period.from.length < 10 && instant < endOf(period.from);
  const vagueEnd = period.to !== undefined && period.to.length < 10 && instant >= startOf(period.to);
  return vagueStart || vagueEnd ? 'possible' : 'certain';
}

export interface HolderOnDate {
  term: MinisterTerm;
  presence: Presence;
}

/** A health portfolio on a date and who may hold it: one person, or the candidates of a handover. */
export interface PortfolioOnDate {
  minister: Minister;
  holders: HolderOnDate[];
}

/** The health portfolios with a holder (certain or possible) on a date, optionally for some governments. */
export function portfoliosOn(dataset: Dataset, date: IsoDate, governments?: ReadonlySet<string>): PortfolioOnDate[] {
  const instant = startOf(date);
  return dataset.ministers.flatMap((minister) => {
    if (governments && !governments.has(minister.government)) return [];
    const holders = minister.terms.flatMap((term) => {
      const found = presence(term, instant);
      return found ? [{ term, presence: found }] : [];
    });
    return holders.length > 0 ? [{ minister, holders }] : [];
  });
}

/**
 * The most holders a government's health portfolios list on any one day (a handover with an unknown
 * day lists both): the room to keep for them, so that what shows them does not move as the date changes.
 */
export function mostHoldersOnADay(dataset: Dataset, government: string): number {
  const boundaries = dataset.ministers
    .filter((minister) => minister.government === government)
    .flatMap((minister) => minister.terms)
    .flatMap((term): [number, number][] => [
      [startOf(term.from), 1],
      [term.to === undefined ? Infinity : endOf(term.to), -1],
    ]);
  // A term ending at the instant another starts does not overlap it: ends first.
  boundaries.sort(([at, change], [otherAt, otherChange]) => at - otherAt || change - otherChange);
  let holders = 0;
  let most = 0;
  for (const [, change] of boundaries) {
    holders += change;
    most = Math.max(most, holders);
  }
  return most;
}

/**
 * How many health ministers there were on a date: distinct people certainly in office, and at most
 * that many plus one for each portfolio whose holder on that date the data cannot tell (a portfolio
 * has one holder at a time).
 */
export function ministerCountOn(dataset: Dataset, date: IsoDate, governments?: ReadonlySet<string>): { least: number; most: number } {
  const portfolios = portfoliosOn(dataset, date, governments);
  const certain = new Set(
    portfolios.flatMap(({ holders }) => holders.filter((holder) => holder.presence === 'certain').map((holder) => holder.term.holder)),
  );
  const unknown = portfolios.filter(
    ({ holders }) => !holders.some((holder) => holder.presence === 'certain' || certain.has(holder.term.holder)),
  ).length;
  return { least: certain.size, most: certain.size + unknown };
}

/** The ISO day after a date's period ends: when a competence that ends on `to` stops. */
export function dayAfter(date: IsoDate): IsoDate {
  return new Date(endOf(date)).toISOString().slice(0, 10);
}

/** The ISO day before the first day of a date's period. */
export function dayBefore(date: IsoDate): IsoDate {
  return new Date(startOf(date) - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** The dates at which who-holds-what changes, in order (the first days of the new state). */
export function competenceChangeDates(dataset: Dataset): IsoDate[] {
  const dates = new Map<number, IsoDate>();
  for (const competence of dataset.competences) {
    if (competence.from !== undefined) dates.set(startOf(competence.from), competence.from);
    if (competence.to !== undefined) dates.set(endOf(competence.to), dayAfter(competence.to));
  }
  return [...dates.entries()].sort(([a], [b]) => a - b).map(([, date]) => date);
}

/** The latest date the competences and ministers mention: the map's default "now". */
export function latestDate(dataset: Dataset): IsoDate | undefined {
  const dates = [
    ...dataset.competences.flatMap((competence) => [competence.from, competence.to]),
    ...dataset.ministers.flatMap((minister) => minister.terms.flatMap((term) => [term.from, term.to])),
  ].filter((date): date is IsoDate => date !== undefined);
  if (dates.length === 0) return undefined;
  return dates.reduce((latest, date) => (startOf(date) > startOf(latest) ? date : latest));
}

export interface CompetenceChange {
  part: string;
  government: string;
  before: CompetenceRole | null;
  after: CompetenceRole | null;
}

/** What changed between two dates: every part and government whose role differs. */
export function competenceChanges(dataset: Dataset, from: IsoDate, to: IsoDate): CompetenceChange[] {
  const roleMap = (date: IsoDate) =>
    new Map(competencesOn(dataset, date).map((competence) => [`${competence.part} ${competence.government}`, competence.role]));
  const before = roleMap(from);
  const after = roleMap(to);
  const changes: CompetenceChange[] = [];
  for (const part of dataset.continuum) {
    for (const government of dataset.governments) {
      const key = `${part.id} ${government.id}`;
      const [was, is] = [before.get(key) ?? null, after.get(key) ?? null];
      if (was !== is) changes.push({ part: part.id, government: government.id, before: was, after: is });
    }
  }
  return changes;
}
