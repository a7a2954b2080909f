// After `vite build` and `vite build --mode embed`: writes the Custom Elements Manifest beside
// the widget, and reports the widget's gzipped size.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
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

// The package's types (package.json exports "./embed", "./react", "./vue"): the declarations of
// src/embed.ts and of the React and Vue augmentations, and of what they import, and nothing more.
// They must stand alone (no Lit, vis-timeline or zod: the module bundles those, the package does
// not install them), so the build fails if one of them reaches past the folder.
const types = `${out}/types`;
rmSync(types, { recursive: true, force: true });
execFileSync(
  'npx',
  ['tsc', 'src/embed.ts', 'src/embed/react.ts', 'src/embed/vue.ts', '--declaration', '--emitDeclarationOnly', '--outDir', types,
    '--rootDir', 'src', '--target', 'ES2022', '--module', 'ESNext', '--moduleResolution', 'bundler', '--allowImportingTsExtensions',
    '--experimentalDecorators', '--useDefineForClassFields', 'false', '--skipLibCheck', '--strict',
    '--types', 'vite/client', '--lib', 'ES2022,DOM,DOM.Iterable'],
  { stdio: 'inherit' },
);
const entries = ['embed.d.ts', 'embed/react.d.ts', 'embed/vue.d.ts'];
const published = publishedDeclarations(types, entries, { 'embed/react.d.ts': ['react'], 'embed/vue.d.ts': ['vue'] });
for (const file of declarationFiles(types)) if (!published.has(file)) rmSync(join(types, file));
// Users get the tag's type from the published API; inside the project, aiw-timeline.ts declares it with the class.
appendFileSync(join(types, 'embed.d.ts'), "declare global {\n    interface HTMLElementTagNameMap {\n        'aiw-timeline': AiwTimeline;\n    }\n}\n");

/** The declaration files reachable from the entries; throws on an import of a package an entry may not name. */
function publishedDeclarations(dir, entries, allowed) {
  const found = new Set();
  const visit = (file, packages) => {
    if (found.has(file)) return;
    found.add(file);
    const text = readFileSync(join(dir, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    for (const [, spec] of text.matchAll(/(?:\bfrom\s+|\bimport\s+|\bimport\(\s*)['"]([^'"]+)['"]/g)) {
      if (spec.startsWith('.')) visit(posix.normalize(posix.join(posix.dirname(file), spec.replace(/\.ts$/, '.d.ts'))), packages);
      else if (!packages.includes(spec)) throw new Error(`${types}/${file} imports '${spec}': the published types must not need it`);
    }
  };
  for (const entry of entries) visit(entry, allowed[entry] ?? []);
  return found;
}

function declarationFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? declarationFiles(dir, posix.join(prefix, e.name)) : [posix.join(prefix, e.name)],
  );
}

const js = readFileSync(`${out}/aiw-timeline.js`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/embed/aiw-timeline.js: ${kb(js.length)}, ${kb(gzipSync(js, { level: 9 }).length)} gzipped (CSS included)`);
