// 6. The band of numbers under the timeline: what it adds in bytes (its chunk, loaded only with
// the chart attribute) and its frame times through the zoom/pan sequence, against the same
// widget without it, on the built-in dataset.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { interleaved, loadSystem } from '../page-load.mjs';
import { record, recordNull } from '../results.mjs';
import { OUT } from '../server.mjs';

export async function chart(bench) {
  const { results, log } = bench;
  log('6. the chart band (the widget with and without chart="aaai-conference-attendance")');
  const dir = join(OUT, 'dist/embed');
  const chunks = readdirSync(dir).filter((f) => f.startsWith('aiw-series-chart') && f.endsWith('.js'));
  if (chunks.length) results['bytes.chart'] = chunks.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  else recordNull(results, 'bytes.chart', 'no chart chunk in dist/embed');
  const systems = ['aiw', 'aiw-chart'];
  const { values, reasons } = await interleaved(bench, systems, 'chart', (s, { frames }) => loadSystem(bench, s, null, { frames }));
  record(results, 'chart.frameP95Ms', values['aiw-chart'].map((v) => v.frameP95Ms), reasons['aiw-chart'].render ?? reasons['aiw-chart'].frames);
  record(results, 'chart.frameP95Ms.without', values.aiw.map((v) => v.frameP95Ms), reasons.aiw.render ?? reasons.aiw.frames);
}
