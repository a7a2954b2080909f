/**
 * The ledger of forecasts as readers browse it: filtered by outcome, era, speaker and
 * language, ordered by when they fell due, summed up per era, and for pending ones the time
 * left. Forecasts on unverified quotes are listed but never counted. Pure, tested in node.
 */
import type { DatasetIndex } from './dataset-index.ts';
import { endOf, startOf } from './dates.ts';
import { eraAt } from './eras.ts';
import { problemText } from './problem-text.ts';
import type { Era, Forecast, Lang, Outcome, Quote } from './schema.ts';
import { localize } from './text.ts';
import { LANGS, OUTCOMES } from './vocabulary.ts';

export interface LedgerFilters {
  outcome?: Outcome;
  /** The era a forecast was made in. */
  era?: string;
  /** The speaker's name, as the quote gives it in English (or as given). */
  speaker?: string;
  /** The language the forecast was made in. */
  lang?: Lang;
}

export interface LedgerEntry {
  forecast: Forecast;
  quote: Quote;
  /** The era it was made in, if any. */
  era?: Era;
  /** Left out of the ledger's figures: its quote is unverified. */
  uncounted: boolean;
}

export interface EraSummary {
  era: Era;
  /** Counted forecasts (unverified quotes aside) by outcome, in OUTCOMES order. */
  counts: Array<[Outcome, number]>;
  total: number;
  /** Listed but not counted. */
  uncounted: number;
}

/** Every forecast with its quote and era, ordered by when it fell due (then when it was made). */
export function ledgerEntries(index: DatasetIndex): LedgerEntry[] {
  const eras = index.eras;
  return (index.dataset.forecasts ?? [])
    .flatMap((forecast) => {
      const quote = index.quoteOf(forecast);
      if (!quote) return [];
      return [{ forecast, quote, era: eraAt(eras, forecast.madeOn), uncounted: quote.verification === 'unverified' }];
    })
    .sort((a, b) => startOf(a.forecast.dueBy).getTime() - startOf(b.forecast.dueBy).getTime() || startOf(a.forecast.madeOn).getTime() - startOf(b.forecast.madeOn).getTime());
}

export function speakerKey(quote: Quote): string {
  return localize(quote.speaker, 'en');
}

export function filterLedger(entries: readonly LedgerEntry[], filters: LedgerFilters): LedgerEntry[] {
  return entries.filter(
    (e) =>
      (!filters.outcome || e.forecast.outcome === filters.outcome) &&
      (!filters.era || e.era?.id === filters.era) &&
      (!filters.speaker || speakerKey(e.quote) === filters.speaker) &&
      (!filters.lang || e.quote.lang === filters.lang),
  );
}

/** Per era (in order), how the forecasts made in it turned out; eras with none are left out. */
export function eraSummaries(entries: readonly LedgerEntry[], eras: readonly Era[]): EraSummary[] {
  return eras.flatMap((era) => {
    const made = entries.filter((e) => e.era?.id === era.id);
    if (!made.length) return [];
    const counted = made.filter((e) => !e.uncounted);
    const counts = OUTCOMES.map((o): [Outcome, number] => [o, counted.filter((e) => e.forecast.outcome === o).length]).filter(([, n]) => n > 0);
    return [{ era, counts, total: counted.length, uncounted: made.length - counted.length }];
  });
}

/** How long until a pending forecast falls due (negative: overdue), in whole months. */
export function monthsLeft(dueBy: string, now: Date): number {
  const due = endOf(dueBy);
  return (due.getUTCFullYear() - now.getUTCFullYear()) * 12 + (due.getUTCMonth() - now.getUTCMonth());
}

/** The filters from URL parameters; what cannot be used is left out with a line. */
export function ledgerFiltersFromParams(params: URLSearchParams, known: { eraIds: readonly string[]; lang: Lang }): { filters: LedgerFilters; problems: string[] } {
  const t = problemText(known.lang);
  const filters: LedgerFilters = {};
  const problems: string[] = [];
  const outcome = params.get('outcome');
  if (outcome !== null) {
    if ((OUTCOMES as readonly string[]).includes(outcome)) filters.outcome = outcome as Outcome;
    else problems.push(t.notOneOf('outcome', outcome, OUTCOMES));
  }
  const era = params.get('fera');
  if (era !== null) {
    if (known.eraIds.includes(era)) filters.era = era;
    else problems.push(t.notEra('fera', era));
  }
  const speaker = params.get('fspeaker');
  if (speaker) filters.speaker = speaker.slice(0, 200);
  const lang = params.get('flang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) filters.lang = lang as Lang;
    else problems.push(t.notOneOf('flang', lang, LANGS));
  }
  return { filters, problems };
}

export function ledgerFiltersToParams(filters: LedgerFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.outcome) out.outcome = filters.outcome;
  if (filters.era) out.fera = filters.era;
  if (filters.speaker) out.fspeaker = filters.speaker;
  if (filters.lang) out.flang = filters.lang;
  return out;
}
