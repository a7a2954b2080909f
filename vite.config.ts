/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { derivedSeries } from './src/model/derived-series.ts';
import { VitePWA } from 'vite-plugin-pwa';
import { validateParts } from './src/model/load.ts';
import { DatasetIndex } from './src/model/dataset-index.ts';
import { parseToursText } from './src/model/load-tours.ts';
import type { Dataset } from './src/model/schema.ts';
import { datasetJsonSchema } from './src/model/schema.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './src/tools/chromium.mjs';
import { localizedPage } from './src/tools/localized-page.ts';
import { parseSiteUrl, withSiteUrl } from './src/tools/site-url.ts';

const DATA_FILES = {
  eras: 'eras.json', events: 'events.json', quotes: 'quotes.json', pairs: 'pairs.json', forecasts: 'forecasts.json', series: 'series.json',
} as const;

/** data/*.json, checked by the loader and joined into one Dataset (the build fails on any problem). */
function readDataset(): Dataset {
  const parts = Object.fromEntries(
    Object.entries(DATA_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(resolve('data', file), 'utf8'))]),
  ) as Record<keyof typeof DATA_FILES, unknown>;
  const result = validateParts(parts, DATA_FILES);
  if (!result.ok) throw new Error(`data/ does not load:\n${result.errors.map((e) => e.message).join('\n')}`);
  // The series counted from the collection itself are added here, at build time.
  const dataset = result.dataset!;
  return { ...dataset, series: [...(dataset.series ?? []), ...derivedSeries(dataset)] } as Dataset;
}

/**
 * The built-in dataset: data/*.json are checked by the loader and joined into one Dataset
 * document, served as /dataset.json (dev) and written to dist/dataset.json (build), beside
 * the JSON Schema for dataset authors. Invalid data fails the build with the loader's lines.
 */
function builtinDataset(dir = ''): Plugin {
  const read = () => JSON.stringify(readDataset());
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

/**
 * The guided tours: data/tours.json is checked against the dataset (load-tours.ts), served as
 * /tours.json (dev) and written to dist/tours.json (build), where the service worker keeps it
 * with the rest. Any problem fails the build with the checker's lines; no file means no tours.
 */
function builtinTours(): Plugin {
  const FILE = 'data/tours.json';
  const read = () => {
    if (!existsSync(FILE)) return '[]';
    const result = parseToursText(readFileSync(FILE, 'utf8'), FILE, DatasetIndex.of(readDataset()));
    if (result.errors.length) throw new Error(`${FILE} does not load:\n${result.errors.join('\n')}`);
    return JSON.stringify(result.tours);
  };
  return {
    name: 'aiw-builtin-tours',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/tours.json') return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'tours.json', source: read() });
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
 * The widget finds the built-in dataset beside its own module, written in the one form that
 * bundlers recognise as a file reference: `new URL('./dataset.json', import.meta.url)`. A
 * consumer's `vite build` then copies the file (webpack and Parcel do the same), and Vite's dev
 * server rewrites the path when it pre-bundles the package; a plain copy of dist/embed/ finds it
 * beside the module. Our own build must leave the expression alone (it would rewrite it into a
 * form no bundler recognises), so the source marks it `@vite-ignore` and this plugin writes it
 * back in that plain form, failing the build if it is missing.
 */
function bundlerVisibleDatasetUrl(entry: string): Plugin {
  const marked = /new URL\(\s*\/\* @vite-ignore \*\/\s*(['"`])\.\/dataset\.json\1\s*,\s*import\.meta\.url\s*\)/g;
  return {
    name: 'aiw-bundler-visible-dataset-url',
    generateBundle(_options, bundle) {
      const chunk = bundle[entry];
      const code = chunk?.type === 'chunk' ? chunk.code.replace(marked, 'new URL("./dataset.json",import.meta.url)') : '';
      if (chunk?.type !== 'chunk' || code === chunk.code) {
        this.error(`${entry} does not find dataset.json beside itself: src/embed.ts must say new URL(/* @vite-ignore */ './dataset.json', import.meta.url)`);
      }
      chunk.code = code;
    },
  };
}

/**
 * `vite build --mode embed` builds the widget for embedders: dist/embed/aiw-timeline.js (one
 * ES module with Lit, vis-timeline and the rest), the built-in dataset and its schema beside it,
 * and the iframe page dist/embed.html. It runs after the explorer's build (npm run build).
 */
const embedBuild = defineConfig({
  plugins: [builtinDataset('embed/'), embedPage(), bundlerVisibleDatasetUrl('embed/aiw-timeline.js')],
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

/**
 * The explorer installs as an app and reads offline after a first visit: a service worker
 * (Workbox, through vite-plugin-pwa) keeps the page, its code, its icons and the dataset. A new
 * build's worker installs in the background and waits (no skipWaiting): the next visit, once the
 * explorer's tabs were closed, opens on the new version, never a page mixing old and new chunks.
 * The widget's folder (embed/) is for other sites and stays out. src/app/service-worker.ts
 * registers it; public/manifest.webmanifest is the manifest.
 */
const offline = VitePWA({
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,svg,png,webmanifest}'],
    globIgnores: ['embed/**', 'embed.html', 'dataset.schema.json', 'social-card*.png'],
    // Deep links (?era=…&item=…) open the explorer's page offline too, from / or /zh/ (the link
    // says its language); nothing else is its page.
    navigateFallback: 'index.html',
    navigateFallbackAllowlist: [/^\/(zh\/)?(index\.html)?(\?.*)?$/],
    cleanupOutdatedCaches: true,
  },
});

/**
 * The explorer's page in Chinese at /zh/ (dist/zh/index.html): the built page with its title,
 * lede, description and social tags in Chinese, so that a link shared from it previews in
 * Chinese (a preview reads the HTML as served). It opens the explorer in Chinese.
 * With the site's address (AIW_SITE_URL, src/tools/site-url.ts), both pages' preview links are
 * made absolute.
 */
function chinesePage(site = parseSiteUrl(process.env.AIW_SITE_URL)): Plugin {
  return {
    name: 'aiw-chinese-page',
    enforce: 'post',
    // Under `npm start` too: /zh/ is the dev page, put in Chinese the same way.
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!/^\/zh\/(index\.html)?(\?.*)?$/.test(req.url ?? '')) return next();
        try {
          const page = await server.transformIndexHtml(req.url!, readFileSync('index.html', 'utf8'));
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(localizedPage(page, 'zh'));
        } catch (e) {
          next(e);
        }
      });
    },
    generateBundle(_options, bundle) {
      const page = bundle['index.html'];
      if (page?.type !== 'asset') return;
      const built = String(page.source);
      const zh = localizedPage(built, 'zh');
      if (site) page.source = withSiteUrl(built, site, '');
      this.emitFile({ type: 'asset', fileName: 'zh/index.html', source: site ? withSiteUrl(zh, site, 'zh/') : zh });
    },
  };
}

const appBuild = defineConfig({
  plugins: [builtinDataset(), builtinTours(), chinesePage(), offline],
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
