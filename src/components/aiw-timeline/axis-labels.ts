/**
 * The axis's labels, the same in both drawings: years as years, months and days in the reader's
 * language. Minor labels sit at each tick; major ones name the year (above month ticks) or the
 * month and year (above day ticks).
 */
import { dateFormat } from '../../model/dates.ts';

/** vis-timeline's scale names; the still drawing uses year, month and day. */
const isDays = (scale: string) => scale === 'day' || scale === 'weekday' || scale === 'week';

export function minorLabel(date: Date, scale: string, lang: string): string {
  return dateFormat(lang, isDays(scale) ? { day: 'numeric' } : scale === 'month' ? { month: 'short' } : { year: 'numeric' }).format(date);
}

export function majorLabel(date: Date, scale: string, lang: string): string {
  if (isDays(scale)) return dateFormat(lang, { year: 'numeric', month: 'long' }).format(date);
  return scale === 'month' ? dateFormat(lang, { year: 'numeric' }).format(date) : '';
}
