/**
 * The window of time the timeline shows, and how it moves. One type everywhere: Dates inside,
 * strings only at the edges (attributes, URL parameters). Pure, so it is tested in node.
 */
import type { Cluster } from './declutter.ts';
import { EARLIEST_INSTANT, endOf, LATEST_INSTANT, startOf, utc } from './dates.ts';

export interface TimeWindow {
  readonly from: Date;
  readonly to: Date;
}

/** What zoom and pan may not pass: the bounds, the narrowest window and the widest (ms). */
export interface WindowLimits {
  readonly min: Date;
  readonly max: Date;
  readonly zoomMin: number;
  readonly zoomMax: number;
}

/** A dataset's span: the window the timeline opens on (and fits to), and the limits of zoom and pan. */
export interface DataSpan {
  readonly window: TimeWindow;
  readonly limits: WindowLimits;
}

/** Anything placed in time: an instant, or a span when it has an end (a TimelineEntry is one). */
export interface Placed {
  readonly start: Date;
  readonly end?: Date;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

/** The narrowest window for data dated to the day: four days. Finer data allows four of its own units. */
export const DAY_ZOOM_MIN = 4 * DAY;

/**
 * The span before any data, and for data with no dates: the built-in dataset's span as it was
 * fixed before spans came from the data (its extent, 1950-10 to 2026, gives the same window).
 */
export const DEFAULT_SPAN: DataSpan = {
  window: { from: startOf('1950'), to: startOf('2028') },
  limits: { min: startOf('1950'), max: startOf('2031'), zoomMin: DAY_ZOOM_MIN, zoomMax: startOf('2031').getTime() - startOf('1950').getTime() },
};

/**
 * The span of a dataset's entries. Its extent (the first start to the last end) is padded by a
 * quarter step and rounded out to whole steps, a step being the first round unit of time (1, 2,
 * 5 × 10ⁿ years; 6, 3, 2 or 1 months; 2 or 1 days; 12 … 1 hours; 30 … 1 minutes or seconds)
 * at least a fiftieth of the extent: the window. The limits are the window widened by a
 * twentieth of its width on each side, rounded out to steps. The narrowest zoom is four days,
 * or four of the finest unit the data has (hours, minutes, seconds); the widest, the limits.
 * The built-in dataset (1950-10 to 2026) opens on 1950-2028, as it always has; its limits are
 * 1946-2032. Everything stays inside the range of a Date.
 */
export function spanOf(entries: Iterable<Placed>): DataSpan {
  let first = Infinity;
  let last = -Infinity;
  let unit = DAY;
  for (const { start, end } of entries) {
    for (const t of end ? [start.getTime(), end.getTime()] : [start.getTime()]) {
      if (!Number.isFinite(t)) continue;
      first = Math.min(first, t);
      last = Math.max(last, t);
      unit = Math.min(unit, finestUnit(t));
    }
  }
  if (first > last) return DEFAULT_SPAN;
  const zoomMin = Math.min(DAY_ZOOM_MIN, 4 * unit);
  // A dataset of one instant (or a few close together) still opens on a window to move in.
  const least = 10 * zoomMin;
  if (last - first < least) [first, last] = [(first + last) / 2 - least / 2, (first + last) / 2 + least / 2];
  const step = stepFor((last - first) / 50);
  const window = { from: new Date(floorTo(first - step.length / 4, step)), to: new Date(ceilTo(last + step.length / 4, step)) };
  const pad = (window.to.getTime() - window.from.getTime()) / 20;
  const min = floorTo(window.from.getTime() - pad, step);
  const max = ceilTo(window.to.getTime() + pad, step);
  return { window, limits: { min: new Date(min), max: new Date(max), zoomMin, zoomMax: max - min } };
}

/** A round step of time: a number of months (years are twelve), or of milliseconds. */
interface Step {
  readonly months?: number;
  readonly ms?: number;
  /** About how long it is, to choose one. */
  readonly length: number;
}

const STEPS: readonly Step[] = [
  ...[1, 2, 5, 10, 15, 30].map((n) => ({ ms: n * SECOND, length: n * SECOND })),
  ...[1, 2, 5, 10, 15, 30].map((n) => ({ ms: n * MINUTE, length: n * MINUTE })),
  ...[1, 2, 3, 6, 12].map((n) => ({ ms: n * HOUR, length: n * HOUR })),
  ...[1, 2].map((n) => ({ ms: n * DAY, length: n * DAY })),
  ...[1, 2, 3, 6].map((n) => ({ months: n, length: n * MONTH })),
  ...[0, 1, 2, 3, 4, 5].flatMap((k) => [1, 2, 5].map((n) => n * 10 ** k)).map((n) => ({ months: 12 * n, length: n * YEAR })),
];

function stepFor(atLeast: number): Step {
  return STEPS.find((s) => s.length >= atLeast) ?? STEPS[STEPS.length - 1];
}

/** The largest unit (day, hour, minute, second, ms) an instant falls on a whole number of. */
function finestUnit(t: number): number {
  for (const unit of [DAY, HOUR, MINUTE, SECOND]) if (t % unit === 0) return unit;
  return 1;
}

/** The step boundary at or before an instant (kept inside Date's range). */
function floorTo(t: number, step: Step): number {
  const at = Math.max(t, EARLIEST_INSTANT);
  if (step.ms) return Math.max(Math.floor(at / step.ms) * step.ms, EARLIEST_INSTANT);
  const d = new Date(at);
  const months = Math.floor((d.getUTCFullYear() * 12 + d.getUTCMonth()) / step.months!) * step.months!;
  const floored = utc(Math.floor(months / 12), (((months % 12) + 12) % 12) + 1).getTime();
  return Number.isFinite(floored) ? floored : EARLIEST_INSTANT;
}

/** The step boundary at or after an instant (kept inside Date's range). */
function ceilTo(t: number, step: Step): number {
  const at = Math.min(t, LATEST_INSTANT);
  const floored = floorTo(at, step);
  if (floored >= at) return floored;
  if (step.ms) return Math.min(floored + step.ms, LATEST_INSTANT);
  const d = new Date(floored);
  const next = utc(d.getUTCFullYear(), d.getUTCMonth() + 1 + step.months!).getTime();
  return Number.isFinite(next) ? next : LATEST_INSTANT;
}

/** The same window to the millisecond. */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  return a.from.getTime() === b.from.getTime() && a.to.getTime() === b.to.getTime();
}

/** A window kept inside the limits and no narrower than their deepest zoom. */
export function clampWindow({ from, to }: TimeWindow, limits: WindowLimits): TimeWindow {
  const min = limits.min.getTime();
  const max = limits.max.getTime();
  let span = Math.min(Math.max(to.getTime() - from.getTime(), limits.zoomMin), limits.zoomMax, max - min);
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

/** The window that gives a cluster's items room for their labels (`zoomMin`: the limits' narrowest window). */
export function clusterWindow(cluster: Cluster, zoomMin = DAY_ZOOM_MIN): TimeWindow {
  const start = cluster.start.getTime();
  const end = Math.max(cluster.end.getTime(), start + zoomMin);
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
