import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import { clampWindow, clusterWindow, eraWindow, fractionOf, LIMITS, panWindow, revealWindow, sameWindow, zoomWindow } from './time-window.ts';

const YEAR = 365.25 * 86_400_000;
const window = (from: string, to: string) => ({ from: startOf(from), to: startOf(to) });

describe('fractionOf', () => {
  it('places dates across the window, past its edges too', () => {
    const w = window('1980', '1990');
    expect(fractionOf(w, startOf('1980'))).toBe(0);
    expect(fractionOf(w, startOf('1990'))).toBe(1);
    expect(fractionOf(w, startOf('1985'))).toBeCloseTo(0.5, 2);
    expect(fractionOf(w, startOf('1970'))).toBeLessThan(0);
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

describe('eraWindow and sameWindow', () => {
  it('pads an era by 4 % of its length on each side, from its first to its last day', () => {
    const w = eraWindow('1980', '1989');
    const span = startOf('1990').getTime() - startOf('1980').getTime();
    expect(w.from.getTime()).toBeCloseTo(startOf('1980').getTime() - span * 0.04, -3);
    expect(w.to.getTime()).toBeCloseTo(startOf('1990').getTime() + span * 0.04, -3);
  });

  it('tells windows equal to the millisecond, not by identity', () => {
    expect(sameWindow(window('1980', '1990'), window('1980', '1990'))).toBe(true);
    expect(sameWindow(window('1980', '1990'), { from: startOf('1980'), to: new Date(startOf('1990').getTime() + 1) })).toBe(false);
  });
});
