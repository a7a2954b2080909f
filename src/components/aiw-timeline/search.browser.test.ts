/**
 * A search shown on the timeline (the `query` attribute): what it finds stays as it is, the rest
 * fades, clusters and eras count their matches, n and Shift+n step through them, and clearing
 * the query restores the view. In both drawings: the still one and vis-timeline.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';

const mounted: AiwTimeline[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function open(setup: (el: AiwTimeline) => void, lazy = true): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.lazy = lazy;
  el.style.width = '1000px';
  el.data = minimalDataset();
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await vi.waitUntil(() => el.shadowRoot!.querySelector(lazy ? '.still .vis-item.event' : '.vis-host .vis-item.event'), { timeout: 8000 });
  return el;
}
const $ = (el: AiwTimeline, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: AiwTimeline, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
const press = (el: AiwTimeline, key: string) =>
  $(el, '.canvas')!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey: key !== key.toLowerCase(), bubbles: true, composed: true }));

/** Forty small events in the 1960s (a crowd that folds into clusters), some of them about Lisp. */
function crowded(): Dataset {
  const d = minimalDataset();
  for (let i = 0; i < 40; i++) {
    d.events.push({
      id: `crowd-${i}`, date: `${1960 + (i % 10)}-0${1 + (i % 9)}`, lane: 'research', importance: 1,
      title: { en: i % 4 === 0 ? `Lisp note ${i}` : `Other note ${i}`, zh: `笔记 ${i}` }, summary: { en: 'A note.', zh: '一条笔记。' },
      tags: [], sources: [{ title: 'Notes' }],
    });
  }
  return d;
}

describe('<aiw-timeline query>', () => {
  it('fades what the search does not find, counts the matches per era and in the toolbar, and tells the page', async () => {
    const found: unknown[] = [];
    const el = await open((t) => t.addEventListener('aiw-matches', (e) => found.push(e.detail)));
    el.query = 'Lighthill';
    await vi.waitUntil(() => $(el, '.still .vis-item.faded'));
    expect($(el, '.still .vis-item[data-id="lighthill-report"]')!.classList.contains('match')).toBe(true);
    expect($(el, '.still .vis-item[data-id="sur-program"]')!.classList.contains('faded')).toBe(true);
    expect($(el, '.still .vis-item.era[data-id="era-first-boom"] .match-count')!.textContent).toBe('2');
    expect($(el, '.toolbar .matches')!.textContent).toBe('2 items match “Lighthill”');
    expect(found.at(-1)).toEqual({ query: 'Lighthill', ids: ['lighthill-report', 'q-lighthill'] });

    el.query = '';
    await vi.waitUntil(() => !$(el, '.still .vis-item.faded'));
    expect($(el, '.still .vis-item.match')).toBeNull();
    expect($(el, '.toolbar .matches')).toBeNull();
    expect(found.at(-1)).toEqual({ query: '', ids: [] });
  });

  it('steps through the matches in time order with n and Shift+n, selecting each and moving the window to it', async () => {
    const picks: unknown[] = [];
    const el = await open((t) => {
      t.query = 'Lighthill';
      t.addEventListener('aiw-select', (e) => picks.push(e.detail.id));
    });
    await vi.waitUntil(() => $(el, '.toolbar .matches'));
    press(el, 'n');
    await el.updateComplete;
    expect(el.selected).toBe('lighthill-report');
    const at = Date.UTC(1973, 2, 1);
    expect(el.visibleRange.from.getTime()).toBeLessThanOrEqual(at);
    expect(el.visibleRange.to.getTime()).toBeGreaterThanOrEqual(at);
    press(el, 'n');
    press(el, 'N');
    press(el, 'N');
    await el.updateComplete;
    expect(picks).toEqual(['lighthill-report', 'q-lighthill', 'lighthill-report', 'q-lighthill']);
    // The toolbar's buttons do the same.
    $$(el, '.toolbar button').find((b) => b.getAttribute('aria-label') === 'Next match (n)')!.click();
    expect(picks.at(-1)).toBe('lighthill-report');
  });

  it('shows in a cluster how many matches it holds, and fades clusters without any', async () => {
    const el = await open((t) => {
      t.data = crowded();
      t.query = 'Lisp';
    });
    const clusters = await vi.waitUntil(() => {
      const c = $$(el, '.still .vis-item.cluster');
      return c.length && c.every((x) => x.classList.contains('match') || x.classList.contains('faded')) ? c : null;
    });
    const counts = clusters.map((c) => Number(c.querySelector('.match-count')?.textContent ?? 0));
    expect(counts.some((n) => n > 0)).toBe(true);
    for (const c of clusters) expect(c.classList.contains('faded')).toBe(!c.querySelector('.match-count'));
    // Every Lisp note is either drawn as a match or counted in a cluster.
    const drawn = $$(el, '.still .vis-item.event.match').filter((i) => i.dataset.id?.startsWith('crowd-')).length;
    expect(drawn + counts.reduce((a, b) => a + b, 0)).toBe(10);
  });

  it('fades in vis-timeline’s drawing too', async () => {
    const el = await open((t) => (t.query = 'Lighthill'), false);
    await vi.waitUntil(() => $(el, '.vis-host .vis-item.faded'), { timeout: 8000 });
    expect($$(el, '.vis-host .vis-item.match').length).toBeGreaterThan(0);
    expect($(el, '.vis-host .vis-item.era .match-count')?.textContent).toBe('2');
  });
});

describe('<aiw-timeline query> kinds and filters', () => {
  it('looks only in the kinds asked for, by attribute or through the page’s filters', async () => {
    const el = await open((t) => t.setAttribute('query', 'Lighthill'));
    await vi.waitUntil(() => $(el, '.still .vis-item.quote.match'));
    el.setAttribute('query-kinds', 'event');
    await vi.waitUntil(() => $(el, '.still .vis-item.quote.faded'));
    expect($(el, '.still .vis-item[data-id="lighthill-report"]')!.classList.contains('match')).toBe(true);
    el.removeAttribute('query-kinds');
    el.queryFilters = { kinds: ['quote'] };
    await vi.waitUntil(() => $(el, '.still .vis-item[data-id="lighthill-report"].faded'));
    expect($(el, '.still .vis-item.quote.match')).not.toBeNull();
  });
});
