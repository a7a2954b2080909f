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
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { syntheticDataset, toTimelineJs } from './data.mjs';
import { ensureLighthouse, LIGHTHOUSE_VERSION, lighthouseRun } from './lighthouse.mjs';
import { searchQueries } from './queries.mjs';
import { OUT, startServer } from './server.mjs';
import { percentile, summary } from './stats.mjs';

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
const TIMEOUT_MS = 60_000;
const SYSTEMS = args.systems ? args.systems.split(',') : ['aiw', 'vis', 'timelinejs'];
const PAGES = { aiw: 'bench/aiw.html', vis: 'bench/vis.html', timelinejs: 'bench/timelinejs.html', explorer: '' };
/** What counts as a painted timeline item (box items add .vis-line and .vis-dot nodes that also carry .vis-item). */
const VIS_ITEM = '.vis-item:not(.vis-line):not(.vis-dot)';
/** The explorer's first view: timeline items painted and the era strip's eras shown. */
const SELECTORS = { aiw: VIS_ITEM, vis: VIS_ITEM, timelinejs: '.tl-timemarker', explorer: [VIS_ITEM, 'ol[part="list"] button'] };
const PROBE = readFileSync('src/bench/pages/probe.js', 'utf8');
/** The scripted sequence: 6 zoom-ins, 5 zoom-outs, 9 drags (pans), 20 steps. */
const STEPS = ['in', 'in', 'in', 'left', 'left', 'in', 'right', 'out', 'right', 'right', 'in', 'left', 'out', 'out', 'left', 'in', 'right', 'out', 'out', 'left'];

const log = (...a) => console.error(...a);
/** The flat result: key → median (or null), with key:min, key:max, key:runs, key:reason beside it. */
const results = {};

function record(key, values, reason) {
  const s = summary(values.filter((v) => typeof v === 'number' && Number.isFinite(v)));
  results[key] = s.median;
  if (s.runs > 1) {
    results[`${key}:min`] = s.min;
    results[`${key}:max`] = s.max;
  }
  results[`${key}:runs`] = s.runs;
  if (s.median === null) results[`${key}:reason`] = reason ?? 'no run produced a value';
}

function recordNull(key, reason) {
  results[key] = null;
  results[`${key}:runs`] = 0;
  results[`${key}:reason`] = reason;
}

// ---------------------------------------------------------------------------------------------
// Build: the app and the widget (npm run build), then the bench pages that need bundling.

/**
 * Builds the explorer and the widget into the bench's own folder (OUT/dist), never into dist/:
 * other people's builds rewrite dist/ at any moment, and a page load that meets a half-written
 * dist/ would be measured as a failure. The same two `vite build` runs as `npm run build`.
 */
function buildSite() {
  const outDir = join(OUT, 'dist');
  const vite = join('node_modules', '.bin', 'vite');
  const run = (extra) => {
    try {
      execFileSync(vite, ['build', '--logLevel', 'error', '--outDir', outDir, ...extra], { stdio: 'pipe' });
    } catch (e) {
      throw new Error(`vite build ${extra.join(' ')} failed:\n${e.stdout}${e.stderr}`);
    }
  };
  run(['--emptyOutDir']);
  run(['--mode', 'embed']);
  for (const f of ['index.html', 'embed/aiw-timeline.js', 'embed/dataset.json']) {
    if (!existsSync(join(outDir, f))) throw new Error(`the build did not write ${join(outDir, f)}`);
  }
}

async function buildPages() {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: 'src/bench/pages',
    base: '/bench/',
    publicDir: false,
    build: {
      target: 'es2022',
      outDir: join(OUT, 'pages'),
      emptyOutDir: true,
      rolldownOptions: { input: { vis: 'src/bench/pages/vis.html', search: 'src/bench/pages/search.html' }, output: { minify: true } },
    },
  });
}

function writeData() {
  const dir = join(OUT, 'data');
  mkdirSync(dir, { recursive: true });
  const builtin = JSON.parse(readFileSync(join(OUT, 'dist/embed/dataset.json'), 'utf8'));
  writeFileSync(join(dir, 'builtin.tl.json'), JSON.stringify(toTimelineJs(builtin)));
  for (const n of CONFIG.sizes) {
    const synth = syntheticDataset(n);
    writeFileSync(join(dir, `synth-${n}.json`), JSON.stringify(synth));
    writeFileSync(join(dir, `synth-${n}.tl.json`), JSON.stringify(toTimelineJs(synth)));
  }
  writeFileSync(join(dir, 'queries.json'), JSON.stringify(searchQueries(builtin.quotes)));
  return builtin;
}

