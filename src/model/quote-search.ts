/**
 * Fuzzy, bilingual search over the quotes: text, translation, speaker, role, context, tags
 * and source title, with filters (era, stance, speaker, years, verification, language).
 *
 * How it stays fast: every field is cut into terms once — Latin words (case and accents
 * folded) and, for Chinese, single characters and character bigrams — into an inverted index
 * (term → where it occurs). A query word is looked up in the vocabulary of distinct words:
 * exactly, by prefix (typing "lighth"), and fuzzily through a Fuse index over the vocabulary
 * built once with Fuse.createIndex ("bubbel" → "bubble", "Schenk" → "schank"). Only the
 * postings of the words found are visited, so a query costs the size of the vocabulary plus
 * the hits, not the size of the corpus. A Chinese run ("泡沫破裂") matches through its bigrams,
 * so it needs no word segmentation; a translation is indexed like any other field, so a query
 * in one language also finds quotes whose translation matches.
 */
import Fuse from 'fuse.js';
import { endOf, startOf } from './dates.ts';
import { localize } from './text.ts';
import { bigrams, fold, HAN, STOP_WORDS, words } from './tokens.ts';
import type { QuoteFilters } from './quote-filters.ts';
import type { Era, Lang, LocalizedText, Quote } from './schema.ts';
import { LANGS } from './vocabulary.ts';

export { filtersFromParams, filtersToParams, type QuoteFilters, type Stance, type Verification } from './quote-filters.ts';

export interface QuoteHit {
  quote: Quote;
  /** 0 is a perfect match, 1 none (Fuse's convention); 0 for every quote when the query is empty. */
  score: number;
  /**
   * Where the query matched. `field` is a path into the quote: "text", "translation.zh",
   * "speaker.en", "speakerRole.zh", "context.en", "tags[2]", "source.title" (a LocalizedText
   * given as a plain string has no language suffix: "speaker"). Ranges are [start, end] with
   * the end inclusive, as Fuse gives them, in UTF-16 code units of that field's text.
   */
  matches: Array<{ field: string; ranges: Array<[number, number]> }>;
}

/** The longest query read; the rest is ignored (a paste of a whole page still answers at once). */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;
const MAX_WORD = 32; // Fuse's Bitap works on at most 32 characters

const FIELD_WEIGHT: Record<string, number> = { text: 1, translation: 1, speaker: 0.95, tags: 0.8, source: 0.75, speakerRole: 0.7, context: 0.6 };

/**
 * The quotes an indexed key occurs in (ascending), with its best field weight there for a
 * reader in en and in zh. Parallel arrays of numbers: no object per occurrence, so 10,000
 * quotes index quickly. Where a key occurs is found again only for the results shown.
 */
interface Postings {
  docs: number[];
  en: number[];
  zh: number[];
}
interface Term {
  /** The folded word, or a CJK run. */
  key: string;
  /** Bigrams of a CJK run (its character, when it has one). */
  parts: string[];
  cjk: boolean;
}

/** The searchable fields of a quote, each with its path and text. */
export function quoteFields(q: Quote): Array<{ field: string; text: string }> {
  const out: Array<{ field: string; text: string }> = [{ field: 'text', text: q.text }];
  const localized = (name: string, value: LocalizedText | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') out.push({ field: name, text: value });
    else for (const l of LANGS) if (value[l]) out.push({ field: `${name}.${l}`, text: value[l]! });
  };
  localized('translation', q.translation);
  localized('speaker', q.speaker);
  localized('speakerRole', q.speakerRole);
  localized('context', q.context);
  q.tags.forEach((t, i) => out.push({ field: `tags[${i}]`, text: t }));
  out.push({ field: 'source.title', text: q.source.title });
  return out;
}

/** The text of a localized field in a language and the path the search reports it under. */
export function localizedField(q: Quote, name: 'translation' | 'speaker' | 'speakerRole' | 'context', lang: Lang): { field: string; text: string } {
  const value = q[name];
  if (value === undefined || typeof value === 'string') return { field: name, text: value ?? '' };
  const text = localize(value, lang);
  return { field: text === value[lang] ? `${name}.${lang}` : `${name}.${lang === 'en' ? 'zh' : 'en'}`, text };
}

