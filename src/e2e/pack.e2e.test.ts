/**
 * The package as its users install it: `npm pack`, then the apps in consumers/ (a Vite
 * vanilla-ts app, a React 19 app, Vue types) depending on the tarball, installed without the
 * network (the tarball extracted into node_modules/aiw-timeline; Vite, TypeScript, React and Vue
 * linked from this project's node_modules). Each is type-checked with skipLibCheck false and
 * built with `vite build`; the builds are served and driven in Chromium, and the vanilla app
 * also runs under `vite` dev, where the package is pre-bundled into node_modules/.vite.
 * Set AIW_SCREENSHOTS=<folder> to keep a screenshot of each app.
 */
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchErrors } from './browser.ts';
import { serveFolder } from './server.ts';

const run = promisify(execFile);
const CONSUMERS = resolve('src/e2e/consumers');
/** What each app links from this project's node_modules, as `npm install` would have put there. */
const LINKS: Record<string, string[]> = {
  vanilla: ['vite', 'typescript'],
  react: ['vite', 'typescript', 'react', 'react-dom', '@types/react', '@types/react-dom'],
  vue: ['typescript', 'vue', '@vue'],
};
/** An item drawn by vis-timeline (not the still drawing). */
const DRAWN = 'aiw-timeline .vis-center .vis-item.event.vis-box';

let work = '';
let tarball = '';
let packed: { files: Array<{ path: string }> } = { files: [] };
const checks: Record<string, string> = {};
let browser: Browser;
const servers: Server[] = [];

const app = (name: string) => join(work, name);

/** Copies an app, extracts the tarball into its node_modules and links what else it depends on. */
function install(name: string): void {
  cpSync(join(CONSUMERS, name), app(name), { recursive: true });
  const modules = join(app(name), 'node_modules');
  mkdirSync(join(modules, 'aiw-timeline'), { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', join(modules, 'aiw-timeline'), '--strip-components=1']);
  for (const dep of LINKS[name]) {
    mkdirSync(join(modules, dep, '..'), { recursive: true });
    symlinkSync(resolve('node_modules', dep), join(modules, dep), 'dir');
  }
}

/** Runs a command of the app's own node_modules in it; resolves to its output (a failure is the output too). */
async function inApp(name: string, bin: string, args: string[]): Promise<string> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(app(name), 'node_modules', bin), ...args], { cwd: app(name) });
    return `${stdout}${stderr}`.trim();
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    return `FAILED: ${stdout}${stderr}`.trim();
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  const dir = process.env.AIW_SCREENSHOTS;
  if (dir) await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Opens an app, waits for vis-timeline's items, clicks one inside the window; returns what the page shows and fetched. */
