/**
 * The pure helpers under the elements: dates at their own precision, text in a language, the
 * questions the elements ask of a dataset, and JSON parsing with a position for a syntax error.
 * `npm test` runs them with TZ=America/Los_Angeles: a date drawn in local time shows as the day before.
 */
import { expect } from '@open-wc/testing';
import { endOf, formatIsoDate, formatPeriod, parseIsoDate, startOf, toPartialDate } from '../src/data/dates.js';
import { localize } from '../src/data/text.js';
import { eventSpan, eventsInTimeOrder, eventsInWindow, levelsInOrder, mostHoldersOnADay, timeExtent } from '../src/data/query.js';
import { parseJson } from '../src/data/json-syntax.js';
import type { Dataset, PolicyEvent } from '../src/data/types.js';

const utc = (year: number, month = 1, day = 1, hour = 0) => Date.UTC(year, month - 1, day, hour);

describe('dates', () => {
  describe('parseIsoDate', () => {
    it('reads a year, a month and a day at their own precision', () => {
      expect(parseIsoDate('2009')).to.deep.equal({ year: 2009, precision: 'year' });
      expect(parseIsoDate('2009-09')).to.deep.equal({ year: 2009, month: 9, precision: 'month' });
      expect(parseIsoDate('2009-09-01')).to.deep.equal({ year: 2009, month: 9, day: 1, precision: 'day' });
    });

    it('accepts leap days of leap years only', () => {
      expect(parseIsoDate('2016-02-29')).to.deep.equal({ year: 2016, month: 2, day: 29, precision: 'day' });
      expect(parseIsoDate('2000-02-29')).to.deep.equal({ year: 2000, month: 2, day: 29, precision: 'day' });
      expect(parseIsoDate('2015-02-29')).to.equal('is not a date (day 29; that month has 28 days)');
      expect(parseIsoDate('1900-02-29')).to.equal('is not a date (day 29; that month has 28 days)');
      expect(parseIsoDate('2016-02-30')).to.equal('is not a date (day 30; that month has 29 days)');
    });

    it('rejects month 13, month 0, day 0 and day 31 of a 30-day month', () => {
      expect(parseIsoDate('2009-13')).to.equal('is not a date (month 13)');
      expect(parseIsoDate('2009-13-01')).to.equal('is not a date (month 13)');
      expect(parseIsoDate('2009-00')).to.equal('is not a date (month 0)');
      expect(parseIsoDate('2009-09-00')).to.equal('is not a date (day 0; that month has 30 days)');
      expect(parseIsoDate('2009-09-31')).to.equal('is not a date (day 31; that month has 30 days)');
      expect(parseIsoDate('2009-12-31')).to.deep.equal({ year: 2009, month: 12, day: 31, precision: 'day' });
    });

    it('rejects anything but YYYY, YYYY-MM and YYYY-MM-DD', () => {
      for (const value of ['', '09', '209', '20090', '2009-9', '2009-09-1', '2009/09/01', ' 2009', '2009 ', '2009-09-01T00:00', '+2009', '2009-W01']) {
        expect(parseIsoDate(value), JSON.stringify(value)).to.equal('is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD');
      }
    });

    it('toPartialDate throws a RangeError that quotes the value', () => {
      expect(toPartialDate('2009-09')).to.deep.equal({ year: 2009, month: 9, precision: 'month' });
      expect(() => toPartialDate('2015-02-29')).to.throw(RangeError, '"2015-02-29" is not a date (day 29; that month has 28 days)');
      expect(() => startOf('2009-13')).to.throw(RangeError, '"2009-13" is not a date (month 13)');
      expect(() => endOf('13')).to.throw(RangeError, 'is not a date of the form');
    });
  });

  describe('startOf and endOf', () => {
    it('give the first instant of the period and the first instant after it, in UTC', () => {
      expect(startOf('2009')).to.equal(utc(2009));
      expect(endOf('2009')).to.equal(utc(2010));
      expect(startOf('2009-09')).to.equal(utc(2009, 9));
      expect(endOf('2009-09')).to.equal(utc(2009, 10));
      expect(endOf('2009-12')).to.equal(utc(2010));
      expect(startOf('2009-09-01')).to.equal(utc(2009, 9, 1));
      expect(endOf('2009-09-01')).to.equal(utc(2009, 9, 2));
      expect(endOf('2009-12-31')).to.equal(utc(2010));
      expect(new Date(startOf('2009-01-01')).toISOString()).to.equal('2009-01-01T00:00:00.000Z');
      // Years before 100 as written, not as 1900-1999; 99 ends in 100.
      expect(new Date(startOf('0050-03')).toISOString()).to.equal('0050-03-01T00:00:00.000Z');
      expect(new Date(endOf('0099')).toISOString()).to.equal('0100-01-01T00:00:00.000Z');
      expect(parseIsoDate('0004-02-29')).to.deep.equal({ year: 4, month: 2, day: 29, precision: 'day' });
    });

    it('know the length of February', () => {
      expect(endOf('2016-02')).to.equal(utc(2016, 3));
      expect(endOf('2016-02-28')).to.equal(utc(2016, 2, 29));
      expect(endOf('2016-02-29')).to.equal(utc(2016, 3, 1));
      expect(endOf('2015-02')).to.equal(utc(2015, 3));
      expect(endOf('2015-02-28')).to.equal(utc(2015, 3, 1));
      expect(endOf('2016-02') - startOf('2016-02')).to.equal(29 * 24 * 3600 * 1000);
      expect(endOf('2015-02') - startOf('2015-02')).to.equal(28 * 24 * 3600 * 1000);
    });
  });

  describe('formatIsoDate', () => {
    const expected: Record<string, Record<string, string>> = {
      en: { '2009': '2009', '2009-09': 'September 2009', '2009-09-01': '1 September 2009', '2009-01-01': '1 January 2009', '2016-02-29': '29 February 2016' },
      nl: { '2009': '2009', '2009-09': 'september 2009', '2009-09-01': '1 september 2009', '2009-01-01': '1 januari 2009', '2016-02-29': '29 februari 2016' },
      fr: { '2009': '2009', '2009-09': 'septembre 2009', '2009-09-01': '1 septembre 2009', '2009-01-01': '1 janvier 2009', '2016-02-29': '29 février 2016' },
      de: { '2009': '2009', '2009-09': 'September 2009', '2009-09-01': '1. September 2009', '2009-01-01': '1. Januar 2009', '2016-02-29': '29. Februar 2016' },
    };
    for (const [lang, dates] of Object.entries(expected)) {
      it(`formats each precision in ${lang}, on the day written whatever the time zone`, () => {
        for (const [date, text] of Object.entries(dates)) {
          expect(formatIsoDate(date, lang), `${date} in ${lang}`).to.equal(text);
        }
      });
    }

    it('never prints a day or a month for a year', () => {
      for (const lang of ['en', 'nl', 'fr', 'de', 'en-GB', 'nl-BE', 'fr-BE', 'de-BE']) {
        const text = formatIsoDate('2009', lang);
        expect(text, lang).to.equal('2009');
        expect(text).not.to.match(/\b(1|01|31|12)\b|jan|d[ée]c|De[cz]/i);
      }
      for (const lang of ['en', 'nl', 'fr', 'de']) {
        expect(formatIsoDate('2009-12', lang), lang).not.to.match(/\b(1|01|31)\b/);
      }
    });
  });

  describe('formatPeriod', () => {
    it('gives one date when there is no end or the end is the start', () => {
      expect(formatPeriod('2009-06', undefined, 'en')).to.equal('June 2009');
      expect(formatPeriod('2009-06', '2009-06', 'en')).to.equal('June 2009');
      expect(formatPeriod('2009', '2009', 'fr')).to.equal('2009');
    });

    it('joins two dates, each at its own precision, with an en dash', () => {
      expect(formatPeriod('2009-06', '2010', 'en')).to.equal('June 2009 – 2010');
      expect(formatPeriod('2009', '2010-03-15', 'fr')).to.equal('2009 – 15 mars 2010');
      expect(formatPeriod('2009-09-01', '2012', 'de')).to.equal('1. September 2009 – 2012');
      expect(formatPeriod('2015-10-19', '2018-01', 'nl')).to.equal('19 oktober 2015 – januari 2018');
      expect(formatPeriod('2009', '2010', 'en')).to.equal('2009 – 2010');
    });
  });
});

