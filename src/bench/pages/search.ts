// Search latency in the browser, over the real data (1x) and over 100 copies of it (100x, ids
// made unique), the same 200 queries for both: the quote search (QuoteIndex); the search over
// everything (SiteIndex: events, quotes, eras, forecasts) as the search panel runs it; and what
// the timeline does when its query changes (the matching ids, then the plan of its drawing with
// the rest faded, at the full span and 1000 px), the "fade".
import { QuoteIndex } from '../../model/quote-search.ts';
import type { Dataset, Lang, Quote } from '../../model/schema.ts';
import { SiteIndex } from '../../model/site-search.ts';
import { toTimelineEntries } from '../../model/timeline-entries.ts';
import { planItems } from '../../model/timeline-plan.ts';

interface Query { q: string; lang: Lang; kind: string }
const [data, queries] = await Promise.all([
  fetch('/embed/dataset.json').then((r) => r.json() as Promise<Dataset>),
  fetch('/bench/data/queries.json').then((r) => r.json() as Promise<Query[]>),
]);
const scale = Number(new URLSearchParams(location.search).get('scale') ?? 100);
const replicated: Quote[] = [];
for (let k = 0; k < scale; k++) for (const q of data.quotes) replicated.push({ ...q, id: `${q.id}-r${k}` });

const t0 = performance.now();
let one = new QuoteIndex(data.quotes, data.eras);
const t1 = performance.now();
let many = new QuoteIndex(replicated, data.eras);
const t2 = performance.now();

/**
 * One pass over the 200 queries: every query's latency, in ms, and the hits it found. The
 * index keeps what a query word expands to (a cache of up to 1000 words), so a second pass
 * over the same queries is faster than a reader's first search: `fresh` builds a new index
 * first (not timed), so every query meets an empty cache, as a reader's would.
 */
function pass(which: '1x' | '100x', fresh: boolean): { latencies: number[]; hits: number } {
  if (fresh && which === '1x') one = new QuoteIndex(data.quotes, data.eras);
  if (fresh && which === '100x') many = new QuoteIndex(replicated, data.eras);
  const index = which === '1x' ? one : many;
  const latencies: number[] = [];
  let hits = 0;
  for (const { q, lang } of queries) {
    const start = performance.now();
    const found = index.search(q, {}, lang);
    latencies.push(performance.now() - start);
    hits += found.length;
  }
  return { latencies, hits };
}

// Everything, replicated the same way (eras once: they are the axis, not the corpus).
const big: Dataset = {
  ...data,
  events: Array.from({ length: scale }, (_, k) => data.events.map((e) => ({ ...e, id: `${e.id}-r${k}` }))).flat(),
  quotes: replicated,
  forecasts: Array.from({ length: scale }, (_, k) => (data.forecasts ?? []).map((f) => ({ ...f, id: `${f.id}-r${k}`, quoteId: `${f.quoteId}-r${k}` }))).flat(),
};
const t3 = performance.now();
let siteOne = new SiteIndex(data);
const t4 = performance.now();
let siteMany = new SiteIndex(big);
const t5 = performance.now();
const entries = { '1x': toTimelineEntries(data, 'en', { forecasts: true }), '100x': toTimelineEntries(big, 'en', { forecasts: true }) };
const FULL = { from: new Date(Date.UTC(1950, 0, 1)), to: new Date(Date.UTC(2031, 0, 1)), widthPx: 1000 };

/** One pass over the queries with the search over everything: per query, the panel's search, and the timeline's fade (matching ids + plan). */
function sitePass(which: '1x' | '100x', fresh: boolean): { search: number[]; fade: number[]; hits: number } {
  if (fresh && which === '1x') siteOne = new SiteIndex(data);
  if (fresh && which === '100x') siteMany = new SiteIndex(big);
  const index = which === '1x' ? siteOne : siteMany;
  const search: number[] = [];
  const fade: number[] = [];
  let hits = 0;
  for (const { q, lang } of queries) {
    const a = performance.now();
    hits += index.search(q, {}, lang).length;
    const b = performance.now();
    const ids = new Set(index.matchingIds(q, {}, lang));
    planItems(entries[which], { ...FULL, matches: ids });
    fade.push(performance.now() - b);
    search.push(b - a);
  }
  return { search, fade, hits };
}

Object.assign(window, {
  benchSearch: {
    pass,
    sitePass,
    siteBuildMs: { '1x': t4 - t3, '100x': t5 - t4 },
    records: { '1x': data.events.length + data.quotes.length + (data.forecasts?.length ?? 0), '100x': big.events.length + big.quotes.length + (big.forecasts?.length ?? 0) },
    buildMs: { '1x': t1 - t0, '100x': t2 - t1 },
    quotes: { '1x': data.quotes.length, '100x': replicated.length },
    isolated: crossOriginIsolated,
  },
});
