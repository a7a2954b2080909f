/**
 * Fuzzy, bilingual search over the quotes: text, translation, speaker, role, context, tags,
 * source title and the claims of the forecasts read from them, with filters (era, stance,
 * speaker, years, verification, language). The engine is text-index.ts; this file says what
 * of a quote is searched (quote-fields.ts) and applies the quote filters.
 */
import { endOf, startOf } from './dates.ts';
import { fieldWeight, quoteFields, speakerKey, speakerNames } from './quote-fields.ts';
import type { QuoteFilters } from './quote-filters.ts';
import type { Era, Forecast, Lang, Quote } from './schema.ts';
import { TextIndex, type MatchedKeys } from './text-index.ts';
import { localize } from './text.ts';
import { fold } from './tokens.ts';

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

export class QuoteIndex {
  private readonly quotes: Quote[];
  private readonly text: TextIndex;
  private readonly eraSpans = new Map<string, [number, number]>();
  private readonly times: Float64Array;
  private readonly years: Int32Array;
  private readonly everything: Uint8Array;
  /** Each quote's place in date order (ties by id). */
  private readonly rank: Int32Array;
  /** The forecasts read from each quote (by quote id). */
  private readonly claims = new Map<string, Forecast[]>();

  /** `forecasts`: what was read from the quotes as forecasts; their claims are searched with their quote. */
  constructor(quotes: Quote[], eras: Era[], forecasts: readonly Forecast[] = []) {
    this.quotes = quotes;
    this.times = Float64Array.from(quotes, (q) => startOf(q.date).getTime());
    this.years = Int32Array.from(this.times, (t) => new Date(t).getUTCFullYear());
    this.everything = new Uint8Array(quotes.length).fill(1);
    this.rank = dateRank(this.times, (doc) => quotes[doc].id);
    for (const e of eras) this.eraSpans.set(e.id, [startOf(e.start).getTime(), endOf(e.end).getTime()]);
    for (const f of forecasts) this.claims.set(f.quoteId, [...(this.claims.get(f.quoteId) ?? []), f]);
    this.text = new TextIndex(quotes.length, (doc) => quoteFields(quotes[doc], this.claims.get(quotes[doc].id)), fieldWeight);
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
    const { found, keys } = this.text.find(query, this.filter(filters ?? {}), lang);
    const rank = this.rank;
    found.sort((a, b) => a.score - b.score || rank[a.doc] - rank[b.doc]);
    return found.map(({ doc, score }) => new Hit(this.quotes[doc], score, () => this.matchesIn(doc, keys)));
  }

  private matchesIn(doc: number, keys: MatchedKeys): QuoteHit['matches'] {
    return this.text.matchesIn(doc, keys);
  }

  /** Which quotes the filters allow (1) or not (0). */
  filter(f: QuoteFilters): Uint8Array {
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

/** Each document's place in date order, ties broken by id. */
export function dateRank(times: Float64Array, idOf: (doc: number) => string): Int32Array {
  const rank = new Int32Array(times.length);
  Array.from(times, (t, doc) => ({ doc, t, id: idOf(doc) }))
    .sort((a, b) => a.t - b.t || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .forEach(({ doc }, i) => (rank[doc] = i));
  return rank;
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
