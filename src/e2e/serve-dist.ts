/**
 * Vitest global setup for the end-to-end tests: serves the built dist/ (npm test builds it
 * first) and the test pages on a free loopback port, and hands the address to the tests.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildFixtures } from './fixtures.ts';
import { startServer } from './server.ts';

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html') || !existsSync('dist/embed/aiw-timeline.js')) {
    throw new Error('dist/ is missing or incomplete: run `npm run build` first (npm test does).');
  }
  await buildFixtures();
  const { server, url } = await startServer();
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
