/**
 * The quote components' lifecycle: 100 mount / use / unmount cycles of the search (with a
 * report pending when it leaves), the comparison (columns moved) and the pairs, on the real
 * quotes, then 100 more. The removed elements can be collected, and no listener on window or
 * document and no timer is left behind. The heap is compared between the two hundreds: the
 * first carries one-off costs (compiled code, caches: about 5 MB, once), the second shows
 * whether each cycle leaves something.
 */
import { describe, expect, it } from 'vitest';
import eras from '../../data/eras.json';
import pairs from '../../data/pairs.json';
import quotes from '../../data/quotes.json';
import '../components/aiw-pair-list/aiw-pair-list.ts';
import '../components/aiw-quote-compare/aiw-quote-compare.ts';
import '../components/aiw-quote-search/aiw-quote-search.ts';
import type { Dataset } from '../model/schema.ts';
import { collectGarbage, installLeakWatch, pause, usedHeap } from './dom-checks.ts';

const CYCLES = 100;
const data = { version: 1, eras, events: [], quotes, pairs } as unknown as Dataset;

describe('the quote components, mounted and removed 200 times', () => {
  it('leave no elements, listeners, timers or heap growth behind', async () => {
    const watch = installLeakWatch();
    const gone: Array<WeakRef<object>> = [];
    const ids = quotes.slice(0, 3).map((q) => q.id);
    const cycle = async (i: number) => {
      const search = Object.assign(document.createElement('aiw-quote-search'), { data, lang: i % 2 ? 'zh' : 'en' });
      const compare = Object.assign(document.createElement('aiw-quote-compare'), { data, ids });
      const list = Object.assign(document.createElement('aiw-pair-list'), { data });
      document.body.append(search, compare, list);
      await Promise.all([search.updateComplete, compare.updateComplete, list.updateComplete]);
      const input = search.shadowRoot!.querySelector('input[type="search"]') as HTMLInputElement;
      input.value = ['bubble', 'winter', '泡沫', 'expert systms'][i % 4];
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await search.updateComplete;
      compare.ids = [...ids].reverse();
      await compare.updateComplete;
      search.remove(); // with its report still pending
      compare.remove();
      list.remove();
      gone.push(new WeakRef(search), new WeakRef(compare), new WeakRef(list), new WeakRef(search.shadowRoot!));
    };

    try {
      const listenersBefore = watch.listeners(window) + watch.listeners(document);
      for (let i = 0; i < CYCLES; i++) await cycle(i);
      await pause(600); // past the search's pause before reporting
      await collectGarbage();
      const before = usedHeap();
      for (let i = 0; i < CYCLES; i++) await cycle(i);
      await pause(600);
      await collectGarbage();
      const left = gone.filter((ref) => ref.deref() !== undefined).length;
      const growth = usedHeap() - before;
      const listeners = watch.listeners(window) + watch.listeners(document) - listenersBefore;
      console.log(`Lifecycle (quotes): ${2 * CYCLES} cycles of search + comparison + pairs: ${left} of ${gone.length} objects kept, ${listeners} listeners, ${watch.pending()} timers, heap ${(growth / 1024 / 1024).toFixed(2)} MB over the second ${CYCLES}`);
      expect(left).toBeLessThanOrEqual(4); // the last cycle's, at most
      expect(listeners).toBe(0);
      expect(watch.pending()).toBe(0);
      expect(growth).toBeLessThan(1024 * 1024);
    } finally {
      watch.restore();
    }
  }, 120_000);
});
