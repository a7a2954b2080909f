import { describe, expect, it } from 'vitest';
import { eraAt, erasInOrder, eraYears, matchesByEra } from './eras.ts';
import { minimalDataset } from './fixtures/minimal.ts';

const data = minimalDataset();

describe('eras', () => {
  it('lists eras from the earliest, whatever order the file has them in', () => {
    const shuffled = { ...data, eras: [...data.eras].reverse() };
    expect(erasInOrder(shuffled).map((e) => e.id)).toEqual(['era-first-boom', 'era-first-winter']);
    expect(erasInOrder(null)).toEqual([]);
  });

  it('finds the era a partial date falls in, through the last day of its end year', () => {
    expect(eraAt(data.eras, '1973-12-31')?.id).toBe('era-first-boom');
    expect(eraAt(data.eras, '1974')?.id).toBe('era-first-winter');
    expect(eraAt(data.eras, '1990')).toBeUndefined();
  });

  it('writes the years an era spans, once when they are the same', () => {
    expect(eraYears(data.eras[0])).toBe('1956–1973');
    expect(eraYears({ ...data.eras[0], end: '1956-11' })).toBe('1956');
    expect(eraYears({ ...data.eras[0], start: '-0599', end: '0000' })).toBe('600 BCE–1 BCE');
    expect(eraYears({ ...data.eras[0], start: '-0599', end: '0045' }, 'zh')).toBe('公元前600年–45');
  });
});

describe('matchesByEra', () => {
  it('counts the records given by id in the era each falls in, and leaves out ids it does not know', () => {
    const data = minimalDataset();
    const counts = matchesByEra(data, ['lighthill-report', 'q-lighthill', 'sur-program', 'q-seed', 'no-such-id']);
    expect(counts.get('era-first-boom')).toBe(3);
    expect(counts.get('era-first-winter')).toBeUndefined();
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(3);
  });
});