/** The name a speaker filter uses for a quote: the English name, else the only one. */
export function speakerKey(q: Quote): string {
  return typeof q.speaker === 'string' ? q.speaker : (q.speaker.en ?? q.speaker.zh ?? '');
}

export class QuoteIndex {
  private readonly quotes: Quote[];
  private readonly entries = new Map<string, Postings>();
  /** The distinct Latin words, sorted (for prefixes), with a letter mask each (for fuzzy candidates). */
  private readonly words: string[];
  private readonly masks: Uint32Array;
  private readonly byLength: number[][] = [];
  /** For each CJK character, the bigrams (and the lone character) that hold it. */
  private readonly charKeys = new Map<string, string[]>();
  private readonly eraSpans = new Map<string, [number, number]>();
  private readonly times: Float64Array;
  private readonly years: Int32Array;
  private readonly cache = new Map<string, Array<[string, number, Part]>>();
  private readonly folded = new Map<string, string>();
  private readonly everything: Uint8Array;
  /** Each quote's place in date order (ties by id). */
  private readonly rank: Int32Array;
  private readonly sum: Float64Array;
  private readonly best: Float64Array;
  private readonly count: Uint8Array;

  constructor(quotes: Quote[], eras: Era[]) {
    this.quotes = quotes;
    this.times = Float64Array.from(quotes, (q) => startOf(q.date).getTime());
    this.years = Int32Array.from(quotes, (q) => Number(q.date.slice(0, 4)));
    this.everything = new Uint8Array(quotes.length).fill(1);
    this.rank = new Int32Array(quotes.length);
    quotes
      .map((q, doc) => ({ doc, t: this.times[doc], id: q.id }))
      .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .forEach(({ doc }, i) => (this.rank[doc] = i));
    this.sum = new Float64Array(quotes.length);
    this.best = new Float64Array(quotes.length);
    this.count = new Uint8Array(quotes.length);
    for (const e of eras) this.eraSpans.set(e.id, [startOf(e.start).getTime(), endOf(e.end).getTime()]);
    quotes.forEach((q, doc) => {
      for (const { field: name, text } of quoteFields(q)) {
        const en = fieldWeight(name, 'en');
        const zh = fieldWeight(name, 'zh');
        this.scan(text, (key) => this.add(key, doc, en, zh));
      }
    });
    this.words = [];
    for (const key of this.entries.keys()) {
      if (!HAN.test(key)) this.words.push(key);
      else for (const ch of new Set(key)) (this.charKeys.get(ch) ?? this.charKeys.set(ch, []).get(ch)!).push(key);
    }
    this.words.sort();
    this.masks = Uint32Array.from(this.words, letterMask);
    this.words.forEach((word, i) => (this.byLength[word.length] ??= []).push(i));
  }

