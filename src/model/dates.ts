/**
 * Partial dates: "1973", "1973-03", "1973-03-15", and with a time of day (UTC)
 * "1969-07-20T20:17" or "1969-07-20T20:17:40". History is rarely known to the day, so every
 * date in the dataset says how precise it is, and the model turns it into the span of time it
 * covers (a year-only date covers the whole year).
 *
 * Years are ISO 8601 years: four digits for 0000-9999, or a sign and four to six digits
 * (expanded years) beyond them. They are astronomical years in the proleptic Gregorian calendar
 * (the one JavaScript's Date and TimelineJS use): "0000" is 1 BCE, "-0599" is 600 BCE.
 * A date must fall inside the range of JavaScript's Date (-271821-04-20 to +275760-09-13):
 * the timeline cannot place anything outside it.
 */

export type Precision = 'year' | 'month' | 'day' | 'minute' | 'second';

export interface ParsedDate {
  /** The astronomical year: 0 is 1 BCE, -599 is 600 BCE. */
  year: number;
  month?: number; // 1-12
  day?: number; // 1-31
  hour?: number; // 0-23, UTC
  minute?: number; // 0-59
  second?: number; // 0-59
  precision: Precision;
}

/** The written form, for the JSON Schema (ECMA-262 dialect); the calendar and the range are checked in code. */
export const PARTIAL_DATE_PATTERN = '^(\\d{4}|[+-]\\d{4,6})(-\\d{2}(-\\d{2}(T\\d{2}:\\d{2}(:\\d{2})?Z?)?)?)?$';
// More digits than six parse, to be named as out of range rather than as not a date.
const PARTIAL_DATE = /^(\d{4}|[+-]\d{4,})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?Z?)?)?)?$/;

/** The first and last instants a Date can hold (±100,000,000 days from 1970). */
export const EARLIEST_INSTANT = -8.64e15;
export const LATEST_INSTANT = 8.64e15;

/** The problem with a text as a PartialDate, as the end of a line ("is not a date"), or null when it is one. */
export function partialDateProblem(text: string): string | null {
  const p = parseShape(text);
  if (!p) return 'is not a date';
  if (!Number.isFinite(instantOf(p)) || !Number.isFinite(endInstantOf(p))) {
    return 'is outside the dates a timeline can show ("-271821-04-20" to "+275760-09-12")';
  }
  return null;
}

/** Parses a PartialDate string; returns null for anything that is not a real calendar date inside Date's range. */
export function parsePartialDate(text: string): ParsedDate | null {
  const p = parseShape(text);
  return p && Number.isFinite(instantOf(p)) && Number.isFinite(endInstantOf(p)) ? p : null;
}

export function isPartialDate(text: unknown): text is string {
  return typeof text === 'string' && parsePartialDate(text) !== null;
}

export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * A UTC instant for any year, 0-99 and before 1 AD included (Date.UTC maps 0-99 to 1900-1999).
 * Months, days, hours and minutes past their ends roll over; outside Date's range it is an
 * Invalid Date.
 */
export function utc(year: number, month = 1, day = 1, hour = 0, minute = 0, second = 0): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d;
}

/** The first instant a partial date covers. */
export function startOf(text: string): Date {
  return new Date(instantOf(mustParse(text)));
}

/** The first instant after a partial date's span ("1973" ends at 1974-01-01, "…T20:17" a minute later). */
export function endOf(text: string): Date {
  return new Date(endInstantOf(mustParse(text)));
}

/** Compares two partial dates by the instant they start. */
export function comparePartialDates(a: string, b: string): number {
  return startOf(a).getTime() - startOf(b).getTime();
}

/** True when `end` is earlier than `start` (a year-only end in the start's year is fine). */
export function endsBeforeStart(start: string, end: string): boolean {
  return endOf(end).getTime() <= startOf(start).getTime();
}

/** A year as a PartialDate writes it: "1984", "0602", "0000", "-0599", "+12345". */
export function isoYear(year: number): string {
  if (year >= 0 && year <= 9999) return String(year).padStart(4, '0');
  return `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(4, '0')}`;
}

/**
 * Reads a window bound as people type it in a URL or an attribute: a year ("1984", "-0599")
 * or a PartialDate. Returns null when it is neither.
 */
export function parseWindowBound(text: string | null | undefined, edge: 'start' | 'end'): Date | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (!isPartialDate(trimmed)) return null;
  return edge === 'start' ? startOf(trimmed) : endOf(trimmed);
}

/**
 * The value of a `<time datetime>` attribute for a partial date, or undefined when HTML has
 * none (HTML's dates start at year 1 and carry no precision finer than a day without a zone).
 */
