/**
 * The quote components' lifecycle: three rounds of 100 mount / use / unmount cycles of the
 * search (with a report pending when it leaves), the comparison (columns moved) and the pairs,
 * on the real quotes. The removed elements can be collected, and no listener on window or
 * document and no timer is left behind. The heap is measured after each round. One-off costs
 * (compiled code, caches: about 5 MB) come once, usually in the first round but sometimes
 * later; something left by each cycle grows the heap in every round. So the smaller of the two
 * later rounds' growths must stay small.
 */
import { describe, expect, it } from 'vitest';
import eras from '../../data/eras.json';
import pairs from '../../data/pairs.json';
import quotes from '../../data/quotes.json';
import '../components/aiw-pair-list/aiw-pair-list.ts';
import '../components/aiw-quote-compare/aiw-quote-compare.ts';
import '../components/aiw-search/aiw-search.ts';
import type { Dataset } from '../model/schema.ts';
import { collectGarbage, installLeakWatch, keptAfterCollecting, LEAK_SHARE, pause, usedHeap } from './dom-checks.ts';

const CYCLES = 100;
const data = { version: 1, eras, events: [], quotes, pairs } as unknown as Dataset;

describe('the quote components, mounted and removed 300 times', () => {
  it('leave no elements, listeners, timers or heap growth behind', async () => {
    const watch = installLeakWatch();
    const gone: Array<WeakRef<object>> = [];
    const ids = quotes.slice(0, 3).map((q) => q.id);
    const cycle = async (i: number) => {
      const search = Object.assign(document.createElement('aiw-search'), { data, lang: i % 2 ? 'zh' : 'en' });
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
      const heaps: number[] = [];
      for (let round = 0; round < 3; round++) {
        for (let i = 0; i < CYCLES; i++) await cycle(i);
        await pause(600); // past the search's pause before reporting
        await collectGarbage();
        heaps.push(usedHeap());
      }
      const left = await keptAfterCollecting(gone, 4); // the last cycle's
      const growth = Math.min(heaps[1] - heaps[0], heaps[2] - heaps[1]);
      const listeners = watch.listeners(window) + watch.listeners(document) - listenersBefore;
      console.log(`Lifecycle (quotes): ${3 * CYCLES} cycles of search + comparison + pairs: ${left} of ${gone.length} objects kept, ${listeners} listeners, ${watch.pending()} timers, heap growth ${(growth / 1024 / 1024).toFixed(2)} MB (the smaller of rounds 2 and 3)`);
      expect(left).toBeLessThanOrEqual(gone.length * LEAK_SHARE); // 60 of 1,200: a leak keeps hundreds
      expect(listeners).toBe(0);
      expect(watch.pending()).toBe(0);
      expect(growth).toBeLessThan(1024 * 1024);
    } finally {
      watch.restore();
    }
  }, 120_000);
});
