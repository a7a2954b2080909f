// After `vite build` and `vite build --mode embed`: writes the Custom Elements Manifest beside
// the widget, and reports the widget's gzipped size.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const out = 'dist/embed';
execFileSync('npx', ['cem', 'analyze', '--litelement', '--globs', 'src/components/aiw-timeline/aiw-timeline.ts', '--outdir', out], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
// The analyzer also lists events it cannot name (typed event classes): keep the documented aiw-* ones.
const path = `${out}/custom-elements.json`;
const manifest = JSON.parse(readFileSync(path, 'utf8'));
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (decl.events) decl.events = decl.events.filter((e) => typeof e.name === 'string' && e.name.startsWith('aiw-'));
  }
}
writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);

// Types for people who bundle the widget themselves (package.json exports "./embed").
execFileSync(
  'npx',
  ['tsc', 'src/embed.ts', '--declaration', '--emitDeclarationOnly', '--outDir', `${out}/types`, '--rootDir', 'src',
    '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'bundler', '--allowImportingTsExtensions',
    '--experimentalDecorators', '--useDefineForClassFields', 'false', '--skipLibCheck', '--strict',
    '--types', 'vite/client', '--lib', 'ES2022,DOM,DOM.Iterable'],
  { stdio: 'inherit' },
);

const js = readFileSync(`${out}/aiw-timeline.js`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/embed/aiw-timeline.js: ${kb(js.length)}, ${kb(gzipSync(js, { level: 9 }).length)} gzipped (CSS included)`);
