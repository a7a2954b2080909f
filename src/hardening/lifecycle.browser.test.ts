/**
 * Isolation and lifecycle: three widgets on one page never touch one another (an error, a
 * zoom, a selection); 200 mount / unmount / re-mount cycles with the attribute churn of a real
 * app leave no growth in heap, listeners, timers or detached nodes beyond a small bound; and
 * vis-timeline's module-wide XSS filter is still on after all of it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataSet } from 'vis-data/esnext';
import { Timeline } from 'vis-timeline/esnext';
import '../components/aiw-timeline/aiw-timeline.ts';
import type { AiwTimeline } from '../components/aiw-timeline/aiw-timeline.ts';
import { TimelineAdapter } from '../components/aiw-timeline/vis-adapter.ts';
import { minimalDataset } from '../model/fixtures/minimal.ts';
import { collectGarbage, hostileMarkup, installLeakWatch, installSentinel, keptAfterCollecting, LEAK_SHARE, pause, until, usedHeap } from './dom-checks.ts';
import { prng } from './malformed.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

const CYCLES = 200;
const mounted: Array<{ remove(): void }> = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  vi.restoreAllMocks();
});

function mount(setup: (el: AiwTimeline) => void): AiwTimeline {
  const el = document.createElement('aiw-timeline');
  el.style.width = '800px';
  setup(el);
  document.body.append(el);
  mounted.push(el);
  return el;
}
const items = (el: AiwTimeline) => el.shadowRoot!.querySelectorAll('.vis-item.event, .vis-item.quote').length;
const windowOf = (el: AiwTimeline) => JSON.stringify(el.visibleRange);
const selectedOf = (el: AiwTimeline) => el.selected || null;

describe('three widgets on one page', () => {
  it('keep an error, a zoom and a selection in one from touching the others', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const events: string[] = [];
    const listen = (el: AiwTimeline, name: string) =>
      ['aiw-select', 'aiw-range-change', 'aiw-error', 'aiw-load'].forEach((type) => el.addEventListener(type, () => events.push(`${name}:${type}`)));
    const a = mount((t) => (t.data = minimalDataset()));
    const b = mount((t) => {
      t.data = minimalDataset();
      t.lang = 'zh';
    });
    const c = mount((t) => (t.src = URL.createObjectURL(new Blob(['{"version":1,'], { type: 'application/json' }))));
    [[a, 'a'], [b, 'b'], [c, 'c']].forEach(([el, name]) => listen(el as AiwTimeline, name as string));
    await until(() => items(a) > 0 && items(b) > 0 && c.shadowRoot!.querySelector('[part="error"]'));
    await pause(400);
    events.length = 0;
    const before = { a: windowOf(a), b: windowOf(b), c: windowOf(c) };

    // An error in c (a retry that fails again; an era asked of data that could not be used is
    // not reported: the load's own error says why), a zoom and a selection in a.
    c.shadowRoot!.querySelector<HTMLButtonElement>('[part="error"] button')!.click();
    c.focusEra('no-such-era');
    a.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!.click();
    a.shadowRoot!.querySelector<HTMLElement>('.vis-item.event')!.click();
    a.select('q-lighthill');
    await pause(600);

    expect(windowOf(a)).not.toBe(before.a);
    expect(selectedOf(a)).toBe('q-lighthill');
    expect(windowOf(b)).toBe(before.b);
    expect(selectedOf(b)).toBeNull();
    expect(b.shadowRoot!.querySelector('[part="error"], [part="notice"], aiw-item-detail')).toBeNull();
    expect(a.shadowRoot!.querySelector('[part="error"]')).toBeNull();
    expect(c.shadowRoot!.querySelector('[part="error"]')).not.toBeNull();
    expect(events.filter((e) => e.startsWith('b:'))).toEqual([]);
    expect(events).toContain('c:aiw-error');
    expect(events).toContain('a:aiw-range-change');
    console.log(`Isolation: 3 widgets, error + zoom + selection in two of them, ${events.filter((e) => e.startsWith('b:')).length} effects on the third`);
  });
});

describe('200 mount / unmount / re-mount cycles', () => {
  it('leave no growth in heap, listeners, timers or detached nodes beyond a small bound', async () => {
    const warn = console.warn;
    console.warn = () => {};
    // Listeners on window and document, and pending timers and frames, counted from here on.
    const watch = installLeakWatch();

    const rand = prng(200);
    const dataUrl = URL.createObjectURL(new Blob([JSON.stringify(minimalDataset())], { type: 'application/json' }));
    const gone: Array<WeakRef<object>> = [];
    const churn = async (el: AiwTimeline, i: number) => {
      const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)];
      el.lang = pick(['en', 'zh', '']);
      el.theme = pick(['light', 'dark', '']);
      el.setAttribute('era', pick(['era-first-boom', 'era-first-winter', 'no-such-era']));
      if (i % 3 === 0) el.setAttribute('from', pick(['1970', '1984-08', 'x']));
      if (i % 3 === 0) el.setAttribute('to', pick(['1990', '2000-01', 'y']));
      el.setAttribute('selected', pick(['lighthill-report', 'q-seed', 'nope']));
      if (i % 4 === 0) el.data = minimalDataset();
      if (i % 4 === 2) {
        el.data = null;
        el.src = dataUrl;
      }
      await el.updateComplete;
      if (i % 2) el.zoomIn();
      if (i % 5 === 0) el.stepEra(1);
    };
    let el = mount((t) => (t.data = minimalDataset()));
    await until(() => items(el) > 0);
    el.remove();
    await pause(300);
    await collectGarbage();
    const start = { heap: usedHeap(), window: watch.listeners(window), document: watch.listeners(document) };
    for (let i = 0; i < CYCLES; i++) {
      if (i % 2 === 0) {
        el = mount((t) => (t.data = minimalDataset()));
        gone.push(new WeakRef(el));
      } else document.body.append(el); // re-mount the same element
      await el.updateComplete;
      await churn(el, i);
      if (i % 10 === 0) await until(() => items(el) > 0);
      gone.push(new WeakRef(el.shadowRoot!.querySelector('.vis-timeline') ?? {}));
      el.remove();
    }
    mounted.splice(0);
    el = null as unknown as AiwTimeline;
    await pause(600); // the widget's own timers (gesture end, layout) run out
    const alive = await keptAfterCollecting(gone, 4);
    const grown = usedHeap() - start.heap;
    const report = {
      live: TimelineAdapter.live, heapMB: +(grown / 1048576).toFixed(1), windowListeners: watch.listeners(window) - start.window,
      documentListeners: watch.listeners(document) - start.document, timers: watch.pending(), intervals: watch.intervals(), detached: alive,
    };
    watch.restore();
    URL.revokeObjectURL(dataUrl);
    console.warn = warn;
    expect(report.live).toBe(0);
    expect(document.querySelectorAll('aiw-timeline').length).toBe(0);
    expect(report.windowListeners).toBeLessThanOrEqual(2);
    expect(report.documentListeners).toBeLessThanOrEqual(2);
    expect(report.timers).toBeLessThanOrEqual(3);
    expect(report.intervals).toBeLessThanOrEqual(1);
    expect(report.detached).toBeLessThanOrEqual(gone.length * LEAK_SHARE); // 15 of 300: a leak keeps 100 or more
    expect(grown).toBeLessThan(10 * 1024 * 1024);
    console.log(`Lifecycle: ${CYCLES} mount/unmount/re-mount cycles with attribute churn: ${JSON.stringify(report)} (of ${gone.length} tracked objects)`);
  }, 180_000);

  it("leave vis-timeline's module-wide XSS filter on", async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const sentinel = installSentinel();
    const container = document.createElement('div');
    container.style.width = '600px';
    document.body.append(container);
    // A plain vis Timeline with HTML-string items, made after all the widgets above: it shares
    // the module's XSS filter, so this shows the filter is still on.
    const data = new DataSet(XSS_PAYLOADS.slice(0, 40).map((content, id) => ({ id, content, start: new Date(1960 + id, 0, 1) })));
    const timeline = new Timeline(container, data as never, { start: new Date(1955, 0, 1), end: new Date(2005, 0, 1) });
    await pause(500);
    // js-xss keeps harmless tags (details, video…): what must go is every handler and unsafe URL.
    const problems = hostileMarkup(container).filter((p) => !p.endsWith(' element'));
    timeline.destroy();
    container.remove();
    sentinel.restore();
    expect(problems).toEqual([]);
    expect(sentinel.executed()).toBe(0);
    expect(warn.mock.calls.flat().join(' ')).not.toMatch(/disabled XSS protection/);
  });
});
