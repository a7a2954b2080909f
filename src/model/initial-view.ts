/**
 * What the timeline should open on, from the strings a page gives it (attributes, URL
 * parameters): an era, a window, a selected item. Whatever cannot be used is left out and
 * described in `problems`, one line each, so the rest still applies.
 */
import { endOf, parseWindowBound, startOf } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { problemText, quoteValue } from './problem-text.ts';
import type { Lang } from './schema.ts';

export { quoteValue };

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


/** Reads the window part alone (it needs no dataset). */
export function resolveWindow(from?: string | null, to?: string | null, lang: Lang = 'en'): Pick<ResolvedView, 'window' | 'problems'> {
  const t = problemText(lang);
  const problems: string[] = [];
  const start = parseWindowBound(from, 'start');
  const end = parseWindowBound(to, 'end');
  if (from && !start) problems.push(t.notYearOrDate('from', from));
  if (to && !end) problems.push(t.notYearOrDate('to', to));
  if (start && end && end.getTime() <= start.getTime()) {
    problems.push(t.windowBackwards(from!, to!));
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
