// One page load of one system in a fresh browser context: navigation → first items painted,
// then (optionally) the JS heap after a forced GC and the frame times of the scripted
// zoom/pan sequence; and the interleaving of systems over the runs.
//
// `bench` is what run.mjs hands every suite: { config, quick, systems, browser, base,
// results, log }.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { percentile } from './stats.mjs';

export const TIMEOUT_MS = 60_000;
const PAGES = {
  aiw: 'bench/aiw.html',
  'aiw-chart': 'bench/aiw.html?chart=aaai-conference-attendance',
  vis: 'bench/vis.html',
  'vis-graph2d': 'bench/graph2d.html',
  timelinejs: 'bench/timelinejs.html',
  explorer: '',
};
/** What counts as a painted timeline item (box items add .vis-line and .vis-dot nodes that also carry .vis-item). */
const VIS_ITEM = '.vis-item:not(.vis-line):not(.vis-dot)';
/** The explorer's first view: timeline items painted and the era strip's eras shown. */
const SELECTORS = { aiw: VIS_ITEM, 'aiw-chart': VIS_ITEM, vis: VIS_ITEM, 'vis-graph2d': VIS_ITEM, timelinejs: '.tl-timemarker', explorer: [VIS_ITEM, 'ol[part="list"] button'] };
const PROBE = readFileSync('src/bench/pages/probe.js', 'utf8');
/** The scripted sequence: 6 zoom-ins, 5 zoom-outs, 9 drags (pans), 20 steps. */
const STEPS = ['in', 'in', 'in', 'left', 'left', 'in', 'right', 'out', 'right', 'right', 'in', 'left', 'out', 'out', 'left', 'in', 'right', 'out', 'out', 'left'];

export async function withPage(bench, fn) {
  const context = await bench.browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  try {
    return await fn(page, context);
  } finally {
    await Promise.race([context.close(), new Promise((done) => setTimeout(done, 10_000))]);
  }
}

export async function heapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => (globalThis.gc ? (globalThis.gc(), globalThis.gc()) : undefined));
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

async function drag(bench, page, box, dx) {
  const y = box.y + box.height / 2;
  const x = box.x + box.width / 2 - dx / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y, { steps: bench.config.dragSteps });
  await page.mouse.up();
}

export async function loadSystem(bench, system, src, { frames = false, heap = false, bytes = false } = {}) {
  return withPage(bench, async (page) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const assets = [];
    if (bytes) {
      page.on('response', async (r) => {
        const type = r.request().resourceType();
        const path = new URL(r.url()).pathname;
        if (type === 'script' || type === 'stylesheet') {
          assets.push(r.body().then((b) => ({ path, raw: b.length, gzip: gzipSync(b, { level: 9 }).length })).catch(() => null));
        }
      });
    }
    await page.addInitScript({ content: `window.__benchSelector = ${JSON.stringify(SELECTORS[system])};\n${PROBE}` });
    const page_ = new URL(PAGES[system], bench.base);
    if (src) page_.searchParams.set('src', src);
    const url = page_.href;
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
    await page.waitForTimeout(bench.quick ? 200 : 1000); // layout timers, entrance animations
    if (heap) out.heapBytes = await heapAfterGc(page);
    if (frames) {
      const target = await page.evaluate(() => window.benchPanTarget);
      const box = await page.locator(target).first().boundingBox();
      if (!box) return { ...out, error: `no pan target ${target}` };
      await page.evaluate(() => window.__bench.startFrames());
      const stepsStarted = Date.now();
      for (const step of STEPS) {
        if (step === 'in' || step === 'out') await page.evaluate((d) => window.benchZoom(d), step === 'in' ? 1 : -1);
        else await drag(bench, page, box, step === 'left' ? 300 : -300);
        await page.waitForTimeout(bench.config.stepWaitMs);
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
export async function interleaved(bench, systems, label, measure) {
  const { config, log } = bench;
  const values = Object.fromEntries(systems.map((s) => [s, []]));
  const reasons = Object.fromEntries(systems.map((s) => [s, {}]));
  const succeeded = {};
  for (let run = 0; run < config.warmup + config.runs; run++) {
    for (const system of systems) {
      const why = reasons[system];
      if (why.render) continue;
      const t = Date.now();
      let r = await measure(system, { frames: !why.frames });
      const warm = run < config.warmup;
      if (r.firstRenderMs === undefined && succeeded[system]) {
        // Nothing painted, though it did before: maybe the machine, not the system. Once more.
        log(`  ${label} ${system}: ${r.error}; trying once more`);
        r = await measure(system, { frames: !why.frames });
      }
      if (!r.error) succeeded[system] = true;
      log(`  ${label} ${system} run ${warm ? 'warm-up' : run - config.warmup + 1}: ${r.error ? `FAILED (${r.error}) ` : ''}${JSON.stringify(strip(r))} [${((Date.now() - t) / 1000).toFixed(1)} s]`);
      if (r.firstRenderMs === undefined) why.render = r.error;
      else if (r.error) why.frames = r.error;
      if (!warm) values[system].push(r);
    }
  }
  return { values, reasons };
}

const strip = (r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'assets').map(([k, v]) => [k, typeof v === 'number' ? Math.round(v * 100) / 100 : v]));
