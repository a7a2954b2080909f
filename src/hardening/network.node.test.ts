/**
 * Network faults, the fetcher's side: a real loopback server that answers 404, 500, never,
 * resets the connection, trickles, sends HTML, redirects forever or sends too much. Every
 * fault ends in one line naming the URL (never a thrown error), within bounded time; the
 * timeout is tested with a small timeoutMs. The widget's side (error panel, retry) is in
 * pages.e2e.test.ts.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDataset } from '../model/fetch-dataset.ts';
import { minimalDataset } from '../model/fixtures/minimal.ts';
import { faults } from './faults.ts';

const GOOD = JSON.stringify(minimalDataset());
const FAULTS = faults(GOOD);

let server: Server;
let base = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    const name = req.url!.split('?')[0].slice(1);
    const fault = FAULTS[name];
    if (fault) fault(req, res);
    else { res.setHeader('Content-Type', 'application/json'); res.end(GOOD); }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const expected: Record<string, RegExp> = {
  'not-found': /: the server answered 404 Not Found$/,
  'server-error': /: the server answered 500 Internal Server Error$/,
  hang: /: no answer within 400 ms$/,
  'hang-body': /: no answer within 400 ms$/,
  reset: /: could not be fetched \(network error/,
  'reset-mid-body': /: could not be read \(|is not valid JSON/,
  html: /: is not valid JSON \(/,
  'redirect-loop': /: could not be fetched \(network error/,
  'too-large-declared': /: is too large \(20\.0 MB; the limit is 20\.0 MB\)$/,
  'too-large-streamed': /: is too large \(over 20\.0 MB\)$/,
};

describe('fetching a dataset through a broken network', () => {
  for (const [name, message] of Object.entries(expected)) {
    it(`ends "${name}" in one line naming the URL, within bounded time`, async () => {
      const started = performance.now();
      // A small timeout for the two that hang; room for the others to fail on their own.
      const result = await fetchDataset(`${base}${name}`, { timeoutMs: name.startsWith('hang') ? 400 : 8000 });
      expect(performance.now() - started).toBeLessThan(9000);
      expect(result.ok).toBe(false);
      expect(result.dataset).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].message.startsWith(`${base}${name}: `)).toBe(true);
      expect(result.errors[0].message).toMatch(message);
    }, 15_000);
  }

  it('loads a dataset that arrives in a slow trickle', async () => {
    const result = await fetchDataset(`${base}trickle`, { timeoutMs: 5000 });
    expect(result.ok).toBe(true);
    expect(result.dataset!.events).toHaveLength(2);
  });

  it('loads again once the server recovers', async () => {
    expect((await fetchDataset(`${base}server-error`)).ok).toBe(false);
    expect((await fetchDataset(`${base}recovered`)).ok).toBe(true);
    console.log(`Network (fetcher): ${Object.keys(expected).length} faults + trickle + recovery, each ended in one line, 0 thrown`);
  });
});