describe('localize', () => {
  const care = { en: 'Care trajectory', nl: 'Zorgtraject', 'nl-BE': 'Zorgtraject (BE)', fr: 'Trajet de soins' };

  it('takes the exact language tag', () => {
    expect(localize(care, 'nl-BE', 'en')).to.deep.equal({ value: 'Zorgtraject (BE)', lang: 'nl-BE' });
    expect(localize(care, 'fr', 'en')).to.deep.equal({ value: 'Trajet de soins', lang: 'fr' });
  });

  it('falls back from a regional tag to its primary language (nl-NL -> nl)', () => {
    expect(localize(care, 'nl-NL', 'en')).to.deep.equal({ value: 'Zorgtraject', lang: 'nl' });
    expect(localize(care, 'fr-BE', 'en')).to.deep.equal({ value: 'Trajet de soins', lang: 'fr' });
    expect(localize({ en: 'Care', nl: 'Zorg' }, 'nl-BE', 'en')).to.deep.equal({ value: 'Zorg', lang: 'nl' });
  });

  it('falls back to the dataset language, and says the text is in that language', () => {
    expect(localize(care, 'de', 'en')).to.deep.equal({ value: 'Care trajectory', lang: 'en' });
    expect(localize(care, 'de-BE', 'fr')).to.deep.equal({ value: 'Trajet de soins', lang: 'fr' });
  });

  it('takes any language the text has when neither is there', () => {
    expect(localize({ nl: 'Zorgtraject', de: 'Betreuungspfad' }, 'fr', 'en')).to.deep.equal({ value: 'Zorgtraject', lang: 'nl' });
    expect(localize({ de: 'Betreuungspfad' }, 'fr', 'en')).to.deep.equal({ value: 'Betreuungspfad', lang: 'de' });
  });

  it('gives a plain string with no language, in every language', () => {
    for (const lang of ['en', 'nl-BE', 'xx']) {
      expect(localize('NIHDI', lang, 'en')).to.deep.equal({ value: 'NIHDI', lang: undefined });
    }
  });

  it('gives an empty string with no language for a text with no language at all', () => {
    expect(localize({}, 'en', 'en')).to.deep.equal({ value: '', lang: undefined });
  });
});

