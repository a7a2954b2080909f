// 4. Quote search latency: QuoteIndex in the browser, over the real quotes (1x) and over
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
  record(results, 'search.p95Ms.1x', p95['1x']);
  record(results, 'search.p95Ms.100x', p95['100x']);
  record(results, 'search.cachedP95Ms.1x', cached['1x']);
  record(results, 'search.cachedP95Ms.100x', cached['100x']);
}
