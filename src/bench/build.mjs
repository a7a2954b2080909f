// What the bench serves, built into its own folder (OUT): the app and the widget (as
// `npm run build` builds them), the bench pages that need bundling, and the datasets.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { syntheticDataset, toTimelineJs } from './data.mjs';
import { searchQueries } from './queries.mjs';
import { OUT } from './server.mjs';

/**
 * Builds the explorer and the widget into the bench's own folder (OUT/dist), never into dist/:
 * other people's builds rewrite dist/ at any moment, and a page load that meets a half-written
 * dist/ would be measured as a failure. The same two `vite build` runs as `npm run build`.
 */
export function buildSite() {
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

export async function buildPages() {
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
      rolldownOptions: { input: { vis: 'src/bench/pages/vis.html', graph2d: 'src/bench/pages/graph2d.html', search: 'src/bench/pages/search.html' }, output: { minify: true } },
    },
  });
}

/** The built-in dataset as TimelineJS, the synthetic datasets of each size, the search queries. */
export function writeData(sizes) {
  const dir = join(OUT, 'data');
  mkdirSync(dir, { recursive: true });
  const builtin = JSON.parse(readFileSync(join(OUT, 'dist/embed/dataset.json'), 'utf8'));
  writeFileSync(join(dir, 'builtin.tl.json'), JSON.stringify(toTimelineJs(builtin)));
  for (const n of sizes) {
    const synth = syntheticDataset(n);
    writeFileSync(join(dir, `synth-${n}.json`), JSON.stringify(synth));
    writeFileSync(join(dir, `synth-${n}.tl.json`), JSON.stringify(toTimelineJs(synth)));
  }
  writeFileSync(join(dir, 'queries.json'), JSON.stringify(searchQueries(builtin.quotes)));
  return builtin;
}
