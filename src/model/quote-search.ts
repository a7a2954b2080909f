/**
 * Fuzzy, bilingual search over the quotes: text, translation, speaker, role, context, tags
 * and source title, with filters (era, stance, speaker, years, verification, language).
 *
 * How it stays fast: every field is cut into keys once (quote-terms.ts) — Latin words, case
 * and accents folded, and Chinese character bigrams — into an inverted index: key → the
 * quotes it occurs in, with the weight of its best field there (quote-fields.ts). A query
 * word is looked up in the list of distinct words (word-list.ts): exactly, by prefix (typing
 * "lighth") and despite misspellings ("bubbel" → "bubble", "Schenk" → "schank"). Only the
 * postings of the words found are visited, so a query costs the size of the vocabulary plus
 * the hits, not the size of the corpus. A Chinese run ("泡沫破裂") matches through its bigrams,
 * so it needs no word segmentation; a translation is indexed like any other field, so a query
 * in one language also finds quotes whose translation matches. Where a result matched is
 * worked out when it is first read (match-ranges.ts).
 */
import { endOf, startOf } from './dates.ts';
import { fieldMatches, type Part } from './match-ranges.ts';
import { fieldWeight, quoteFields, speakerKey, speakerNames } from './quote-fields.ts';
import type { QuoteFilters } from './quote-filters.ts';
import { fieldKeys, queryTerms, type Term } from './quote-terms.ts';
import type { Era, Forecast, Lang, Quote } from './schema.ts';
import { localize } from './text.ts';
import { fold, HAN, STOP_WORDS } from './tokens.ts';
import { WordList } from './word-list.ts';

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

export class QuoteIndex {
  private readonly quotes: Quote[];
  private readonly entries = new Map<string, Postings>();
  /** The distinct Latin words, for prefixes and misspellings. */
  private readonly words: WordList;
  /** For each CJK character, the bigrams (and the lone character) that hold it. */
  private readonly charKeys = new Map<string, string[]>();
  private readonly eraSpans = new Map<string, [number, number]>();
  private readonly times: Float64Array;
  private readonly years: Int32Array;
  private readonly cache = new Map<string, Array<[string, number, Part]>>();
  private readonly folded = new Map<string, string>();
  /** Folds an indexed word, once per distinct spelling. */
  private readonly foldWord = (word: string): string => {
    let folded = this.folded.get(word);
    if (folded === undefined) this.folded.set(word, (folded = fold(word).slice(0, 64)));
    return folded;
  };
  private readonly everything: Uint8Array;
  /** Each quote's place in date order (ties by id). */
  private readonly rank: Int32Array;
  /** The forecasts read from each quote (by quote id). */
  private readonly claims = new Map<string, Forecast[]>();
  private readonly sum: Float64Array;
  private readonly best: Float64Array;
  private readonly count: Uint8Array;

  /** `forecasts`: what was read from the quotes as forecasts; their claims are searched with their quote. */
  constructor(quotes: Quote[], eras: Era[], forecasts: readonly Forecast[] = []) {
    this.quotes = quotes;
    this.times = Float64Array.from(quotes, (q) => startOf(q.date).getTime());
    this.years = Int32Array.from(this.times, (t) => new Date(t).getUTCFullYear());
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
    for (const f of forecasts) this.claims.set(f.quoteId, [...(this.claims.get(f.quoteId) ?? []), f]);
    quotes.forEach((q, doc) => {
      for (const { field: name, text } of quoteFields(q, this.claims.get(q.id))) {
        const en = fieldWeight(name, 'en');
        const zh = fieldWeight(name, 'zh');
        fieldKeys(text, this.foldWord, (key) => this.add(key, doc, en, zh));
      }
    });
    const latin: string[] = [];
    for (const key of this.entries.keys()) {
      if (!HAN.test(key)) latin.push(key);
      else for (const ch of new Set(key)) (this.charKeys.get(ch) ?? this.charKeys.set(ch, []).get(ch)!).push(key);
    }
    this.words = new WordList(latin);
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
    return fieldMatches(this.quotes[doc], keysOf.flat(), this.foldWord, this.claims.get(this.quotes[doc].id));
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
      if (w.length >= 3 && !STOP_WORDS.has(w)) for (const word of this.words.longer(w)) out.set(word, 0.85 + 0.1 * (w.length / word.length));
      if (w.length >= 4) for (const [word, similarity] of this.words.near(w)) if (!out.has(word)) out.set(word, similarity);
    }
    const list = [...out].map(([key, similarity]): [string, number, Part] => [key, similarity, parts.get(key) ?? 'all']);
    if (this.cache.size > 1000) this.cache.clear();
    this.cache.set(term.key, list);
    return list;
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
      if (speaker !== undefined && !speakerNames(q.speaker).some((n) => fold(n) === speaker)) return;
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
