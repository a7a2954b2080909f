/**
 * Look-ups over a loaded Dataset: records by id, the items in a window (what the keyboard
 * list and the screen reader get), the era at a date and its neighbours, a quote's forecasts.
 */
import { endOf, formatDateRange, formatPartialDate, startOf } from './dates.ts';
import { localize } from './text.ts';
import { showsLane, type EntryOptions } from './timeline-entries.ts';
import type { Dataset, Era, Forecast, HistoryEvent, Lang, Quote } from './schema.ts';

export type RecordKind = 'era' | 'event' | 'quote' | 'forecast';
export type AnyRecord =
  | { kind: 'era'; record: Era }
  | { kind: 'event'; record: HistoryEvent }
  | { kind: 'quote'; record: Quote }
  | { kind: 'forecast'; record: Forecast; quote?: Quote };
type DatedKind = 'event' | 'quote' | 'forecast';
type DatedRecord = HistoryEvent | Quote | Forecast;

export interface ListedItem {
  readonly id: string;
  readonly kind: DatedKind;
  readonly date: string;
  readonly start: Date;
  /** The title, or a quote's speaker and first words, in the chosen language. */
  readonly label: string;
  readonly dateText: string;
}

export class DatasetIndex {
  private readonly byId = new Map<string, AnyRecord>();
  private readonly sortedEras: Era[];
  private readonly dated: Array<{ start: number; kind: DatedKind; record: DatedRecord; lane: string }>;
  private readonly forecastsByQuote = new Map<string, Forecast[]>();

  constructor(readonly dataset: Dataset) {
    for (const record of dataset.eras) this.byId.set(record.id, { kind: 'era', record });
    for (const record of dataset.events) this.byId.set(record.id, { kind: 'event', record });
    for (const record of dataset.quotes) this.byId.set(record.id, { kind: 'quote', record });
    const quotes = new Map(dataset.quotes.map((q) => [q.id, q]));
    for (const record of dataset.forecasts ?? []) {
      this.byId.set(record.id, { kind: 'forecast', record, quote: quotes.get(record.quoteId) });
      this.forecastsByQuote.set(record.quoteId, [...(this.forecastsByQuote.get(record.quoteId) ?? []), record]);
    }
    this.sortedEras = [...dataset.eras].sort((a, b) => startOf(a.start).getTime() - startOf(b.start).getTime());
    this.dated = [
      ...dataset.events.map((record) => ({ kind: 'event' as const, record, start: startOf(record.date).getTime(), lane: record.lane })),
      ...dataset.quotes.map((record) => ({ kind: 'quote' as const, record, start: startOf(record.date).getTime(), lane: 'voices' })),
      ...(dataset.forecasts ?? []).map((record) => ({ kind: 'forecast' as const, record, start: startOf(record.madeOn).getTime(), lane: 'forecasts' })),
    // Ties by id in code-unit order: ids are ASCII slugs, and localeCompare would load a collator.
    ].sort((a, b) => a.start - b.start || (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  }

  private static readonly built = new WeakMap<Dataset, DatasetIndex>();

  /** The index of a dataset, built once however many components ask for it. */
  static of(dataset: Dataset): DatasetIndex {
    let index = DatasetIndex.built.get(dataset);
    if (!index) DatasetIndex.built.set(dataset, (index = new DatasetIndex(dataset)));
    return index;
  }

  get(id: string): AnyRecord | undefined {
    return this.byId.get(id);
  }

  kindOf(id: string): RecordKind | null {
    return this.byId.get(id)?.kind ?? null;
  }

  get eras(): readonly Era[] {
    return this.sortedEras;
  }

  /** A short label for any record: an era's or event's title, a quote's speaker and first words, a forecast's speaker and claim. */
  label(item: AnyRecord, lang: Lang): string {
    if (item.kind === 'quote') return quoteLabel(item.record, lang);
    if (item.kind === 'forecast') return forecastLabel(item.record, this.quoteOf(item.record), lang);
    return localize(item.record.title, lang);
  }

  /** The quote a forecast reads. */
  quoteOf(forecast: Forecast): Quote | undefined {
    const found = this.byId.get(forecast.quoteId);
    return found?.kind === 'quote' ? found.record : undefined;
  }

  /** The forecasts read from a quote (none for most). */
  forecastsOf(quoteId: string): readonly Forecast[] {
    return this.forecastsByQuote.get(quoteId) ?? [];
  }

  /** Where a record sits on the timeline: an event's or quote's date, a forecast's making, an era's start. */
  dateOf(item: AnyRecord): string {
    return item.kind === 'era' ? item.record.start : item.kind === 'forecast' ? item.record.madeOn : item.record.date;
  }

  /**
   * Events and quotes (and forecasts, when the timeline shows them) that start inside the
   * window, in date order. Labels and dates are formatted only when read: a window of 10,000
   * items costs nothing for the ones not shown.
   */
  itemsIn(from: Date, to: Date, lang: Lang, options: EntryOptions = {}): ListedItem[] {
    const lo = from.getTime();
    const hi = to.getTime();
    return this.dated
      .filter((d) => d.start >= lo && d.start < hi && (d.kind !== 'forecast' || options.forecasts) && showsLane(d.lane, options))
      .map((d) => new Listed(d.kind, d.record, d.start, lang, this));
  }

  /** The era whose span holds the date, if any. */
  eraAt(date: Date): Era | undefined {
    const t = date.getTime();
    return this.sortedEras.find((e) => startOf(e.start).getTime() <= t && t < endOf(e.end).getTime());
  }

  /** The era before or after the one at `date` (or the nearest one, when `date` is in none). */
  neighbourEra(date: Date, step: -1 | 1): Era | undefined {
    const current = this.eraAt(date);
    if (current) return this.sortedEras[this.sortedEras.indexOf(current) + step];
    const t = date.getTime();
    return step > 0 ? this.sortedEras.find((e) => startOf(e.start).getTime() > t) : [...this.sortedEras].reverse().find((e) => endOf(e.end).getTime() <= t);
  }
}

class Listed implements ListedItem {
  readonly id: string;
  readonly date: string;
  constructor(
    readonly kind: DatedKind,
    private readonly record: DatedRecord,
    private readonly at: number,
    private readonly lang: Lang,
    private readonly index: DatasetIndex,
  ) {
    this.id = record.id;
    this.date = 'madeOn' in record ? record.madeOn : record.date;
  }

  get start(): Date {
    return new Date(this.at);
  }

  get dateText(): string {
    const own = this.kind === 'event' ? localize((this.record as HistoryEvent).displayDate, this.lang) : '';
    return own || formatPartialDate(this.date, this.lang);
  }

  get label(): string {
    return this.index.label({ kind: this.kind, record: this.record } as AnyRecord, this.lang);
  }
}

/** When an event happened, as its author wants it read (`displayDate`), else its dates formatted. */
export function eventDateText(event: HistoryEvent, lang: Lang): string {
  return localize(event.displayDate, lang) || formatDateRange(event.date, event.end, lang);
}

function quoteLabel(q: Quote, lang: Lang): string {
  const speaker = localize(q.speaker, lang);
  const words = q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text;
  return lang === 'zh' ? `${speaker}：“${words}”` : `${speaker}: “${words}”`;
}

function forecastLabel(f: Forecast, quote: Quote | undefined, lang: Lang): string {
  const claim = localize(f.claim, lang);
  return quote ? `${localize(quote.speaker, lang)}${lang === 'zh' ? '：' : ': '}${claim}` : claim;
}
