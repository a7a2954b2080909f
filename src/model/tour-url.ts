/**
 * A tour step in the URL: `tour=<id>&step=<n>` (n from 1), added after the explorer's own
 * parameters (url-state.ts), so a step can be linked, reloaded and walked with Back/Forward.
 * A tour or step that cannot be used is one line in the reader's language; the rest of the
 * link still applies. A step's state is the explorer's state with the step's view applied.
 */
import { quoteValue as q } from './problem-text.ts';
import type { Lang } from './schema.ts';
import type { Tour, TourView } from './tour-schema.ts';
import type { ExplorerState } from './url-state.ts';
import { resolveWindow } from './view-request.ts';

/** Where the reader is in a tour. */
export interface TourPlace {
  tour: Tour;
  /** Counted from 1. */
  step: number;
}

const lines = {
  en: {
    notTour: (v: string, ids: string[]) => `tour ${q(v)} is not a tour${ids.length ? ` (the tours are ${ids.join(', ')})` : ''}`,
    notStep: (v: string, id: string, total: number) => `step ${q(v)} is not a step of tour ${q(id)} (1 to ${total}): it starts at step 1`,
    stepAlone: (v: string) => `step ${q(v)} needs a tour: it was left out`,
  },
  zh: {
    notTour: (v: string, ids: string[]) => `tour 参数 ${q(v)} 不是导览${ids.length ? `（现有导览：${ids.join('、')}）` : ''}`,
    notStep: (v: string, id: string, total: number) => `step 参数 ${q(v)} 不是导览 ${q(id)} 的步骤（1 到 ${total}）：从第 1 步开始`,
    stepAlone: (v: string) => `step 参数 ${q(v)} 需要同时给出 tour：已忽略`,
  },
};

/** Reads `tour` and `step` from a query string against the loaded tours. */
export function readTourPlace(search: string, tours: readonly Tour[], lang: Lang): { place: TourPlace | null; problems: string[] } {
  const params = new URLSearchParams(search);
  const t = lines[lang];
  const id = params.get('tour');
  const stepText = params.get('step');
  if (id === null) return { place: null, problems: stepText === null ? [] : [t.stepAlone(stepText)] };
  const tour = tours.find((x) => x.id === id);
  if (!tour) return { place: null, problems: [t.notTour(id, tours.map((x) => x.id))] };
  if (stepText === null) return { place: { tour, step: 1 }, problems: [] };
  const step = /^\d+$/.test(stepText) ? Number(stepText) : NaN;
  if (step >= 1 && step <= tour.steps.length) return { place: { tour, step }, problems: [] };
  return { place: { tour, step: 1 }, problems: [t.notStep(stepText, id, tour.steps.length)] };
}

/** The parameters to add to the explorer's query string for a place in a tour ('' for none). */
export function tourParams(place: TourPlace | null): string {
  return place ? `&tour=${encodeURIComponent(place.tour.id)}&step=${place.step}` : '';
}

/**
 * The explorer's state on a step: the view's era, window, item, panel and search, in the
 * reader's language. What the view does not name is cleared (the step shows what it says),
 * except the reader's own comparison and chart, which a tour has no reason to throw away.
 */
export function stateForStep(view: TourView, current: ExplorerState): ExplorerState {
  const window = view.from && view.to ? (resolveWindow(view.from, view.to, current.lang).window ?? null) : null;
  return {
    ...current,
    era: view.era ?? null,
    window,
    item: view.item ?? null,
    q: view.q ?? '',
    filters: {},
    compare: view.compare ?? current.compare,
    panel: view.panel ?? 'eras',
  };
}
