/**
 * Malformed datasets through the widget: the generated documents (malformed.ts, seeded) fetched
 * by one <aiw-timeline> after another as its `src`, then 100,000 events. Never an uncaught
 * error or rejection; each ends in either a drawn timeline or the error panel, within bounded
 * time; the host page stays usable throughout.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../components/aiw-timeline/aiw-timeline.ts';
import type { AiwTimeline } from '../components/aiw-timeline/aiw-timeline.ts';
import { pause, until } from './dom-checks.ts';
import { malformedDocs, manyEvents } from './malformed.ts';

const COUNT = 1000;
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${e.reason}`);
let el: AiwTimeline;

beforeAll(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
afterAll(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  el?.remove();
  vi.restoreAllMocks();
});

const state = (t: AiwTimeline) => t as unknown as { source: { loading: boolean; dataset: { events: unknown[]; eras: unknown[]; quotes: unknown[] } | null } };
const errorPanel = (t: AiwTimeline) => t.shadowRoot!.querySelector('[part="error"]');

/** Points the widget at a document and waits for it to settle: drawn, the error panel, or (a valid empty dataset) an empty timeline. */
async function show(text: string): Promise<'drawn' | 'error' | 'empty'> {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  el.src = url;
  await el.updateComplete;
  await until(() => !state(el).source.loading, 10_000);
  await el.updateComplete;
  URL.revokeObjectURL(url);
  const loaded = state(el).source.dataset;
  const timeline = el.shadowRoot!.querySelector('.vis-timeline') !== null;
  const panel = errorPanel(el) !== null;
  const records = loaded ? loaded.eras.length + loaded.events.length + loaded.quotes.length : 0;
  const outcome = loaded !== null && timeline && !panel ? (records ? 'drawn' : 'empty') : loaded === null && panel ? 'error' : null;
  expect(outcome, `loaded ${loaded !== null}, error panel ${panel}, timeline ${timeline}`).not.toBeNull();
  return outcome!;
}

describe('malformed datasets through the widget', () => {
  it(`settles ${COUNT} malformed documents, each drawn or in the error panel, with nothing uncaught`, async () => {
    el = document.createElement('aiw-timeline');
    el.style.width = '900px';
    document.body.append(el);
    const host = document.createElement('button');
    let clicks = 0;
    host.textContent = 'host page button';
    host.addEventListener('click', () => clicks++);
    document.body.append(host);
    const docs = malformedDocs(COUNT, 0xbad);
    const tally = { drawn: 0, error: 0, empty: 0 };
    let slowest = 0;
    const started = performance.now();
    for (const [i, doc] of docs.entries()) {
      const t0 = performance.now();
      try {
        tally[await show(doc.text)]++;
      } catch (e) {
        throw new Error(`document ${i} (${doc.kind}): ${e}`);
      }
      slowest = Math.max(slowest, performance.now() - t0);
      if (i % 100 === 0) {
        host.click();
        expect(uncaught, `after document ${i} (${doc.kind})`).toEqual([]);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    await pause(300);
    expect(uncaught).toEqual([]);
    expect(clicks).toBe(COUNT / 100);
    expect(slowest).toBeLessThan(10_000);
    expect(tally.drawn).toBeGreaterThan(0);
    expect(tally.error).toBeGreaterThan(0);
    // Still a working widget: a good dataset after all that is drawn and zooms.
    el.src = '';
    el.data = JSON.parse(JSON.stringify(manyEvents(20)));
    await until(() => el.shadowRoot!.querySelectorAll('.vis-item.event').length > 0);
    const before = el.visibleRange;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    await until(() => el.visibleRange.to.getTime() - el.visibleRange.from.getTime() < before.to.getTime() - before.from.getTime());
    console.log(`Malformed (widget): ${COUNT} documents, ${tally.drawn} drawn, ${tally.error} error panels, ${tally.empty} empty, 0 uncaught, slowest ${Math.round(slowest)} ms, ${seconds.toFixed(1)} s`);
  }, 240_000);

  it('draws 100,000 events within bounded time and stays usable', async () => {
    el?.remove();
    el = document.createElement('aiw-timeline');
    el.style.width = '900px';
    let loaded = 0;
    el.addEventListener('aiw-load', (e) => (loaded = e.detail.events));
    const started = performance.now();
    el.data = manyEvents(100_000) as never;
    document.body.append(el);
    await until(() => loaded === 100_000 && el.shadowRoot!.querySelectorAll('.vis-item.event').length > 0, 20_000);
    const seconds = (performance.now() - started) / 1000;
    expect(seconds).toBeLessThan(20);
    // Still usable: a selection shows its detail within bounded time.
    const t0 = performance.now();
    el.select('e-500');
    await until(() => el.shadowRoot!.querySelector('aiw-item-detail'), 20_000);
    const selectSeconds = (performance.now() - t0) / 1000;
    expect(selectSeconds).toBeLessThan(20);
    expect(uncaught).toEqual([]);
    console.log(`Malformed (widget): 100,000 events drawn in ${seconds.toFixed(1)} s, a selection shown in ${selectSeconds.toFixed(1)} s`);
  }, 60_000);
});
