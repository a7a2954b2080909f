/**
 * The axis's labels, the same in both drawings: years as years, months and days in the reader's
 * language. Minor labels sit at each tick; major ones name the year (above month ticks) or the
 * month and year (above day ticks).
 */
import { formatInstant } from '../../model/dates.ts';

/** vis-timeline's scale names; the still drawing uses year, month and day. */
const isDays = (scale: string) => scale === 'day' || scale === 'weekday' || scale === 'week';

export function minorLabel(date: Date, scale: string, lang: string): string {
  return formatInstant(date, lang, isDays(scale) ? { day: 'numeric' } : scale === 'month' ? { month: 'short' } : { year: 'numeric' });
}

/** Years before 1 AD are marked ("600 BCE", "公元前600年"). */
export function majorLabel(date: Date, scale: string, lang: string): string {
  if (isDays(scale)) return formatInstant(date, lang, { year: 'numeric', month: 'long' });
  return scale === 'month' ? formatInstant(date, lang, { year: 'numeric' }) : '';
}
