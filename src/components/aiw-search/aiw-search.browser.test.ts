import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import eras from '../../../data/eras.json';
import events from '../../../data/events.json';
import pairs from '../../../data/pairs.json';
import quotes from '../../../data/quotes.json';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import type { AiwSearchChangeEvent } from '../../events/search-change.ts';
import './aiw-search.ts';
import type { AiwSearch } from './aiw-search.ts';

const realData = { version: 1, eras, events: [], quotes, pairs } as unknown as Dataset;
const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwSearch) => void = (el) => (el.data = realData)): Promise<AiwSearch> {
  const el = document.createElement('aiw-search');
  el.style.width = '900px';
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Waits until `check` returns something truthy (vis-timeline draws in frames and timers). */
const until = <T>(check: () => T | null | undefined | false, timeout = 4000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;

const $ = <T extends Element = HTMLElement>(el: AiwSearch, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = (el: AiwSearch, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
const resultIds = (el: AiwSearch) => $$(el, '.results > li').map((li) => li.dataset.id);
const count = (el: AiwSearch) => $(el, '.count')!.textContent!.trim();

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-search> over everything', () => {
  const everything = { version: 1, eras, events, quotes, pairs } as unknown as Dataset;

  it('finds events by their title, grouped apart from the quotes, each with a way to the timeline', async () => {
    const el = await mount((s) => {
      s.data = everything;
      s.query = 'Symbolics';
    });
    const groups = $$(el, 'section.group').map((g) => g.dataset.kind);
    expect(groups[0]).toBe('event');
    const eventIds = $$(el, 'section.group[data-kind="event"] li').map((li) => li.dataset.id);
    expect(eventIds).toEqual(expect.arrayContaining(['symbolics-founded', 'symbolics-bankruptcy']));
    expect($(el, 'section.group[data-kind="event"] h2')!.textContent).toMatch(/^Events \(\d+\)$/);
    const title = $(el, 'li[data-id="symbolics-bankruptcy"] .title mark')!;
    expect(title.textContent).toBe('Symbolics');
    const shown: string[] = [];
    el.addEventListener('aiw-show-on-timeline', (e) => shown.push(e.detail.id));
    $(el, 'li[data-id="symbolics-bankruptcy"] .actions button')!.click();
    expect(shown).toEqual(['symbolics-bankruptcy']);
  });

  it('keeps to the kinds ticked, and reports them with the filters', async () => {
    const el = await mount((s) => {
      s.data = everything;
      s.query = 'Lighthill';
    });
    expect(new Set($$(el, 'section.group').map((g) => g.dataset.kind))).toEqual(new Set(['event', 'quote', 'era']));
    const changes: unknown[] = [];
    el.addEventListener('aiw-search-change', (e) => changes.push(e.detail.filters));
    $$(el, '.kinds input[type="checkbox"]')[0].click();
    await el.updateComplete;
    expect($$(el, 'section.group').map((g) => g.dataset.kind)).toEqual(['event']);
    expect(changes.at(-1)).toEqual({ kinds: ['event'] });
  });
});

describe('<aiw-search> search as you type', () => {
  it('typing a misspelt word shows its quote at once and reports the query once typing stops', async () => {
    const el = await mount();
    const changes: string[] = [];
    el.addEventListener('aiw-search-change', (e) => changes.push(e.detail.query));
    expect(count(el)).toBe(`${quotes.length + eras.length} matches`);
    await userEvent.type($(el, 'input[type="search"]')!, 'bubbel');
    await until(() => resultIds(el).includes('q-seed-1984-panel-bubble-wont-burst'));
    expect(count(el)).toMatch(/^\d+ match(es)?$/);
    await until(() => changes.at(-1) === 'bubbel');
    expect(changes.length).toBeLessThan('bubbel'.length);
  });

  it('finds Chinese quotes from a Chinese word, and English ones through their translation', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = '海市蜃楼';
    });
    expect(resultIds(el)).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
    const mark = $(el, '.results .translation mark')!;
    expect(mark.textContent).toBe('海市蜃楼');
    expect(count(el)).toBe('1 match');
  });

  it('marks the matched words, building the marks from ranges as DOM', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'robot mirage';
    });
    const first = $$(el, '.results > li')[0];
    expect(Array.from(first.querySelectorAll('blockquote mark')).map((m) => m.textContent)).toEqual(['robot', 'mirage']);
    expect(first.querySelector('blockquote')!.textContent).toContain('The general purpose robot, then, is a mirage.');
  });

  it('shows markup in the data as text, even inside a highlight', async () => {
    const d = minimalDataset();
    d.quotes[0].text = '<img src=x onerror="window.__pwned=1"> mirage <b>bold</b>';
    const el = await mount((s) => {
      s.data = d;
      s.query = 'mirage img';
    });
    const quote = $(el, '.results blockquote')!;
    expect(quote.querySelector('img, b')).toBeNull();
    expect(quote.textContent).toBe('<img src=x onerror="window.__pwned=1"> mirage <b>bold</b>');
    expect(Array.from(quote.querySelectorAll('mark')).map((m) => m.textContent)).toEqual(['img', 'mirage']);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('drops a pending report when it leaves the page', async () => {
    const el = await mount();
    const changes: string[] = [];
    el.addEventListener('aiw-search-change', (e) => changes.push(e.detail.query)); // hears it even when detached
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'mirage';
    input.dispatchEvent(new InputEvent('input'));
    el.remove();
    await new Promise((r) => setTimeout(r, 400));
    expect(changes).toEqual([]);
  });

  it('reports at once on Enter, without waiting for the pause', async () => {
    const el = await mount();
    const changes: string[] = [];
    el.addEventListener('aiw-search-change', (e) => changes.push(e.detail.query));
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    input.value = 'winter';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(changes).toEqual(['winter']);
    await new Promise((r) => setTimeout(r, 300));
    expect(changes).toEqual(['winter']);
  });

  it('answers hostile input without breaking: 10,000 characters, regex symbols, emoji, RTL, spaces', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
    for (const q of ['x'.repeat(10_000), '.*(a+)+$[', '🤖🔥', 'مرحبا', '     ']) {
      input.value = q;
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(count(el), q.slice(0, 10)).toMatch(/match|Nothing found/);
    }
    expect(count(el)).toBe(`${quotes.length + eras.length} matches`);
  });
});

