import { laneTitles } from '../../i18n/strings.ts';
import type { ListedItem } from '../../model/dataset-index.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { toTimelineEntries, type TimelineEntry } from '../../model/timeline-entries.ts';
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
  private data: Dataset | null | undefined;
  private lang: Lang | undefined;
  private forecasts: boolean | undefined;
  private listedFor: ViewState['window'] | null = null;

  /** `forecasts`: the ledger's lane is shown (the widget's `forecasts` attribute). */
  /** What the drawings show of this scene at the view (lanes and entries keep their identity between calls). */
  drawn(view: ViewState, how: Pick<DrawnView, 'matches' | 'animate' | 'wheelZoom'>): DrawnView {
    const { window, selectedId, span } = view;
    return { lanes: this.lanes, entries: this.entries, lang: this.lang ?? 'en', window, limits: span.limits, selectedId, ...how };
  }

  update(data: Dataset | null, lang: Lang, view: ViewState, forecasts: boolean): void {
    if (data !== this.data || lang !== this.lang || forecasts !== this.forecasts) {
      this.data = data;
      this.lang = lang;
      this.forecasts = forecasts;
      this.entries = data ? toTimelineEntries(data, lang, { forecasts }) : [];
      this.lanes = laneTitles(data, lang, { forecasts });
      this.listedFor = null;
    }
    if (view.window !== this.listedFor || !view.index) {
      this.listedFor = view.window;
      this.itemsInView = view.index?.itemsIn(view.window.from, view.window.to, lang, { forecasts }) ?? [];
    }
  }
}
