import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import { filtersFromParams, filtersToParams } from './quote-filters.ts';

describe('filters in the URL', () => {
  it('reads every filter from its parameter', () => {
    const p = new URLSearchParams('qera=era-first-winter&stance=cautionary&speaker=Roger%20Schank&qfrom=1980&qto=1995&verified=primary&qlang=zh');
    expect(filtersFromParams(p)).toEqual({
      filters: { era: 'era-first-winter', stance: 'cautionary', speaker: 'Roger Schank', from: 1980, to: 1995, verification: 'primary', lang: 'zh' },
      problems: [],
    });
  });

  it('writes what it reads (round trip), and only the filters that are set', () => {
    const filters = { era: 'era-first-winter', stance: 'neutral' as const, from: 1974, verification: 'secondary' as const, lang: 'en' as const };
    const params = filtersToParams(filters);
    expect(params).toEqual({ qera: 'era-first-winter', stance: 'neutral', qfrom: '1974', verified: 'secondary', qlang: 'en' });
    expect(filtersFromParams(new URLSearchParams(params)).filters).toEqual(filters);
  });

  it('reports every invalid value in its own line and keeps the valid ones', () => {
    const p = new URLSearchParams('qera=Not%20An%20Id&stance=happy&qfrom=19x4&qto=1990&verified=yes&qlang=fr');
    const { filters, problems } = filtersFromParams(p);
    expect(filters).toEqual({ to: 1990 });
    expect(problems).toEqual([
      'qera "Not An Id" is not an era in the dataset',
      'stance "happy" is not one of optimistic, cautionary, neutral',
      'qfrom "19x4" is not a year (use four digits, like 1984)',
      'verified "yes" is not one of primary, secondary, unverified',
      'qlang "fr" is not one of en, zh',
    ]);
  });

  it('reports a from after to and ignores both', () => {
    const { filters, problems } = filtersFromParams(new URLSearchParams('qfrom=2000&qto=1990'));
    expect(filters).toEqual({});
    expect(problems).toEqual(['qfrom 2000 is after qto 1990: both were ignored']);
  });

  it('reports an era that the dataset does not have, when given the era ids', () => {
    const { problems } = filtersFromParams(new URLSearchParams('qera=era-ice-age'), { eraIds: minimalDataset().eras.map((e) => e.id) });
    expect(problems).toEqual(['qera "era-ice-age" is not an era in the dataset']);
  });

  it('leaves out the timeline’s own parameters and blank values', () => {
    expect(filtersFromParams(new URLSearchParams('era=x&from=1&to=2&lang=zh&stance=')).filters).toEqual({});
  });
});
