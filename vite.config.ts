/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { playwright } from '@vitest/browser-playwright';
import { validateParts } from './src/model/load.ts';
import { datasetJsonSchema } from './src/model/schema.ts';
import { CHROMIUM, CHROMIUM_ARGS } from './src/tools/chromium.mjs';

const DATA_FILES = { eras: 'eras.json', events: 'events.json', quotes: 'quotes.json', pairs: 'pairs.json' } as const;

/**
 * The built-in dataset: data/*.json are checked by the loader and joined into one Dataset
 * document, served as /dataset.json (dev) and written to dist/dataset.json (build), beside
 * the JSON Schema for dataset authors. Invalid data fails the build with the loader's lines.
 */
function builtinDataset(): Plugin {
  const read = () => {
    const parts = Object.fromEntries(
      Object.entries(DATA_FILES).map(([name, file]) => [name, JSON.parse(readFileSync(resolve('data', file), 'utf8'))]),
    ) as Record<keyof typeof DATA_FILES, unknown>;
    const result = validateParts(parts, DATA_FILES);
    if (!result.ok) throw new Error(`data/ does not load:\n${result.errors.map((e) => e.message).join('\n')}`);
    return JSON.stringify(result.dataset);
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
      this.emitFile({ type: 'asset', fileName: 'dataset.json', source: read() });
      this.emitFile({ type: 'asset', fileName: 'dataset.schema.json', source: schema() });
    },
  };
}

export default defineConfig({
  plugins: [builtinDataset()],
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
