/**
 * Eras as the views list them: in order, the one a date falls in, the years they span. Pure,
 * so it is tested in node.
 */
import { endOf, startOf } from './dates.ts';
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

/** "1956–1973": the years an era spans. */
export function eraYears(era: Era): string {
  const from = era.start.slice(0, 4);
  const to = era.end.slice(0, 4);
  return from === to ? from : `${from}–${to}`;
}
