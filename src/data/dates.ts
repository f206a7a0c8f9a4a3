import type { IsoDate } from './types.js';

export type DatePrecision = 'year' | 'month' | 'day';

/** A calendar date known to a year, a month or a day. Months are 1-12. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** `Date.UTC` with years 0-99 taken as written (Date.UTC reads them as 1900-1999). */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(Date.UTC(2000, monthIndex, day));
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

/**
 * Reads an ISO 8601 calendar date at its own precision. Returns a sentence saying what is wrong
 * instead when the string is not such a date.
 */
export function parseIsoDate(value: string): PartialDate | string {
  const match = ISO_DATE.exec(value);
  if (!match) return 'is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD';
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `is not a date (month ${month})`;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) return `is not a date (day ${day}; that month has ${lastDay} days)`;
  return { year, month, day, precision: 'day' };
}

/** Like {@link parseIsoDate} for dates the validator has already accepted. */
export function toPartialDate(value: IsoDate): PartialDate {
  const parsed = parseIsoDate(value);
  if (typeof parsed === 'string') throw new RangeError(`"${value}" ${parsed}`);
  return parsed;
}

/**
 * Instants already computed, by date string. Queries such as "who holds what on a date" test every
 * record's dates on every call; parsing each anew (a RegExp and two Date objects) was most of their
 * cost. A dataset names few distinct dates, so the caches stay small.
 */
const starts = new Map<IsoDate, number>();
const ends = new Map<IsoDate, number>();

/** The first instant of the period the date names, in UTC milliseconds. */
export function startOf(date: IsoDate): number {
  let instant = starts.get(date);
  if (instant === undefined) {
    const { year, month = 1, day = 1 } = toPartialDate(date);
    instant = utc(year, month - 1, day);
    starts.set(date, instant);
  }
  return instant;
}

/** The first instant after the period the date names (dates are inclusive), in UTC milliseconds. */
export function endOf(date: IsoDate): number {
  let instant = ends.get(date);
  if (instant === undefined) {
    instant = periodEnd(toPartialDate(date));
    ends.set(date, instant);
  }
  return instant;
}

function periodEnd({ year, month = 1, day = 1, precision }: PartialDate): number {
  if (precision === 'year') return utc(year + 1, 0, 1);
  if (precision === 'month') return utc(year, month, 1);
  return utc(year, month - 1, day + 1);
}

const formatOptions: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};

/**
 * The locale that formats dates for a language. Plain English is written for a European policy
 * audience, day before month ("1 September 2009"); a regional tag such as `en-US` is kept.
 */
export function dateLocale(lang: string): string {
  return lang.toLowerCase() === 'en' ? 'en-GB' : lang;
}

/** Formats a date at its own precision in a language: "2009", "September 2009", "1 September 2009". */
export function formatIsoDate(date: IsoDate, lang: string): string {
  const { precision } = toPartialDate(date);
  return dateFormat(dateLocale(lang), precision).format(startOf(date));
}

/** One formatter per locale and precision: making an Intl.DateTimeFormat costs far more than using one. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, formatOptions[precision]);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a period: one date, or two joined by an en dash ("June 2009 – 2010"). */
export function formatPeriod(start: IsoDate, end: IsoDate | undefined, lang: string): string {
  if (end === undefined || end === start) return formatIsoDate(start, lang);
  return `${formatIsoDate(start, lang)} – ${formatIsoDate(end, lang)}`;
}
