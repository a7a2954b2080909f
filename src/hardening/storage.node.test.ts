/**
 * Stored state, the model's side: whatever localStorage holds under the comparison's key —
 * corrupt, outdated, foreign, huge or hostile — readStoredComparison drops it with a warning
 * and never throws. The page's side (private mode, a page that still starts) is in
 * storage.browser.test.ts and pages.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, readStoredComparison } from '../model/compare.ts';
import { storedValues } from './malformed.ts';

const KNOWN = new Set(['q-a', 'q-b', 'q-c', 'q-d', 'q-e']);


describe('a stored comparison that cannot be used', () => {
  it('is dropped with a warning, never thrown, whatever localStorage holds', () => {
    const values = storedValues(300);
    let warned = 0;
    for (const raw of values) {
      for (const lang of ['en', 'zh'] as const) {
        const result = readStoredComparison(raw, KNOWN, lang);
        expect(result.ids.length).toBeLessThanOrEqual(MAX_COMPARE);
        expect(result.ids.every((id) => KNOWN.has(id))).toBe(true);
        expect(new Set(result.ids).size).toBe(result.ids.length);
        if (result.warning) warned++;
        else expect(raw === '' || result.ids.length > 0).toBe(true);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(warned).toBeGreaterThan(values.length);
    console.log(`Storage (model): ${values.length} stored values × 2 languages, ${warned} dropped or trimmed with a warning, 0 thrown`);
  });

  it('warns about an outdated version and about a foreign value', () => {
    expect(readStoredComparison('["q-a"]', KNOWN).warning).toMatch(/older version/);
    expect(readStoredComparison('{"version":0,"ids":["q-a"]}', KNOWN).warning).toMatch(/older version/);
    expect(readStoredComparison('{"theme":"dark"}', KNOWN).warning).toMatch(/could not be read/);
    expect(readStoredComparison('<img src=x onerror=__xss++>', KNOWN)).toEqual({ ids: [], warning: expect.stringMatching(/could not be read/) });
  });
});
