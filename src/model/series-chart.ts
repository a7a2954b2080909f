/**
 * A number series drawn on the timeline's own axis: where each point falls in the window, the
 * line through points that follow one another (a missing year is a gap, never bridged), bars
 * for totals over a span, and the value axis. Pure (d3's scale and path maths, no DOM).
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { endOf, startOf } from './dates.ts';
import type { Series, SeriesPoint } from './schema.ts';
import { fractionOf, type TimeWindow } from './time-window.ts';

export interface PlacedPoint {
  point: SeriesPoint;
  /** Index in the series' points. */
  index: number;
  x: number;
  y: number;
}

export interface ChartLayout {
  /** One path per run of points that follow one another. */
  lines: string[];
  dots: PlacedPoint[];
  /** Totals over a span, drawn from start to end at their height. */
  bars: Array<PlacedPoint & { x2: number }>;
  ticks: Array<{ y: number; value: number }>;
}

/** The middle of a point's date: a year's point sits mid-year, as the timeline draws a year. */
function at(point: SeriesPoint): Date {
  const a = startOf(point.date).getTime();
  return new Date((a + endOf(point.date).getTime()) / 2);
}

/**
 * Lays a series out at a window and size. The value axis starts at zero and is the same
 * whatever the window (so panning never rescales it). Points that follow one another at the
 * series' usual step are joined; a longer gap breaks the line.
 */
export function chartLayout(series: Series, window: TimeWindow, width: number, height: number): ChartLayout {
  const spans = series.points.filter((p) => p.end);
  const singles = series.points.filter((p) => !p.end);
  const max = Math.max(0, ...series.points.map((p) => p.value));
  const y = scaleLinear().domain([0, max || 1]).nice(4).range([height, 4]);
  const x = (d: Date) => fractionOf(window, d) * width;
  const index = new Map(series.points.map((p, i) => [p, i]));
  const place = (p: SeriesPoint): PlacedPoint => ({ point: p, index: index.get(p)!, x: x(at(p)), y: y(p.value) });
  const dots = [...singles].sort((a, b) => at(a).getTime() - at(b).getTime()).map(place);
  const step = usualStep(dots.map((d) => at(d.point).getTime()));
  const runs: PlacedPoint[][] = [];
  for (const [i, d] of dots.entries()) {
    const joined = i > 0 && at(d.point).getTime() - at(dots[i - 1].point).getTime() <= step * 1.5;
    if (joined) runs[runs.length - 1].push(d);
    else runs.push([d]);
  }
  const path = line<PlacedPoint>().x((d) => d.x).y((d) => d.y);
  return {
    lines: runs.filter((r) => r.length > 1).map((r) => path(r) ?? ''),
    dots,
    bars: spans.map((p) => ({ ...place(p), x: x(startOf(p.date)), x2: x(endOf(p.end!)) })),
    ticks: y.ticks(4).map((value) => ({ y: y(value), value })),
  };
}

/** The usual distance between neighbouring points (the median), Infinity with fewer than two. */
function usualStep(times: number[]): number {
  const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
  return gaps.length ? gaps[Math.floor(gaps.length / 2)] : Number.POSITIVE_INFINITY;
}

/** The series as CSV, one row per point with its source: what the chart shows, to check and reuse. */
export function seriesCsv(series: Series): string {
  const head = ['date', 'end', 'value', 'n', 'source_title', 'source_author', 'source_publisher', 'source_date', 'source_pages', 'source_edition', 'source_url', 'source_note'];
  const cell = (v: unknown) => {
    const s = v === undefined || v === null ? '' : String(v);
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const rows = series.points.map((p) => {
    const s = p.source;
    return [p.date, p.end, p.value, p.n, s?.title, s?.author, s?.publisher, s?.date, s?.pages, s?.edition, s?.url, s?.note].map(cell).join(',');
  });
  return [head.join(','), ...rows].join('\n') + '\n';
}
