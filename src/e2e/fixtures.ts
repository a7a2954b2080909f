/**
 * Pages some end-to-end tests need built first: a small React 19 app using <aiw-timeline>
 * (React is a dev dependency of this test only). Written to node_modules/.aiw-e2e/.
 */
import { build } from 'vite';
import { FIXTURE_DIR } from './server.ts';

export async function buildFixtures(): Promise<void> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: 'src/e2e/react-page',
    base: '/fixture/react/',
    build: { outDir: `${FIXTURE_DIR}/react`, emptyOutDir: true },
  });
}
