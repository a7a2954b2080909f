// The benchmark's web server, on a free loopback port. One server for all three systems:
//   /…             the site as the bench built it (OUT/dist, like dist/): the explorer and
//                  embed/aiw-timeline.js
//   /bench/…       bench pages built by Vite (OUT/pages), then src/bench/pages/ as they are
//   /bench/data/…  generated datasets (OUT/data)
//   /tljs/…        TimelineJS's own dist/ (node_modules/@knight-lab/timelinejs/dist)
// Text is served gzip-compressed when the browser asks for it, as any static host does (the
// transfer sizes matter to Lighthouse's simulated throttling).
// Pages are served cross-origin isolated (COOP + COEP), so performance.now() has 5 µs
// resolution instead of 100 µs (the search latencies are well under a millisecond).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const OUT = resolve('node_modules/.aiw-bench');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

const ROOTS = [
  ['/bench/data/', join(OUT, 'data')],
  ['/bench/', join(OUT, 'pages')],
  ['/bench/', resolve('src/bench/pages')],
  ['/tljs/', resolve('node_modules/@knight-lab/timelinejs/dist')],
  ['/', join(OUT, 'dist')],
];

const cache = new Map();
/** Level 9, computed once per file version. */
function gzipped(file, body) {
  const key = `${file}:${statSync(file).mtimeMs}`;
  if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
  return cache.get(key);
}

/** @returns {Promise<{ close(): Promise<void>, url: string }>} */
export function startServer() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    for (const [prefix, dir] of ROOTS) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
      res.setHeader('Cross-Origin-Embedder-Policy', 'require-corp');
      const body = readFileSync(file);
      if (/^(text|application\/json)/.test(res.getHeader('Content-Type')) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Vary', 'Accept-Encoding');
        res.end(gzipped(file, body));
      } else res.end(body);
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((closed) => { server.closeAllConnections?.(); server.close(() => closed()); }),
      });
    });
  });
}
