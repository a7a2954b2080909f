import { describe, expect, it } from 'vitest';
import {
  comparePartialDates, formatPartialDate as format, datetimeAttribute, endOf, endsBeforeStart, formatDateRange, formatInstant, formatPartialDate, formatYear, isoYear, parsePartialDate,
  parseWindowBound, partialDateProblem, startOf, utc,
} from './dates.ts';

describe('partial dates', () => {
  it('reads a year, a month and a day at their own precision', () => {
    expect(parsePartialDate('1973')).toEqual({ year: 1973, precision: 'year' });
    expect(parsePartialDate('1973-03')).toEqual({ year: 1973, month: 3, precision: 'month' });
    expect(parsePartialDate('1984-08-06')).toEqual({ year: 1984, month: 8, day: 6, precision: 'day' });
  });

  it('refuses dates that are not on the calendar', () => {
    for (const bad of ['1973-13', '1973-00', '1973-02-30', '1900-02-29', '1973-04-31', '73', '1973-3', '1973/03', ' 1973', '']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it('knows leap years', () => {
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(parsePartialDate('2000-02-29')).not.toBeNull();
    expect(parsePartialDate('2023-02-29')).toBeNull();
  });

  it('turns a partial date into the span it covers, in UTC', () => {
    expect(startOf('1973').toISOString()).toBe('1973-01-01T00:00:00.000Z');
    expect(endOf('1973').toISOString()).toBe('1974-01-01T00:00:00.000Z');
    expect(endOf('1973-12').toISOString()).toBe('1974-01-01T00:00:00.000Z');
    expect(endOf('2024-03-19').toISOString()).toBe('2024-03-20T00:00:00.000Z');
  });

  it('says when an end falls before a start', () => {
    expect(endsBeforeStart('1971', '1970')).toBe(true);
    expect(endsBeforeStart('1971', '1971')).toBe(false);
    expect(endsBeforeStart('1976-03', '1976')).toBe(false);
    expect(endsBeforeStart('1984-08-10', '1984-08-06')).toBe(true);
  });

  it('reads window bounds from years or partial dates, and nothing else', () => {
    expect(parseWindowBound('1984', 'start')?.toISOString()).toBe('1984-01-01T00:00:00.000Z');
    expect(parseWindowBound('1984', 'end')?.toISOString()).toBe('1985-01-01T00:00:00.000Z');
    expect(parseWindowBound('-0599', 'start')?.toISOString()).toBe('-000599-01-01T00:00:00.000Z');
    expect(parseWindowBound('abc', 'start')).toBeNull();
    expect(parseWindowBound(undefined, 'start')).toBeNull();
  });

  it('formats a date at its own precision in each language', () => {
    expect(formatPartialDate('1973', 'en')).toBe('1973');
    expect(formatPartialDate('1984-08', 'en')).toBe('August 1984');
    expect(formatPartialDate('2024-03-19', 'en')).toBe('March 19, 2024');
    expect(formatPartialDate('2024-03-19', 'zh')).toBe('2024年3月19日');
    expect(formatPartialDate('1984-08', 'zh')).toBe('1984年8月');
  });
});

describe('partial dates before 1950, before 1 AD and in deep time', () => {
  it('places years 0-99 in their own century, not in the 1900s', () => {
    expect(startOf('0602').toISOString()).toBe('0602-01-01T00:00:00.000Z');
    expect(startOf('0045').toISOString()).toBe('0045-01-01T00:00:00.000Z');
    expect(endOf('0099-12').toISOString()).toBe('0100-01-01T00:00:00.000Z');
    expect(utc(5, 3, 1).getUTCFullYear()).toBe(5);
    expect(startOf('1815-06-18').toISOString()).toBe('1815-06-18T00:00:00.000Z');
  });

  it('reads signed years as astronomical years: 0000 is 1 BCE, -0599 is 600 BCE', () => {
    expect(parsePartialDate('0000')).toEqual({ year: 0, precision: 'year' });
    expect(parsePartialDate('-0599')).toEqual({ year: -599, precision: 'year' });
    expect(parsePartialDate('-0043-03-15')).toEqual({ year: -43, month: 3, day: 15, precision: 'day' });
    expect(parsePartialDate('-010000')).toEqual({ year: -10000, precision: 'year' });
    expect(parsePartialDate('+12345')).toEqual({ year: 12345, precision: 'year' });
    expect(startOf('-0599').toISOString()).toBe('-000599-01-01T00:00:00.000Z');
    expect(endOf('-0001').toISOString()).toBe('0000-01-01T00:00:00.000Z');
  });

  it('refuses a year with a sign but too few digits, a signed zero, or a year of seven digits (out of range)', () => {
    for (const bad of ['-599', '+599', '-0000', '-000000', '-1234567', '--0599', '0599 BC']) expect(parsePartialDate(bad), bad).toBeNull();
    expect(partialDateProblem('-599')).toBe('is not a date');
  });

  it('knows the leap years before 1 AD (1 BCE and 5 BCE were leap years; 101 BCE was not)', () => {
    expect(parsePartialDate('0000-02-29')).not.toBeNull();
    expect(parsePartialDate('-0004-02-29')).not.toBeNull();
    expect(parsePartialDate('-0100-02-29')).toBeNull();
    expect(parsePartialDate('-0400-02-29')).not.toBeNull();
  });

  it('orders dates across 1 AD, the older first', () => {
    const sorted = ['0602', '-0599', '0000', '1973', '-0043-03-15', '-0600', '0001'].sort(comparePartialDates);
    expect(sorted).toEqual(['-0600', '-0599', '-0043-03-15', '0000', '0001', '0602', '1973']);
    expect(endsBeforeStart('-0010', '-0020')).toBe(true);
    expect(endsBeforeStart('-0020', '-0010')).toBe(false);
  });

  it('accepts dates down to the edges of the JavaScript Date range, and names the range beyond them', () => {
    expect(startOf('-271821-04-20').getTime()).toBe(-8.64e15);
    expect(endOf('+275760-09-12').getTime()).toBe(8.64e15);
    expect(parsePartialDate('-271820')).not.toBeNull();
    for (const beyond of ['-271821', '-271821-04-19', '+275760', '+275760-09-13', '-999999', '-13800000000', '+1000000-01-01']) {
      expect(parsePartialDate(beyond), beyond).toBeNull();
      expect(partialDateProblem(beyond), beyond).toBe('is outside the dates a timeline can show ("-271821-04-20" to "+275760-09-12")');
    }
    expect(partialDateProblem('1973-13')).toBe('is not a date');
    expect(partialDateProblem('-0599')).toBeNull();
  });

  it('formats years before 1 AD as BCE in English and 公元前 in Chinese, at every precision', () => {
    expect(formatPartialDate('-0599', 'en')).toBe('600 BCE');
    expect(formatPartialDate('-0599', 'zh')).toBe('公元前600年');
    expect(formatPartialDate('0000', 'en')).toBe('1 BCE');
    expect(formatPartialDate('-0043-03', 'en')).toBe('March 44 BCE');
    expect(formatPartialDate('-0043-03-15', 'en')).toBe('March 15, 44 BCE');
    expect(formatPartialDate('-0043-03-15', 'zh')).toBe('公元前44年3月15日');
    expect(formatPartialDate('-271820', 'en')).toBe('271821 BCE');
  });

  it('formats a span of two dates, and one date alone when they are the same', () => {
    expect(formatDateRange('-0026', '0014', 'en')).toBe('27 BCE – 14 CE');
    expect(formatDateRange('-0026-01-16', '0014-08-19', 'zh')).toBe('公元前27年1月16日 – 公元14年8月19日');
    expect(formatDateRange('-0599', '-0499', 'en')).toBe('600 BCE – 500 BCE');
    expect(formatDateRange('1973', '1973', 'zh')).toBe('1973年');
    expect(formatDateRange('1973', undefined, 'en')).toBe('1973');
  });

  it('keeps years AD plain, even small ones', () => {
    expect(formatPartialDate('0005', 'en')).toBe('5');
    expect(formatPartialDate('0602-07', 'en')).toBe('July 602');
    expect(formatPartialDate('0602', 'zh')).toBe('602年');
    expect(formatPartialDate('+12345', 'en')).toBe('12345');
  });

  it('writes a year as a PartialDate does, and as readers read it', () => {
    expect([1984, 602, 0, -599, -10000, 12345].map(isoYear)).toEqual(['1984', '0602', '0000', '-0599', '-10000', '+12345']);
    for (const y of [1984, 602, 0, -599, -10000, 12345]) expect(parsePartialDate(isoYear(y))?.year).toBe(y);
    expect([1973, 0, -599].map((y) => formatYear(y, 'en'))).toEqual(['1973', '1 BCE', '600 BCE']);
    expect(formatYear(-599, 'zh')).toBe('公元前600年');
  });

  it('formats any instant with BCE years marked, for axis labels', () => {
    expect(formatInstant(startOf('-0599'), 'en', { year: 'numeric' })).toBe('600 BCE');
    expect(formatInstant(startOf('-0599'), 'zh', { year: 'numeric' })).toBe('公元前600年');
    expect(formatInstant(startOf('-0599-05'), 'en', { month: 'short' })).toBe('May');
    expect(formatInstant(startOf('1984'), 'en', { year: 'numeric' })).toBe('1984');
  });
});

describe('partial dates with a time of day (UTC)', () => {
  it('reads hours and minutes, and seconds, at their own precision', () => {
    expect(parsePartialDate('1969-07-20T20:17')).toEqual({ year: 1969, month: 7, day: 20, hour: 20, minute: 17, precision: 'minute' });
    expect(parsePartialDate('1969-07-21T02:56:15')).toEqual({ year: 1969, month: 7, day: 21, hour: 2, minute: 56, second: 15, precision: 'second' });
    expect(parsePartialDate('1969-07-20T20:17Z')?.precision).toBe('minute');
  });

  it('refuses times that are not on the clock, a time without a day, or a time zone other than UTC', () => {
    for (const bad of ['1969-07-20T24:00', '1969-07-20T20:60', '1969-07-20T20:17:60', '1969-07T20:17', '1969-07-20T20', '1969-07-20 20:17', '1969-07-20T20:17+02:00']) {
      expect(parsePartialDate(bad), bad).toBeNull();
    }
  });

  it('covers one minute (or one second), and orders by the time within a day', () => {
    expect(startOf('1969-07-20T20:17').toISOString()).toBe('1969-07-20T20:17:00.000Z');
    expect(endOf('1969-07-20T20:17').toISOString()).toBe('1969-07-20T20:18:00.000Z');
    expect(endOf('1969-07-20T23:59:59').toISOString()).toBe('1969-07-21T00:00:00.000Z');
    expect(['1969-07-21T02:56', '1969-07-20T20:17', '1969-07-20', '1969-07-20T09:00'].sort(comparePartialDates)).toEqual([
      '1969-07-20', '1969-07-20T09:00', '1969-07-20T20:17', '1969-07-21T02:56',
    ]);
    expect(endsBeforeStart('1969-07-20T20:17', '1969-07-20T20:16')).toBe(true);
    expect(endsBeforeStart('1969-07-20T20:17', '1969-07-20')).toBe(false);
  });

  it('formats the time in UTC, saying so, in each language', () => {
    // ICU versions differ on the space before AM/PM (U+202F or U+0020): compare with plain spaces.
    const formatPartialDate = (text: string, lang: string) => format(text, lang).replace(/\s/g, ' ');
    expect(formatPartialDate('1969-07-20T20:17', 'en')).toBe('July 20, 1969 at 8:17 PM UTC');
    expect(formatPartialDate('1969-07-20T20:17', 'zh')).toBe('1969年7月20日 UTC 20:17');
    expect(formatPartialDate('1969-07-21T02:56:15', 'en')).toBe('July 21, 1969 at 2:56:15 AM UTC');
    expect(formatPartialDate('-0043-03-15T11:05', 'en')).toBe('March 15, 44 BCE at 11:05 AM UTC');
  });

  it('gives <time datetime> values HTML accepts, and none before 1 AD', () => {
    expect(datetimeAttribute('1973')).toBe('1973');
    expect(datetimeAttribute('1969-07-20T20:17')).toBe('1969-07-20T20:17Z');
    expect(datetimeAttribute('+12345-01')).toBe('12345-01');
    expect(datetimeAttribute('-0599')).toBeUndefined();
    expect(datetimeAttribute('0000')).toBeUndefined();
  });
});
