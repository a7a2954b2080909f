// 1–2. Bytes and first render of the built-in dataset, ours against TimelineJS, and the
// explorer's first view.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { interleaved, loadSystem } from '../page-load.mjs';
import { record, recordNull } from '../results.mjs';
import { OUT } from '../server.mjs';

export async function firstRender(bench) {
  const { results, log } = bench;
  log('1–2. bytes and first render of the built-in dataset (ours vs TimelineJS)');
  const systems = ['aiw', 'timelinejs'].filter((s) => bench.systems.includes(s));
  for (const system of systems) {
    const r = await loadSystem(bench, system, null, { bytes: true });
    if (r.error) {
      recordNull(results, `bytes.${system}`, r.error);
      continue;
    }
    results[`bytes.${system}`] = r.assets.reduce((n, a) => n + a.gzip, 0);
    results[`bytes.${system}:files`] = r.assets.map((a) => `${a.path} (${a.raw} B, ${a.gzip} B gz)`).join(', ');
  }
  results['bytes.dataset'] = gzipSync(readFileSync(join(OUT, 'dist/embed/dataset.json')), { level: 9 }).length;
  const { values, reasons } = await interleaved(bench, systems, 'first render', (s) => loadSystem(bench, s, null));
  for (const s of systems) record(results, `firstRenderMs.${s}`, values[s].map((v) => v.firstRenderMs), reasons[s].render);
  if (!systems.includes('aiw')) return;
  record(results, 'firstRenderFromConnectMs.aiw', values.aiw.map((v) => v.fromConnectMs), reasons.aiw.render);
  log('   the explorer\'s first view (the built app: timeline items painted, era strip shown)');
  const explorer = await interleaved(bench, ['explorer'], 'explorer first view', (s) => loadSystem(bench, s, null));
  record(results, 'explorer.firstViewMs', explorer.values.explorer.map((v) => v.firstRenderMs), explorer.reasons.explorer.render);
}
