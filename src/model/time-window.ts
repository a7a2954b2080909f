/**
 * The window of time the timeline shows, and how it moves. One type everywhere: Dates inside,
 * strings only at the edges (attributes, URL parameters). Pure, so it is tested in node.
 */
import type { Cluster } from './declutter.ts';
import { endOf, startOf } from './dates.ts';

export interface TimeWindow {
  readonly from: Date;
  readonly to: Date;
}

/** The window the timeline opens on. */
export const FULL_SPAN: TimeWindow = { from: startOf('1950'), to: startOf('2028') };
/** The bounds zoom and pan may not pass, and the narrowest window (4 days). */
export const LIMITS = { min: startOf('1950'), max: startOf('2031'), zoomMin: 4 * 86_400_000 } as const;

const YEAR = 365.25 * 86_400_000;

/** The same window to the millisecond. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from.getTime() === b.from.getTime() && a.to.getTime() === b.to.getTime();
}

/** A window kept inside the timeline's bounds and no narrower than its deepest zoom. */
export function clampWindow({ from, to }: TimeWindow): TimeWindow {
  const min = LIMITS.min.getTime();
  const max = LIMITS.max.getTime();
  let span = Math.min(Math.max(to.getTime() - from.getTime(), LIMITS.zoomMin), max - min);
  let start = Math.min(Math.max(from.getTime(), min), max - span);
  if (!Number.isFinite(start) || !Number.isFinite(span)) [start, span] = [min, max - min];
  return { from: new Date(start), to: new Date(start + span) };
}

/** Zooms around the centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow({ from, to }: TimeWindow, factor: number): TimeWindow {
  const centre = (from.getTime() + to.getTime()) / 2;
  const half = ((to.getTime() - from.getTime()) * factor) / 2;
  return { from: new Date(centre - half), to: new Date(centre + half) };
}

/** Moves the window by a fraction of its width (negative: back in time). */
export function panWindow({ from, to }: TimeWindow, fraction: number): TimeWindow {
  const shift = (to.getTime() - from.getTime()) * fraction;
  return { from: new Date(from.getTime() + shift), to: new Date(to.getTime() + shift) };
}

/** The window that brings a date into view at a readable zoom, or null when it already is. */
export function revealWindow({ from, to }: TimeWindow, at: Date): TimeWindow | null {
  const t = at.getTime();
  const span = to.getTime() - from.getTime();
  if (t >= from.getTime() && t <= to.getTime() && span <= 20 * YEAR) return null;
  const half = Math.min(span, 6 * YEAR) / 2;
  return { from: new Date(t - half), to: new Date(t + half) };
}

/** The window that gives a cluster's items room for their labels. */
export function clusterWindow(cluster: Cluster): TimeWindow {
  const start = cluster.start.getTime();
  const end = Math.max(cluster.end.getTime(), start + LIMITS.zoomMin);
  const pad = (end - start) * 0.6;
  return { from: new Date(start - pad), to: new Date(end + pad) };
}

/** An era's span (partial dates, as the dataset has them) with a little of its neighbours on each side. */
export function eraWindow(start: string, end: string): TimeWindow {
  const from = startOf(start).getTime();
  const to = endOf(end).getTime();
  const pad = (to - from) * 0.04;
  return { from: new Date(from - pad), to: new Date(to + pad) };
}

/** Where a date falls across the window, as a fraction of its width (may be < 0 or > 1). */
export function fractionOf(window: TimeWindow, at: Date): number {
  const span = window.to.getTime() - window.from.getTime();
  return span > 0 ? (at.getTime() - window.from.getTime()) / span : 0;
}
