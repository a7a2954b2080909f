import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { eraSummaries, filterLedger, ledgerEntries, ledgerFiltersFromParams, ledgerFiltersToParams, monthsLeft } from './forecast-ledger.ts';
import type { Dataset, Forecast } from './schema.ts';

const forecast = (id: string, quoteId: string, madeOn: string, dueBy: string, outcome: Forecast['outcome']): Forecast => ({
  id, quoteId, madeOn, dueBy, outcome, claim: id, horizon: 'stated', horizonNote: 'Said.', outcomeNote: 'As it went.',
  outcomeSources: outcome === 'pending' ? [] : [{ title: 'A history' }],
});

function ledgerData(): Dataset {
  const d = minimalDataset();
  d.quotes.push({ ...d.quotes[0], id: 'q-boom', date: '1965', verification: 'primary' });
  d.quotes.push({ ...d.quotes[0], id: 'q-doubt', date: '1960', verification: 'unverified', verificationNote: 'Not seen.' });
  d.forecasts = [
    forecast('f-late', 'q-boom', '1965', '1975', 'failed'),
    forecast('f-early', 'q-lighthill', '1973-05-09', '1974', 'came-true'),
    forecast('f-doubt', 'q-doubt', '1960', '1970', 'failed'),
    forecast('f-open', 'q-seed', '1984-08', '2030', 'pending'),
  ];
  return d;
}
const entries = ledgerEntries(new DatasetIndex(ledgerData()));

describe('the ledger of forecasts', () => {
  it('orders forecasts by when they fell due, with their quote and the era they were made in', () => {
    expect(entries.map((e) => e.forecast.id)).toEqual(['f-doubt', 'f-early', 'f-late', 'f-open']);
    expect(entries.find((e) => e.forecast.id === 'f-late')?.era?.id).toBe('era-first-boom');
  });

  it('sums up each era’s forecasts by outcome, leaving the ones on unverified quotes uncounted', () => {
    const d = ledgerData();
    const summaries = eraSummaries(entries, new DatasetIndex(d).eras);
    expect(summaries.map((s) => [s.era.id, s.total, s.counts, s.uncounted])).toEqual([
      ['era-first-boom', 2, [['came-true', 1], ['failed', 1]], 1],
    ]);
  });

  it('filters by outcome, era, speaker and language', () => {
    expect(filterLedger(entries, { outcome: 'failed' }).map((e) => e.forecast.id)).toEqual(['f-doubt', 'f-late']);
    expect(filterLedger(entries, { lang: 'zh' }).map((e) => e.forecast.id)).toEqual(['f-open']);
    expect(filterLedger(entries, { speaker: 'Unnamed founder' }).map((e) => e.forecast.id)).toEqual(['f-open']);
    expect(filterLedger(entries, { era: 'era-first-winter' })).toEqual([]);
  });

  it('counts the months left before a pending forecast falls due, negative once it is overdue', () => {
    expect(monthsLeft('2030', new Date(Date.UTC(2026, 11, 2)))).toBe(49); // due by the end of 2030
    expect(monthsLeft('2025-06', new Date(Date.UTC(2026, 11, 2)))).toBe(-17);
  });

  it('reads its filters from a link, one problem per unusable parameter, and writes them back', () => {
    const { filters, problems } = ledgerFiltersFromParams(new URLSearchParams('outcome=failed&fera=nope&flang=fr&fspeaker=Marvin%20Minsky'), { eraIds: ['era-first-boom'], lang: 'en' });
    expect(filters).toEqual({ outcome: 'failed', speaker: 'Marvin Minsky' });
    expect(problems).toEqual(['fera "nope" is not an era in the dataset', 'flang "fr" is not one of en, zh']);
    expect(ledgerFiltersToParams(filters)).toEqual({ outcome: 'failed', fspeaker: 'Marvin Minsky' });
  });
});