// ---------------------------------------------------------------------------------------------
// One page load of one system: navigation → first items painted, then (optionally) the JS heap
// after a forced GC and the frame times of the scripted zoom/pan sequence.

let browser;
let base;

async function withPage(fn) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    return await fn(page, context);
  } finally {
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
}

async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis.gc ? (gc(), gc()) : undefined));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function drag(page, box, dx) {
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2 - dx / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: CONFIG.dragSteps });
  await page.mouse.up();
}

async function loadSystem(system, src, { frames = false, heap = false, bytes = false } = {}) {
  return withPage(async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const assets = [];
    if (bytes) {
      page.on('response', async (r) => {
        const type = r.request().resourceType();
        const path = new URL(r.url()).pathname;
        if ((type === 'script' || type === 'stylesheet') && !path.startsWith('/bench/')) {
          assets.push(r.body().then((b) => ({ path, raw: b.length, gzip: gzipSync(b, { level: 9 }).length })).catch(() => null));
        }
      });
    }
    await page.addInitScript({ content: `window.__benchSelector = ${JSON.stringify(SELECTORS[system])};\n${PROBE}` });
    const url = `${base}${PAGES[system]}${src ? `?src=${encodeURIComponent(src)}` : ''}`;
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__bench?.firstItems != null, null, { timeout: TIMEOUT_MS - (Date.now() - started), polling: 100 });
    } catch {
      const why = errors.length ? `error: ${errors[0]}` : `no timeline items painted within ${TIMEOUT_MS / 1000} s`;
      return { error: why };
    }
    const marks = await page.evaluate(() => ({ items: window.__bench.firstItems, connected: window.__bench.connected }));
    const out = { firstRenderMs: marks.items };
    if (marks.connected !== null) out.fromConnectMs = marks.items - marks.connected;
    if (bytes) out.assets = (await Promise.all(assets)).filter(Boolean);
    if (!frames && !heap) return out;
    await page.waitForTimeout(QUICK ? 200 : 1000); // layout timers, entrance animations
    if (heap) out.heapBytes = await heapAfterGc(page);
    if (frames) {
      const target = await page.evaluate(() => window.benchPanTarget);
      const box = await page.locator(target).first().boundingBox();
      if (!box) return { ...out, error: `no pan target ${target}` };
      await page.evaluate(() => window.__bench.startFrames());
      const stepsStarted = Date.now();
      for (const step of STEPS) {
        if (step === 'in' || step === 'out') await page.evaluate((d) => window.benchZoom(d), step === 'in' ? 1 : -1);
        else await drag(page, box, step === 'left' ? 300 : -300);
        await page.waitForTimeout(CONFIG.stepWaitMs);
        if (Date.now() - stepsStarted > TIMEOUT_MS) return { ...out, error: `the zoom/pan sequence did not finish within ${TIMEOUT_MS / 1000} s` };
      }
      out.sequenceMs = Date.now() - stepsStarted;
      const deltas = await page.evaluate(() => window.__bench.stopFrames());
      out.frameP95Ms = percentile(deltas, 95);
      out.frames = deltas.length;
    }
    if (errors.length) out.pageErrors = errors;
    return out;
  });
}

/** Runs `measure(system, { frames })` for every system, interleaved, warm-up first. A system
 * that paints nothing in time is dropped from the remaining runs; one whose zoom/pan sequence
 * fails keeps being measured for its first render only. Reasons are kept for the report. */
async function interleaved(systems, label, measure) {
  const values = Object.fromEntries(systems.map((s) => [s, []]));
  const reasons = Object.fromEntries(systems.map((s) => [s, {}]));
  const succeeded = {};
  for (let run = 0; run < CONFIG.warmup + CONFIG.runs; run++) {
    for (const system of systems) {
      const why = reasons[system];
      if (why.render) continue;
      const t = Date.now();
      let r = await measure(system, { frames: !why.frames });
      const warm = run < CONFIG.warmup;
      if (r.firstRenderMs === undefined && succeeded[system]) {
        // Nothing painted, though it did before: maybe the machine, not the system. Once more.
        log(`  ${label} ${system}: ${r.error}; trying once more`);
        r = await measure(system, { frames: !why.frames });
      }
      if (!r.error) succeeded[system] = true;
      log(`  ${label} ${system} run ${warm ? 'warm-up' : run - CONFIG.warmup + 1}: ${r.error ? `FAILED (${r.error}) ` : ''}${JSON.stringify(strip(r))} [${((Date.now() - t) / 1000).toFixed(1)} s]`);
      if (r.firstRenderMs === undefined) why.render = r.error;
      else if (r.error) why.frames = r.error;
      if (!warm) values[system].push(r);
    }
  }
  return { values, reasons };
}

