/**
 * The only places where the adapter reaches into vis-timeline's private fields, fenced here so
 * that an upgrade of vis-timeline has one small file to check (vis-timeline 8.5.4). Each is
 * used only when the field is there: if a release renames one, the timeline still works, a
 * little slower (`offstage`) or laid out for an estimated width (`centerWidth`).
 */
import type { Timeline } from 'vis-timeline/esnext';

/** Before every date a Date can hold: a window there shows nothing. */
const OFFSTAGE = -8.64e15;

interface Internals {
  /** The window, as vis-timeline's Range keeps it (ms). */
  range?: { start: number; end: number };
  /** Measured sizes of its panels: `center` is the drawing area, without the lane titles. */
  body?: { domProps?: { center?: { width?: number } } };
}

const internals = (timeline: Timeline | undefined) => timeline as unknown as Internals | undefined;

/** The width of the drawing area, without the lane titles; 0 before vis-timeline has measured itself. */
export function centerWidth(timeline: Timeline | undefined): number {
  return internals(timeline)?.body?.domProps?.center?.width ?? 0;
}

/**
 * vis-timeline lays out each item added inside its window on its own, forcing a layout of the
 * page for each (a millisecond apiece on a phone), but lays out together the items its next
 * draw brings into view. So items are added while its window is, for that moment, out of the
 * way: nothing is drawn and no event is sent in between, and its next frame draws them all.
 */
export function offstage(timeline: Timeline | undefined, add: () => void): void {
  const range = internals(timeline)?.range;
  if (!range) return add();
  const { start, end } = range;
  range.start = OFFSTAGE;
  range.end = OFFSTAGE + 1;
  try {
    add();
  } finally {
    range.start = start;
    range.end = end;
  }
}
