/**
 * The end-to-end tests' web server, on a free loopback port:
 *   /…            the built site (dist/), as a static host would serve it
 *   /test/…       test pages (src/e2e/pages/)
 *   /csp/…        the same files under a strict Content-Security-Policy header
 *   /fixture/…    pages built for a test (e.g. the React page), from FIXTURE_DIR
 * A test server, so it also serves broken answers on purpose under /fault/ (see faults).
 * serveFolder serves one folder alone (a consumer app's build), as a static host would.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'";
export const FIXTURE_DIR = resolve('node_modules/.aiw-e2e');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

const ROOTS: Array<[prefix: string, dir: string]> = [
  ['/test/', resolve('src/e2e/pages')],
  ['/fixture/', FIXTURE_DIR],
  ['/', resolve('dist')],
];

export type Fault = (req: IncomingMessage, res: ServerResponse) => void;

/** Starts the server; `faults` maps /fault/<name> to a handler that misbehaves on purpose. */
export function startServer(faults: Record<string, Fault> = {}): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path.startsWith('/fault/')) {
      const fault = faults[path.slice('/fault/'.length)];
      if (fault) return fault(req, res);
    }
    if (path.startsWith('/csp/')) {
      res.setHeader('Content-Security-Policy', STRICT_CSP);
      path = path.slice('/csp'.length);
    }
    for (const [prefix, dir] of ROOTS) {
      if (!path.startsWith(prefix)) continue;
      let file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir)) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) continue;
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.setHeader('Cache-Control', 'no-store');
      createReadStream(file).pipe(res);
      return;
    }
    res.statusCode = 404;
    res.end('not found');
  });
  return listen(server);
}

function listen(server: Server): Promise<{ server: Server; url: string }> {
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({ server, url: `http://127.0.0.1:${port}/` });
    });
  });
}

/** Serves one folder as a static host would (index.html for a folder), on a free loopback port. */
export function serveFolder(root: string): Promise<{ server: Server; url: string }> {
  const dir = resolve(root);
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)));
    if (file.startsWith(dir) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.statusCode = 404;
      return void res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(res);
  });
  return listen(server);
}
