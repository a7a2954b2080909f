/**
 * The explorer's state as a URL query string, and back. Every parameter is read on its own:
 * one that cannot be used is left out with a one-line problem, and the rest still applies.
 *   lang=en|zh  from=1984  to=1987-06  era=<era id>  item=<event or quote id>
 *   q=<search text>  compare=<quote id>,<quote id>[,…]  panel=eras|search|compare|rhymes|predictions|about
 *   + the search filters (qkind, qera, stance, speaker, qfrom, qto, verified, qlang)
 *   + the ledger's filters (outcome, fera, fspeaker, flang)  chart=<series id>
 *   rhyme=<era id>,<era id>  anchor=<event id>,<event id>  lanes=<lane id>,…  years=<from>,<to>  (the Rhyme view, model/rhyme.ts)
 */
import { MAX_COMPARE } from './compare.ts';
import { isoYear } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { problemText } from './problem-text.ts';
import { parseRhyme, rhymeToParams, sameRhyme, type Rhyme } from './rhyme.ts';
import { ledgerFiltersFromParams, ledgerFiltersToParams, type LedgerFilters } from './forecast-ledger.ts';
import { filtersFromParams, filtersToParams } from './quote-filters.ts';
import { kindsText, parseKinds } from './search-kinds.ts';
import type { SiteFilters } from './site-search.ts';
import type { Lang } from './schema.ts';
import type { TimeWindow } from './time-window.ts';
import { resolveWindow } from './view-request.ts';
import { SEARCH_KINDS } from './vocabulary.ts';

export const PANELS = ['eras', 'search', 'compare', 'rhymes', 'predictions', 'about'] as const;
export type Panel = (typeof PANELS)[number];
const MAX_QUERY = 500;

export interface ExplorerState {
  lang: Lang;
  /** The window the reader moved to, or asked for in the URL (null: the era's, or the full span). */
  window: TimeWindow | null;
  era: string | null;
  item: string | null;
  q: string;
  /** The search's filters, and the kinds of record it looks in. */
  filters: SiteFilters;
  compare: string[];
  /** The ledger of forecasts' filters (the Predictions panel). */
  ledger: LedgerFilters;
  /** The series drawn in the band of numbers under the timeline ('' for none). */
  chart: string;
  panel: Panel;
  /** Two eras side by side in the Rhyme view (the rhymes panel), or null for the list of pairs. */
  rhyme: Rhyme | null;
}

export function initialState(lang: Lang): ExplorerState {
  return { lang, window: null, era: null, item: null, q: '', filters: {}, compare: [], ledger: {}, chart: '', panel: 'eras', rhyme: null };
}

