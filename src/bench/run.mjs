#!/usr/bin/env node
// `npm run bench`: speed, size and scale of <aiw-timeline> side by side with TimelineJS 3.9.11
// and bare vis-timeline, in one headless Chromium (playwright-core), served from 127.0.0.1.
//
//   node src/bench/run.mjs [--quick] [--json FILE] [--no-lighthouse]
//                          [--runs 5] [--warmup 1] [--sizes 1000,10000] [--cycles 100] [--systems aiw,vis,timelinejs]
// (the options after --no-lighthouse are for investigating: the published figures use the defaults)
//
// Every figure is the median of --runs runs (5) after one warm-up run, with min and max beside
// it. Peers are measured interleaved (run 1: ours, vis, TimelineJS; run 2: the same…), each in
// a fresh browser context, on the same data. --quick: one run of everything, small sizes and
// no Lighthouse; `npm test` runs it once, so the harness cannot rot (it checks that every
// figure is produced, never how fast).
//
// Here: the options, the order of the suites and the table. Each suite is a file of suites/;
// page-load.mjs measures one page load of one system, build.mjs builds what is served.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { buildPages, buildSite, writeData } from './build.mjs';
import { startServer } from './server.mjs';
import { firstRender } from './suites/first-render.mjs';
import { lighthouse } from './suites/lighthouse.mjs';
import { memory } from './suites/memory.mjs';
import { chart } from './suites/chart.mjs';
import { scale } from './suites/scale.mjs';
import { search } from './suites/search.mjs';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    runs: { type: 'string' },
    warmup: { type: 'string' },
    sizes: { type: 'string' },
    cycles: { type: 'string' },
    systems: { type: 'string' },
    only: { type: 'string' },
  },
});

const QUICK = args.quick;
const CONFIG = QUICK
  ? { runs: 1, warmup: 0, sizes: [50, 100], stepWaitMs: 50, dragSteps: 4, mountCycles: 3, searchScale: 100, lighthouse: false }
  : { runs: 5, warmup: 1, sizes: [1000, 10000], stepWaitMs: 450, dragSteps: 12, mountCycles: 100, searchScale: 100, lighthouse: true };
if (args.runs) CONFIG.runs = Math.max(1, Number(args.runs));
if (args.warmup) CONFIG.warmup = Math.max(0, Number(args.warmup));
if (args.sizes) CONFIG.sizes = args.sizes.split(',').map(Number);
if (args.cycles) CONFIG.mountCycles = Math.max(1, Number(args.cycles));
if (args['no-lighthouse']) CONFIG.lighthouse = false;
const SYSTEMS = args.systems ? args.systems.split(',') : ['aiw', 'vis', 'timelinejs'];

const log = (...a) => console.error(...a);
/** Every figure, flat (see results.mjs); what --json writes. */
const results = {};

// ---------------------------------------------------------------------------------------------
// Targets (reported, never enforced) and the table.

const r = (k) => results[k];
const TARGETS = [
  ['bytes.aiw', '≤ 1.25 × bytes.timelinejs', () => r('bytes.aiw') <= 1.25 * r('bytes.timelinejs')],
  ['firstRenderMs.aiw', '≤ 0.5 × TimelineJS', () => r('firstRenderMs.aiw') <= 0.5 * r('firstRenderMs.timelinejs')],
  ['firstRenderFromConnectMs.aiw', '≤ 300 ms', () => r('firstRenderFromConnectMs.aiw') <= 300],
  ['explorer.firstViewMs', '≤ 1000 ms', () => r('explorer.firstViewMs') <= 1000],
  ...CONFIG.sizes.slice(-1).flatMap((n) => [
    [`scale.${n}.firstRenderMs.aiw`, '≤ 1500 ms and ≤ 0.5 × vis', () => r(`scale.${n}.firstRenderMs.aiw`) <= 1500 && (r(`scale.${n}.firstRenderMs.vis`) === null || r(`scale.${n}.firstRenderMs.aiw`) <= 0.5 * r(`scale.${n}.firstRenderMs.vis`))],
    [`scale.${n}.frameP95Ms.aiw`, '≤ 16.7 ms and ≤ 0.5 × vis', () => r(`scale.${n}.frameP95Ms.aiw`) <= 16.7 && (r(`scale.${n}.frameP95Ms.vis`) === null || r(`scale.${n}.frameP95Ms.aiw`) <= 0.5 * r(`scale.${n}.frameP95Ms.vis`))],
  ]),
  ['search.p95Ms.1x', '≤ 2 ms', () => r('search.p95Ms.1x') <= 2],
  ['search.p95Ms.100x', '≤ 16 ms', () => r('search.p95Ms.100x') <= 16],
  ['siteSearch.p95Ms.1x', '≤ 16.7 ms (one frame)', () => r('siteSearch.p95Ms.1x') <= 16.7],
  ['siteSearch.p95Ms.100x', '≤ 16 ms', () => r('siteSearch.p95Ms.100x') <= 16],
  ['fade.p95Ms.1x', '≤ 16.7 ms (one frame)', () => r('fade.p95Ms.1x') <= 16.7],
  ['fade.p95Ms.100x', '≤ 16 ms', () => r('fade.p95Ms.100x') <= 16],
  ['memory.mountCycleGrowthBytes', '≤ 1 MB', () => r('memory.mountCycleGrowthBytes') <= 1024 * 1024],
  ['memory.heap10kBytes', '≤ 150 MB', () => r('memory.heap10kBytes') <= 150 * 1024 * 1024],
  ['lighthouse.mobile', '≥ 0.95', () => r('lighthouse.mobile') >= 0.95],
  ['lighthouse.desktop', '= 1.0', () => r('lighthouse.desktop') >= 1],
];

