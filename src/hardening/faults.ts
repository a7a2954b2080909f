/**
 * Broken answers on purpose, for the network-fault suites (node: a server of their own; e2e:
 * src/e2e/server.ts's /fault/<name>). Each handler misbehaves in one way; `good` is the body
 * of a valid dataset that the slow ones send.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_DATASET_BYTES } from '../model/fetch-dataset.ts';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** The faults, by name; each ends (or fails) on its own, except the two that hang. */
export function faults(good: string): Record<string, Handler> {
  return {
    'not-found': (_req, res) => { res.statusCode = 404; res.end('not found'); },
    'server-error': (_req, res) => { res.statusCode = 500; res.end('boom'); },
    hang: () => { /* never answers */ },
    'hang-body': (_req, res) => { res.setHeader('Content-Type', 'application/json'); res.write('{"version":1,'); },
    reset: (req) => req.socket.destroy(),
    'reset-mid-body': (req, res) => { res.setHeader('Content-Type', 'application/json'); res.write(good.slice(0, 100)); setTimeout(() => req.socket.destroy(), 20); },
    trickle: (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      let at = 0;
      const step = Math.ceil(good.length / 10);
      const timer = setInterval(() => {
        res.write(good.slice(at, at + step));
        at += step;
        if (at >= good.length) { clearInterval(timer); res.end(); }
      }, 40);
    },
    html: (_req, res) => { res.setHeader('Content-Type', 'text/html'); res.end('<!doctype html><title>Welcome</title><p>Soft 404'); },
    'redirect-loop': (req, res) => { res.statusCode = 302; res.setHeader('Location', req.url!); res.end(); },
    'too-large-declared': (_req, res) => { res.setHeader('Content-Length', String(MAX_DATASET_BYTES + 1)); res.setHeader('Content-Type', 'application/json'); res.write('['); setTimeout(() => res.destroy(), 200); },
    'too-large-streamed': (_req, res) => {
      res.setHeader('Content-Type', 'application/json');
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent <= MAX_DATASET_BYTES + chunk.length) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.write('[');
      pump();
      res.on('close', () => (sent = Infinity));
    },
  };
}
