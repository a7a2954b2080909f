/**
 * Stored state in the browser: a saved comparison that is corrupt, outdated, foreign or hostile
 * is dropped with a warning the reader sees, and never stops the comparison from working;
 * private-mode storage (getItem / setItem throwing) is survived the same way.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../components/aiw-quote-compare/aiw-quote-compare.ts';
import type { AiwQuoteCompare } from '../components/aiw-quote-compare/aiw-quote-compare.ts';
import { minimalDataset } from '../model/fixtures/minimal.ts';
import type { Dataset } from '../model/schema.ts';
import { hostileMarkup, installSentinel } from './dom-checks.ts';
import { storedValues } from './malformed.ts';

const KEY = 'aiw-hardening:compare';
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(e.message);
window.addEventListener('error', onError);

/** The minimal dataset with quotes q-a … q-e (the ids storedValues knows). */
function data(): Dataset {
  const d = minimalDataset();
  const q = d.quotes[0];
  d.quotes = ['q-a', 'q-b', 'q-c', 'q-d', 'q-e'].map((id) => ({ ...q, id, eventId: undefined }));
  d.pairs = [];
  return d;
}

async function mountCompare(ids: string[] = []): Promise<{ el: AiwQuoteCompare; changes: string[][] }> {
  const el = document.createElement('aiw-quote-compare');
  const changes: string[][] = [];
  el.addEventListener('aiw-compare-change', (e) => {
    changes.push(e.detail.ids);
    el.ids = e.detail.ids;
  });
  el.storageKey = KEY;
  el.ids = ids;
  el.data = data();
  document.body.append(el);
  await el.updateComplete;
  await el.updateComplete;
  return { el, changes };
}
const notices = (el: AiwQuoteCompare) => [...el.shadowRoot!.querySelectorAll('.notice')].map((n) => n.textContent ?? '');

afterEach(() => {
  document.querySelectorAll('aiw-quote-compare').forEach((e) => e.remove());
  localStorage.removeItem(KEY);
  vi.restoreAllMocks();
});

describe('a saved comparison that cannot be used', () => {
  it('is dropped with a visible warning, and the comparison still works', async () => {
    const sentinel = installSentinel();
    const values = storedValues(120, 7);
    let warned = 0;
    let restored = 0;
    for (const raw of values) {
      try {
        localStorage.setItem(KEY, raw);
      } catch {
        continue; // larger than this browser's quota: nothing stored, nothing to read
      }
      const { el, changes } = await mountCompare();
      if (notices(el).length) warned++;
      if (changes.length) restored++;
      expect(el.shadowRoot!.querySelector('h2')).not.toBeNull();
      expect(el.ids.length).toBeLessThanOrEqual(4);
      // Still works: what is compared now is saved in the current format.
      el.ids = ['q-a', 'q-b'];
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!)).toEqual({ version: 1, ids: ['q-a', 'q-b'] });
      expect(hostileMarkup(el)).toEqual([]);
      el.remove();
    }
    sentinel.restore();
    expect(uncaught).toEqual([]);
    expect(sentinel.executed()).toBe(0);
    expect(warned).toBeGreaterThan(values.length / 2);
    console.log(`Storage: ${values.length} stored values in the browser, ${warned} dropped with a visible warning, ${restored} restored, 0 uncaught`);
  }, 60_000);

  it('survives private mode: getItem and setItem throwing', async () => {
    const denied = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(denied);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(denied);
    const { el } = await mountCompare();
    expect(notices(el).join(' ')).toMatch(/could not be saved/);
    el.ids = ['q-a', 'q-b', 'q-c'];
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="column"]')).toHaveLength(3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-control="remove"]')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="column"]')).toHaveLength(2);
    expect(uncaught).toEqual([]);
  });
});