const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'assets').map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v]));

// ---------------------------------------------------------------------------------------------

async function benchBytesAndFirstRender() {
  log('1–2. bytes and first render of the built-in dataset (ours vs TimelineJS)');
  const systems = ['aiw', 'timelinejs'].filter((s) => SYSTEMS.includes(s));
  for (const system of systems) {
    const r = await loadSystem(system, null, { bytes: true });
    if (r.error) {
      recordNull(`bytes.${system}`, r.error);
      continue;
    }
    results[`bytes.${system}`] = r.assets.reduce((n, a) => n + a.gzip, 0);
    results[`bytes.${system}:files`] = r.assets.map((a) => `${a.path} (${a.raw} B, ${a.gzip} B gz)`).join(', ');
  }
  results['bytes.dataset'] = gzipSync(readFileSync(join(OUT, 'dist/embed/dataset.json')), { level: 9 }).length;
  const { values, reasons } = await interleaved(systems, 'first render', (s) => loadSystem(s, null));
  for (const s of systems) record(`firstRenderMs.${s}`, values[s].map((v) => v.firstRenderMs), reasons[s].render);
  if (!systems.includes('aiw')) return;
  record('firstRenderFromConnectMs.aiw', values.aiw.map((v) => v.fromConnectMs), reasons.aiw.render);
  log('   the explorer\'s first view (the built app: timeline items painted, era strip shown)');
  const explorer = await interleaved(['explorer'], 'explorer first view', (s) => loadSystem(s, null));
  record('explorer.firstViewMs', explorer.values.explorer.map((v) => v.firstRenderMs), explorer.reasons.explorer.render);
}

async function benchScale() {
  log('3. scale: synthetic datasets (ours vs bare vis-timeline vs TimelineJS)');
  for (const n of CONFIG.sizes) {
    const src = (s) => `/bench/data/synth-${n}.${s === 'timelinejs' ? 'tl.json' : 'json'}`;
    const { values, reasons } = await interleaved(SYSTEMS, `scale ${n}`, (s, { frames }) => loadSystem(s, src(s), { frames, heap: true }));
    for (const s of SYSTEMS) {
      const { render, frames } = reasons[s];
      record(`scale.${n}.firstRenderMs.${s}`, values[s].map((v) => v.firstRenderMs), render);
      record(`scale.${n}.frameP95Ms.${s}`, values[s].map((v) => v.frameP95Ms), render ?? frames);
      record(`scale.${n}.heapBytes.${s}`, values[s].map((v) => v.heapBytes), render);
    }
  }
}

async function benchSearch() {
  log('4. quote search latency (QuoteIndex, in the browser)');
  const p95 = { '1x': [], '100x': [] };
  const cached = { '1x': [], '100x': [] };
  await withPage(async (page) => {
    await page.goto(`${base}bench/search.html?scale=${CONFIG.searchScale}`);
    await page.waitForFunction(() => window.benchSearch, null, { timeout: TIMEOUT_MS });
    const info = await page.evaluate(() => ({ buildMs: window.benchSearch.buildMs, quotes: window.benchSearch.quotes, isolated: window.benchSearch.isolated }));
    results['search.buildMs.1x'] = info.buildMs['1x'];
    results['search.buildMs.100x'] = info.buildMs['100x'];
    results['search.quotes.1x'] = info.quotes['1x'];
    results['search.quotes.100x'] = info.quotes['100x'];
    if (!info.isolated) log('  (page not cross-origin isolated: timer resolution is 100 µs)');
    for (let run = 0; run < CONFIG.warmup + CONFIG.runs; run++) {
      for (const which of ['1x', '100x']) {
        // A fresh index (every query word new to it), then the same queries again (all cached).
        const r = await page.evaluate((w) => window.benchSearch.pass(w, true), which);
        const again = await page.evaluate((w) => window.benchSearch.pass(w, false), which);
        const value = percentile(r.latencies, 95);
        log(`  search ${which} run ${run < CONFIG.warmup ? 'warm-up' : run - CONFIG.warmup + 1}: p95 ${value.toFixed(3)} ms, max ${Math.max(...r.latencies).toFixed(3)} ms, ${r.hits} hits; again (cached) p95 ${percentile(again.latencies, 95).toFixed(3)} ms`);
        if (run >= CONFIG.warmup) {
          p95[which].push(value);
          cached[which].push(percentile(again.latencies, 95));
        }
      }
    }
  });
  record('search.p95Ms.1x', p95['1x']);
  record('search.p95Ms.100x', p95['100x']);
  record('search.cachedP95Ms.1x', cached['1x']);
  record('search.cachedP95Ms.100x', cached['100x']);
}

