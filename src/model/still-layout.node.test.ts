import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import { axisTicks, stackBoxes } from './still-layout.ts';
import { fractionOf } from './time-window.ts';

const window = (from: string, to: string) => ({ from: startOf(from), to: startOf(to) });

describe('axisTicks', () => {
  it('picks vis-timeline steps: fifty years on a phone over the full span, single years over a decade', () => {
    const wide = axisTicks(window('1950', '2028'), 330);
    expect(wide.map((t) => t.at.getUTCFullYear())).toEqual([1950, 2000]);
    const decade = axisTicks(window('1980', '1990'), 1100);
    expect(decade.every((t) => t.scale === 'year')).toBe(true);
    expect(decade.map((t) => t.at.getUTCFullYear())).toEqual([1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 1989, 1990]);
  });

  it('puts ticks on the years of the first century and before 1 AD, not in the 1900s', () => {
    expect(axisTicks(window('0040', '0050'), 1100).map((t) => t.at.getUTCFullYear())).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
    expect(axisTicks(window('-0650', '-0450'), 400).map((t) => t.at.getUTCFullYear())).toEqual([-650, -600, -550, -500, -450]);
    const months = axisTicks(window('0045-01', '0045-07'), 1100);
    expect(months.map((t) => [t.at.getUTCFullYear(), t.at.getUTCMonth() + 1])).toEqual([[45, 1], [45, 2], [45, 3], [45, 4], [45, 5], [45, 6], [45, 7]]);
  });

  it('keeps labels at least the minimum step apart', () => {
    for (const width of [200, 390, 800, 1400]) {
      const w = window('1956', '2026');
      const ticks = axisTicks(w, width);
      for (let i = 1; i < ticks.length; i++) {
        expect((fractionOf(w, ticks[i].at) - fractionOf(w, ticks[i - 1].at)) * width).toBeGreaterThanOrEqual(56);
      }
    }
  });

  it('turns to months, on month starts in UTC, when zoomed into a year', () => {
    const ticks = axisTicks(window('2023-06', '2024-09'), 1100);
    expect(ticks[0].scale).toBe('month');
    expect(ticks.every((t) => t.at.getUTCDate() === 1 && t.at.getUTCHours() === 0)).toBe(true);
    expect(ticks.length).toBeGreaterThan(10);
  });

  it('gives nothing for an empty window or no width', () => {
    expect(axisTicks(window('1990', '1980'), 800)).toEqual([]);
    expect(axisTicks(window('1980', '1990'), 0)).toEqual([]);
  });
});

describe('stackBoxes', () => {
  it('puts a box below the one it would overlap, and beside the ones it would not', () => {
    const { tops, height } = stackBoxes(
      [
        { left: 0, width: 100, height: 30 },
        { left: 50, width: 100, height: 30 },
        { left: 200, width: 100, height: 30 },
      ],
      6,
    );
    expect(tops).toEqual([6, 42, 6]);
    expect(height).toBe(72);
  });

  it('lets boxes that only touch share a row', () => {
    const { tops } = stackBoxes(
      [
        { left: 0, width: 100.2, height: 24 },
        { left: 100, width: 50, height: 24 },
      ],
      6,
    );
    expect(tops).toEqual([6, 6]);
  });

  it('moves a box down past every box in its way, not only the first', () => {
    const { tops } = stackBoxes(
      [
        { left: 0, width: 100, height: 30 },
        { left: 0, width: 300, height: 30 },
        { left: 50, width: 100, height: 30 },
      ],
      6,
    );
    expect(tops).toEqual([6, 42, 78]);
  });
});
