/**
 * Look-ups over a loaded Dataset: records by id, the items in a window (what the keyboard
 * list and the screen reader get), the era at a date and its neighbours.
 */
import { endOf, formatPartialDate, startOf } from './dates.ts';
import { localize } from './text.ts';
import type { Dataset, Era, HistoryEvent, Lang, Quote } from './schema.ts';

export type RecordKind = 'era' | 'event' | 'quote';
export type AnyRecord = { kind: 'era'; record: Era } | { kind: 'event'; record: HistoryEvent } | { kind: 'quote'; record: Quote };

export interface ListedItem {
  id: string;
  kind: 'event' | 'quote';
  date: string;
  start: Date;
  /** "1973 · Lighthill report" style label, in the chosen language. */
  label: string;
  dateText: string;
}

export class DatasetIndex {
  private readonly byId = new Map<string, AnyRecord>();
  private readonly sortedEras: Era[];
  private readonly dated: Array<{ start: number; end: number; kind: 'event' | 'quote'; record: HistoryEvent | Quote }>;

  constructor(readonly dataset: Dataset) {
    for (const record of dataset.eras) this.byId.set(record.id, { kind: 'era', record });
    for (const record of dataset.events) this.byId.set(record.id, { kind: 'event', record });
    for (const record of dataset.quotes) this.byId.set(record.id, { kind: 'quote', record });
    this.sortedEras = [...dataset.eras].sort((a, b) => startOf(a.start).getTime() - startOf(b.start).getTime());
    this.dated = [
      ...dataset.events.map((record) => ({ kind: 'event' as const, record, start: startOf(record.date).getTime(), end: endOf(record.end ?? record.date).getTime() })),
      ...dataset.quotes.map((record) => ({ kind: 'quote' as const, record, start: startOf(record.date).getTime(), end: endOf(record.date).getTime() })),
    ].sort((a, b) => a.start - b.start || a.record.id.localeCompare(b.record.id));
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

  /** A short label for any record: an era's or event's title, a quote's speaker and first words. */
  label(item: AnyRecord, lang: Lang): string {
    if (item.kind === 'quote') return quoteLabel(item.record, lang);
    return localize(item.record.title, lang);
  }

  /** Events and quotes that start inside the window, in date order. */
  itemsIn(from: Date, to: Date, lang: Lang): ListedItem[] {
    const lo = from.getTime();
    const hi = to.getTime();
    return this.dated
      .filter((d) => d.start >= lo && d.start < hi)
      .map((d) => {
        const dateText = formatPartialDate(d.record.date, lang);
        const name = d.kind === 'event' ? localize((d.record as HistoryEvent).title, lang) : quoteLabel(d.record as Quote, lang);
        return { id: d.record.id, kind: d.kind, date: d.record.date, start: new Date(d.start), dateText, label: name };
      });
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

function quoteLabel(q: Quote, lang: Lang): string {
  const speaker = localize(q.speaker, lang);
  const words = q.text.length > 80 ? `${q.text.slice(0, 77)}…` : q.text;
  return lang === 'zh' ? `${speaker}：“${words}”` : `${speaker}: “${words}”`;
}