async function drive(url: string, shot: string) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  const fetched: string[] = [];
  page.on('response', (r) => fetched.push(`${r.status()} ${new URL(r.url()).pathname}`));
  await page.goto(url);
  await page.locator(DRAWN).first().waitFor({ timeout: 20_000 });
  await page.waitForTimeout(400);
  const point = await page.locator('aiw-timeline').evaluate((el) => {
    const root = el.shadowRoot!;
    const frame = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    for (const item of root.querySelectorAll('.vis-item.event.vis-box')) {
      const r = item.getBoundingClientRect();
      if (r.left >= frame.left && r.right <= frame.right && r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  expect(point, 'an item drawn inside the window').not.toBeNull();
  const drawn = await page.locator(DRAWN).count();
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => page.locator('#picked').textContent()).toMatch(/^Selected: event [a-z0-9-]+$/);
  await screenshot(page, shot);
  const panel = await page.locator('aiw-timeline [part="error"]').count();
  await page.close();
  return { drawn, errors, fetched, panel };
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'aiw-pack-'));
  const [result] = JSON.parse(execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { encoding: 'utf8' }));
  packed = result;
  tarball = join(work, 'aiw-timeline.tgz');
  cpSync(join(work, result.filename), tarball);
  for (const name of Object.keys(LINKS)) install(name);
  // Type checks and builds side by side (two cores): what each printed, FAILED first when it failed.
  const jobs = {
    'tsc vanilla': inApp('vanilla', 'typescript/bin/tsc', ['-p', '.']),
    'tsc react': inApp('react', 'typescript/bin/tsc', ['-p', '.']),
    'tsc vue': inApp('vue', 'typescript/bin/tsc', ['-p', '.']),
    'build vanilla': inApp('vanilla', 'vite/bin/vite.js', ['build', '--logLevel', 'warn']),
    'build react': inApp('react', 'vite/bin/vite.js', ['build', '--logLevel', 'warn']),
  };
  const outputs = await Promise.all(Object.values(jobs));
  Object.keys(jobs).forEach((name, i) => (checks[name] = outputs[i]));
  browser = await launch();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => new Promise((done) => s.close(done))));
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the package as its users install it (npm pack)', () => {
  it('holds the module, its chunks, its types and the dataset, and depends on nothing', () => {
    const files = packed.files.map((f) => f.path);
    for (const file of ['dist/embed/aiw-timeline.js', 'dist/embed/dataset.json', 'dist/embed/dataset.schema.json', 'dist/embed/custom-elements.json',
      'dist/embed/types/embed.d.ts', 'dist/embed/types/embed/react.d.ts', 'dist/embed/types/embed/vue.d.ts', 'dist/embed.html', 'README.md', 'LICENSE']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => !/^(dist\/embed\/|dist\/embed\.html$|README\.md$|LICENSE$|package\.json$)/.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(app('vanilla'), 'node_modules/aiw-timeline/package.json'), 'utf8'));
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.peerDependencies ?? {}).toEqual({});
    // The module imports no package: everything it needs is bundled beside it.
    const module = readFileSync(join(app('vanilla'), 'node_modules/aiw-timeline/dist/embed/aiw-timeline.js'), 'utf8');
    expect(module.match(/\bfrom\s*["'][^./"'][^"']*["']|\bimport\s*["'][^./"'][^"']*["']/g) ?? []).toEqual([]);
    // The built-in dataset named in the one form bundlers follow.
    expect(module).toContain('new URL("./dataset.json",import.meta.url)');
  });

  it('type-checks a Vite app, a React 19 app (JSX) and Vue types against it with skipLibCheck false', () => {
    expect(checks['tsc vanilla']).toBe('');
    expect(checks['tsc react']).toBe('');
    expect(checks['tsc vue']).toBe('');
  });

  it('a Vite app built with vite build draws the built-in dataset and hears aiw-select', async () => {
    expect(checks['build vanilla']).not.toMatch(/^FAILED/);
    const { server, url } = await serveFolder(join(app('vanilla'), 'dist'));
    servers.push(server);
    const { drawn, errors, fetched, panel } = await drive(url, 'pack-vanilla-built');
    expect(drawn).toBeGreaterThan(3);
    expect(panel).toBe(0);
    expect(fetched.filter((f) => /dataset.*\.json$/.test(f))).toEqual([expect.stringMatching(/^200 \/assets\/dataset-[\w-]+\.json$/)]);
    expect(errors).toEqual([]);
  });

  it('a React 19 app built with vite build draws the dataset the package exports and hears aiw-select', async () => {
    expect(checks['build react']).not.toMatch(/^FAILED/);
    const { server, url } = await serveFolder(join(app('react'), 'dist'));
    servers.push(server);
    const { drawn, errors, fetched, panel } = await drive(url, 'pack-react-built');
    expect(drawn).toBeGreaterThan(3);
    expect(panel).toBe(0);
    expect(fetched.filter((f) => /dataset.*\.json$/.test(f))).toEqual([expect.stringMatching(/^200 \/assets\/dataset-[\w-]+\.json$/)]);
    expect(errors).toEqual([]);
  });

  it('the Vite app under vite dev, the package pre-bundled, still finds the built-in dataset', async () => {
    let dev: ViteDevServer | undefined;
    try {
      dev = await createServer({ root: app('vanilla'), configFile: false, logLevel: 'warn', server: { host: '127.0.0.1', port: 0, strictPort: false } });
      await dev.listen();
      const { drawn, errors, fetched, panel } = await drive(dev.resolvedUrls!.local[0], 'pack-vanilla-dev');
      expect(drawn).toBeGreaterThan(3);
      expect(panel).toBe(0);
      expect(fetched.some((f) => /^200 \/node_modules\/\.vite\/deps\/aiw-timeline_embed\.js/.test(f)), 'the package was pre-bundled').toBe(true);
      expect(fetched.filter((f) => /dataset.*\.json$/.test(f))).toEqual(['200 /node_modules/aiw-timeline/dist/embed/dataset.json']);
      expect(errors).toEqual([]);
    } finally {
      await dev?.close();
    }
    expect(existsSync(join(app('vanilla'), 'node_modules/.vite/deps'))).toBe(true);
  });
});