describe('queries', () => {
  const event = (id: string, start: string, end?: string): PolicyEvent => ({
    id,
    title: id,
    start,
    ...(end === undefined ? {} : { end }),
    level: 'federal',
    kind: 'policy',
    summary: id,
    sources: ['s1'],
  });
  const order = (events: readonly PolicyEvent[]) => eventsInTimeOrder(events).map((each) => each.id);

  describe('eventSpan', () => {
    it('runs from the start to the instant after the end (or after the start for a point)', () => {
      expect(eventSpan(event('a', '2009-09-01'))).to.deep.equal({ start: utc(2009, 9, 1), end: utc(2009, 9, 2) });
      expect(eventSpan(event('b', '2009', '2012-06'))).to.deep.equal({ start: utc(2009), end: utc(2012, 7) });
    });
  });

  describe('eventsInTimeOrder', () => {
    it('orders by start', () => {
      expect(order([event('c', '2012'), event('a', '2009-09-01'), event('b', '2010-01'), event('d', '2009-08-31')])).to.deep.equal([
        'd',
        'a',
        'b',
        'c',
      ]);
    });

    it('puts the longer first when two start together', () => {
      // All start on 1 January 2009: "2009" lasts the year, "2009-01-01" a day, "2009-01" to "2011" three years.
      expect(order([event('day', '2009-01-01'), event('year', '2009'), event('range', '2009-01', '2011'), event('month', '2009-01')])).to.deep.equal([
        'range',
        'year',
        'month',
        'day',
      ]);
    });

    it('keeps the listed order of events with the same span, and leaves its input alone', () => {
      const listed = [event('p', '2010'), event('q', '2010-01', '2010-12'), event('r', '2010'), event('s', '2009')];
      expect(order(listed)).to.deep.equal(['s', 'p', 'q', 'r']);
      expect(order([...listed].reverse())).to.deep.equal(['s', 'r', 'q', 'p']);
      expect(listed.map((each) => each.id)).to.deep.equal(['p', 'q', 'r', 's']);
      expect(order([])).to.deep.equal([]);
    });

    it('is stable for many events with the same start', () => {
      const many = Array.from({ length: 50 }, (_, index) => event(`e${index}`, '2015'));
      expect(order(many)).to.deep.equal(many.map((each) => each.id));
    });
  });

  describe('eventsInWindow', () => {
    const lastDay = event('last-day-2009', '2009-12-31');
    const newYear = event('new-year-2011', '2011-01-01');
    const year = event('year-2010', '2010');
    const long = event('2008-to-2012', '2008', '2012');
    const all = [lastDay, newYear, year, long];
    const inWindow = (from: number, to: number) => eventsInWindow(all, from, to).map((each) => each.id);

    it('includes the whole of an event’s last day, month or year', () => {
      expect(inWindow(utc(2009, 12, 31, 23), utc(2009, 12, 31, 24))).to.deep.equal(['last-day-2009', '2008-to-2012']);
      expect(inWindow(utc(2010, 12, 31, 23), utc(2010, 12, 31, 24))).to.deep.equal(['year-2010', '2008-to-2012']);
      expect(inWindow(utc(2012, 12, 31), utc(2013))).to.deep.equal(['2008-to-2012']);
    });

    it('excludes an event that ends when the window begins, or begins when it ends', () => {
      expect(inWindow(utc(2010), utc(2011))).to.deep.equal(['year-2010', '2008-to-2012']);
      expect(inWindow(utc(2010), utc(2011) + 1)).to.deep.equal(['new-year-2011', 'year-2010', '2008-to-2012']);
      expect(inWindow(utc(2013), utc(2014))).to.deep.equal([]);
      expect(inWindow(utc(2000), utc(2008))).to.deep.equal([]);
    });

    it('includes an event that covers the whole window, in the listed order', () => {
      expect(inWindow(utc(2010, 6, 1), utc(2010, 6, 2))).to.deep.equal(['year-2010', '2008-to-2012']);
      expect(inWindow(utc(1900), utc(2100))).to.deep.equal(['last-day-2009', 'new-year-2011', 'year-2010', '2008-to-2012']);
    });
  });

  describe('levelsInOrder', () => {
    const dataset = {
      formatVersion: 1,
      id: 'levels',
      title: 'Levels',
      languages: ['en'],
      sources: [],
      levels: [
        { id: 'federal', label: 'Federal' },
        { id: 'interfederal', label: 'Interfederal' },
        { id: 'community', label: 'Community' },
        { id: 'region', label: 'Region' },
      ],
      governments: [],
      ministers: [],
      continuumGroups: [],
      continuum: [],
      competences: [],
      keyPolicies: [],
      events: [],
      figures: [],
    } satisfies Dataset;
    const levelIds = (only?: string[]) => levelsInOrder(dataset, only).map((level) => level.id);

    it('gives every level in the dataset’s order, as a new list', () => {
      expect(levelIds()).to.deep.equal(['federal', 'interfederal', 'community', 'region']);
      expect(levelsInOrder(dataset)).not.to.equal(dataset.levels);
    });

    it('limits to a subset and keeps the dataset’s order, not the subset’s', () => {
      expect(levelIds(['region', 'federal'])).to.deep.equal(['federal', 'region']);
      expect(levelIds(['community', 'no-such-level'])).to.deep.equal(['community']);
      expect(levelIds([])).to.deep.equal([]);
    });
  });

  describe('mostHoldersOnADay', () => {
    const term = (holder: string, from: string, to?: string) => ({ holder, from, ...(to === undefined ? {} : { to }), sources: ['s1'] });
    const withMinisters = (ministers: Dataset['ministers']): Dataset => ({
      formatVersion: 1,
      id: 'ministers',
      title: 'Ministers',
      languages: ['en'],
      sources: [],
      levels: [],
      governments: [],
      ministers,
      continuumGroups: [],
      continuum: [],
      competences: [],
      keyPolicies: [],
      events: [],
      figures: [],
    });

    it('counts the portfolios held on the same day, and both holders of a handover known only to the year', () => {
      const dataset = withMinisters([
        { id: 'health', government: 'a', portfolio: 'Health', terms: [term('Ann', '2010-01-01', '2014-05-31'), term('Bob', '2014-06-01', '2019'), term('Cy', '2019', '2024')] },
        { id: 'welfare', government: 'a', portfolio: 'Welfare', terms: [term('Dee', '2012-03-01')] },
        { id: 'elsewhere', government: 'b', portfolio: 'Health', terms: [term('Eve', '2000-01-01')] },
      ]);
      // In 2019 Bob or Cy held health (the year does not say when they handed over), and Dee welfare.
      expect(mostHoldersOnADay(dataset, 'a')).to.equal(3);
      expect(mostHoldersOnADay(dataset, 'b')).to.equal(1);
      expect(mostHoldersOnADay(dataset, 'c')).to.equal(0);
    });

    it('does not count a term that ends the day before the next one starts as overlapping it', () => {
      const dataset = withMinisters([
        { id: 'health', government: 'a', portfolio: 'Health', terms: [term('Ann', '2010-01-01', '2014-05-31'), term('Bob', '2014-06-01')] },
      ]);
      expect(mostHoldersOnADay(dataset, 'a')).to.equal(1);
    });
  });

  describe('timeExtent', () => {
    it('is undefined without events', () => {
      expect(timeExtent([])).to.equal(undefined);
    });

    it('runs from the earliest start to the end of the latest end', () => {
      expect(timeExtent([event('a', '2009-09-01')])).to.deep.equal({ start: utc(2009, 9, 1), end: utc(2009, 9, 2) });
      expect(timeExtent([event('a', '2009-09-01'), event('b', '2008', '2010-06'), event('c', '2012')])).to.deep.equal({
        start: utc(2008),
        end: utc(2013),
      });
      expect(timeExtent([event('a', '2012-05-01'), event('b', '2010', '2014-03')])).to.deep.equal({ start: utc(2010), end: utc(2014, 4) });
    });
  });
});