/** The language a first visit should get: the browser's first preference we can serve. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    if (l.toLowerCase().startsWith('zh')) return 'zh';
    if (l.toLowerCase().startsWith('en')) return 'en';
  }
  return 'en';
}

/** Reads a query string against the loaded dataset. */
export function parseUrlState(search: string, index: DatasetIndex, fallbackLang: Lang): { state: ExplorerState; problems: string[] } {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const state = initialState(fallbackLang);

  const lang = params.get('lang');
  if (lang === 'en' || lang === 'zh') state.lang = lang;
  // The lines are in the language the page will be shown in.
  const t = problemText(state.lang);
  if (lang !== null && lang !== 'en' && lang !== 'zh') problems.push(t.notLang(lang));

  const window = resolveWindow(params.get('from'), params.get('to'), state.lang);
  problems.push(...window.problems);
  state.window = window.window ?? null;

  const era = params.get('era');
  if (era !== null) {
    if (index.kindOf(era) === 'era') state.era = era;
    else problems.push(t.notEra('era', era));
  }

  const item = params.get('item');
  if (item !== null) {
    const kind = index.kindOf(item);
    if (kind === 'event' || kind === 'quote' || kind === 'forecast') state.item = item;
    else problems.push(t.notItem(item));
  }

  const q = params.get('q');
  if (q !== null) {
    state.q = q.slice(0, MAX_QUERY);
    if (q.length > MAX_QUERY) problems.push(t.queryTooLong(MAX_QUERY));
  }

  const filters = filtersFromParams(params, { eraIds: index.eras.map((e) => e.id), lang: state.lang });
  state.filters = filters.filters;
  problems.push(...filters.problems);
  const qkind = params.get('qkind');
  if (qkind !== null) {
    const { kinds, unknown } = parseKinds(qkind);
    if (unknown.length) problems.push(t.notOneOf('qkind', unknown.join(','), SEARCH_KINDS));
    if (kinds.length) state.filters.kinds = kinds;
  }

  const compare = params.get('compare');
  if (compare !== null) {
    const seen = new Set<string>();
    for (const id of compare.split(',').map((s) => s.trim()).filter(Boolean)) {
      if (seen.has(id)) continue;
      seen.add(id);
      if (index.kindOf(id) === 'quote') state.compare.push(id);
      else problems.push(t.notQuote(id));
    }
    if (state.compare.length > MAX_COMPARE) {
      problems.push(t.tooManyToCompare(MAX_COMPARE));
      state.compare = state.compare.slice(0, MAX_COMPARE);
    }
  }

  const chart = params.get('chart');
  if (chart) {
    if ((index.dataset.series ?? []).some((s) => s.id === chart)) state.chart = chart;
    else problems.push(t.notOneOf('chart', chart, (index.dataset.series ?? []).map((s) => s.id)));
  }

  const ledger = ledgerFiltersFromParams(params, { eraIds: index.eras.map((e) => e.id), lang: state.lang });
  state.ledger = ledger.filters;
  problems.push(...ledger.problems);

  const rhyme = parseRhyme(params, index.dataset, state.lang);
  state.rhyme = rhyme.rhyme;
  problems.push(...rhyme.problems);

  const panel = params.get('panel');
  if (panel !== null && !(PANELS as readonly string[]).includes(panel)) problems.push(t.notOneOf('panel', panel, PANELS));
  if (panel !== null && (PANELS as readonly string[]).includes(panel)) state.panel = panel as Panel;
  else if (state.rhyme) state.panel = 'rhymes';
  else if (state.compare.length) state.panel = 'compare';
  else if (state.q || Object.keys(state.filters).length) state.panel = 'search';
  else if (Object.keys(state.ledger).length) state.panel = 'predictions';

  return { state, problems };
}

/** The query string for a state (defaults left out, so links stay short). */
export function toQueryString(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('lang', state.lang);
  if (state.era) params.set('era', state.era);
  if (state.window) {
    params.set('from', boundText(state.window.from, 'start'));
    params.set('to', boundText(state.window.to, 'end'));
  }
  if (state.item) params.set('item', state.item);
  if (state.q) params.set('q', state.q);
  const kinds = kindsText(state.filters.kinds);
  if (kinds) params.set('qkind', kinds);
  for (const [k, v] of Object.entries(filtersToParams(state.filters))) params.set(k, v);
  if (state.compare.length) params.set('compare', state.compare.join(','));
  for (const [k, v] of Object.entries(ledgerFiltersToParams(state.ledger))) params.set(k, v);
  if (state.chart) params.set('chart', state.chart);
  if (state.panel !== 'eras') params.set('panel', state.panel);
  for (const [k, v] of Object.entries(rhymeToParams(state.rhyme))) params.set(k, v);
  return `?${params.toString()}`;
}

/**
 * Whether going from one state to the other deserves its own history entry (Back returns to
 * it): a new selection, era, comparison, language, panel or pair of eras side by side. Panning, zooming and typing do not.
 */
export function isMeaningfulChange(a: ExplorerState, b: ExplorerState): boolean {
  return a.item !== b.item || a.era !== b.era || a.lang !== b.lang || a.panel !== b.panel || a.compare.join() !== b.compare.join() || !sameRhyme(a.rhyme, b.rhyme);
}

/**
 * A window bound for the URL: a year when it falls on one ("1984"), else its month ("1984-08"),
 * read back as the start of `from` and the end of `to`. So a window from a link comes back as it
 * was, and one the reader dragged to is kept to the month.
 */
export function boundText(date: Date, edge: 'start' | 'end'): string {
  const yearStart = date.getUTCMonth() === 0 && date.getUTCDate() === 1 && date.getTime() % 86_400_000 === 0;
  // `to` is the first moment after the window: name the month (or year) it closes.
  const at = edge === 'end' ? new Date(date.getTime() - 1) : date;
  const year = isoYear(at.getUTCFullYear());
  return yearStart ? year : `${year}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}
