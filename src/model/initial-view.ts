/**
 * What the timeline should open on, from the strings a page gives it (attributes, URL
 * parameters): an era, a window, a selected item. Whatever cannot be used is left out and
 * described in `problems`, one line each, so the rest still applies.
 */
import { endOf, parseWindowBound, startOf } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';

export interface ViewRequest {
  era?: string | null;
  from?: string | null;
  to?: string | null;
  selected?: string | null;
}

export interface ResolvedView {
  window?: { from: Date; to: Date };
  eraId?: string;
  selectedId?: string;
  problems: string[];
}

/** The line for an era id the dataset does not have. */
export const notAnEra = (id: string) => `era ${quoteValue(id)} is not an era in the dataset`;
/** The line for a selection the dataset does not have. */
export const notAnItem = (id: string) => `selected ${quoteValue(id)} is not an event or a quote in the dataset`;

/** Shows a value in a message, cut short and quoted. */
export function quoteValue(value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return JSON.stringify(v);
}

/** Reads the window part alone (it needs no dataset). */
export function resolveWindow(from?: string | null, to?: string | null): Pick<ResolvedView, 'window' | 'problems'> {
  const problems: string[] = [];
  const start = parseWindowBound(from, 'start');
  const end = parseWindowBound(to, 'end');
  if (from && !start) problems.push(`from ${quoteValue(from)} is not a year or a date (use 1984 or 1984-08)`);
  if (to && !end) problems.push(`to ${quoteValue(to)} is not a year or a date (use 1984 or 1984-08)`);
  if (start && end && end.getTime() <= start.getTime()) {
    problems.push(`from ${quoteValue(from!)} is after to ${quoteValue(to!)}: the window was left as it was`);
    return { problems };
  }
  if (start && end) return { window: { from: start, to: end }, problems };
  // One bound alone: keep a ten-year window from it.
  const decade = 10 * 365.25 * 86_400_000;
  if (start) return { window: { from: start, to: new Date(start.getTime() + decade) }, problems };
  if (end) return { window: { from: new Date(end.getTime() - decade), to: end }, problems };
  return { problems };
}

/** Resolves a whole request against a loaded dataset. An era wins over from/to. */
export function resolveView(request: ViewRequest, index: DatasetIndex): ResolvedView {
  const { window, problems } = resolveWindow(request.from, request.to);
  const view: ResolvedView = { problems };
  if (window) view.window = window;
  if (request.era) {
    const era = index.get(request.era);
    if (era?.kind === 'era') {
      view.eraId = era.record.id;
      view.window = eraWindow(era.record.start, era.record.end);
    } else problems.push(notAnEra(request.era));
  }
  if (request.selected) {
    const kind = index.kindOf(request.selected);
    if (kind === 'event' || kind === 'quote') view.selectedId = request.selected;
    else problems.push(notAnItem(request.selected));
  }
  return view;
}

/** An era's span with a little of its neighbours on each side. */
export function eraWindow(start: string, end: string): { from: Date; to: Date } {
  const from = startOf(start).getTime();
  const to = endOf(end).getTime();
  const pad = (to - from) * 0.04;
  return { from: new Date(from - pad), to: new Date(to + pad) };
}