  /** Every speaker, for a filter menu: `value` goes into QuoteFilters.speaker. */
  speakers(lang: Lang): Array<{ value: string; label: string }> {
    const seen = new Map<string, string>();
    for (const q of this.quotes) seen.set(speakerKey(q), localize(q.speaker, lang));
    return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, lang));
  }

  /**
   * The quotes that match every word of the query and every filter, best first, then by
   * date. Stop words are ignored unless the query has nothing else. `lang` (the reader's
   * language) breaks near-ties in favour of fields in that language.
   */
  search(query: string, filters: QuoteFilters, lang: Lang): QuoteHit[] {
    const terms = queryTerms(typeof query === 'string' ? query : '');
    const allowed = this.filter(filters ?? {});
    const n = this.quotes.length;
    const { sum, count, best } = this;
    sum.fill(0);
    count.fill(0);
    const keysOf: Array<Array<[string, Part]>> = [];
    const li = lang === 'zh' ? 1 : 0;
    terms.forEach((term, ti) => {
      const touched: number[] = [];
      const keys: Array<[string, Part]> = [];
      for (const [key, similarity, part] of this.expand(term)) {
        keys.push([key, part]);
        const { docs, en, zh } = this.entries.get(key)!;
        const weights = li ? zh : en;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i];
          if (!allowed[doc] || count[doc] !== ti) continue;
          const v = similarity * weights[i];
          if (best[doc] === 0) touched.push(doc);
          if (v > best[doc]) best[doc] = v;
        }
      }
      keysOf.push(keys);
      for (const doc of touched) {
        sum[doc] += best[doc];
        count[doc]++;
        best[doc] = 0;
      }
    });
    const found: Array<{ doc: number; score: number }> = [];
    for (let doc = 0; doc < n; doc++) {
      if (!allowed[doc] || count[doc] !== terms.length) continue;
      found.push({ doc, score: terms.length ? Math.round((1 - sum[doc] / terms.length) * 1000) / 1000 : 0 });
    }
    const rank = this.rank;
    found.sort((a, b) => a.score - b.score || rank[a.doc] - rank[b.doc]);
    return found.map(({ doc, score }) => this.hit(doc, score, keysOf));
  }

  private hit(doc: number, score: number, keysOf: Array<Array<[string, Part]>>): QuoteHit {
    return new Hit(this.quotes[doc], score, () => this.matchesIn(doc, keysOf));
  }

  private matchesIn(doc: number, keysOf: Array<Array<[string, Part]>>): QuoteHit['matches'] {
    const wanted = new Map<string, Set<Part>>();
    for (const [key, part] of keysOf.flat()) (wanted.get(key) ?? wanted.set(key, new Set()).get(key)!).add(part);
    const out: QuoteHit['matches'] = [];
    quoteFields(this.quotes[doc]).forEach(({ field, text }) => {
      const ranges: Array<[number, number]> = [];
      this.scan(text, (key, start, end) => {
        for (const part of wanted.get(key) ?? []) ranges.push(part === 'first' ? [start, start] : part === 'last' ? [end, end] : [start, end]);
      });
      if (ranges.length) out.push({ field, ranges: mergeRanges(ranges) });
    });
    return out;
  }

  /**
   * Cuts a field into its keys, each with its inclusive range: folded Latin words; for
   * Chinese, the bigrams of a run (a run of one character is its own key).
   */
  private scan(text: string, emit: (key: string, start: number, end: number) => void): void {
    for (const m of words(text)) {
      const run = m[0];
      const at = m.index;
      if (!HAN.test(run[0])) {
        emit(this.fold(run), at, at + run.length - 1);
      } else if (run.length === 1) {
        emit(run, at, at);
      } else {
        for (let i = 0; i + 1 < run.length; i++) emit(run.slice(i, i + 2), at + i, at + i + 1);
      }
    }
  }

  private add(key: string, doc: number, en: number, zh: number): void {
    let p = this.entries.get(key);
    if (!p) this.entries.set(key, (p = { docs: [], en: [], zh: [] }));
    const last = p.docs.length - 1;
    if (last < 0 || p.docs[last] !== doc) {
      p.docs.push(doc);
      p.en.push(en);
      p.zh.push(zh);
    } else {
      if (en > p.en[last]) p.en[last] = en;
      if (zh > p.zh[last]) p.zh[last] = zh;
    }
  }

  private fold(word: string): string {
    let folded = this.folded.get(word);
    if (folded === undefined) this.folded.set(word, (folded = fold(word).slice(0, 64)));
    return folded;
  }

  /** The indexed keys a query term stands for, each with a similarity from 0 to 1. */
  private expand(term: Term): Array<[string, number, Part]> {
    const cached = this.cache.get(term.key);
    if (cached) return cached;
    const out = new Map<string, number>();
    const parts = new Map<string, Part>();
    if (term.cjk && term.key.length === 1) {
      for (const key of this.charKeys.get(term.key) ?? []) {
        out.set(key, 0.9);
        if (key.length === 2 && key[0] !== key[1]) parts.set(key, key[0] === term.key ? 'first' : 'last');
      }
    } else if (term.cjk) {
      // A run matches where at least half of its bigrams occur (all of them, for two or three characters).
      for (const part of term.parts) if (this.entries.has(part)) out.set(part, 1);
      if (out.size < Math.max(Math.min(term.parts.length, 2), Math.ceil(term.parts.length / 2))) out.clear();
    } else {
      const w = term.key;
      if (this.entries.has(w)) out.set(w, 1);
      if (w.length >= 3 && !STOP_WORDS.has(w)) {
        for (let i = lowerBound(this.words, w, (x) => x); i < this.words.length && this.words[i].startsWith(w); i++) {
          if (this.words[i] !== w) out.set(this.words[i], 0.85 + 0.1 * (w.length / this.words[i].length));
        }
      }
      if (w.length >= 4) for (const [word, similarity] of this.fuzzy(w)) if (!out.has(word)) out.set(word, similarity);
    }
    const list = [...out].map(([key, similarity]): [string, number, Part] => [key, similarity, parts.get(key) ?? 'all']);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(term.key, list);
    return list;
  }

  /**
   * Misspellings: words of about the same length and letters (a cheap bit-mask test over the
   * whole vocabulary), then Fuse's Bitap matcher over those few, then the edit distance.
   */
  private fuzzy(w: string): Array<[string, number]> {
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

  private filter(f: QuoteFilters): Uint8Array {
    if (Object.values(f).every((v) => v === undefined)) return this.everything;
    const era = f.era !== undefined ? this.eraSpans.get(f.era) ?? [0, -1] : undefined;
    const speaker = f.speaker !== undefined ? fold(f.speaker.trim()) : undefined;
    const out = new Uint8Array(this.quotes.length);
    this.quotes.forEach((q, doc) => {
      const t = this.times[doc];
      const year = this.years[doc];
      if (era && !(t >= era[0] && t < era[1])) return;
      if (f.stance !== undefined && q.stance !== f.stance) return;
      if (f.verification !== undefined && q.verification !== f.verification) return;
      if (f.lang !== undefined && q.lang !== f.lang) return;
      if (f.from !== undefined && year < f.from) return;
      if (f.to !== undefined && year > f.to) return;
      if (speaker !== undefined && !names(q.speaker).some((n) => fold(n) === speaker)) return;
      out[doc] = 1;
    });
    return out;
  }
}

