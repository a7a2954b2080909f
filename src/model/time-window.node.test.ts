import { describe, expect, it } from 'vitest';
import { projectDataset } from './fixtures/project-data.ts';
import { endOf, startOf } from './dates.ts';
import { toTimelineEntries } from './timeline-entries.ts';
import {
  clampWindow, clusterWindow, DEFAULT_SPAN, eraWindow, fractionOf, panWindow, revealWindow, sameWindow, spanOf, zoomWindow,
  type DataSpan, type Placed,
} from './time-window.ts';

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

  it('keeps a window inside the limits it is given and no narrower than their deepest zoom', () => {
    const early = clampWindow({ from: startOf('1900'), to: startOf('1920') }, DEFAULT_SPAN.limits);
    expect(early.from.getTime()).toBe(DEFAULT_SPAN.limits.min.getTime());
    expect(early.to.getTime() - early.from.getTime()).toBe(startOf('1920').getTime() - startOf('1900').getTime());
    const whole = clampWindow({ from: startOf('1000'), to: startOf('3000') }, DEFAULT_SPAN.limits);
    expect([whole.from.getTime(), whole.to.getTime()]).toEqual([DEFAULT_SPAN.limits.min.getTime(), DEFAULT_SPAN.limits.max.getTime()]);
    const narrow = clampWindow({ from: startOf('1984'), to: startOf('1984') }, DEFAULT_SPAN.limits);
    expect(narrow.to.getTime() - narrow.from.getTime()).toBe(DEFAULT_SPAN.limits.zoomMin);
    const broken = clampWindow({ from: new Date(NaN), to: new Date(NaN) }, DEFAULT_SPAN.limits);
    expect([broken.from.getTime(), broken.to.getTime()]).toEqual([DEFAULT_SPAN.limits.min.getTime(), DEFAULT_SPAN.limits.max.getTime()]);
  });

  it('keeps a window of the first century inside limits of the first century (not 1950)', () => {
    const { limits } = spanOf([{ start: startOf('0602') }, { start: startOf('0698') }]);
    const w = clampWindow({ from: startOf('0610'), to: startOf('0620') }, limits);
    expect([w.from, w.to]).toEqual([startOf('0610'), startOf('0620')]);
    expect(clampWindow({ from: startOf('1950'), to: startOf('1960') }, limits).to).toEqual(limits.max);
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
    expect(one.to.getTime() - one.from.getTime()).toBeGreaterThan(DEFAULT_SPAN.limits.zoomMin);
    expect(one.from.getTime()).toBeLessThan(startOf('1984-08-01').getTime());
  });

  it('opens a cluster of one minute as narrow as minute data allows', () => {
    const at = startOf('1969-07-20T20:17');
    const one = clusterWindow({ id: 'c', lane: 'research', start: at, end: at, ids: ['x'] }, 4 * 60_000);
    expect(one.to.getTime() - one.from.getTime()).toBeLessThan(10 * 60_000);
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

const builtInDataset = projectDataset;
/** Entries as spans of partial dates: [date] an instant, [date, end] the span from its start to its end's end. */
const placed = (...dates: Array<[string] | [string, string]>): Placed[] =>
  dates.map(([d, e]) => (e ? { start: startOf(d), end: endOf(e) } : { start: startOf(d) }));
const shown = (s: DataSpan) => [s.window.from, s.window.to, s.limits.min, s.limits.max].map((d) => d.toISOString().replace(/T00:00:00.000Z$/, ''));

describe('spanOf: the window and limits come from the data', () => {
  it('opens the built-in dataset (1950-10 to 2026) on 1950-2028, as before, with limits a little wider', () => {
    const span = spanOf(toTimelineEntries(builtInDataset(), 'en'));
    expect(span.window).toEqual(DEFAULT_SPAN.window);
    expect(shown(span)).toEqual(['1950-01-01', '2028-01-01', '1946-01-01', '2032-01-01']);
    expect(span.limits.zoomMin).toBe(4 * 86_400_000);
    expect(span.limits.zoomMax).toBe(span.limits.max.getTime() - span.limits.min.getTime());
  });

  it('opens data from AD 602-698 on 600-700, not on 1950', () => {
    expect(shown(spanOf(placed(['0602'], ['0650', '0660'], ['0698-11-02'])))).toEqual(['0600-01-01', '0700-01-01', '0594-01-01', '0706-01-01']);
  });

  it('opens data from 1815 to 1985 on 1810-1990, every item in view', () => {
    expect(shown(spanOf(placed(['1815-06-18'], ['1914', '1918'], ['1985-03-11'])))).toEqual(['1810-01-01', '1990-01-01', '1800-01-01', '2000-01-01']);
  });

  it('opens data before 1 AD on round astronomical years', () => {
    const span = spanOf(placed(['-0752-04-21'], ['-0043-03-15'], ['0476-09-04']));
    expect(shown(span)).toEqual(['-000800-01-01', '0500-01-01', '-000900-01-01', '0600-01-01']);
  });

  it('lets data timed to the minute zoom to four minutes, and opens it on round hours', () => {
    const span = spanOf(placed(['1969-07-16T13:32'], ['1969-07-20T20:17'], ['1969-07-24T16:50']));
    expect(span.limits.zoomMin).toBe(4 * 60_000);
    expect([span.window.from.toISOString(), span.window.to.toISOString()]).toEqual(['1969-07-16T12:00:00.000Z', '1969-07-25T00:00:00.000Z']);
  });

  it('keeps zooming to four days for data dated to the day, and to four hours for data on whole hours', () => {
    expect(spanOf(placed(['1984-08-06'], ['1984-08-10'])).limits.zoomMin).toBe(4 * 86_400_000);
    expect(spanOf(placed(['1984-08-06T09:00'], ['1984-08-10'])).limits.zoomMin).toBe(4 * 3_600_000);
  });

  it('opens a single instant on a window it can move in', () => {
    const span = spanOf(placed(['1969-07-20T20:17']));
    const width = span.window.to.getTime() - span.window.from.getTime();
    expect(width).toBeGreaterThanOrEqual(10 * span.limits.zoomMin);
    expect(fractionOf(span.window, startOf('1969-07-20T20:17'))).toBeGreaterThan(0.3);
    expect(fractionOf(span.window, startOf('1969-07-20T20:17'))).toBeLessThan(0.7);
  });

  it('stays inside the range of a Date for data at its very edges', () => {
    const span = spanOf(placed(['-271821-04-20'], ['+275760-09-12']));
    expect(span.limits.min.getTime()).toBe(-8.64e15);
    expect(span.limits.max.getTime()).toBe(8.64e15);
    expect(Number.isFinite(span.window.from.getTime()) && Number.isFinite(span.window.to.getTime())).toBe(true);
    const first = spanOf(placed(['-271821-04-20']));
    expect([first.window.from.getTime(), first.limits.min.getTime()]).toEqual([-8.64e15, -8.64e15]);
    expect(first.window.to.getTime() - first.window.from.getTime()).toBeGreaterThanOrEqual(first.limits.zoomMin);
  });

  it('falls back to the default span for data with no dates', () => {
    expect(spanOf([])).toBe(DEFAULT_SPAN);
    expect(spanOf([{ start: new Date(NaN) }])).toBe(DEFAULT_SPAN);
  });

  it('always shows every entry in the window, and keeps the window inside the limits', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 300; run++) {
      const centre = (random() - 0.5) * 1.6e16;
      const width = 10 ** (random() * 16);
      const entries = Array.from({ length: 1 + Math.floor(random() * 5) }, () => {
        const start = Math.round(centre + (random() - 0.5) * width);
        return random() < 0.5 ? { start: new Date(start) } : { start: new Date(start), end: new Date(start + random() * width) };
      }).filter((e) => Math.abs(e.start.getTime()) <= 8.64e15 && Math.abs(e.end?.getTime() ?? 0) <= 8.64e15);
      if (!entries.length) continue;
      const { window, limits } = spanOf(entries);
      for (const e of entries) {
        expect(e.start.getTime()).toBeGreaterThanOrEqual(window.from.getTime());
        expect((e.end ?? e.start).getTime()).toBeLessThanOrEqual(window.to.getTime());
      }
      expect(limits.min.getTime()).toBeLessThanOrEqual(window.from.getTime());
      expect(limits.max.getTime()).toBeGreaterThanOrEqual(window.to.getTime());
      expect(window.to.getTime() - window.from.getTime()).toBeGreaterThanOrEqual(limits.zoomMin);
      expect(sameWindow(clampWindow(window, limits), window)).toBe(true);
    }
  });
});
