/**
 * Script injection, rendered: the hostile dataset (every payload in every text field) through
 * every view of the widget and the explorer's components in Chromium — the timeline, its list,
 * the detail, the skipped-records notice, the error panel, search results with highlighting,
 * the comparison and its copied text, the era panel, strip, pairs and sources — plus every
 * attribute of <aiw-timeline> and the TimelineJS import. No payload runs (the sentinel stays 0,
 * no dialog), and no element, handler or link a payload needs is ever in the DOM.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import '../components/aiw-about/aiw-about.ts';
import '../components/aiw-era-panel/aiw-era-panel.ts';
import '../components/aiw-era-strip/aiw-era-strip.ts';
import '../components/aiw-item-detail/aiw-item-detail.ts';
import '../components/aiw-pair-list/aiw-pair-list.ts';
import '../components/aiw-quote-compare/aiw-quote-compare.ts';
import '../components/aiw-search/aiw-search.ts';
import '../components/aiw-timeline/aiw-timeline.ts';
import type { AiwTimeline } from '../components/aiw-timeline/aiw-timeline.ts';
import { quoteStrings } from '../i18n/quotes.ts';
import { comparisonText } from '../model/compare.ts';
import { DatasetIndex } from '../model/dataset-index.ts';
import { validateDocument } from '../model/load.ts';
import type { Dataset } from '../model/schema.ts';
import { hostileMarkup, installSentinel, pause, until, type Sentinel } from './dom-checks.ts';
import { hostileDataset, hostileTimelineJs, XSS_FIELDS, XSS_PAYLOADS } from './xss-payloads.ts';

const ATTRIBUTES = ['src', 'lang', 'era', 'from', 'to', 'selected', 'theme', 'lanes'] as const;
let sentinel: Sentinel;
let data: Dataset;
const views = new Set<string>();
const hosts: Array<{ remove(): void }> = [];

function mount<T extends { style: CSSStyleDeclaration; remove(): void }>(tag: string, setup: (el: T) => void): T {
  const el = document.createElement(tag) as unknown as T;
  el.style.width = '1000px';
  el.style.display = 'block';
  setup(el);
  document.body.append(el as unknown as Node);
  hosts.push(el);
  return el;
}

/** After a view rendered: nothing a payload needs is in the DOM, nothing ran. */
async function expectInert(view: string, ...roots: Array<{ shadowRoot: ShadowRoot | null }>): Promise<void> {
  views.add(view);
  await pause(50);
  expect(hostileMarkup(...(roots as unknown as Element[])), view).toEqual([]);
  expect(sentinel.executed(), view).toBe(0);
  expect(sentinel.dialogs, view).toEqual([]);
}

const inputs = new Set<string>();

beforeAll(() => {
  // The widget warns once per value it cannot use: hundreds here, by design.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  sentinel = installSentinel();
  data = validateDocument(hostileDataset(), 'hostile.json').dataset!;
});

afterAll(() => {
  for (const el of hosts.splice(0)) el.remove();
  sentinel.restore();
  vi.restoreAllMocks();
});

describe('the checks themselves', () => {
  it('see a payload that does run, and the markup it needed', async () => {
    const div = document.createElement('div');
    div.innerHTML = XSS_PAYLOADS.find((p) => p === '<img src=x onerror=__xss++>')! + '<a href="javascript:void 0">x</a>';
    document.body.append(div);
    await until(() => sentinel.executed() === 1);
    expect(hostileMarkup(div)).toEqual(['<img> element', '<img onerror>', '<a href="javascript:void 0">', '<a href="javascript:void 0"> not http(s)']);
    // …inside shadow roots too, the host's own included.
    const host = document.createElement('span');
    host.attachShadow({ mode: 'open' }).innerHTML = '<b><svg onload="x"></svg></b>';
    expect(hostileMarkup(host)).toEqual(['<svg onload>']);
    div.remove();
    (window as unknown as { __xss: number }).__xss = 0;
  });
});

