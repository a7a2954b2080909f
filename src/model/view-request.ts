/**
 * What a page asks the timeline to show, read from what it gives (attributes, properties, URL
 * parameters): an era, a window, a selected item. Whatever cannot be used is left out and
 * described in `problems`, one line each, so the rest still applies.
 */
import { parseWindowBound } from './dates.ts';
import { problemText, quoteValue } from './problem-text.ts';
import type { Lang } from './schema.ts';
import type { TimeWindow } from './time-window.ts';

export { quoteValue };

/** A window bound as a page gives it: a Date, or a year or date as text ("1984", "1984-08"). */
export type WindowBound = Date | string | null | undefined;

/** The line for an era id the dataset does not have. */
export const notAnEra = (id: string) => `era ${quoteValue(id)} is not an era in the dataset`;
/** The line for a selection the dataset does not have. */
export const notAnItem = (id: string) => `selected ${quoteValue(id)} is not an event or a quote in the dataset`;

const DECADE = 10 * 365.25 * 86_400_000;

/**
 * Reads a window from its two bounds (it needs no dataset). Text is read as partial dates: the
 * start of `from`, the end of `to`. One bound alone keeps a ten-year window from it.
 */
export function resolveWindow(from: WindowBound, to: WindowBound, lang: Lang = 'en'): { window?: TimeWindow; problems: string[] } {
  const t = problemText(lang);
  const problems: string[] = [];
  const start = bound(from, 'start');
  const end = bound(to, 'end');
  if (typeof from === 'string' && from && !start) problems.push(t.notYearOrDate('from', from));
  if (typeof to === 'string' && to && !end) problems.push(t.notYearOrDate('to', to));
  if (from instanceof Date && !start) problems.push(t.notYearOrDate('from', String(from)));
  if (to instanceof Date && !end) problems.push(t.notYearOrDate('to', String(to)));
  if (start && end && end.getTime() <= start.getTime()) {
    problems.push(t.windowBackwards(text(from), text(to)));
    return { problems };
  }
  if (start && end) return { window: { from: start, to: end }, problems };
  if (start) return { window: { from: start, to: new Date(start.getTime() + DECADE) }, problems };
  if (end) return { window: { from: new Date(end.getTime() - DECADE), to: end }, problems };
  return { problems };
}

function bound(value: WindowBound, edge: 'start' | 'end'): Date | null {
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value : null;
  return parseWindowBound(value, edge);
}

function text(value: WindowBound): string {
  return value instanceof Date ? value.toISOString().replace(/T.*/, '') : (value ?? '');
}
