// Lighthouse 12.2.3 from its own install (node_modules/.aiw-lighthouse), never a dependency of
// the project: it is 111 MB, and 13.x wants Node 22. Installed on first use; when it cannot be
// installed (no registry), the figures are null with the reason.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS } from '../tools/chromium.mjs';

const run = promisify(execFile);
export const LIGHTHOUSE_VERSION = '12.2.3';
const PREFIX = resolve('node_modules/.aiw-lighthouse');
const CLI = resolve(PREFIX, 'node_modules/lighthouse/cli/index.js');

/** The CLI's path, installing it first when needed. Throws with a reason when it cannot. */
export async function ensureLighthouse(log = console.error) {
  if (existsSync(CLI)) return CLI;
  log(`installing lighthouse@${LIGHTHOUSE_VERSION} into ${PREFIX} (first use only)…`);
  try {
    await run('npm', ['i', '--prefix', PREFIX, '--no-audit', '--no-fund', '--save-exact', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      timeout: 300_000,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (e) {
    throw new Error(`lighthouse@${LIGHTHOUSE_VERSION} could not be installed (${String(e.stderr || e.message).trim().split('\n').slice(-1)[0]})`);
  }
  if (!existsSync(CLI)) throw new Error(`lighthouse@${LIGHTHOUSE_VERSION} installed, but ${CLI} is missing`);
  return CLI;
}

/** One Lighthouse performance run: the score (0..1) and the main metrics. */
export async function lighthouseRun(cli, url, formFactor) {
  const flags = [...CHROMIUM_ARGS, '--headless=new'].join(' ');
  const args = [cli, url, '--output=json', '--output-path=stdout', '--quiet', '--only-categories=performance', `--chrome-flags=${flags}`];
  if (formFactor === 'desktop') args.push('--preset=desktop');
  const { stdout } = await run(process.execPath, args, {
    env: { ...process.env, CHROME_PATH: CHROMIUM },
    timeout: 180_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(stdout);
  const audit = (id) => report.audits[id]?.numericValue ?? null;
  return {
    score: report.categories.performance.score,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    unusedJsBytes: report.audits['unused-javascript']?.details?.overallSavingsBytes ?? null,
    runtimeError: report.runtimeError?.message ?? null,
  };
}
