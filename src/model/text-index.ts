/**
 * The search engine under every search of the explorer: fuzzy, bilingual, over documents made
 * of named fields (a quote's "text", an event's "title.zh", "tags[2]"…). What a document is,
 * and what its fields are, is the caller's: quote-search.ts indexes quotes, site-search.ts
 * every kind of record.
 *
 * How it stays fast: every field is cut into keys once (quote-terms.ts) — Latin words, case
 * and accents folded, and Chinese character bigrams — into an inverted index: key → the
 * documents it occurs in, with the weight of its best field there. A query word is looked up
 * in the list of distinct words (word-list.ts): exactly, by prefix (typing "lighth") and
 * despite misspellings ("bubbel" → "bubble", "Schenk" → "schank"). Only the postings of the
 * words found are visited, so a query costs the size of the vocabulary plus the hits, not the
 * size of the corpus. A Chinese run ("泡沫破裂") matches through its bigrams, so it needs no
 * word segmentation; a translation is indexed like any other field, so a query in one
 * language also finds documents whose translation matches. Where a result matched is worked
 * out only when it is read (match-ranges.ts).
 */
import { keyRanges, type Part } from './match-ranges.ts';
import { fieldKeys, queryTerms, type Term } from './quote-terms.ts';
import type { Lang } from './schema.ts';
import { fold, HAN, STOP_WORDS } from './tokens.ts';
import { WordList } from './word-list.ts';

/** A searchable field of a document: its path (reported with a match) and its text. */
export interface Field {
  field: string;
  text: string;
}

/** What a query matched: the keys each of its terms stood for (for finding ranges later). */
export type MatchedKeys = Array<[string, Part]>;

/**
 * The documents an indexed key occurs in (ascending), with its best field weight there for a
 * reader in en and in zh. Parallel arrays of numbers: no object per occurrence, so tens of
 * thousands of documents index quickly.
 */
interface Postings {
  docs: number[];
  en: number[];
  zh: number[];
}

export class TextIndex {
  private readonly entries = new Map<string, Postings>();
  /** The distinct Latin words, for prefixes and misspellings. */
  private readonly words: WordList;
  /** For each CJK character, the bigrams (and the lone character) that hold it. */
  private readonly charKeys = new Map<string, string[]>();
  private readonly cache = new Map<string, Array<[string, number, Part]>>();
  private readonly folded = new Map<string, string>();
  /** Folds an indexed word, once per distinct spelling. */
  readonly foldWord = (word: string): string => {
    let folded = this.folded.get(word);
    if (folded === undefined) this.folded.set(word, (folded = fold(word).slice(0, 64)));
    return folded;
  };
  private readonly sum: Float64Array;
  private readonly best: Float64Array;
  private readonly count: Uint8Array;

  /**
   * `fields(doc)` gives document `doc`'s fields (0 ≤ doc < size); `weight(field, lang, doc)`
   * how much a match in that field of that document counts for a reader of `lang`, from 0 to 1.
   */
  constructor(
    readonly size: number,
    private readonly fields: (doc: number) => Field[],
    weight: (field: string, lang: Lang, doc: number) => number,
  ) {
    this.sum = new Float64Array(size);
    this.best = new Float64Array(size);
    this.count = new Uint8Array(size);
    for (let doc = 0; doc < size; doc++) {
      for (const { field: name, text } of fields(doc)) {
        const en = weight(name, 'en', doc);
        const zh = weight(name, 'zh', doc);
        fieldKeys(text, this.foldWord, (key) => this.add(key, doc, en, zh));
      }
    }
    const latin: string[] = [];
    for (const key of this.entries.keys()) {
      if (!HAN.test(key)) latin.push(key);
      else for (const ch of new Set(key)) (this.charKeys.get(ch) ?? this.charKeys.set(ch, []).get(ch)!).push(key);
    }
    this.words = new WordList(latin);
  }

  /**
   * The allowed documents that match every word of the query, with a score (0 a perfect
   * match, 1 none; 0 for every allowed document when the query is empty), unordered. Stop
   * words are ignored unless the query has nothing else. `lang` (the reader's language) breaks
   * near-ties in favour of fields in that language.
   */
  find(query: string, allowed: Uint8Array, lang: Lang): { found: Array<{ doc: number; score: number }>; keys: MatchedKeys } {
    const { terms, keys } = this.tally(query, allowed, lang);
    const { sum, count } = this;
    const found: Array<{ doc: number; score: number }> = [];
    for (let doc = 0; doc < this.size; doc++) {
      if (!allowed[doc] || count[doc] !== terms) continue;
      found.push({ doc, score: terms ? Math.round((1 - sum[doc] / terms) * 1000) / 1000 : 0 });
    }
    return { found, keys };
  }

  /**
   * Which allowed documents match every word of the query (1) or not (0), without scores: for
   * marking, not ranking. A query with no words ("!!!") marks nothing.
   */
  matching(query: string, allowed: Uint8Array, lang: Lang): Uint8Array {
    const { terms } = this.tally(query, allowed, lang);
    const { count } = this;
    const out = new Uint8Array(this.size);
    if (!terms) return out;
    for (let doc = 0; doc < this.size; doc++) if (allowed[doc] && count[doc] === terms) out[doc] = 1;
    return out;
  }

  /** Counts, for each allowed document, how many of the query's terms it holds (`count`) and their best weights (`sum`). */
  private tally(query: string, allowed: Uint8Array, lang: Lang): { terms: number; keys: MatchedKeys } {
    const terms = queryTerms(typeof query === 'string' ? query : '');
    const { sum, count, best } = this;
    sum.fill(0);
    count.fill(0);
    const keys: MatchedKeys = [];
    const li = lang === 'zh' ? 1 : 0;
    terms.forEach((term, ti) => {
      const touched: number[] = [];
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
      for (const doc of touched) {
        sum[doc] += best[doc];
        count[doc]++;
        best[doc] = 0;
      }
    });
    return { terms: terms.length, keys };
  }

  /** Where the matched keys occur in a document: per field, inclusive [start, end] ranges. */
  matchesIn(doc: number, keys: MatchedKeys): Array<{ field: string; ranges: Array<[number, number]> }> {
    return keyRanges(this.fields(doc), keys, this.foldWord);
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
}
