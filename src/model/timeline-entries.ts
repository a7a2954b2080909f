/**
 * What the timeline shows, in the widget's own terms (no vis-timeline types): eras as
 * bands, events in their lanes, quotes in the Voices lane, and (when asked) forecasts as spans
 * from when they were made to when they were due, in a lane of their own. Pure, tested in node.
 */
import { endOf, startOf } from './dates.ts';
import { localize } from './text.ts';
import type { Dataset, Lane, Lang, Outcome } from './schema.ts';

export type EntryKind = 'era' | 'event' | 'quote' | 'forecast';
export type TimelineLane = Lane;
/** The built-in lanes, in order; a dataset may declare its own instead. Quotes go to Voices. */
export const TIMELINE_LANES: readonly TimelineLane[] = ['research', 'funding', 'industry', 'media', 'voices'];

/** What the timeline is asked to show beyond the eras, events and quotes. */
export interface EntryOptions {
  /** The ledger of forecasts, in a lane of its own under Voices. */
  forecasts?: boolean;
  /** Only these lanes (by id), in the data's order; none or empty for every lane. The eras are always shown. */
  lanes?: readonly string[];
}

/** Whether the options show a lane (eras, with no lane, are always shown). */
export function showsLane(lane: string | null, options: EntryOptions = {}): boolean {
  return lane === null || !options.lanes?.length || options.lanes.includes(lane);
}

/** The lanes a dataset is drawn with: its own (plus Voices when it has quotes), else the built-in ones; Forecasts when asked and there are some. */
export function lanesOf(dataset: Dataset, options: EntryOptions = {}): Array<{ id: string; title?: Dataset['title'] }> {
  const forecasts = options.forecasts && dataset.forecasts?.length ? [{ id: 'forecasts' }] : [];
  const own = dataset.lanes?.length
    ? [...dataset.lanes.map((l) => ({ id: l.id, title: l.title })), ...(dataset.quotes.length ? [{ id: 'voices' }] : [])]
    : TIMELINE_LANES.map((id) => ({ id }));
  return [...own, ...forecasts].filter((l) => showsLane(l.id, options));
}

/**
 * The lanes named by a widget's `lanes` attribute (ids, split by commas or spaces): those the
 * data draws, and the names it does not know.
 */
export function pickLanes(dataset: Dataset, asked: string, options: EntryOptions = {}): { lanes: string[]; unknown: string[] } {
  const names = asked.split(/[\s,]+/).filter(Boolean);
  const known = new Set(lanesOf(dataset, { forecasts: options.forecasts }).map((l) => l.id));
  return { lanes: names.filter((n) => known.has(n)), unknown: names.filter((n) => !known.has(n)) };
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
  /** A forecast's outcome, and when it came about (marked when it came true late). */
  outcome?: Outcome;
  outcomeAt?: Date;
}

export function toTimelineEntries(dataset: Dataset, lang: Lang, options: EntryOptions = {}): TimelineEntry[] {
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
  const speakers = new Map(dataset.quotes.map((q) => [q.id, localize(q.speaker, lang)]));
  const forecasts = (options.forecasts ? (dataset.forecasts ?? []) : []).map<TimelineEntry>((f) => {
    const start = startOf(f.madeOn);
    const due = endOf(f.dueBy);
    return {
      id: f.id,
      kind: 'forecast',
      lane: 'forecasts',
      start,
      // A forecast with no horizon (unfalsifiable) is a point, not a span.
      ...(due.getTime() > endOf(f.madeOn).getTime() ? { end: due } : {}),
      importance: 2,
      label: speakers.get(f.quoteId) ?? '',
      excerpt: firstWords(localize(f.claim, lang), lang === 'zh' ? 16 : 8),
      outcome: f.outcome,
      ...(f.outcome === 'came-true-late' && f.outcomeDate ? { outcomeAt: startOf(f.outcomeDate) } : {}),
    };
  });
  return [...eras, ...events, ...quotes, ...forecasts].filter((e) => showsLane(e.lane, options));
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
