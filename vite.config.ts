/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { derivedSeries } from './src/model/derived-series.ts';
import { validateParts } from './src/model/load.ts';
import { datasetJsonSchema } from './src/model/schema.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './src/tools/chromium.mjs';

const DATA_FILES = {
  eras: 'eras.json', events: 'events.json', quotes: 'quotes.json', pairs: 'pairs.json', forecasts: 'forecasts.json', series: 'series.json',
} as const;

/**
 * The built-in dataset: data/*.json are checked by the loader and joined into one Dataset
 * document, served as /dataset.json (dev) and written to dist/dataset.json (build), beside
 * the JSON Schema for dataset authors. Invalid data fails the build with the loader's lines.
 */
function builtinDataset(dir = ''): Plugin {
  const read = () => {
    const parts = Object.fromEntries(
      Object.entries(DATA_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(resolve('data', file), 'utf8'))]),
    ) as Record<keyof typeof DATA_FILES, unknown>;
    const result = validateParts(parts, DATA_FILES);
    if (!result.ok) throw new Error(`data/ does not load:\n${result.errors.map((e) => e.message).join('\n')}`);
    // The series counted from the collection itself are added here, at build time.
    const dataset = result.dataset!;
    return JSON.stringify({ ...dataset, series: [...(dataset.series ?? []), ...derivedSeries(dataset)] });
  };
  const schema = () => JSON.stringify(datasetJsonSchema(), null, 2);
  return {
    name: 'aiw-builtin-dataset',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        const body = path === '/dataset.json' ? read() : path === '/dataset.schema.json' ? schema() : null;
        if (body === null) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(body);
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: `${dir}dataset.json`, source: read() });
      this.emitFile({ type: 'asset', fileName: `${dir}dataset.schema.json`, source: schema() });
    },
  };
}

/** The iframe page and its stylesheet, written beside the widget (dist/embed.html, dist/embed/frame.css). */
function embedPage(): Plugin {
  return {
    name: 'aiw-embed-page',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'embed.html', source: readFileSync('src/embed/embed.html', 'utf8') });
      this.emitFile({ type: 'asset', fileName: 'embed/frame.css', source: readFileSync('src/embed/frame.css', 'utf8') });
    },
  };
}

/**
 * `vite build --mode embed` builds the widget for embedders: dist/embed/aiw-timeline.js (one
 * ES module with Lit, vis-timeline and the rest), the built-in dataset and its schema beside it,
 * and the iframe page dist/embed.html. It runs after the explorer's build (npm run build).
 */
const embedBuild = defineConfig({
  plugins: [builtinDataset('embed/'), embedPage()],
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    copyPublicDir: false,
    lib: { entry: { 'embed/aiw-timeline': 'src/embed.ts', 'embed/frame': 'src/embed/frame.ts' }, formats: ['es'] },
    // 'allow-extension': the entry may also export what its lazy chunks share with it, instead of
    // becoming a one-line facade over a shared chunk.
    rolldownOptions: {
      preserveEntrySignatures: 'allow-extension',
      output: { minify: true, entryFileNames: '[name].js', chunkFileNames: 'embed/[name]-[hash].js' },
    },
  },
});

const appBuild = defineConfig({
  plugins: [builtinDataset()],
  // Pre-bundled up front, so the browser tests' first run does not reload mid-way.
  optimizeDeps: { include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'axe-core', 'fuse.js'] },
  build: {
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: ['src/**/*.node.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            // Wide enough for the 1000 px widgets the tests mount (the default is a phone's 414 px).
            viewport: { width: 1280, height: 1000 },
            provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'] } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['src/**/*.e2e.test.ts'],
          globalSetup: ['src/e2e/serve-dist.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

export default defineConfig((env) => (env.mode === 'embed' ? embedBuild : appBuild));
