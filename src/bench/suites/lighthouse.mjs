// 6. Lighthouse: the built explorer's performance score and main metrics, mobile and desktop.
// Skipped in --quick (npm test stays fast), with the reason in place of the figures.
import { ensureLighthouse, LIGHTHOUSE_VERSION, lighthouseRun } from '../lighthouse.mjs';
import { record, recordNull } from '../results.mjs';
import { summary } from '../stats.mjs';

export async function lighthouse(bench) {
  const { config, results, log } = bench;
  log('6. Lighthouse (built explorer, performance category)');
  if (!config.lighthouse) {
    const reason = bench.quick ? 'skipped in --quick (npm test stays fast); run `npm run bench`' : 'skipped (--no-lighthouse)';
    recordNull(results, 'lighthouse.mobile', reason);
    recordNull(results, 'lighthouse.desktop', reason);
    return;
  }
  let cli;
  try {
    cli = await ensureLighthouse(log);
  } catch (e) {
    recordNull(results, 'lighthouse.mobile', e.message);
    recordNull(results, 'lighthouse.desktop', e.message);
    return;
  }
  const scores = { mobile: [], desktop: [] };
  const metrics = { mobile: [], desktop: [] };
  const reasons = {};
  for (let run = 0; run < config.warmup + config.runs; run++) {
    for (const ff of ['mobile', 'desktop']) {
      if (reasons[ff]) continue;
      try {
        const r = await lighthouseRun(cli, bench.base, ff);
        log(`  lighthouse ${ff} run ${run < config.warmup ? 'warm-up' : run - config.warmup + 1}: ${JSON.stringify(r)}`);
        if (r.runtimeError) reasons[ff] = r.runtimeError;
        else if (run >= config.warmup) {
          scores[ff].push(r.score);
          metrics[ff].push(r);
        }
      } catch (e) {
        reasons[ff] = `lighthouse failed: ${String(e.message).split('\n')[0]}`;
      }
    }
  }
  for (const ff of ['mobile', 'desktop']) {
    record(results, `lighthouse.${ff}`, scores[ff], reasons[ff]);
    for (const m of ['fcp', 'lcp', 'tbt', 'si', 'unusedJsBytes']) {
      const s = summary(metrics[ff].map((x) => x[m]).filter((v) => typeof v === 'number'));
      if (s.median !== null) results[`lighthouse.${ff}.${m}`] = s.median;
    }
  }
  results['lighthouse.version'] = LIGHTHOUSE_VERSION;
}
