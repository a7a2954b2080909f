import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import type { Series } from './schema.ts';
import { chartLayout, seriesCsv } from './series-chart.ts';
import { fractionOf } from './time-window.ts';

const source = { title: 'AI Magazine, "AAAI-88"', publisher: 'AAAI', pages: 'p. 4' };
const series = (points: Series['points']): Series => ({
  id: 's', kind: 'sourced', title: 'T', definition: 'D', unit: 'people', caveat: 'C', points,
});
const window = { from: startOf('1980'), to: startOf('1990') };

describe('chartLayout', () => {
  it('joins points a year apart and breaks the line at a missing year (a gap stays a gap)', () => {
    const s = series(['1981', '1982', '1983', '1986', '1987'].map((date, i) => ({ date, value: 100 * (i + 1), source })));
    const layout = chartLayout(s, window, 1000, 100);
    expect(layout.lines).toHaveLength(2);
    expect(layout.dots).toHaveLength(5);
  });

  it('puts a point where the timeline puts its date (mid-year for a year)', () => {
    const s = series([{ date: '1985', value: 10, source }]);
    const [dot] = chartLayout(s, window, 1000, 100).dots;
    const mid = new Date((startOf('1985').getTime() + startOf('1986').getTime()) / 2);
    expect(dot.x).toBeCloseTo(fractionOf(window, mid) * 1000, 6);
  });

  it('draws a total over a span as a bar from its start to its end, never spread over years', () => {
    const s = series([{ date: '1982', end: '1984', value: 83, source }]);
    const layout = chartLayout(s, window, 1000, 100);
    expect(layout.bars).toHaveLength(1);
    expect(layout.bars[0].x).toBeCloseTo(200, 0);
    expect(layout.bars[0].x2).toBeCloseTo(500, 0);
    expect(layout.dots).toEqual([]);
  });

  it('starts the value axis at zero and keeps it whatever the window', () => {
    const s = series([{ date: '1981', value: 50, source }, { date: '1989', value: 7000, source }]);
    const a = chartLayout(s, window, 1000, 100).ticks;
    const b = chartLayout(s, { from: startOf('1988'), to: startOf('1990') }, 1000, 100).ticks;
    expect(a[0].value).toBe(0);
    expect(a).toEqual(b);
  });
});

describe('seriesCsv', () => {
  it('writes one row per point with its source, quoting what needs it', () => {
    const csv = seriesCsv(series([{ date: '1988', value: 5588, source }]));
    expect(csv.split('\n')[1]).toBe('1988,,5588,,"AI Magazine, ""AAAI-88""",,AAAI,,p. 4,,,');
  });
});
