import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import { declutter } from './declutter.ts';
import type { TimelineEntry } from './timeline-entries.ts';

const entry = (id: string, date: string, importance: 1 | 2 | 3, lane: TimelineEntry['lane'] = 'research'): TimelineEntry => ({
  id, kind: 'event', lane, start: startOf(date), importance, label: id,
});

/** Forty events a year apart in one lane, every tenth a landmark. */
const crowd = Array.from({ length: 40 }, (_, i) => entry(`e${i}`, String(1960 + i), i % 10 === 0 ? 3 : 1));

describe('declutter', () => {
  it('gives landmarks a label first when the lane is crowded', () => {
    const { shown } = declutter(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 1000 });
    const landmarks = crowd.filter((e) => e.importance === 3).map((e) => e.id);
    expect(landmarks.every((id) => shown.has(id))).toBe(true);
    expect(shown.size).toBeLessThan(crowd.length);
  });

  it('folds every item without a label into exactly one cluster', () => {
    const { shown, clusters } = declutter(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 1000 });
    const folded = clusters.flatMap((c) => c.ids);
    expect(new Set(folded).size).toBe(folded.length);
    expect(folded.length + shown.size).toBe(crowd.length);
    expect(folded.some((id) => shown.has(id))).toBe(false);
  });

  it('never gives two labels in the same row overlapping room', () => {
    const labelPx = 160;
    const from = startOf('1950');
    const to = startOf('2030');
    const { shown } = declutter(crowd, { from, to, widthPx: 1000, labelPx, rows: 1 });
    const pxPerMs = 1000 / (to.getTime() - from.getTime());
    const xs = crowd.filter((e) => shown.has(e.id)).map((e) => e.start.getTime() * pxPerMs).sort((a, b) => a - b);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(labelPx);
  });

  it('shows everything once zoomed in far enough', () => {
    const { shown, clusters } = declutter(crowd, { from: startOf('1970'), to: startOf('1975'), widthPx: 1000 });
    for (const id of ['e10', 'e11', 'e12', 'e13', 'e14']) expect(shown.has(id)).toBe(true);
    expect(clusters.filter((c) => c.start.getTime() >= startOf('1970').getTime() && c.start.getTime() < startOf('1975').getTime())).toEqual([]);
  });

  it('keeps lanes apart: a crowded lane does not hide a lone item in another', () => {
    const lone = entry('lone', '1984', 1, 'media');
    const { shown } = declutter([...crowd, lone], { from: startOf('1950'), to: startOf('2030'), widthPx: 1000 });
    expect(shown.has('lone')).toBe(true);
  });

  it('ignores items far outside the window', () => {
    const { shown, clusters } = declutter(crowd, { from: startOf('1990'), to: startOf('1991'), widthPx: 1000 });
    expect(shown.has('e0')).toBe(false);
    expect(clusters.some((c) => c.ids.includes('e0'))).toBe(false);
  });
});
