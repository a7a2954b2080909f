/**
 * What the timeline shows, in the widget's own terms (no vis-timeline types): eras as
 * bands, events in their lanes, quotes in the Voices lane. Pure, so it is tested in node.
 */
import { endOf, startOf } from './dates.ts';
import { localize } from './text.ts';
import type { Dataset, Lane, Lang } from './schema.ts';

export type EntryKind = 'era' | 'event' | 'quote';
export type TimelineLane = Lane;
/** The built-in lanes, in order; a dataset may declare its own instead. Quotes go to Voices. */
export const TIMELINE_LANES: readonly TimelineLane[] = ['research', 'funding', 'industry', 'media', 'voices'];

/** The lanes a dataset is drawn with: its own (plus Voices when it has quotes), else the built-in ones. */
export function lanesOf(dataset: Dataset): Array<{ id: string; title?: Dataset['title'] }> {
  if (!dataset.lanes?.length) return TIMELINE_LANES.map((id) => ({ id }));
  const own = dataset.lanes.map((l) => ({ id: l.id, title: l.title }));
  return dataset.quotes.length ? [...own, { id: 'voices' }] : own;
}

export interface TimelineEntry {
  id: string;
  kind: EntryKind;
  /** The lane; eras have none (they are bands behind every lane). */
  lane: TimelineLane | null;
  start: Date;
  /** Only for spans: eras, and events with an `end`. */
  end?: Date;
  /** 3 = landmark, always shown; 1 = detail, folded into clusters when zoomed out. */
  importance: 1 | 2 | 3;
  label: string;
  /** The first words of a quote. */
  excerpt?: string;
  eraKind?: 'boom' | 'winter' | 'transition';
  contested?: boolean;
}

export function toTimelineEntries(dataset: Dataset, lang: Lang): TimelineEntry[] {
  const paired = new Set(dataset.pairs.flatMap((p) => p.quotes));
  const eras = dataset.eras.map<TimelineEntry>((era) => ({
    id: era.id,
    kind: 'era',
    lane: null,
    start: startOf(era.start),
    end: endOf(era.end),
    importance: 3,
    label: localize(era.title, lang),
    eraKind: era.kind,
    contested: era.contested !== undefined,
  }));
  const events = dataset.events.map<TimelineEntry>((ev) => ({
    id: ev.id,
    kind: 'event',
    lane: ev.lane,
    start: startOf(ev.date),
    ...(ev.end ? { end: endOf(ev.end) } : {}),
    importance: ev.importance,
    label: localize(ev.title, lang),
  }));
  const quotes = dataset.quotes.map<TimelineEntry>((q) => ({
    id: q.id,
    kind: 'quote',
    lane: 'voices',
    start: startOf(q.date),
    importance: paired.has(q.id) ? 2 : 1,
    label: localize(q.speaker, lang),
    excerpt: firstWords(q.text, q.lang === 'zh' ? 16 : 8),
  }));
  return [...eras, ...events, ...quotes];
}

/** The opening words of a text, with an ellipsis when cut (characters for Chinese). */
export function firstWords(text: string, count: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (/[\u3400-\u9fff]/.test(clean.slice(0, 4))) {
    const chars = Array.from(clean);
    return chars.length > count ? `${chars.slice(0, count).join('')}…` : clean;
  }
  const words = clean.split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ')}…` : clean;
}
