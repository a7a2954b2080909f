import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import { spanOf } from '../../model/time-window.ts';
import { toTimelineEntries } from '../../model/timeline-entries.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';
import { TimelineAdapter } from './vis-adapter.ts';

const mounted: Array<{ remove(): void }> = [];

async function mount(setup: (el: AiwTimeline) => void = (el) => (el.data = minimalDataset())): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.style.width = '1000px';
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Waits until `check` returns something truthy (vis-timeline draws in frames and timers). */
const until = <T>(check: () => T | null | undefined | false, timeout = 4000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;

const $ = (el: AiwTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AiwTimeline, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const items = (el: AiwTimeline) => $$(el, '.vis-item.event.vis-box, .vis-item.event.vis-range, .vis-item.quote.vis-box');
const span = (el: AiwTimeline) => el.visibleRange.to.getTime() - el.visibleRange.from.getTime();

/** Waits until the window stops moving (zoom and era changes are animated). */
async function settled(el: AiwTimeline, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  let last = '';
  for (;;) {
    const now = JSON.stringify(el.visibleRange);
    if (now === last) return;
    if (performance.now() - start > timeoutMs) throw new Error('the window never settled');
    last = now;
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** The minimal dataset plus thirty minor events crowded into 1984. */
function crowded1984(): Dataset {
  const d = minimalDataset();
  for (let i = 0; i < 30; i++) {
    d.events.push({
      ...d.events[0], id: `minor-1984-${i}`, importance: 1, lane: 'industry',
      date: `1984-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
      title: { en: `Minor 1984 event ${i}`, zh: `1984年小事件${i}` },
    });
  }
  return d;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  document.querySelectorAll('style[data-hostile]').forEach((s) => s.remove());
});

describe('<aiw-timeline> renders the history', () => {
  it('renders the events and quotes of a dataset as items with their titles', async () => {
    const el = await mount();
    await until(() => items(el).length >= 3);
    const text = items(el).map((i) => i.textContent).join(' | ');
    expect(text).toContain('Lighthill report');
    expect(text).toContain('Speech Understanding Research');
    expect(text).toContain('James Lighthill');
  });

  it('draws eras as titled bars over coloured bands, and marks a contested one', async () => {
    const el = await mount();
    const bars = await until(() => ($$(el, '.vis-item.era').length === 2 ? $$(el, '.vis-item.era') : null));
    expect(bars.map((b) => b.querySelector('.band-title')?.textContent)).toEqual(['First boom', 'First winter?']);
    expect(bars[1].classList.contains('era-contested')).toBe(true);
    const bands = $$(el, '.vis-item.vis-background.era-band');
    expect(bands).toHaveLength(2);
    expect(getComputedStyle(bands[0]).backgroundColor).not.toBe(getComputedStyle(bands[1]).backgroundColor);
  });

  it('shows the lanes by name, in the chosen language', async () => {
    const el = await mount((t) => {
      t.data = minimalDataset();
      t.lang = 'zh';
    });
    const labels = await until(() => {
      const found = $$(el, '.vis-label .lane-label').map((l) => l.textContent);
      return found.length === 6 ? found : null;
    });
    expect(labels).toEqual(['时代', '研究', '资金与政策', '产业与交易', '媒体', '言论']);
  });

  it('shows a quote in Voices with its speaker and first words', async () => {
    const el = await mount();
    const quote = await until(() => $(el, '.vis-item.quote.vis-box'));
    expect(quote.querySelector('.item-label')?.textContent).toBe('James Lighthill');
    expect(quote.querySelector('.item-excerpt')?.textContent).toBe('The general purpose robot, then, is a mirage.');
  });

  it('folds crowded minor items into clusters at full span, and shows them when zoomed into 1984', async () => {
    const el = await mount((t) => (t.data = crowded1984()));
    await until(() => $$(el, '.vis-item.cluster').length > 0);
    expect($$(el, '.vis-item.cluster .cluster-count').some((c) => /^\+\d+$/.test(c.textContent ?? ''))).toBe(true);
    const labelled = () => items(el).filter((i) => i.textContent?.startsWith('Minor 1984')).length;
    const before = labelled();
    el.from = '1984-03';
    el.to = '1984-05';
    await until(() => labelled() > before + 2);
  });

  it('writes item content as text: markup in the data is never parsed', async () => {
    const el = await mount((t) => {
      const d = minimalDataset();
      d.events[0].title = { en: '<img src=x onerror="window.__pwned=1">Boom', zh: '<b>x</b>' };
      t.data = d;
    });
    const item = await until(() => items(el).find((i) => i.textContent?.includes('<img')));
    expect(item.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<aiw-timeline> zooms and pans', () => {
  it('zooming in with the button narrows the window; zooming out widens it', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    const before = span(el);
    $(el, 'button[aria-label="Zoom in"]')!.click();
    await until(() => span(el) < before * 0.75);
    await settled(el);
    const zoomed = span(el);
    el.zoomOut();
    await until(() => span(el) > zoomed * 1.5);
  });

  it('zooms with + and - from the keyboard', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    const before = span(el);
    $(el, '.canvas')!.focus();
    await userEvent.keyboard('+');
    await until(() => span(el) < before * 0.75);
    await userEvent.keyboard('-');
    await until(() => span(el) > before * 0.75);
  });

  it('zooms with Ctrl + wheel, and leaves a plain wheel to the page when it does not have focus', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    const before = span(el);
    const canvas = $(el, '.vis-center')!;
    const box = canvas.getBoundingClientRect();
    const wheel = (ctrlKey: boolean) =>
      canvas.dispatchEvent(new WheelEvent('wheel', { deltaY: 120, ctrlKey, bubbles: true, cancelable: true, clientX: box.x + box.width / 2, clientY: box.y + 20 }));
    expect(wheel(false)).toBe(true); // not cancelled: the page may scroll
    await new Promise((r) => setTimeout(r, 150));
    expect(span(el)).toBe(before);
    expect(wheel(true)).toBe(false); // cancelled: the timeline zoomed instead of the page scrolling
    await until(() => span(el) !== before);
  });

  it('never zooms out past 1950-2030', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    for (let i = 0; i < 4; i++) el.zoomOut();
    await new Promise((r) => setTimeout(r, 500));
    expect(el.visibleRange.from.getUTCFullYear()).toBeGreaterThanOrEqual(1950);
    expect(el.visibleRange.to.getUTCFullYear()).toBeLessThanOrEqual(2031);
  });

  it('moves to the next and previous era with ] and [', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    el.focusEra('era-first-boom');
    await until(() => el.visibleRange.to.getUTCFullYear() <= 1975);
    $(el, '.canvas')!.focus();
    await userEvent.keyboard(']');
    await until(() => el.visibleRange.from.getUTCFullYear() >= 1973 && el.visibleRange.to.getUTCFullYear() <= 1981);
    await userEvent.keyboard('[[');
    await until(() => el.visibleRange.to.getUTCFullYear() <= 1975);
  });

  it('fires aiw-range-change for the user’s zoom, not for a window set by code', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    const changes: Array<[Date, Date]> = [];
    el.addEventListener('aiw-range-change', (e) => changes.push([e.detail.from, e.detail.to]));
    el.focusEra('era-first-winter');
    await new Promise((r) => setTimeout(r, 700));
    expect(changes).toEqual([]);
    $(el, 'button[aria-label="Zoom out"]')!.click();
    await until(() => changes.length === 1);
  });
});

describe('<aiw-timeline> selection, keyboard and screen reader', () => {
  it('selects an event with the keyboard alone and shows its detail with sources', async () => {
    const el = await mount();
    await until(() => $$(el, 'aiw-item-list').length === 1);
    const list = $(el, 'aiw-item-list')!;
    await until(() => list.shadowRoot!.querySelectorAll('[role="option"]').length === 4);
    list.focus();
    await userEvent.keyboard('{Home}{ArrowDown}{Enter}');
    const detail = await until(() => $(el, 'aiw-item-detail')?.shadowRoot?.querySelector('article'));
    expect(detail.querySelector('h2')?.textContent).toBe('Lighthill report');
    expect(detail.textContent).toContain('Artificial Intelligence: A General Survey');
    await userEvent.keyboard('{Escape}');
    await until(() => !$(el, 'aiw-item-detail'));
  });

  it('goes from the drawing to the list of items in view with Enter, where Enter opens one', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    $(el, '.canvas')!.focus();
    await userEvent.keyboard('{Enter}');
    const list = $(el, 'aiw-item-list')!;
    await until(() => list.shadowRoot!.activeElement?.getAttribute('role') === 'option');
    expect(list.shadowRoot!.querySelector('details')!.open).toBe(true);
    await userEvent.keyboard('{Enter}');
    await until(() => $(el, 'aiw-item-detail')?.shadowRoot?.querySelector('article'));
  });

  it('links sources with rel="noopener" and never renders a javascript: link', async () => {
    const el = await mount((t) => {
      const d = minimalDataset();
      d.eras[0].sources.push({ title: 'Evil', url: 'javascript:alert(1)' });
      t.data = d;
    });
    el.select('q-lighthill');
    await until(() => items(el).length > 0);
    el.selected = '';
    el.focusEra('era-first-boom');
    const detailOf = async (id: string) => {
      el.select(id);
      return until(() => $(el, 'aiw-item-detail')?.shadowRoot?.querySelector('article'));
    };
    const quote = await detailOf('q-lighthill');
    expect(quote.querySelector('blockquote')?.textContent).toBe('The general purpose robot, then, is a mirage.');
    expect(quote.textContent).toContain('Verified: primary source');
    const links = [...$$(el, 'aiw-item-detail').flatMap((d) => Array.from(d.shadowRoot!.querySelectorAll('a')))];
    for (const a of links) expect(a.rel).toContain('noopener');
    expect(el.shadowRoot!.innerHTML).not.toContain('javascript:');
  });

  it('fires aiw-select for a user’s choice but not for select() from code', async () => {
    const el = await mount();
    const picks: Array<[string | null, string | null]> = [];
    el.addEventListener('aiw-select', (e) => picks.push([e.detail.id, e.detail.kind]));
    await until(() => items(el).length > 0);
    el.select('lighthill-report');
    await el.updateComplete;
    await settled(el); // select() brings the item into view: let the window stop before clicking
    expect(picks).toEqual([]);
    const item = await until(() => items(el).find((i) => i.textContent?.includes('Speech Understanding')));
    await userEvent.click(item);
    await until(() => picks.length === 1);
    expect(picks).toEqual([['sur-program', 'event']]);
  });

  it('announces the visible range and the selection politely', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    el.select('lighthill-report');
    const regions = await until(() => {
      const found = $$(el, '[aria-live="polite"]').map((r) => r.textContent?.trim());
      return found.some((t) => t?.startsWith('Selected:')) ? found : null;
    });
    // Selected from code at full span, the item is brought into view: the window announced is that one.
    expect(regions[0]).toMatch(/^Showing 1970 to 1976, \d+ items$/);
    expect(regions[1]).toBe('Selected: Lighthill report');
  });

  it('has no axe violations, with an item selected', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    el.select('q-lighthill');
    await until(() => $(el, 'aiw-item-detail'));
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('<aiw-timeline> bad input', () => {
  it('renders, ignores and reports once an unknown era, a missing selection and a malformed window', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages: string[] = [];
    const el = await mount((t) => {
      t.addEventListener('aiw-error', (e) => messages.push(e.detail.message));
      t.data = minimalDataset();
      t.setAttribute('era', 'nope');
      t.setAttribute('selected', 'ghost');
      t.setAttribute('from', 'abc');
    });
    await until(() => items(el).length > 0);
    expect(messages.sort()).toEqual([
      'era "nope" is not an era in the dataset',
      'from "abc" is not a year or a date (use 1984 or 1984-08)',
      'selected "ghost" is not an event or a quote in the dataset',
    ]);
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  it('reports from after to and keeps the window', async () => {
    const messages: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount((t) => {
      t.addEventListener('aiw-error', (e) => messages.push(e.detail.message));
      t.data = minimalDataset();
      t.from = '1990';
      t.to = '1980';
    });
    await until(() => items(el).length > 0);
    expect(messages).toEqual(['from "1990" is after to "1980": the window was left as it was']);
    // The window the data opens on (its own span), not one from the bad bounds.
    expect(el.visibleRange).toEqual(spanOf(toTimelineEntries(minimalDataset(), 'en')).window);
    warn.mockRestore();
  });

  it('shows the valid records and a dismissible notice of what was skipped when some are invalid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const messages: string[] = [];
    const el = await mount((t) => {
      t.addEventListener('aiw-error', (e) => messages.push(e.detail.message));
      const d = minimalDataset();
      (d.events[0] as { date: string }).date = '1973-13';
      t.data = d;
    });
    const notice = await until(() => $(el, '[part="notice"]'));
    expect(notice.textContent).toContain('dataset property: event "lighthill-report" (index 0): date "1973-13" is not a date');
    expect(messages).toEqual(['dataset property: event "lighthill-report" (index 0): date "1973-13" is not a date']);
    await until(() => items(el).some((i) => i.textContent?.includes('Speech Understanding')));
    notice.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => !$(el, '[part="notice"]'));
    warn.mockRestore();
  });

  it('shows an error panel with the URL and a retry button when the data cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const url = URL.createObjectURL(new Blob(['{"version": 1, "eras": ['], { type: 'application/json' }));
    const el = await mount((t) => (t.src = url));
    const panel = await until(() => $(el, '[part="error"]'));
    expect(panel.textContent).toContain(`${url}: is not valid JSON`);
    expect(panel.querySelector('button')?.textContent).toBe('Retry');
    warn.mockRestore();
  });

  it('fetches a dataset from src and reports the counts with aiw-load', async () => {
    const loads: Array<[number, number, number]> = [];
    const url = URL.createObjectURL(new Blob([JSON.stringify(minimalDataset())], { type: 'application/json' }));
    const el = await mount((t) => {
      t.addEventListener('aiw-load', (e) => loads.push([e.detail.eras, e.detail.events, e.detail.quotes]));
      t.src = url;
    });
    await until(() => items(el).length >= 3);
    expect(loads).toEqual([[2, 2, 2]]);
  });
});

  it('keeps a window, an era and a selection asked for before the data arrived', async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(minimalDataset())], { type: 'application/json' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const early = await mount((t) => (t.src = url));
    early.showRange(new Date(Date.UTC(1972, 0)), new Date(Date.UTC(1975, 0)));
    early.select('lighthill-report');
    await until(() => $(early, 'aiw-item-detail'));
    expect(early.visibleRange.from.getUTCFullYear()).toBe(1972);
    expect(early.visibleRange.to.getUTCFullYear()).toBe(1975);
    const era = await mount((t) => (t.src = url));
    era.focusEra('era-first-winter');
    await until(() => items(era).length > 0);
    await settled(era);
    expect(era.visibleRange.from.getUTCFullYear()).toBeGreaterThanOrEqual(1972);
    expect(era.visibleRange.to.getUTCFullYear()).toBeLessThanOrEqual(1982);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('finishes loading when it is moved while the data is on its way', async () => {
    const loads: number[] = [];
    const url = URL.createObjectURL(new Blob([JSON.stringify(minimalDataset())], { type: 'application/json' }));
    const el = await mount((t) => {
      t.addEventListener('aiw-load', (e) => loads.push(e.detail.events));
      t.src = url;
    });
    // Taken out and put back (a framework re-parenting it) before the fetch has answered.
    const box = document.createElement('div');
    document.body.append(box);
    mounted.push(box);
    box.append(el);
    await until(() => items(el).length >= 3);
    expect(loads).toEqual([2]);
    expect($(el, '[role="status"] .spinner')).toBeNull();
  });

describe('<aiw-timeline> in a page', () => {
  it('updates in place when the language changes: same drawing, same zoom', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    el.focusEra('era-first-winter');
    await until(() => el.visibleRange.to.getUTCFullYear() <= 1981);
    await settled(el);
    const root = $(el, '.vis-timeline');
    const window = el.visibleRange;
    el.lang = 'zh';
    await until(() => items(el).some((i) => i.textContent?.includes('语音理解研究计划')));
    expect($(el, '.vis-timeline')).toBe(root);
    expect(el.visibleRange).toEqual(window);
  });

  it('applies the dark theme', async () => {
    const el = await mount((t) => {
      t.data = minimalDataset();
      t.theme = 'dark';
    });
    const [r, g, b] = getComputedStyle(el).backgroundColor.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeLessThan(150);
  });

  it('keeps its layout under a hostile page stylesheet', async () => {
    const el = await mount();
    await until(() => items(el).length >= 3);
    await new Promise((r) => setTimeout(r, 400));
    const boxes = () => items(el).map((i) => JSON.stringify(i.getBoundingClientRect()));
    const before = boxes();
    const style = document.createElement('style');
    style.dataset.hostile = '';
    style.textContent = `div { padding: 20px !important; margin: 9px !important; font-size: 30px !important; }
      button { width: 300px !important; display: block !important; } .vis-item { display: none !important; }
      .vis-timeline { transform: scale(0.5) !important; }`;
    document.head.append(style);
    await new Promise((r) => setTimeout(r, 400));
    expect(boxes()).toEqual(before);
  });

  it('leaves nothing behind after 50 mount/unmount cycles', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const gc = (globalThis as { gc?: () => void }).gc!;
    expect(gc).toBeTypeOf('function'); // the browser project starts Chromium with --expose-gc
    const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    const cycle = async () => {
      const el = await mount();
      await until(() => items(el).length > 0);
      el.remove();
    };
    await cycle();
    gc();
    const start = heap();
    for (let i = 0; i < 50; i++) await cycle();
    gc();
    expect(TimelineAdapter.live).toBe(0);
    expect(document.querySelectorAll('aiw-timeline').length).toBe(0);
    expect(added.mock.calls.length - removed.mock.calls.length).toBeLessThanOrEqual(2);
    expect(heap() - start).toBeLessThan(8 * 1024 * 1024);
    added.mockRestore();
    removed.mockRestore();
  });
});
