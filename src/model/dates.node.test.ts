import { describe, expect, it } from 'vitest';
import { endOf, endsBeforeStart, formatPartialDate, parsePartialDate, parseWindowBound, startOf } from './dates.ts';

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
