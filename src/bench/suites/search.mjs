// 4. Search latency: QuoteIndex (and, below, the search over everything and the timeline's fade) in the browser, over the real quotes (1x) and over
// 100 copies of them (100x), each query first new to the index and then again (cached).
import { TIMEOUT_MS, withPage } from '../page-load.mjs';
import { record } from '../results.mjs';
import { percentile } from '../stats.mjs';

export async function search(bench) {
  const { config, results, log } = bench;
  log('4. quote search latency (QuoteIndex, in the browser)');
  const p95 = { '1x': [], '100x': [] };
  const cached = { '1x': [], '100x': [] };
  await withPage(bench, async (page) => {
    await page.goto(`${bench.base}bench/search.html?scale=${config.searchScale}`);
    await page.waitForFunction(() => window.benchSearch, null, { timeout: TIMEOUT_MS });
    const info = await page.evaluate(() => ({ buildMs: window.benchSearch.buildMs, quotes: window.benchSearch.quotes, isolated: window.benchSearch.isolated }));
    results['search.buildMs.1x'] = info.buildMs['1x'];
    results['search.buildMs.100x'] = info.buildMs['100x'];
    results['search.quotes.1x'] = info.quotes['1x'];
    results['search.quotes.100x'] = info.quotes['100x'];
    if (!info.isolated) log('  (page not cross-origin isolated: timer resolution is 100 µs)');
    for (let run = 0; run < config.warmup + config.runs; run++) {
      for (const which of ['1x', '100x']) {
        // A fresh index (every query word new to it), then the same queries again (all cached).
        const r = await page.evaluate((w) => window.benchSearch.pass(w, true), which);
        const again = await page.evaluate((w) => window.benchSearch.pass(w, false), which);
        const value = percentile(r.latencies, 95);
        log(`  search ${which} run ${run < config.warmup ? 'warm-up' : run - config.warmup + 1}: p95 ${value.toFixed(3)} ms, max ${Math.max(...r.latencies).toFixed(3)} ms, ${r.hits} hits; again (cached) p95 ${percentile(again.latencies, 95).toFixed(3)} ms`);
        if (run >= config.warmup) {
          p95[which].push(value);
          cached[which].push(percentile(again.latencies, 95));
        }
      }
    }
  });
  await siteSearch(bench);
  record(results, 'search.p95Ms.1x', p95['1x']);
  record(results, 'search.p95Ms.100x', p95['100x']);
  record(results, 'search.cachedP95Ms.1x', cached['1x']);
  record(results, 'search.cachedP95Ms.100x', cached['100x']);
}

// 4b. The search over everything (the panel's results) and the timeline's fade (its matching
// ids and the plan of its drawing with the rest faded), each query new to a fresh index.
async function siteSearch(bench) {
  const { config, results, log } = bench;
  const search = { '1x': [], '100x': [] };
  const fade = { '1x': [], '100x': [] };
  await withPage(bench, async (page) => {
    await page.goto(`${bench.base}bench/search.html?scale=${config.searchScale}`);
    await page.waitForFunction(() => window.benchSearch, null, { timeout: TIMEOUT_MS });
    const info = await page.evaluate(() => ({ buildMs: window.benchSearch.siteBuildMs, records: window.benchSearch.records }));
    results['siteSearch.buildMs.1x'] = info.buildMs['1x'];
    results['siteSearch.buildMs.100x'] = info.buildMs['100x'];
    results['siteSearch.records.1x'] = info.records['1x'];
    results['siteSearch.records.100x'] = info.records['100x'];
    for (let run = 0; run < config.warmup + config.runs; run++) {
      for (const which of ['1x', '100x']) {
        // The page built both indexes as it loaded: the first run meets empty caches without a rebuild.
        const r = await page.evaluate(([w, fresh]) => window.benchSearch.sitePass(w, fresh), [which, run > 0]);
        const s = percentile(r.search, 95);
        const f = percentile(r.fade, 95);
        log(`  search over everything ${which} run ${run < config.warmup ? 'warm-up' : run - config.warmup + 1}: results p95 ${s.toFixed(3)} ms, fade p95 ${f.toFixed(3)} ms, ${r.hits} hits`);
        if (run >= config.warmup) {
          search[which].push(s);
          fade[which].push(f);
        }
      }
    }
  });
  record(results, 'siteSearch.p95Ms.1x', search['1x']);
  record(results, 'siteSearch.p95Ms.100x', search['100x']);
  record(results, 'fade.p95Ms.1x', fade['1x']);
  record(results, 'fade.p95Ms.100x', fade['100x']);
}
