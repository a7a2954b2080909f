/**
 * The distinct words of the quote index, for finding what a typed word may stand for: the
 * words it begins (typing "lighth") and the words it misspells ("bubbel" → "bubble",
 * "Schenk" → "schank"). Fuse's Bitap matcher runs over the few words of about the right
 * length and letters, never over the whole vocabulary or the corpus.
 */
import Fuse from 'fuse.js';

/** At most one edit in three letters ("Schenk" → "schank", "bubbel" → "bubble"). */
const FUZZY_THRESHOLD = 0.34;
// Bitap counts a swap of neighbours as two errors; the gate is looser so that the edit
// distance (which counts it as one) has the last word.
const FUSE_OPTIONS = { threshold: 0.45, ignoreLocation: true, isCaseSensitive: true, includeScore: true, shouldSort: false };

export class WordList {
  /** Sorted, for prefixes; with a letter mask each, for fuzzy candidates. */
  private readonly words: string[];
  private readonly masks: Uint32Array;
  private readonly byLength: number[][] = [];

  constructor(words: string[]) {
    this.words = [...words].sort();
    this.masks = Uint32Array.from(this.words, letterMask);
    this.words.forEach((word, i) => (this.byLength[word.length] ??= []).push(i));
  }

  /** The words that begin with `prefix` and are longer than it, in order. */
  longer(prefix: string): string[] {
    const out: string[] = [];
    for (let i = lowerBound(this.words, prefix); i < this.words.length && this.words[i].startsWith(prefix); i++) {
      if (this.words[i] !== prefix) out.push(this.words[i]);
    }
    return out;
  }

  /**
   * Misspellings: words of about the same length and letters (a cheap bit-mask test over the
   * whole vocabulary), then Fuse's Bitap matcher over those few, then the edit distance.
   * Each comes with a similarity of at most 0.8: a misspelling ranks below the word itself and
   * the words it begins.
   */
  near(w: string): Array<[string, number]> {
    const errors = Math.floor(w.length * FUZZY_THRESHOLD);
    const mask = letterMask(w);
    const candidates: string[] = [];
    for (let len = Math.max(1, w.length - errors); len <= w.length + errors; len++) {
      for (const i of this.byLength[len] ?? []) {
        const m = this.masks[i];
        if (popcount(mask & ~m) <= errors && popcount(m & ~mask) <= errors) candidates.push(this.words[i]);
      }
    }
    if (!candidates.length) return [];
    const fuse = new Fuse(candidates, FUSE_OPTIONS, Fuse.createIndex([], candidates));
    // The edit distance (a swap of neighbours is one edit) decides and ranks: "minksy" is
    // nearer "minsky" than "minus".
    const out: Array<[string, number]> = [];
    for (const r of fuse.search(w)) {
      const d = editDistance(w, r.item);
      if (d <= errors) out.push([r.item, 0.8 * (1 - d / w.length)]);
    }
    return out;
  }
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

function letterMask(word: string): number {
  let m = 0;
  for (let i = 0; i < word.length; i++) m |= 1 << (word.charCodeAt(i) % 32);
  return m >>> 0;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
