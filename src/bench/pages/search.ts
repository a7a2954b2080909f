// Quote search latency in the browser: QuoteIndex over the real quotes (1x) and over 100
// copies of them (100x, ids made unique), the same 200 queries for both.
import { QuoteIndex } from '../../model/quote-search.ts';
import type { Dataset, Lang, Quote } from '../../model/schema.ts';

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

Object.assign(window, {
  benchSearch: {
    pass,
    buildMs: { '1x': t1 - t0, '100x': t2 - t1 },
    quotes: { '1x': data.quotes.length, '100x': replicated.length },
    isolated: crossOriginIsolated,
  },
});
