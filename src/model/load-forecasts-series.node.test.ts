/**
 * The loader on forecasts and number series: optional collections, each problem named by
 * file, record, point and field; a bad point leaves the rest of its series, a bad forecast the
 * rest of the ledger.
 */
import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import { validateDocument } from './load.ts';

const source = { title: 'AI Magazine', publisher: 'AAAI', date: '1988', pages: 'p. 4' };
const point = (date: string, value: unknown, extra: Record<string, unknown> = {}) => ({ date, value, source, ...extra });
const series = (points: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'aaai-attendance', kind: 'sourced', title: 'AAAI attendance', definition: 'People at the conference.', unit: 'people',
  caveat: 'Counts differ by year.', points, ...extra,
});
const forecast = (extra: Record<string, unknown> = {}) => ({
  id: 'f-lighthill', quoteId: 'q-lighthill', claim: 'No general-purpose robot.', madeOn: '1973-05-09', dueBy: '1998',
  horizon: 'inferred', horizonNote: 'Twenty-five years.', outcome: 'failed', outcomeNote: 'Said of its time.',
  outcomeSources: [{ title: 'A history' }], ...extra,
});
const load = (extra: Record<string, unknown>) => validateDocument({ ...minimalDataset(), ...extra }, 'mine.json');
const messages = (extra: Record<string, unknown>) => load(extra).errors.map((e) => e.message);

describe('validateDocument: forecasts and series', () => {
  it('loads a dataset without them, and leaves them out of what it returns', () => {
    const result = load({});
    expect(result.ok).toBe(true);
    expect('forecasts' in result.dataset! || 'series' in result.dataset!).toBe(false);
  });

  it('keeps a series and its points', () => {
    const result = load({ series: [series([point('1985', 7000), point('1988', 5588)])] });
    expect(result.errors).toEqual([]);
    expect(result.dataset!.series![0].points.map((p) => p.value)).toEqual([7000, 5588]);
  });

  it('names each bad point and keeps the rest of its series', () => {
    const bad = [point('1985', 7000), point('1986', 'many'), { date: '1987', value: 4000 }, point('19x8', 5)];
    const result = load({ series: [series(bad)] });
    expect(result.errors.map((e) => e.message)).toEqual([
      'mine.json: series "aaai-attendance" (index 0): points[1].value "many" must be a number',
      'mine.json: series "aaai-attendance" (index 0): points[2] (1987) names no source: every number of a sourced series has its own',
      'mine.json: series "aaai-attendance" (index 0): points[3].date "19x8" is not a date',
    ]);
    expect(result.dataset!.series![0].points.map((p) => p.date)).toEqual(['1985']);
  });

  it('leaves out a point outside the series’ coverage, and an empty series, saying so', () => {
    expect(messages({ series: [series([point('1979', 1), point('1985', 2)], { coverage: { start: '1980', end: '1990' } })] })).toEqual([
      'mine.json: series "aaai-attendance" (index 0): points[0].date "1979" is outside the series\' coverage (1980 to 1990)',
    ]);
    expect(messages({ series: [series([])] })).toEqual(['mine.json: series "aaai-attendance" (index 0): has no points, so the series was left out']);
  });

  it('takes a derived series without sources, and a total over a span', () => {
    const derived = series([{ date: '1980', end: '1984', value: 60, n: 12 }], { kind: 'derived', id: 'collection-optimism' });
    expect(load({ series: [derived] }).errors).toEqual([]);
  });

  it('keeps a forecast whose dates agree with its quote and outcome', () => {
    expect(messages({ forecasts: [forecast()] })).toEqual([]);
  });

  it('names a forecast on a quote that does not exist, or made on another date than its quote', () => {
    expect(messages({ forecasts: [forecast({ quoteId: 'q-ghost' })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): quoteId "q-ghost" is not a quote in the dataset',
    ]);
    expect(messages({ forecasts: [forecast({ madeOn: '1974' })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): madeOn "1974" is not its quote\'s date "1973-05-09"',
    ]);
  });

  it('asks a settled outcome for its sources, and a late one for a date after the horizon', () => {
    expect(messages({ forecasts: [forecast({ outcomeSources: [] })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): outcomeSources must name at least one source that settles the outcome',
    ]);
    expect(messages({ forecasts: [forecast({ outcomeSources: [], outcome: 'pending' })] })).toEqual([]);
    expect(messages({ forecasts: [forecast({ outcome: 'came-true-late', outcomeDate: '1990' })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): outcomeDate "1990" is not after dueBy "1998", so it did not come true late',
    ]);
    expect(messages({ forecasts: [forecast({ outcome: 'came-true', outcomeDate: '2005' })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): outcomeDate "2005" is after dueBy "1998": it came true late',
    ]);
    expect(messages({ forecasts: [forecast({ dueBy: '1970' })] })).toEqual([
      'mine.json: forecast "f-lighthill" (index 0): dueBy "1970" is before madeOn "1973-05-09"',
    ]);
  });
});
