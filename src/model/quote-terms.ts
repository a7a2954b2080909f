/**
 * How the quote search reads text: a field as the keys it is indexed under, a query as the
 * terms looked up. Latin words are keys after folding case and accents; Chinese is indexed
 * by character bigrams, so that a run of any length ("泡沫破裂") matches without word
 * segmentation.
 */
import { bigrams, fold, HAN, STOP_WORDS, words } from './tokens.ts';

/** The longest query read; the rest is ignored (a paste of a whole page still answers at once). */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;
const MAX_WORD = 32; // Fuse's Bitap works on at most 32 characters

export interface Term {
  /** The folded word, or a CJK run. */
  key: string;
  /** Bigrams of a CJK run (its character, when it has one). */
  parts: string[];
  cjk: boolean;
}

/**
 * Cuts a field into its keys, each with its inclusive range: words folded by `foldWord`; for
 * Chinese, the bigrams of a run (a run of one character is its own key).
 */
export function fieldKeys(text: string, foldWord: (word: string) => string, emit: (key: string, start: number, end: number) => void): void {
  for (const m of words(text)) {
    const run = m[0];
    const at = m.index;
    if (!HAN.test(run[0])) {
      emit(foldWord(run), at, at + run.length - 1);
    } else if (run.length === 1) {
      emit(run, at, at);
    } else {
      for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2), at + i, at + i + 1);
    }
  }
}

/** The words of a query: folded, capped, stop words dropped unless that leaves nothing. */
export function queryTerms(query: string): Term[] {
  const found: Term[] = [];
  for (const m of words(query.slice(0, MAX_QUERY_LENGTH))) {
    const raw = m[0];
    if (HAN.test(raw)) {
      found.push({ key: raw, parts: bigrams(raw), cjk: true });
    } else {
      const key = fold(raw).slice(0, MAX_WORD);
      if (key) found.push({ key, parts: [key], cjk: false });
    }
  }
  const unique = [...new Map(found.map((t) => [t.key, t])).values()];
  const content = unique.filter((t) => t.cjk || !STOP_WORDS.has(t.key));
  return (content.length ? content : unique).slice(0, MAX_QUERY_TERMS);
}
