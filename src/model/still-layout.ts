/**
 * Geometry of the still drawing (the picture shown before vis-timeline is built): where a
 * date falls, which ticks the axis shows, and how boxes in a lane stack without touching.
 * It follows vis-timeline's own rules, so that the swap to it moves as little as possible.
 */
import { utc } from './dates.ts';
import type { TimeWindow } from './time-window.ts';

export type TickScale = 'year' | 'month' | 'day';

export interface Tick {
  at: Date;
  scale: TickScale;
}

const DAY = 86_400_000;
// vis-timeline's step sizes (a month is 30 days and a year 360 for choosing, as it does).
const STEPS: Array<[TickScale, number, number]> = [
  ['year', 1000, 360 * DAY], ['year', 500, 360 * DAY], ['year', 100, 360 * DAY], ['year', 50, 360 * DAY],
  ['year', 10, 360 * DAY], ['year', 5, 360 * DAY], ['year', 1, 360 * DAY],
  ['month', 3, 30 * DAY], ['month', 1, 30 * DAY], ['day', 2, DAY], ['day', 1, DAY],
];

/**
 * The axis ticks in the window: the finest step whose labels are at least `minStepPx`
 * apart (vis-timeline asks for seven characters' width), on round years, months or days (UTC).
 */
export function axisTicks(window: TimeWindow, widthPx: number, minStepPx = 56): Tick[] {
  const span = window.to.getTime() - window.from.getTime();
  if (!(span > 0) || !(widthPx > 0)) return [];
  const minStep = (minStepPx / widthPx) * span;
  let chosen = STEPS[0];
  for (const step of STEPS) if (step[1] * step[2] > minStep) chosen = step;
  const [scale, step] = chosen;
  const from = window.from;
  let cursor =
    scale === 'year'
      ? utc(Math.floor(from.getUTCFullYear() / step) * step).getTime()
      : scale === 'month'
        ? utc(from.getUTCFullYear(), Math.floor(from.getUTCMonth() / step) * step + 1).getTime()
        : utc(from.getUTCFullYear(), from.getUTCMonth() + 1, from.getUTCDate()).getTime();
  const ticks: Tick[] = [];
  while (cursor <= window.to.getTime() && ticks.length < 500) {
    if (cursor >= from.getTime()) ticks.push({ at: new Date(cursor), scale });
    const d = new Date(cursor);
    cursor =
      scale === 'year'
        ? utc(d.getUTCFullYear() + step).getTime()
        : scale === 'month'
          ? utc(d.getUTCFullYear(), d.getUTCMonth() + step + 1).getTime()
          : cursor + step * DAY;
  }
  return ticks;
}

/** Boxes that only touch (an era ending where the next begins) share a row. */
const EPSILON = 0.5;

export interface Box {
  left: number;
  width: number;
  height: number;
}

/**
 * Tops for boxes in one lane, in the order given (by start): each goes as high as it can,
 * below any box it would overlap (with `gap` pixels between boxes), as vis-timeline stacks.
 * Returns the tops and the height the lane needs.
 */
export function stackBoxes(boxes: readonly Box[], gap: number, top = gap): { tops: number[]; height: number } {
  const placed: Array<Box & { top: number }> = [];
  const tops: number[] = [];
  let height = 0;
  for (const box of boxes) {
    let y = top;
    for (let moved = true; moved; ) {
      moved = false;
      for (const other of placed) {
        const across = box.left + EPSILON < other.left + other.width && box.left + box.width - EPSILON > other.left;
        const down = y < other.top + other.height + gap && y + box.height + gap > other.top;
        if (across && down) {
          y = other.top + other.height + gap;
          moved = true;
        }
      }
    }
    placed.push({ ...box, top: y });
    tops.push(y);
    height = Math.max(height, y + box.height);
  }
  return { tops, height };
}
