/**
 * The widget's four events as a plain page hears them: listeners on the document, no types,
 * reading `e.detail` as the README's API table says.
 */
import { afterEach, expect, it, vi } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import './aiw-timeline.ts';

const heard: Array<{ type: string; detail: unknown; isCustom: boolean }> = [];
const types = ['aiw-load', 'aiw-error', 'aiw-select', 'aiw-range-change'];
// As a page script would write it: any event, its detail.
const listen = (e: Event) => heard.push({ type: e.type, detail: (e as CustomEvent).detail, isCustom: e instanceof CustomEvent });
types.forEach((type) => document.addEventListener(type, listen));

afterEach(() => {
  document.querySelectorAll('aiw-timeline').forEach((el) => el.remove());
  vi.restoreAllMocks();
});

it('sends aiw-load, aiw-error, aiw-select and aiw-range-change with their payload in e.detail, up to the document', async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const el = document.createElement('aiw-timeline');
  el.lazy = true;
  el.style.width = '1000px';
  el.setAttribute('era', 'no-such-era');
  el.data = minimalDataset();
  document.body.append(el);
  const item = await vi.waitUntil(() =>
    Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.still .vis-item.vis-box')).find((b) => b.textContent?.includes('Lighthill report')),
  );
  item.click();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();

  const of = (type: string) => heard.filter((h) => h.type === type);
  expect(of('aiw-load').map((h) => h.detail)).toEqual([{ eras: 2, events: 2, quotes: 2 }]);
  expect(of('aiw-error').map((h) => h.detail)).toEqual([{ message: 'era "no-such-era" is not an era in the dataset' }]);
  expect(of('aiw-select').map((h) => h.detail)).toEqual([{ id: 'lighthill-report', kind: 'event' }]);
  const [range] = of('aiw-range-change').map((h) => h.detail as { from: Date; to: Date });
  expect(range.from).toBeInstanceOf(Date);
  expect(range).toEqual({ from: el.visibleRange.from, to: el.visibleRange.to });
  expect(heard.every((h) => h.isCustom)).toBe(true);
});

it('gets no warning from Lit in dev mode while it loads, hands over to vis-timeline, zooms, selects and changes language', async () => {
  const warn = vi.spyOn(console, 'warn');
  const el = document.createElement('aiw-timeline');
  el.lazy = true;
  el.style.width = '1000px';
  el.data = minimalDataset();
  document.body.append(el);
  await vi.waitUntil(() => el.shadowRoot!.querySelector('.still .vis-item.vis-box'));
  el.shadowRoot!.querySelector('.canvas')!.dispatchEvent(new PointerEvent('pointerenter'));
  await vi.waitUntil(() => el.shadowRoot!.querySelector('.vis-host .vis-item.vis-box') && !el.shadowRoot!.querySelector('.still'), { timeout: 4000 });
  el.zoomIn();
  el.selected = 'q-lighthill';
  el.lang = 'zh';
  el.from = '1970';
  el.to = '1980';
  await new Promise((r) => setTimeout(r, 600));
  const fromLit = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('lit.dev/msg') && !m.includes('dev-mode'));
  expect(fromLit).toEqual([]);
});
