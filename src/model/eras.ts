/**
 * Eras as the views list them: in order, the one a date falls in, the years they span. Pure,
 * so it is tested in node.
 */
import { endOf, formatYear, startOf } from './dates.ts';
import type { Dataset, Era } from './schema.ts';

/** A dataset's eras from the earliest. */
export function erasInOrder(data: Dataset | null): Era[] {
  return data ? [...data.eras].sort((a, b) => startOf(a.start).getTime() - startOf(b.start).getTime()) : [];
}

/** The era that a partial date falls in, if any. */
export function eraAt(eras: readonly Era[], date: string): Era | undefined {
  const t = startOf(date).getTime();
  return eras.find((e) => startOf(e.start).getTime() <= t && t < endOf(e.end).getTime());
}

/** "1956–1973", "600 BCE–1 BCE": the years an era spans. */
export function eraYears(era: Era, lang = 'en'): string {
  const from = formatYear(startOf(era.start).getUTCFullYear(), lang);
  const to = formatYear(startOf(era.end).getUTCFullYear(), lang);
  return from === to ? from : `${from}–${to}`;
}

/** How many of the given records (events, quotes, forecasts, by id) fall in each era, by date. */
export function matchesByEra(data: Dataset, ids: readonly string[]): Map<string, number> {
  const dates = new Map<string, string>();
  for (const e of data.events) dates.set(e.id, e.date);
  for (const q of data.quotes) dates.set(q.id, q.date);
  for (const f of data.forecasts ?? []) dates.set(f.id, f.madeOn);
  const counts = new Map<string, number>();
  for (const id of ids) {
    const date = dates.get(id);
    const era = date === undefined ? undefined : eraAt(data.eras, date);
    if (era) counts.set(era.id, (counts.get(era.id) ?? 0) + 1);
  }
  return counts;
}
