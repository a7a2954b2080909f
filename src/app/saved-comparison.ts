/**
 * The comparison kept in the browser between visits (localStorage), read back against the
 * dataset. A browser that refuses storage (private modes, policies) only loses that: a
 * warning in the console, never an error on the page.
 */
import { readStoredComparison, storedComparisonValue } from '../model/compare.ts';
import type { Lang } from '../model/schema.ts';

const STORAGE_KEY = 'aiw-explorer:compare';

/** The quotes saved for comparison that the dataset still holds. */
export function savedComparison(quoteIds: Set<string>, lang: Lang): string[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(STORAGE_KEY);
  } catch {
    raw = null;
  }
  const stored = readStoredComparison(raw, quoteIds, lang);
  if (stored.warning) console.warn(`aiw-explorer: ${stored.warning}`);
  return stored.ids;
}

export function saveComparison(ids: readonly string[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, storedComparisonValue([...ids]));
  } catch (e) {
    console.warn(`aiw-explorer: the comparison could not be saved (${e instanceof Error ? e.message : String(e)})`);
  }
}
