// 6. The band of numbers under the timeline, and the other way to draw it.
// Ours (d3-scale + d3-shape drawn by Lit): what it adds in bytes (its chunk, loaded only with the
// chart attribute) and its frame times through the zoom/pan sequence, against the same widget
// without it. vis-timeline's Graph2d: the bytes a page needs to draw it (vis-timeline's whole
// bundle, page code included) and what it adds over a Timeline-only page, and the frame times
// of bare vis-timeline with and without a Graph2d following its window. Same dataset, same
// series (AAAI attendance), same sequence.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { interleaved, loadSystem } from '../page-load.mjs';
import { record, recordNull } from '../results.mjs';
import { OUT } from '../server.mjs';

const gzipped = (r) => (r.assets ? r.assets.reduce((n, a) => n + a.gzip, 0) : undefined);

export async function chart(bench) {
  const { results, log } = bench;
  log('6. the chart band: the widget with and without chart="aaai-conference-attendance", and vis-timeline with and without Graph2d');
  const dir = join(OUT, 'dist/embed');
  const chunks = readdirSync(dir).filter((f) => f.startsWith('aiw-series-chart') && f.endsWith('.js'));
  if (chunks.length) results['bytes.chart'] = chunks.reduce((n, f) => n + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  else recordNull(results, 'bytes.chart', 'no chart chunk in dist/embed');
  const systems = ['aiw', 'aiw-chart', 'vis', 'vis-graph2d'];
  const withBytes = new Set(['vis', 'vis-graph2d']);
  const { values, reasons } = await interleaved(bench, systems, 'chart', (s, { frames }) => loadSystem(bench, s, null, { frames, bytes: withBytes.has(s) }));
  const why = (s) => reasons[s].render ?? reasons[s].frames;
  record(results, 'chart.frameP95Ms', values['aiw-chart'].map((v) => v.frameP95Ms), why('aiw-chart'));
  record(results, 'chart.frameP95Ms.without', values.aiw.map((v) => v.frameP95Ms), why('aiw'));
  record(results, 'chart.graph2d.frameP95Ms', values['vis-graph2d'].map((v) => v.frameP95Ms), why('vis-graph2d'));
  record(results, 'chart.graph2d.frameP95Ms.without', values.vis.map((v) => v.frameP95Ms), why('vis'));
  // Bytes do not vary between runs: the first run of each page says them.
  const [graph, bare] = [values['vis-graph2d'][0], values.vis[0]];
  if (gzipped(graph) === undefined) recordNull(results, 'bytes.chart.graph2d', reasons['vis-graph2d'].render ?? 'the Graph2d page did not load');
  else {
    results['bytes.chart.graph2d'] = gzipped(graph);
    results['bytes.chart.graph2d:files'] = graph.assets.map((a) => `${a.path} (${a.gzip} B gz)`).join(', ');
    if (gzipped(bare) === undefined) recordNull(results, 'bytes.chart.graph2d.added', reasons.vis.render ?? 'the Timeline-only page did not load');
    else results['bytes.chart.graph2d.added'] = gzipped(graph) - gzipped(bare);
  }
}
