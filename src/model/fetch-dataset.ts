/**
 * Fetching a dataset by URL: every way a fetch can fail ends in a LoadResult with one
 * clear line naming the URL, never in a thrown error.
 */
import { markChecked } from './checked.ts';
import type { LoadResult } from './load.ts';
import type { Dataset } from './schema.ts';

export const MAX_DATASET_BYTES = 20 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /**
   * The built-in dataset, checked when it was built: read it without loading the validator.
   * Should it not even have a dataset's shape (a broken deployment), the full check runs and says what is wrong.
   */
  builtIn?: boolean;
}

export async function fetchDataset(url: string, options: FetchOptions = {}): Promise<LoadResult> {
  const { timeoutMs = FETCH_TIMEOUT_MS, fetchImpl = fetch } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const fail = (detail: string): LoadResult => ({ ok: false, dataset: null, errors: [{ file: url, message: `${url}: ${detail}` }], notices: [] });
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (timeout.aborted) return fail(`no answer within ${seconds(timeoutMs)}`);
    if (options.signal?.aborted) return fail('loading was cancelled');
    const crossOrigin = typeof location !== 'undefined' && URL.canParse(url, location.href) && new URL(url, location.href).origin !== location.origin;
    return fail(
      crossOrigin
        ? 'could not be fetched (network error; a server on another site must allow it with CORS: Access-Control-Allow-Origin)'
        : `could not be fetched (network error: ${e instanceof Error ? e.message : String(e)})`,
    );
  }
  if (!response.ok) return fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const declared = Number(response.headers.get('Content-Length') ?? NaN);
  if (declared > MAX_DATASET_BYTES) return fail(`is too large (${formatBytes(declared)}; the limit is ${formatBytes(MAX_DATASET_BYTES)})`);
  try {
    const text = await readLimited(response, MAX_DATASET_BYTES);
    if (text === null) return fail(`is too large (over ${formatBytes(MAX_DATASET_BYTES)})`);
    const built = options.builtIn ? readBuiltIn(text) : null;
    if (built) return { ok: true, dataset: markChecked(built), errors: [], notices: [] };
    // The validator (zod) loads only now, while the data is on its way: not in the first chunk.
    const { parseDatasetText } = await import('./load.ts');
    return await parseDatasetText(text, url);
  } catch (e) {
    if (timeout.aborted) return fail(`no answer within ${seconds(timeoutMs)}`);
    return fail(`could not be read (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** The built-in dataset as it was written by the build, or null when it does not look like one. */
function readBuiltIn(text: string): Dataset | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  const d = doc as Partial<Record<keyof Dataset, unknown>> | null;
  const lists = d && (['eras', 'events', 'quotes', 'pairs'] as const).every((k) => Array.isArray(d[k]));
  return lists && d.version === 1 ? (d as Dataset) : null;
}

/** Reads a body as text, giving up (null) once it passes `limit` bytes. */
async function readLimited(response: Response, limit: number): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function seconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}

function formatBytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
