/**
 * The band of numbers under the drawing (the widget's `chart` attribute): the chart element is
 * its own chunk, loaded only when a page asks for the band, so that without it nothing extra
 * is loaded.
 */
import { html, nothing } from 'lit';
import type { AiwChartChangeEvent } from '../../events/chart-change.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import type { TimeWindow } from '../../model/time-window.ts';

let loading: Promise<unknown> | null = null;

/** The band, or nothing while the page has not asked for one (`chart` null). */
export function chartBand(data: Dataset | null, chart: string | null, window: TimeWindow, lang: Lang, picked: (id: string) => void) {
  if (chart === null || !data?.series?.length) return nothing;
  loading ??= import('../aiw-series-chart/aiw-series-chart.ts').catch((e: unknown) => {
    loading = null;
    console.warn('<aiw-timeline>: the chart could not be loaded', e);
  });
  return html`<aiw-series-chart .series=${data.series} series-id=${chart} .window=${window} lang=${lang}
    @aiw-chart-change=${(e: AiwChartChangeEvent) => picked(e.detail.id)}></aiw-series-chart>`;
}

/** A frame of a move: the band, if there is one, shows the drawing's window now, not at the end of the move. */
export function chartFollows(root: ParentNode, window: TimeWindow): void {
  const chart = root.querySelector('aiw-series-chart');
  if (chart) chart.window = window;
}