describe('fixes found by review', () => {
  it('matches language tags whatever their case, and a region variant for its language', () => {
    expect(localize({ NL: 'Zorg', en: 'Care' }, 'nl', 'en')).to.deep.equal({ value: 'Zorg', lang: 'NL' });
    expect(localize({ 'nl-BE': 'Zorg', en: 'Care' }, 'nl', 'en')).to.deep.equal({ value: 'Zorg', lang: 'nl-BE' });
    expect(localize({ nl: 'Zorg', en: 'Care' }, 'nl-BE', 'en')).to.deep.equal({ value: 'Zorg', lang: 'nl' });
  });

  it('keeps years before 100 as written', () => {
    expect(new Date(startOf('0050')).getUTCFullYear()).to.equal(50);
    expect(new Date(endOf('0099')).getUTCFullYear()).to.equal(100);
    expect(parseIsoDate('0000-02-29')).to.deep.equal({ year: 0, month: 2, day: 29, precision: 'day' });
  });
});

describe('parseJson', () => {
  const problemOf = (text: string): string => {
    const result = parseJson(text);
    if (!('problem' in result)) throw new Error(`expected a problem for ${JSON.stringify(text)}`);
    expect(result.problem.pointer).to.equal('');
    expect(result.problem.message).to.match(/^the file is not valid JSON.*; nothing can be shown\.$/s);
    return result.problem.message;
  };

  it('parses valid JSON', () => {
    expect(parseJson('{"id": "x", "events": [1, 2.5, null, true]}')).to.deep.equal({ value: { id: 'x', events: [1, 2.5, null, true] } });
    expect(parseJson(' null ')).to.deep.equal({ value: null });
    expect(parseJson('"text"')).to.deep.equal({ value: 'text' });
  });

  it('says on which line and column a syntax error is', () => {
    const text = ['{', '  "id": "x",,', '  "title": "y"', '}'].join('\n');
    const message = problemOf(text);
    expect(message).to.include('(line 2, column 13)');
    expect(message).not.to.include('position');
  });

  it('says where a missing comma is', () => {
    const text = ['{', '  "id": "x"', '  "title": "y"', '}'].join('\n');
    expect(problemOf(text)).to.include('(line 3, column 3)');
  });

  it('says where truncated JSON ends', () => {
    expect(problemOf('{"events": [1, 2')).to.include('(line 1, column 17)');
    expect(problemOf('{\n  "events": [\n    {"id": "x"')).to.include('(line 3, column 15)');
  });

  it('reports an empty file at line 1, column 1', () => {
    const message = problemOf('');
    expect(message).to.include('(line 1, column 1): the file ends too early');
  });

  it('says where and what for the mistakes the engine reports without a position', () => {
    expect(problemOf("{\n  \"a\": 'x',\n  \"b\": 2\n}")).to.include(`(line 2, column 8): unexpected "'"`);
    expect(problemOf('{"a": tru}')).to.include('(line 1, column 10): unexpected "}"');
    expect(problemOf('{"a" 1}')).to.include('(line 1, column 6): expected ":", found "1"');
    expect(problemOf('{"a": 1,}')).to.include('(line 1, column 9): expected a name in double quotes');
    expect(problemOf('{"a": "b\nc"}')).to.include('(line 1, column 9): a line break or control character inside a string');
    expect(problemOf('{"a": 1} x')).to.include('(line 1, column 10): unexpected "x"');
  });
});
