// Bare vis-timeline as the bench pages draw it: default options, the same items (events,
// quotes, eras as background bands), no clustering, no decluttering. The esnext builds, as our
// widget uses. Also sets the page's zoom hook (benchZoom) and drag target (benchPanTarget).
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import type { Dataset } from '../../model/schema.ts';

export const en = (t: unknown): string =>
  typeof t === 'string' ? t : ((t as { en?: string; zh?: string } | undefined)?.en ?? (t as { zh?: string } | undefined)?.zh ?? '');

/** The dataset named by ?src=, or the built-in one beside the widget. */
export async function benchDataset(): Promise<Dataset> {
  const src = new URLSearchParams(location.search).get('src') ?? '/embed/dataset.json';
  return (await (await fetch(src)).json()) as Dataset;
}

export function benchTimeline(container: HTMLElement, data: Dataset): Timeline {
  const items = new DataSet([
    ...data.eras.map((e) => ({ id: e.id, content: en(e.title), start: e.start, end: e.end, type: 'background' })),
    ...data.events.map((e) => ({ id: e.id, content: en(e.title), start: e.date, ...(e.end ? { end: e.end } : {}) })),
    ...data.quotes.map((q) => ({ id: q.id, content: en(q.speaker), start: q.date })),
  ]);
  const timeline = new Timeline(container, items as never, {});
  /** Zooms around the centre like the widget's buttons: halves or doubles the window, animated. */
  const w = window as unknown as { benchZoom(direction: number): void; benchPanTarget: string };
  w.benchZoom = (direction) => {
    const { start, end } = timeline.getWindow();
    const centre = (start.getTime() + end.getTime()) / 2;
    const half = ((end.getTime() - start.getTime()) * (direction > 0 ? 0.5 : 2)) / 2;
    timeline.setWindow(new Date(centre - half), new Date(centre + half));
  };
  w.benchPanTarget = `#${container.id} .vis-center`;
  return timeline;
}
