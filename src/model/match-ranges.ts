/**
 * Where a query matched, for highlighting: per field, inclusive [start, end] ranges in UTF-16
 * code units, overlapping and touching ones joined. The search works them out only for the
 * results a reader sees, by cutting those documents' fields again.
 */
import { quoteFields } from './quote-fields.ts';
import { fieldKeys } from './quote-terms.ts';
import type { Forecast, Quote } from './schema.ts';

/** Which part of an indexed key a query term matched: a lone character is the first or last of a bigram. */
export type Part = 'all' | 'first' | 'last';

/** The fields of a quote where the matched keys occur, with their ranges. */
export function fieldMatches(
  quote: Quote,
  keys: Array<[string, Part]>,
  foldWord: (word: string) => string,
  forecasts: readonly Forecast[] = [],
): Array<{ field: string; ranges: Array<[number, number]> }> {
  return keyRanges(quoteFields(quote, forecasts), keys, foldWord);
}

/** The fields (of any document) where the matched keys occur, with their ranges. */
export function keyRanges(
  fields: ReadonlyArray<{ field: string; text: string }>,
  keys: Array<[string, Part]>,
  foldWord: (word: string) => string,
): Array<{ field: string; ranges: Array<[number, number]> }> {
  const wanted = new Map<string, Set<Part>>();
  for (const [key, part] of keys) (wanted.get(key) ?? wanted.set(key, new Set()).get(key)!).add(part);
  const out: Array<{ field: string; ranges: Array<[number, number]> }> = [];
  for (const { field, text } of fields) {
    const ranges: Array<[number, number]> = [];
    fieldKeys(text, foldWord, (key, start, end) => {
      for (const part of wanted.get(key) ?? []) ranges.push(part === 'first' ? [start, start] : part === 'last' ? [end, end] : [start, end]);
    });
    if (ranges.length) out.push({ field, ranges: mergeRanges(ranges) });
  }
  return out;
}

/** Sorts and joins overlapping or touching inclusive ranges. */
export function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1] + 1) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