describe('<aiw-search> filters', () => {
  it('filters combine with the text and are reported at once', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'winter';
    });
    const all = resultIds(el).length;
    const changes: AiwSearchChangeEvent[] = [];
    el.addEventListener('aiw-search-change', (e) => changes.push(e));
    const stance = $$(el, 'select')[1] as HTMLSelectElement;
    await userEvent.selectOptions(stance, 'optimistic');
    await el.updateComplete;
    expect(resultIds(el).length).toBeGreaterThan(0);
    expect(resultIds(el).length).toBeLessThan(all);
    expect(changes.map((e) => [e.detail.query, e.detail.filters])).toEqual([['winter', { stance: 'optimistic' }]]);
    const lang = $$(el, 'select')[4] as HTMLSelectElement;
    await userEvent.selectOptions(lang, 'zh');
    await el.updateComplete;
    for (const id of resultIds(el)) expect(quotes.find((q) => q.id === id)).toMatchObject({ lang: 'zh', stance: 'optimistic' });
  });

  it('offers to clear a filter when nothing matches, and clearing it brings the results back', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'Lighthill';
      s.filters = { from: 2020 };
    });
    expect(count(el)).toBe('Nothing found');
    expect($(el, '.empty')!.textContent).toContain('Try clearing a filter');
    await userEvent.click($(el, '.empty button')!);
    await until(() => resultIds(el).length > 3);
    expect($$(el, '.results > li')[0].textContent).toContain('Lighthill');
  });

  it('restarts from the owner’s query and filters when they are set', async () => {
    const el = await mount();
    el.query = 'Schank';
    el.filters = { verification: 'primary' };
    await el.updateComplete;
    expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).toBe('Schank');
    expect(($$(el, 'select')[3] as HTMLSelectElement).value).toBe('primary');
    for (const id of resultIds(el)) expect(quotes.find((q) => q.id === id)?.verification).toBe('primary');
  });
});

describe('<aiw-search> results', () => {
  it('shows each result with translation, speaker, date, era, linked source and badge', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'Dartmouth summer study';
    });
    const li = $$(el, '.results > li')[0];
    expect(li.dataset.id).toBe('q-dartmouth-1955-two-month-study');
    expect(li.querySelector('.translation')!.getAttribute('lang')).toBe('zh-Hans');
    expect(li.querySelector('figcaption')!.textContent).toMatch(/John McCarthy[\s\S]*August 31, 1955/);
    expect(li.querySelector('.badge')!.textContent).toBe('Verified: primary source');
    const link = li.querySelector('a')!;
    expect(link.href).toMatch(/^https:/);
    expect(link.rel).toContain('noopener');
  });

  it('asks to show a quote on the timeline and to add it to the comparison', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'mirage';
    });
    const shown: string[] = [];
    const added: string[] = [];
    el.addEventListener('aiw-show-on-timeline', (e) => shown.push(e.detail.id));
    el.addEventListener('aiw-compare-add', (e) => added.push(e.detail.id));
    const [timeline, add] = Array.from($$(el, '.results > li')[0].querySelectorAll('button'));
    await userEvent.click(timeline);
    await userEvent.click(add);
    expect(shown).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
    expect(added).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
  });

  it('shows a quote already in the comparison as such, and a full comparison as full', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'mirage';
      s.compareIds = ['q-lighthill-1973-general-purpose-robot-mirage'];
    });
    const add = () => $(el, '.results > li button.add') as HTMLButtonElement;
    expect(add().textContent!.trim()).toBe('In comparison');
    expect(add().disabled).toBe(true);
    el.compareIds = ['a', 'b', 'c', 'd'];
    await el.updateComplete;
    expect(add().textContent!.trim()).toBe('Comparison full (4)');
  });

  it('speaks Chinese', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.lang = 'zh';
      s.query = '泡沫';
    });
    expect(count(el)).toMatch(/^找到 \d+ 项$/);
    expect($(el, '.query span')!.textContent).toBe('搜索');
    expect($(el, '.results button')!.textContent).toBe('在时间线上显示');
  });

  it('has no axe violations, with results, highlights and filters', async () => {
    const el = await mount((s) => {
      s.data = realData;
      s.query = 'bubble';
      s.filters = { stance: 'cautionary' };
    });
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
