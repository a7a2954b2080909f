/**
 * What a printed tour lists under each step: the records its view names (the era, the item,
 * the quotes compared), each with the sources that carry it and whether it is unverified.
 * A tour's own text claims nothing these records' sources do not carry (data/README.md).
 */
import type { AnyRecord, DatasetIndex } from './dataset-index.ts';
import type { Source } from './schema.ts';
import type { TourView } from './tour-schema.ts';

export interface HandoutItem {
  id: string;
  kind: AnyRecord['kind'];
  label: string;
  date: string;
  /** An era's end (its date is its start). */
  end?: string;
  sources: Source[];
  /** A quote (or the quote a forecast reads) that no source has confirmed. */
  unverified: boolean;
}

/** The records a step's view names, in the order era, item, compared quotes, each once. */
export function handoutItems(view: TourView, index: DatasetIndex, lang: 'en' | 'zh'): HandoutItem[] {
  const ids = [view.era, view.item, ...(view.compare ?? [])].filter((id): id is string => Boolean(id));
  return [...new Set(ids)].flatMap((id) => {
    const rec = index.get(id);
    return rec ? [toItem(id, rec, index, lang)] : [];
  });
}

function toItem(id: string, rec: AnyRecord, index: DatasetIndex, lang: 'en' | 'zh'): HandoutItem {
  const label = index.label(rec, lang);
  switch (rec.kind) {
    case 'era':
      return { id, kind: rec.kind, label, date: rec.record.start, end: rec.record.end, sources: rec.record.sources, unverified: false };
    case 'event':
      return { id, kind: rec.kind, label, date: rec.record.date, sources: rec.record.sources, unverified: false };
    case 'quote':
      return { id, kind: rec.kind, label, date: rec.record.date, sources: [rec.record.source], unverified: rec.record.verification === 'unverified' };
    case 'forecast': {
      const quote = index.quoteOf(rec.record);
      return {
        id, kind: rec.kind, label, date: rec.record.madeOn,
        sources: [...(quote ? [quote.source] : []), ...rec.record.outcomeSources],
        unverified: quote?.verification === 'unverified',
      };
    }
  }
}