describe('hostile text rendered through every view', () => {
  it('the timeline, its list, the skipped-records notice and the detail of every item', async () => {
    const el = mount<AiwTimeline>('aiw-timeline', (t) => (t.data = hostileDataset()));
    await el.updateComplete;
    await until(() => el.shadowRoot!.querySelectorAll('.vis-item.event, .vis-item.quote').length > 5);
    await until(() => el.shadowRoot!.querySelector('[part="notice"]'));
    await expectInert('timeline', el);
    views.add('notice');
    const index = new DatasetIndex(data);
    for (const id of [...data.events, ...data.quotes].map((r) => r.id)) {
      el.select(id);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('aiw-item-detail'), id).not.toBeNull();
    }
    for (const era of index.eras) el.focusEra(era.id);
    el.lang = 'zh';
    await el.updateComplete;
    await pause(300);
    await expectInert('detail', el);
    views.add('list');
  }, 60_000);

  it('the search results, with the matched words marked', async () => {
    const el = mount<HTMLElement & { data: Dataset | null; query: string; updateComplete: Promise<boolean> }>('aiw-search', (s) => (s.data = data));
    let marked = 0;
    for (const query of ['xss', 'img onerror', 'script', 'svg onload', 'javascript', 'alert', 'href', 'math', '__xss++', '<', '"', '${']) {
      el.query = query;
      await el.updateComplete;
      const more = () => el.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
      for (let b = more(); b; b = more()) {
        b.click();
        await el.updateComplete;
      }
      marked += el.shadowRoot!.querySelectorAll('mark').length;
    }
    expect(marked).toBeGreaterThan(100);
    await expectInert('search', el);
  }, 60_000);

  it('the comparison, four quotes at a time, and the text it copies', async () => {
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    const el = mount<HTMLElement & { data: Dataset | null; ids: string[]; updateComplete: Promise<boolean> }>('aiw-quote-compare', (c) => (c.data = data));
    const ids = data.quotes.map((q) => q.id);
    for (let i = 0; i < ids.length; i += 4) {
      el.ids = ids.slice(i, i + 4);
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
      await pause(0);
    }
    expect(copied.length).toBe(Math.ceil(ids.length / 4));
    // The copied text is the model's plain text, whose only links are the (http(s)) source URLs.
    copied.forEach((text, n) => expect(text).toBe(comparisonText(data.quotes.slice(n * 4, n * 4 + 4), 'en', quoteStrings('en'))));
    // When the clipboard refuses, the text is shown in a textarea: as its value, never as markup.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => { throw new Error('denied'); } } });
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.copy')!.click();
    const area = await until(() => el.shadowRoot!.querySelector('textarea'));
    expect(area.value).toBe(copied[copied.length - 1]);
    expect(area.children.length).toBe(0);
    if (clipboard) delete (navigator as unknown as Record<string, unknown>).clipboard;
    await expectInert('comparison', el);
    views.add('copied citation');
  }, 60_000);

  it('the era panel for every era, the era strip, the pairs and the sources', async () => {
    const panel = mount<HTMLElement & { data: Dataset | null; eraId: string | null; updateComplete: Promise<boolean> }>('aiw-era-panel', (p) => (p.data = data));
    for (const era of data.eras) {
      panel.eraId = era.id;
      await panel.updateComplete;
      expect(panel.shadowRoot!.querySelector('h2')?.textContent).toBeTruthy();
    }
    await expectInert('era panel', panel);
    const strip = mount<HTMLElement & { data: Dataset | null }>('aiw-era-strip', (s) => (s.data = data));
    const pairs = mount<HTMLElement & { data: Dataset | null }>('aiw-pair-list', (s) => (s.data = data));
    const about = mount<HTMLElement & { data: Dataset | null }>('aiw-about', (s) => (s.data = data));
    await pause(200);
    await expectInert('era strip', strip);
    await expectInert('pairs', pairs);
    await expectInert('sources', about);
  });

  it('every attribute of <aiw-timeline>, and the error panel that names a hostile src', async () => {
    const shown = mount<AiwTimeline>('aiw-timeline', (t) => (t.data = data));
    const fetched = mount<AiwTimeline>('aiw-timeline', (t) => t.setAttribute('src', XSS_PAYLOADS[0]));
    await until(() => fetched.shadowRoot!.querySelector('[part="error"]'));
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      for (const name of ATTRIBUTES) if (name !== 'src') shown.setAttribute(name, XSS_PAYLOADS[(i + name.length) % XSS_PAYLOADS.length]);
      fetched.setAttribute('src', payload);
      await shown.updateComplete;
    }
    await until(() => !(fetched as unknown as { loading: boolean }).loading);
    await fetched.updateComplete;
    expect(fetched.shadowRoot!.querySelector('[part="error"]')).not.toBeNull();
    await pause(300);
    inputs.add('attributes');
    await expectInert('timeline', shown);
    await expectInert('error panel', fetched);
  }, 60_000);

  it('a hostile dataset and a hostile TimelineJS file fetched by src', async () => {
    const blob = (doc: unknown) => URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const ours = mount<AiwTimeline>('aiw-timeline', (t) => (t.src = blob(hostileDataset())));
    const tl = mount<AiwTimeline>('aiw-timeline', (t) => (t.src = blob(hostileTimelineJs())));
    await until(() => ours.shadowRoot!.querySelectorAll('.vis-item.event').length > 3 && tl.shadowRoot!.querySelectorAll('.vis-item.event').length > 3);
    for (const id of ['event-0', 'event-1', 'event-2']) tl.select(id);
    ours.select('quote-3');
    await pause(300);
    inputs.add('src').add('TimelineJS import');
    await expectInert('timeline', tl);
    await expectInert('detail', ours);
    console.log(`XSS: ${XSS_PAYLOADS.length} payloads × ${XSS_FIELDS.length} fields × ${views.size} views (${[...views].join(', ')}), + ${ATTRIBUTES.length} attributes × ${XSS_PAYLOADS.length} payloads and the TimelineJS import, ${sentinel.executed()} executed, ${sentinel.dialogs.length} dialogs`);
  }, 60_000);
});
