import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import { LIMITS, type TimelineEntry } from './timeline-entries.ts';
import { clampWindow, clusterWindow, panWindow, planItems, revealWindow, zoomWindow } from './timeline-plan.ts';

const event = (id: string, date: string, importance: 1 | 2 | 3, end?: string): TimelineEntry => ({
  id, kind: 'event', lane: 'research', start: startOf(date), end: end ? startOf(end) : undefined, importance, label: id,
});
const era: TimelineEntry = {
  id: 'era-a', kind: 'era', lane: null, start: startOf('1974'), end: startOf('1980'), importance: 3, label: 'A winter', eraKind: 'winter', contested: true,
};
const crowd = Array.from({ length: 30 }, (_, i) => event(`e${i}`, String(1960 + i), i % 10 === 0 ? 3 : 1));
const YEAR = 365.25 * 86_400_000;

describe('planItems', () => {
  it('draws every era as a band behind the lanes and a bar in the Eras lane', () => {
    const { items } = planItems([era, ...crowd], { from: startOf('1950'), to: startOf('2030'), widthPx: 800 });
    const band = items.find((i) => i.id === 'band:era-a');
    const bar = items.find((i) => i.id === 'era-a');
    expect(band).toMatchObject({ role: 'band', lane: null, type: 'background', className: 'era-band era-winter era-contested' });
    expect(bar).toMatchObject({ role: 'era', lane: 'eras', type: 'range', align: 'auto' });
  });

  it('accounts for every item once: drawn with a label or counted in a cluster', () => {
    const { items, clusters } = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 600 });
    const drawn = items.filter((i) => i.role === 'item').map((i) => i.id);
    const folded = clusters.flatMap((c) => c.ids);
    expect([...drawn, ...folded].sort()).toEqual(crowd.map((e) => e.id).sort());
    expect(items.filter((i) => i.role === 'cluster')).toHaveLength(clusters.length);
  });

  it('always draws the pinned item, and only what `only` lets through', () => {
    const pinned = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 300, pinned: 'e7' });
    expect(pinned.items.some((i) => i.id === 'e7')).toBe(true);
    const landmarks = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 2000 }, (e) => e.importance === 3);
    expect(landmarks.items.map((i) => i.id)).toEqual(['e0', 'e10', 'e20']);
  });

  it('draws spans as bars and puts late labels to the left of their date', () => {
    const { items } = planItems([event('span', '1990', 2, '1995'), event('late', '2020', 2)], { from: startOf('1980'), to: startOf('2030'), widthPx: 2000 });
    expect(items.find((i) => i.id === 'span')).toMatchObject({ type: 'range', align: 'auto' });
    expect(items.find((i) => i.id === 'late')).toMatchObject({ type: 'box', align: 'right' });
  });
});

describe('window moves', () => {
  const decade = { from: startOf('1980'), to: startOf('1990') };

  it('zooms around the centre and pans by a fraction of the width', () => {
    const zoomed = zoomWindow(decade, 0.5);
    expect(zoomed.from.getUTCFullYear()).toBe(1982);
    expect(zoomed.to.getTime() - zoomed.from.getTime()).toBeCloseTo((decade.to.getTime() - decade.from.getTime()) / 2, -3);
    expect(panWindow(decade, 0.2).from.getTime() - decade.from.getTime()).toBeCloseTo(0.2 * (decade.to.getTime() - decade.from.getTime()), -3);
  });

  it('keeps a window inside the bounds and no narrower than the deepest zoom', () => {
    const early = clampWindow({ from: startOf('1900'), to: startOf('1920') });
    expect(early.from.getTime()).toBe(LIMITS.min.getTime());
    expect(early.to.getTime() - early.from.getTime()).toBe(startOf('1920').getTime() - startOf('1900').getTime());
    const whole = clampWindow({ from: startOf('1000'), to: startOf('3000') });
    expect([whole.from.getTime(), whole.to.getTime()]).toEqual([LIMITS.min.getTime(), LIMITS.max.getTime()]);
    const narrow = clampWindow({ from: startOf('1984'), to: startOf('1984') });
    expect(narrow.to.getTime() - narrow.from.getTime()).toBe(LIMITS.zoomMin);
    const broken = clampWindow({ from: new Date(NaN), to: new Date(NaN) });
    expect([broken.from.getTime(), broken.to.getTime()]).toEqual([LIMITS.min.getTime(), LIMITS.max.getTime()]);
  });

  it('reveals a date at a readable zoom, and leaves a window that already shows it readably', () => {
    expect(revealWindow(decade, startOf('1984'))).toBeNull();
    const far = revealWindow(decade, startOf('2012'))!;
    expect(far.from.getTime() < startOf('2012').getTime() && far.to.getTime() > startOf('2012').getTime()).toBe(true);
    const wide = revealWindow({ from: startOf('1950'), to: startOf('2028') }, startOf('1984'))!;
    expect(wide.to.getTime() - wide.from.getTime()).toBeCloseTo(6 * YEAR, -5);
  });

  it('opens a cluster wide enough for its items, even a cluster of one day', () => {
    const one = clusterWindow({ id: 'c', lane: 'research', start: startOf('1984-08-01'), end: startOf('1984-08-01'), ids: ['x'] });
    expect(one.to.getTime() - one.from.getTime()).toBeGreaterThan(LIMITS.zoomMin);
    expect(one.from.getTime()).toBeLessThan(startOf('1984-08-01').getTime());
  });
});
