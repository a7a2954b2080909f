import { laneTitles } from '../../i18n/strings.ts';
import type { ListedItem } from '../../model/dataset-index.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { lanesOf, pickLanes, toTimelineEntries, type TimelineEntry } from '../../model/timeline-entries.ts';
import type { ViewState } from '../../model/view-state.ts';
import type { DrawnView, Lane } from './drawing.ts';

/**
 * What the drawing and the list are made from, derived from the data, the language and the
 * view, and made again only when those change: the lanes and entries (for the drawings, which
 * compare them by identity) and the items in the window (for the keyboard list and the screen reader).
 */
export class Scene {
  lanes: Lane[] = [];
  entries: TimelineEntry[] = [];
  itemsInView: ListedItem[] = [];
  /** What the `lanes` attribute names that the data has not, for the page; null when all are known. */
  lanesProblem: string | null = null;
  private data: Dataset | null | undefined;
  private lang: Lang | undefined;
  private forecasts: boolean | undefined;
  private lanesAsked: string | undefined;
  private lanesShown: string[] = [];
  private drawnIds = new Set<string>();
  private listedFor: ViewState['window'] | null = null;

  /** What the drawings show of this scene at the view (lanes and entries keep their identity between calls). */
  drawn(view: ViewState, how: Pick<DrawnView, 'matches' | 'animate' | 'wheelZoom'>): DrawnView {
    const { window, selectedId, span } = view;
    return { lanes: this.lanes, entries: this.entries, lang: this.lang ?? 'en', window, limits: span.limits, selectedId, ...how };
  }

  /**
   * `forecasts`: the ledger's lane is shown (the widget's `forecasts` attribute); `lanes`: only
   * the lanes named (the `lanes` attribute; empty, or none known, for all).
   */
  update(data: Dataset | null, lang: Lang, view: ViewState, forecasts: boolean, lanes: string): void {
    if (data !== this.data || lang !== this.lang || forecasts !== this.forecasts || lanes !== this.lanesAsked) {
      this.data = data;
      this.lang = lang;
      this.forecasts = forecasts;
      this.lanesAsked = lanes;
      const picked = data ? pickLanes(data, lanes, { forecasts }) : { lanes: [], unknown: [] };
      this.lanesShown = picked.lanes;
      this.lanesProblem = data && picked.unknown.length ? lanesProblem(picked.unknown, picked.lanes.length > 0, lanesOf(data, { forecasts })) : null;
      const options = { forecasts, lanes: this.lanesShown };
      this.entries = data ? toTimelineEntries(data, lang, options) : [];
      this.drawnIds = new Set(this.entries.map((e) => e.id));
      this.lanes = laneTitles(data, lang, options);
      this.listedFor = null;
    }
    if (view.window !== this.listedFor || !view.index) {
      this.listedFor = view.window;
      this.itemsInView = view.index?.itemsIn(view.window.from, view.window.to, lang, { forecasts, lanes: this.lanesShown }) ?? [];
    }
  }

  /** Of these ids (a search's matches), the ones drawn: in the lanes shown. */
  inLanes(ids: readonly string[] | undefined): readonly string[] | undefined {
    return ids && this.lanesShown.length ? ids.filter((id) => this.drawnIds.has(id)) : ids;
  }
}

/** One line for the page: the names in `lanes` the data has not, its lanes, and what is shown instead. */
function lanesProblem(unknown: string[], othersShown: boolean, known: Array<{ id: string }>): string {
  const names = unknown.map((n) => `"${n}"`).join(', ');
  const what = unknown.length > 1 ? 'are not lanes' : 'is not a lane';
  return `lanes: ${names} ${what} of this data (its lanes: ${known.map((l) => l.id).join(', ')}); ${othersShown ? 'the others are shown' : 'every lane is shown'}`;
}
