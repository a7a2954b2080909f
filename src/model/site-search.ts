/**
 * One search over everything a dataset holds: events, quotes, eras and forecasts, with the
 * same fuzzy, bilingual, cross-language matching (text-index.ts), a filter by kind and the
 * quote search's filters. It answers the search panel (results grouped by kind, with where
 * each matched) and the timeline (which items match, in time order, for fading the rest and
 * stepping through them).
 *
 * The filters: era and years apply to every kind by its date (an era by its own span); the
 * filters only a quote can answer (stance, speaker, verification, language) keep quotes that
 * pass them and the forecasts read from those quotes, and leave events and eras out.
 */
import { endOf, startOf } from './dates.ts';
import { fieldWeight, quoteFields, speakerNames } from './quote-fields.ts';
import type { QuoteFilters } from './quote-filters.ts';
import { dateRank } from './quote-search.ts';
import type { SearchKind } from './search-kinds.ts';
import { eraFields, eventFields, forecastFields, recordFieldWeight } from './record-fields.ts';
import type { Dataset, Era, Forecast, HistoryEvent, Lang, Quote } from './schema.ts';
import { TextIndex, type Field } from './text-index.ts';
import { fold } from './tokens.ts';


export type { SearchKind };

/** The quote filters, and which kinds of record to look through (all of them when left out). */
export interface SiteFilters extends QuoteFilters {
  kinds?: readonly SearchKind[];
}

type Doc =
  | { kind: 'event'; record: HistoryEvent }
  | { kind: 'quote'; record: Quote }
  | { kind: 'era'; record: Era }
  | { kind: 'forecast'; record: Forecast; quote: Quote | undefined };

export type SiteHit = Doc & {
  id: string;
  /** 0 a perfect match, 1 none; 0 for everything when the query is empty. */
  score: number;
  /** Where the query matched: a field path of the record ("title.zh", "text", "claim.en") and inclusive ranges. */
  readonly matches: Array<{ field: string; ranges: Array<[number, number]> }>;
};

const QUOTE_ONLY = ['stance', 'speaker', 'verification', 'lang'] as const;

export class SiteIndex {
  private readonly docs: Doc[];
  private readonly text: TextIndex;
  /** Start and end of each document in ms (an instant: start = end). */
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly rank: Int32Array;
  /** Every document allowed (no filters), made once. */
  private everything: Uint8Array | undefined;
  /** The documents in date order (the inverse of `rank`). */
  private readonly inTime: Int32Array;
  private readonly eraSpans = new Map<string, [number, number]>();

  private static readonly built = new WeakMap<Dataset, SiteIndex>();

  /** The index of a dataset, built once however many components search it (the panel and the timeline). */
  static of(data: Dataset): SiteIndex {
    let index = SiteIndex.built.get(data);
    if (!index) SiteIndex.built.set(data, (index = new SiteIndex(data)));
    return index;
  }

  constructor(data: Dataset) {
    const quotes = new Map(data.quotes.map((q) => [q.id, q]));
    const claims = new Map<string, Forecast[]>();
    for (const f of data.forecasts ?? []) claims.set(f.quoteId, [...(claims.get(f.quoteId) ?? []), f]);
    this.docs = [
      ...data.events.map((record): Doc => ({ kind: 'event', record })),
      ...data.quotes.map((record): Doc => ({ kind: 'quote', record })),
      ...data.eras.map((record): Doc => ({ kind: 'era', record })),
      ...(data.forecasts ?? []).map((record): Doc => ({ kind: 'forecast', record, quote: quotes.get(record.quoteId) })),
    ];
    this.starts = Float64Array.from(this.docs, (d) => startOf(dateOf(d)).getTime());
    this.ends = Float64Array.from(this.docs, (d, i) => (d.kind === 'era' ? endOf(d.record.end).getTime() : this.starts[i]));
    this.rank = dateRank(this.starts, (doc) => this.docs[doc].record.id);
    this.inTime = new Int32Array(this.docs.length);
    this.rank.forEach((place, doc) => (this.inTime[place] = doc));
    for (const e of data.eras) this.eraSpans.set(e.id, [startOf(e.start).getTime(), endOf(e.end).getTime()]);
    const fields = (doc: number): Field[] => {
      const d = this.docs[doc];
      if (d.kind === 'quote') return quoteFields(d.record, claims.get(d.record.id));
      return d.kind === 'event' ? eventFields(d.record) : d.kind === 'era' ? eraFields(d.record) : forecastFields(d.record);
    };
    const weight = (field: string, lang: Lang, doc: number) => (this.docs[doc].kind === 'quote' ? fieldWeight(field, lang) : recordFieldWeight(field, lang));
    this.text = new TextIndex(this.docs.length, fields, weight);
  }

