/**
 * Regressions: bugs the hardening suites found (deep JSON overflowing the error locator, a
 * rejection escaping fetchDataset, TimelineJS ids ending in a dash), each fixed and kept here.
 */
import { describe, expect, it } from 'vitest';
import { fetchDataset } from '../model/fetch-dataset.ts';
import { parseDatasetText } from '../model/load.ts';

describe('regressions found by the hardening suites', () => {
  // BUG 1 — jsonErrorPosition() (then in src/model/load.ts, now json-error-position.ts):
  // jsonc-parser's parse() is recursive, so an invalid JSON text nested about 10,000 deep
  // ("[[[[…", never closed) throws RangeError (Maximum call stack size exceeded) out of
  // parseDatasetText instead of giving a line.
  // Fix: catch in parseDatasetText → `is not valid JSON (unexpected content)`, or find the
  // position without recursion (e.g. jsonc-parser's createScanner, which is iterative).
  it('answers an unterminated 10,000-deep nesting with a line, not a stack overflow', async () => {
    for (const text of ['['.repeat(10_000), '{"a":'.repeat(100_000)]) {
      const result = await parseDatasetText(text, 'deep.json');
      expect(result.ok).toBe(false);
      expect(result.errors[0].message).toMatch(/^deep\.json: is not valid JSON/);
    }
  });

  // BUG 1b — src/model/fetch-dataset.ts, fetchDataset(): `return parseDatasetText(text, url)`
  // inside try is not awaited, so a rejection from it escapes the catch: fetchDataset rejects
  // (it promises never to), and <aiw-timeline>'s `void this.load()` leaves an unhandled
  // rejection and the widget stuck in "Loading…" with no error panel and no retry.
  // Fix: `return await parseDatasetText(text, url);`.
  it('never rejects, whatever the body', async () => {
    const fetchImpl = (async () => new Response('['.repeat(10_000), { status: 200 })) as typeof fetch;
    const result = await fetchDataset('https://example.org/deep.json', { fetchImpl });
    expect(result.ok).toBe(false);
  });

  // BUG 2 — src/model/timelinejs.ts, slug(): the dashes are trimmed before `.slice(0, 60)`, so
  // a unique_id (or a group name) whose 60th character falls after a non-letter gives an id
  // ending in "-", which is not kebab-case: the event is skipped ("is not a lower-case
  // kebab-case id"); for a group it is worse — the whole `lanes` list is refused, so every
  // event of every group is skipped ("lane … is not a lane id").
  // Fix: `.slice(0, 60).replace(/^-+|-+$/g, '')` (cut first, then trim).
  it('imports a TimelineJS event whose long unique_id is cut at a dash', async () => {
    const doc = {
      events: [
        { start_date: { year: 1973 }, text: { headline: 'A' }, unique_id: `${'a'.repeat(59)} b` },
        { start_date: { year: 1974 }, text: { headline: 'B' }, group: `${'g'.repeat(59)} h` },
      ],
    };
    const result = await parseDatasetText(JSON.stringify(doc), 'https://example.org/tl.json');
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.dataset!.events).toHaveLength(2);
  });
});
