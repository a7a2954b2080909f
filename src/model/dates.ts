/**
 * Partial dates: "1973", "1973-03" or "1973-03-15". History is rarely known to the day,
 * so every date in the dataset says how precise it is, and the model turns it into the
 * span of time it covers (a year-only date covers the whole year).
 */

export type Precision = 'year' | 'month' | 'day';

export interface ParsedDate {
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
  precision: Precision;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a PartialDate string; returns null for anything that is not a real calendar date. */
export function parsePartialDate(text: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== null;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A UTC date that also works for years 0-99 (Date.UTC maps those to 1900-1999). */
export function utc(year: number, month = 1, day = 1): Date {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year >= 0 && year < 100) d.setUTCFullYear(d.getUTCFullYear() - 1900);
  return d;
}

/** The first instant a partial date covers. */
export function startOf(text: string): Date {
  const p = mustParse(text);
  return utc(p.year, p.month ?? 1, p.day ?? 1);
}

/** The first instant after a partial date's span ("1973" ends at 1974-01-01). */
export function endOf(text: string): Date {
  const p = mustParse(text);
  if (p.precision === 'year') return utc(p.year + 1, 1, 1);
  if (p.precision === 'month') return utc(p.year, (p.month ?? 1) + 1, 1);
  return utc(p.year, p.month ?? 1, (p.day ?? 1) + 1);
}

/** Compares two partial dates by the instant they start. */
export function comparePartialDates(a: string, b: string): number {
  return startOf(a).getTime() - startOf(b).getTime();
}

/** True when `end` is earlier than `start` (a year-only end in the start's year is fine). */
export function endsBeforeStart(start: string, end: string): boolean {
  return endOf(end).getTime() <= startOf(start).getTime();
}

/**
 * Reads a window bound as people type it in a URL or an attribute: a year ("1984")
 * or a PartialDate. Returns null when it is neither.
 */
export function parseWindowBound(text: string | null | undefined, edge: 'start' | 'end'): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!isPartialDate(trimmed)) return null;
  return edge === 'start' ? startOf(trimmed) : endOf(trimmed);
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.DateTimeFormat in UTC (creating one costs far more than using it). */
export function dateFormat(lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang} ${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });
    formats.set(key, f);
  }
  return f;
}

const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** The partial date, formatted for a language at its own precision. */
export function formatPartialDate(text: string, lang: string): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  return dateFormat(lang, PRECISION_OPTIONS[p.precision]).format(utc(p.year, p.month ?? 1, p.day ?? 1));
}

function mustParse(text: string): ParsedDate {
  const p = parsePartialDate(text);
  if (!p) throw new RangeError(`"${text}" is not a date`);
  return p;
}
