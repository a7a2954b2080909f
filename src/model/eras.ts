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
