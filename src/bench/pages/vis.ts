// Bare vis-timeline: default options, the same items (events, quotes, eras as background
// bands), no clustering, no decluttering. The esnext builds, as our widget uses.
import { Timeline } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import type { Dataset } from '../../model/schema.ts';

const en = (t: unknown): string => (typeof t === 'string' ? t : ((t as { en?: string; zh?: string } | undefined)?.en ?? (t as { zh?: string } | undefined)?.zh ?? ''));
const src = new URLSearchParams(location.search).get('src') ?? '/embed/dataset.json';
const data = (await (await fetch(src)).json()) as Dataset;
const items = new DataSet([
  ...data.eras.map((e) => ({ id: e.id, content: en(e.title), start: e.start, end: e.end, type: 'background' })),
  ...data.events.map((e) => ({ id: e.id, content: en(e.title), start: e.date, ...(e.end ? { end: e.end } : {}) })),
  ...data.quotes.map((q) => ({ id: q.id, content: en(q.speaker), start: q.date })),
]);
const timeline = new Timeline(document.getElementById('vis')!, items as never, {});

/** Zooms around the centre like the widget's buttons: halves or doubles the window, animated. */
const w = window as unknown as { benchZoom(direction: number): void; benchPanTarget: string };
w.benchZoom = (direction) => {
  const { start, end } = timeline.getWindow();
  const centre = (start.getTime() + end.getTime()) / 2;
  const half = ((end.getTime() - start.getTime()) * (direction > 0 ? 0.5 : 2)) / 2;
  timeline.setWindow(new Date(centre - half), new Date(centre + half));
};
w.benchPanTarget = '#vis .vis-center';
