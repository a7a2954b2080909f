// The other way to draw the chart band: bare vis-timeline (see vis-page.ts) with vis-timeline's
// own Graph2d above it (in view), showing the same series as the widget's chart="aaai-conference-attendance",
// its window set from the timeline's on every range change (as our band follows the drawing).
import 'vis-timeline/styles/vis-timeline-graph2d.min.css';
import { DataSet } from 'vis-data/esnext';
import { Graph2d } from 'vis-timeline/esnext';
import { benchDataset, benchTimeline, en } from './vis-page.ts';

// vis-timeline 8.5.4's ES module builds throw "ReferenceError: i is not defined" from
// LineGraph._updateYAxis on every redraw: a loop assigns a variable it never declared, which a
// module (strict code) may not do. A global of that name is what lets Graph2d draw at all.
(globalThis as { i?: number }).i = 0;

const SERIES = 'aaai-conference-attendance';
const data = await benchDataset();
const timeline = benchTimeline(document.getElementById('vis')!, data);
const series = data.series?.find((s) => s.id === SERIES);
if (!series) throw new Error(`the dataset has no series ${SERIES}`);
// A year's point sits mid-year, where the widget's band puts it.
const points = new DataSet(series.points.map((p, i) => ({ id: i, x: /^-?\d+$/.test(p.date) ? `${p.date}-07-01` : p.date, y: p.value })));
const { start, end } = timeline.getWindow();
const graph = new Graph2d(document.getElementById('graph')!, points as never, {
  height: '160px',
  start,
  end,
  moveable: false,
  zoomable: false,
  drawPoints: { style: 'circle', size: 5 },
  dataAxis: { left: { title: { text: en(series.unit) } } },
});
timeline.on('rangechange', ({ start: from, end: to }: { start: Date; end: Date }) => graph.setWindow(from, to, { animation: false }));
