// 5. Memory: the heap with 10,000 events (taken from the scale runs) and the heap's growth
// over many mount/unmount cycles of the widget.
import { heapAfterGc, TIMEOUT_MS, withPage } from '../page-load.mjs';
import { record } from '../results.mjs';

export async function memory(bench) {
  const { config, results, log } = bench;
  log('5. memory: heap with 10,000 events (from the scale runs), mount/unmount cycles');
  const big = Math.max(...config.sizes);
  results['memory.heap10kBytes'] = results[`scale.${big}.heapBytes.aiw`];
  if (results['memory.heap10kBytes'] === null) results['memory.heap10kBytes:reason'] = results[`scale.${big}.heapBytes.aiw:reason`];
  if (big !== 10000) results['memory.heap10kBytes:note'] = `measured with ${big} events (--quick)`;
  const growth = [];
  let reason;
  for (let run = 0; run < config.warmup + config.runs; run++) {
    const r = await withPage(bench, async (page) => {
      await page.goto(`${bench.base}bench/mount.html`);
      await page.waitForFunction(() => window.mountReady, null, { timeout: TIMEOUT_MS });
      await page.evaluate(() => window.mountCycles(1)); // warm-up: code compiled, caches filled
      const before = await heapAfterGc(page);
      const t = Date.now();
      const left = await page.evaluate((n) => window.mountCycles(n), config.mountCycles);
      const ms = Date.now() - t;
      const after = await heapAfterGc(page);
      return { growth: after - before, before, after, left, msPerCycle: ms / config.mountCycles };
    }).catch((e) => ({ error: e.message.split('\n')[0] }));
    log(`  mount cycles run ${run < config.warmup ? 'warm-up' : run - config.warmup + 1}: ${JSON.stringify(r)}`);
    if (r.error) reason = r.error;
    else if (run >= config.warmup) growth.push(r.growth);
  }
  record(results, 'memory.mountCycleGrowthBytes', growth, reason);
  results['memory.mountCycles'] = config.mountCycles;
}