export function datetimeAttribute(text: string): string | undefined {
  const p = parsePartialDate(text);
  if (!p || p.year < 1) return undefined;
  const date = text.replace(/^\+/, '').replace(/Z$/, '');
  return p.precision === 'minute' || p.precision === 'second' ? `${date}Z` : date;
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

/**
 * An instant formatted as `dateFormat(lang, options).format(date)` does, except that a year
 * before 1 AD is marked: "600 BCE", "March 15, 44 BCE", "公元前600年", "公元前44年3月15日".
 * Years AD stay plain ("5", "1973") unless `era` is asked for ("14 CE", "公元14年").
 * For axis labels and any view that formats a Date.
 */
export function formatInstant(date: Date, lang: string, options: Intl.DateTimeFormatOptions): string {
  const bce = Boolean(options.year) && date.getUTCFullYear() <= 0;
  if (!bce && !options.era) return dateFormat(lang, options).format(date);
  // Intl writes the era year ("600" for -599); the era itself, asked for, goes where the
  // language puts it ("600 BC", "公元前600年"). English readers get the neutral BCE and CE.
  return dateFormat(lang, bce ? { ...options, era: 'short' } : options)
    .formatToParts(date)
    .map((part) => (part.type === 'era' ? (ERA_NAMES[part.value] ?? part.value) : part.value))
    .join('');
}

const ERA_NAMES: Record<string, string> = { BC: 'BCE', AD: 'CE' };

/** A year number as readers read it: 1973 → "1973", 0 → "1 BCE", -599 → "600 BCE" (zh "公元前600年"). */
export function formatYear(year: number, lang: string): string {
  if (year > 0) return String(year);
  return lang.startsWith('zh') ? `公元前${1 - year}年` : `${1 - year} BCE`;
}

const TIME = { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' } as const;
const PRECISION_OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  minute: { year: 'numeric', month: 'long', day: 'numeric', ...TIME },
  second: { year: 'numeric', month: 'long', day: 'numeric', ...TIME, second: '2-digit' },
};

/**
 * The partial date, formatted for a language at its own precision: "1973", "August 1984",
 * "July 20, 1969 at 8:17 PM UTC", "600 BCE", "公元前44年3月15日", "1969年7月20日 UTC 20:17".
 */
export function formatPartialDate(text: string, lang: string): string {
  return formatAt(text, lang, {});
}

/**
 * A date, or a span of two, as readers read it: "1971 – September 1976" (an end equal to the
 * start is left out). A span that crosses 1 AD marks its end's era: "27 BCE – 14 CE".
 */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  const from = formatPartialDate(start, lang);
  if (!end || end === start) return from;
  const crosses = (parsePartialDate(start)?.year ?? 1) <= 0 && (parsePartialDate(end)?.year ?? 0) > 0;
  return `${from} – ${formatAt(end, lang, crosses ? { era: 'short' } : {})}`;
}

function formatAt(text: string, lang: string, extra: Intl.DateTimeFormatOptions): string {
  const p = parsePartialDate(text);
  if (!p) return text;
  return formatInstant(new Date(instantOf(p)), lang, { ...PRECISION_OPTIONS[p.precision], ...extra });
}

function parseShape(text: string): ParsedDate | null {
  const m = PARTIAL_DATE.exec(text);
  if (!m) return null;
  // "-0000" is not a year (ISO 8601 and ECMAScript agree); 0000 is written without a sign.
  if (/^-0+$/.test(m[1])) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return { year, month, day, precision: 'day' };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59) return null;
  if (m[6] === undefined) return { year, month, day, hour, minute, precision: 'minute' };
  const second = Number(m[6]);
  if (second > 59) return null;
  return { year, month, day, hour, minute, second, precision: 'second' };
}

function instantOf(p: ParsedDate): number {
  return utc(p.year, p.month ?? 1, p.day ?? 1, p.hour ?? 0, p.minute ?? 0, p.second ?? 0).getTime();
}

function endInstantOf(p: ParsedDate): number {
  const { year, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = p;
  switch (p.precision) {
    case 'year':
      return utc(year + 1).getTime();
    case 'month':
      return utc(year, month + 1).getTime();
    case 'day':
      return utc(year, month, day + 1).getTime();
    case 'minute':
      return utc(year, month, day, hour, minute + 1).getTime();
    case 'second':
      return utc(year, month, day, hour, minute, second + 1).getTime();
  }
}

function mustParse(text: string): ParsedDate {
  const p = parsePartialDate(text);
  if (!p) throw new RangeError(`"${text}" is not a date`);
  return p;
}