  /** The matches, best first, then by date. */
  search(query: string, filters: SiteFilters, lang: Lang): SiteHit[] {
    const { found, keys } = this.text.find(query, this.allowed(filters ?? {}), lang);
    const rank = this.rank;
    found.sort((a, b) => a.score - b.score || rank[a.doc] - rank[b.doc]);
    return found.map(({ doc, score }) => new Hit(this.docs[doc], score, () => this.text.matchesIn(doc, keys)) as unknown as SiteHit);
  }

  /**
   * What the timeline shows of a search: the ids that match, in time order (ties by id). An
   * empty query matches nothing here: the timeline is not searching.
   */
  matchingIds(query: string, filters: SiteFilters, lang: Lang): string[] {
    if (!query.trim()) return [];
    // In time order without sorting: mark what was found, then read the documents in date order.
    const hit = this.text.matching(query, this.allowed(filters ?? {}), lang);
    const ids: string[] = [];
    for (const doc of this.inTime) if (hit[doc]) ids.push(this.docs[doc].record.id);
    return ids;
  }

  /** Which documents the filters let through (1) or not (0). */
  private allowed(f: SiteFilters): Uint8Array {
    if (Object.values(f).every((v) => v === undefined || (Array.isArray(v) && !v.length))) return (this.everything ??= new Uint8Array(this.docs.length).fill(1));
    const kinds = f.kinds?.length ? new Set(f.kinds) : null;
    const era = f.era !== undefined ? this.eraSpans.get(f.era) ?? [0, -1] : undefined;
    const from = f.from !== undefined ? Date.UTC(f.from, 0, 1) : -Infinity;
    const to = f.to !== undefined ? Date.UTC(f.to + 1, 0, 1) : Infinity;
    const quoteOnly = QUOTE_ONLY.some((k) => f[k] !== undefined);
    const speaker = f.speaker !== undefined ? fold(f.speaker.trim()) : undefined;
    const passes = (q: Quote | undefined) =>
      q !== undefined &&
      (f.stance === undefined || q.stance === f.stance) &&
      (f.verification === undefined || q.verification === f.verification) &&
      (f.lang === undefined || q.lang === f.lang) &&
      (speaker === undefined || speakerNames(q.speaker).some((n) => fold(n) === speaker));
    return Uint8Array.from(this.docs, (d, i) => {
      if (kinds && !kinds.has(d.kind)) return 0;
      const s = this.starts[i];
      const e = this.ends[i];
      if (era && (d.kind === 'era' ? d.record.id !== f.era : !(s >= era[0] && s < era[1]))) return 0;
      if (e < from || s >= to) return 0;
      if (!quoteOnly) return 1;
      if (d.kind === 'quote') return passes(d.record) ? 1 : 0;
      if (d.kind === 'forecast') return passes(d.quote) ? 1 : 0;
      return 0;
    });
  }
}

function dateOf(d: Doc): string {
  return d.kind === 'era' ? d.record.start : d.kind === 'forecast' ? d.record.madeOn : d.record.date;
}

/** A result whose match ranges are worked out when first read (a list shows a few of many). */
class Hit {
  readonly id: string;
  #matches: SiteHit['matches'] | undefined;
  #find: (() => SiteHit['matches']) | undefined;
  constructor(doc: Doc, readonly score: number, find: () => SiteHit['matches']) {
    Object.assign(this, doc);
    this.id = doc.record.id;
    this.#find = find;
  }
  get matches(): SiteHit['matches'] {
    if (this.#find) {
      this.#matches = this.#find();
      this.#find = undefined;
    }
    return this.#matches!;
  }
}