async function benchMemory() {
  log('5. memory: heap with 10,000 events (from the scale runs), mount/unmount cycles');
  const big = Math.max(...CONFIG.sizes);
  results['memory.heap10kBytes'] = results[`scale.${big}.heapBytes.aiw`];
  if (results['memory.heap10kBytes'] === null) results['memory.heap10kBytes:reason'] = results[`scale.${big}.heapBytes.aiw:reason`];
  if (big !== 10000) results['memory.heap10kBytes:note'] = `measured with ${big} events (--quick)`;
  const growth = [];
  let reason;
  for (let run = 0; run < CONFIG.warmup + CONFIG.runs; run++) {
    const r = await withPage(async (page) => {
      await page.goto(`${base}bench/mount.html`);
      await page.waitForFunction(() => window.mountReady, null, { timeout: TIMEOUT_MS });
      await page.evaluate(() => window.mountCycles(1)); // warm-up: code compiled, caches filled
      const before = await heapAfterGc(page);
      const t = Date.now();
      const left = await page.evaluate((n) => window.mountCycles(n), CONFIG.mountCycles);
      const ms = Date.now() - t;
      const after = await heapAfterGc(page);
      return { growth: after - before, before, after, left, msPerCycle: ms / CONFIG.mountCycles };
    }).catch((e) => ({ error: e.message.split('\n')[0] }));
    log(`  mount cycles run ${run < CONFIG.warmup ? 'warm-up' : run - CONFIG.warmup + 1}: ${JSON.stringify(r)}`);
    if (r.error) reason = r.error;
    else if (run >= CONFIG.warmup) growth.push(r.growth);
  }
  record('memory.mountCycleGrowthBytes', growth, reason);
  results['memory.mountCycles'] = CONFIG.mountCycles;
}

async function benchLighthouse() {
  log('6. Lighthouse (built explorer, performance category)');
  if (!CONFIG.lighthouse) {
    const reason = QUICK ? 'skipped in --quick (npm test stays fast); run `npm run bench`' : 'skipped (--no-lighthouse)';
    recordNull('lighthouse.mobile', reason);
    recordNull('lighthouse.desktop', reason);
    return;
  }
  let cli;
  try {
    cli = await ensureLighthouse(log);
  } catch (e) {
    recordNull('lighthouse.mobile', e.message);
    recordNull('lighthouse.desktop', e.message);
    return;
  }
  const scores = { mobile: [], desktop: [] };
  const metrics = { mobile: [], desktop: [] };
  const reasons = {};
  for (let run = 0; run < CONFIG.warmup + CONFIG.runs; run++) {
    for (const ff of ['mobile', 'desktop']) {
      if (reasons[ff]) continue;
      try {
        const r = await lighthouseRun(cli, base, ff);
        log(`  lighthouse ${ff} run ${run < CONFIG.warmup ? 'warm-up' : run - CONFIG.warmup + 1}: ${JSON.stringify(r)}`);
        if (r.runtimeError) reasons[ff] = r.runtimeError;
        else if (run >= CONFIG.warmup) {
          scores[ff].push(r.score);
          metrics[ff].push(r);
        }
      } catch (e) {
        reasons[ff] = `lighthouse failed: ${String(e.message).split('\n')[0]}`;
      }
    }
  }
  for (const ff of ['mobile', 'desktop']) {
    record(`lighthouse.${ff}`, scores[ff], reasons[ff]);
    for (const m of ['fcp', 'lcp', 'tbt', 'si', 'unusedJsBytes']) {
      const s = summary(metrics[ff].map((x) => x[m]).filter((v) => typeof v === 'number'));
      if (s.median !== null) results[`lighthouse.${ff}.${m}`] = s.median;
    }
  }
  results['lighthouse.version'] = LIGHTHOUSE_VERSION;
}

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

export function table() {
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
  writeData();
  const server = await startServer();
  base = server.url;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'], headless: true });
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
  const only = args.only ? new Set(args.only.split(',')) : null;
  const want = (section) => !only || only.has(section);
  try {
    if (want('render')) await benchBytesAndFirstRender();
    if (want('scale')) await benchScale();
    if (want('search')) await benchSearch();
    if (want('memory')) await benchMemory();
  } finally {
    await browser.close();
  }
  if (want('lighthouse')) await benchLighthouse();
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