function fmt(key, v) {
  if (v === null || v === undefined) return '—';
  if (key.includes('Bytes') || key.startsWith('bytes.')) return v >= 1024 * 1024 ? `${(v / 1024 / 1024).toFixed(1)} MB` : `${(v / 1024).toFixed(1)} KB`;
  if (key.includes('Ms')) return v < 10 ? `${v.toFixed(2)} ms` : `${Math.round(v)} ms`;
  return String(Math.round(v * 100) / 100);
}

function table() {
  const targets = new Map(TARGETS.map(([k, text, ok]) => [k, { text, ok: results[k] === null || results[k] === undefined ? null : ok() }]));
  const keys = Object.keys(results).filter((k) => !k.includes(':') && !k.startsWith('meta.') && typeof results[k] !== 'string' && !k.startsWith('lighthouse.mobile.') && !k.startsWith('lighthouse.desktop.'));
  const rows = [['figure', 'median', 'min', 'max', 'runs', 'target', 'met']];
  for (const k of keys) {
    const t = targets.get(k);
    rows.push([
      k,
      results[k] === null ? `null (${results[`${k}:reason`]})` : fmt(k, results[k]),
      fmt(k, results[`${k}:min`]),
      fmt(k, results[`${k}:max`]),
      String(results[`${k}:runs`] ?? ''),
      t?.text ?? '',
      t ? (t.ok === null ? '?' : t.ok ? 'yes' : 'NO') : '',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => `| ${row.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

// ---------------------------------------------------------------------------------------------

function gitState() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim() ? ' + uncommitted changes' : '';
    return head + dirty;
  } catch {
    return 'unknown';
  }
}

async function main() {
  const started = Date.now();
  log('building the explorer and the widget (into node_modules/.aiw-bench/dist)…');
  buildSite();
  log('building the bench pages…');
  await buildPages();
  writeData(CONFIG.sizes);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'], headless: true });
  Object.assign(results, {
    'meta.date': new Date().toISOString(),
    'meta.mode': QUICK ? 'quick' : 'full',
    'meta.runs': CONFIG.runs,
    'meta.warmupRuns': CONFIG.warmup,
    'meta.machine': `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${process.platform}`,
    'meta.node': process.version,
    'meta.commit': gitState(),
    'meta.chromium': browser.version(),
  });
  const bench = { config: CONFIG, quick: QUICK, systems: SYSTEMS, browser, base: server.url, results, log };
  const only = args.only ? new Set(args.only.split(',')) : null;
  const want = (section) => !only || only.has(section);
  try {
    if (want('render')) await firstRender(bench);
    if (want('scale')) await scale(bench);
    if (want('search')) await search(bench);
    if (want('memory')) await memory(bench);
    if (want('chart')) await chart(bench);
  } finally {
    await browser.close();
  }
  if (want('lighthouse')) await lighthouse(bench);
  await server.close();
  results['meta.seconds'] = Math.round((Date.now() - started) / 1000);
  console.log(table());
  for (const [k, v] of Object.entries(results)) if (k.endsWith(':reason')) console.log(`${k.slice(0, -7)}: ${v}`);
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${args.json}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