/** A search result whose match ranges are worked out when first read (a list shows a few). */
class Hit implements QuoteHit {
  #matches: QuoteHit['matches'] | undefined;
  #find: (() => QuoteHit['matches']) | undefined;
  constructor(readonly quote: Quote, readonly score: number, find: () => QuoteHit['matches']) {
    this.#find = find;
  }
  get matches(): QuoteHit['matches'] {
    if (this.#find) {
      this.#matches = this.#find();
      this.#find = undefined;
    }
    return this.#matches!;
  }
}

/** Which part of an indexed key a query term matched: a lone character is the first or last of a bigram. */
type Part = 'all' | 'first' | 'last';

/** At most one edit in three letters ("Schenk" → "schank", "bubbel" → "bubble"). */
const FUZZY_THRESHOLD = 0.34;
// Bitap counts a swap of neighbours as two errors; the gate is looser so that the edit
// distance (which counts it as one) has the last word.
const FUSE_OPTIONS = { threshold: 0.45, ignoreLocation: true, isCaseSensitive: true, includeScore: true, shouldSort: false };

function fieldWeight(name: string, lang: Lang): number {
  const base = name.replace(/[.[].*$/, '');
  return (FIELD_WEIGHT[base] ?? 0.5) * (name.includes('.') && !name.endsWith(`.${lang}`) && base !== 'source' ? 0.97 : 1);
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
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

/** The words of a query: folded, capped, stop words dropped unless that leaves nothing. */
function queryTerms(query: string): Term[] {
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

function names(value: LocalizedText): string[] {
  return typeof value === 'string' ? [value] : LANGS.map((l) => value[l]).filter((n): n is string => Boolean(n));
}

function lowerBound<T, K>(sorted: T[], key: K, of: (item: T) => K): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (of(sorted[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
