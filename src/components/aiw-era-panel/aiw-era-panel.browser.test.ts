import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import erasJson from '../../../data/eras.json';
import eventsJson from '../../../data/events.json';
import pairsJson from '../../../data/pairs.json';
import quotesJson from '../../../data/quotes.json';
import type { AiwEraChooseEvent } from '../../events/era-choose.ts';
import type { AiwItemChooseEvent } from '../../events/item-choose.ts';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset, HistoryEvent, Quote } from '../../model/schema.ts';
import type { AiwEraPanel } from './aiw-era-panel.ts';
import './aiw-era-panel.ts';

const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwEraPanel) => void): Promise<AiwEraPanel> {
  const el = document.createElement('aiw-era-panel');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const project = () => ({ version: 1, eras: erasJson, events: eventsJson, quotes: quotesJson, pairs: pairsJson }) as unknown as Dataset;
const $ = (el: AiwEraPanel, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AiwEraPanel, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

/** The minimal dataset, with ten events and eight quotes inside the first boom (1956-1973). */
function crowded(): Dataset {
  const d = minimalDataset();
  const ev = d.events[0];
  const importance = [1, 3, 2, 1, 2, 3, 1, 2, 1, 1] as const;
  d.events = importance.map((imp, i): HistoryEvent => ({ ...ev, id: `ev-${i}`, date: String(1960 + i), importance: imp, title: { en: `Event ${i}` } }));
  d.events.push({ ...ev, id: 'ev-outside', date: '1980', importance: 3, title: { en: 'Outside' } });
  const q = d.quotes[0];
  const verification = ['unverified', 'unverified', 'primary', 'secondary', 'primary', 'primary', 'primary', 'secondary'] as const;
  d.quotes = verification.map((v, i): Quote => ({ ...q, id: `q-${i}`, date: String(1957 + i), verification: v, text: `Quote number ${i}.` }));
  d.quotes.push({ ...q, id: 'q-late-paired', date: '1972', text: 'Paired quote.' }, { ...q, id: 'q-outside', date: '1990' });
  d.pairs = [{ id: 'pair-x', quotes: ['q-late-paired', 'q-outside'], note: { en: 'x' } }];
  return d;
}

const listen = <T extends Event>(name: string, pick: (e: T) => string) => {
  const got: string[] = [];
  const listener = (e: Event) => got.push(pick(e as T));
  document.addEventListener(name, listener);
  return { got, stop: () => document.removeEventListener(name, listener) };
};

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-era-panel> tells an era', () => {
  it('shows the title as a heading, the kind, the years, its place in the sequence and the summary', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-winter';
    });
    expect(text($(el, 'h2'))).toBe('First winter');
    expect(text($(el, '.eyebrow'))).toBe('Winter 1974 – 1980 Era 2 of 2');
    expect(text($(el, '.summary'))).toBe('Money dried up.');
  });

  it('sets the contested note apart under "Historians disagree", and only where there is one', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-winter';
    });
    const note = $(el, 'aside[part="contested"]')!;
    expect(text(note.querySelector('h3'))).toBe('⚖ Historians disagree');
    expect(note.querySelector('h3 [aria-hidden="true"]')?.textContent).toBe('⚖');
    expect(text(note.querySelector('p'))).toBe('Some say it never happened.');
    expect(getComputedStyle(note).borderInlineStartWidth).toBe('4px');
    el.eraId = 'era-first-boom';
    await el.updateComplete;
    expect($(el, 'aside')).toBeNull();
  });

  it('lists the eight most important events dated inside the era, in date order', async () => {
    const el = await mount((p) => {
      p.data = crowded();
      p.eraId = 'era-first-boom';
    });
    const titles = $$(el, 'ol.items .label').map((l) => l.textContent);
    // importance 3: 1961, 1965; 2: 1962, 1964, 1967; 1: 1960, 1963, 1966 (1968 and 1969 left out)
    expect(titles).toEqual(['Event 0', 'Event 1', 'Event 2', 'Event 3', 'Event 4', 'Event 5', 'Event 6', 'Event 7']);
    expect($$(el, 'ol.items li').filter((li) => li.querySelector('.badge')).map((li) => li.querySelector('.label')?.textContent)).toEqual(['Event 1', 'Event 5']);
  });

  it('lists six quotes dated inside the era, paired and verified ones first, in date order', async () => {
    const el = await mount((p) => {
      p.data = crowded();
      p.eraId = 'era-first-boom';
    });
    const quotes = $$(el, 'ul.quotes q').map((q) => q.textContent);
    // q-late-paired (in a pair), then the six verified from 1959: q-2 … q-6; the unverified q-0, q-1 are left out
    expect(quotes).toEqual(['Quote number 2.', 'Quote number 3.', 'Quote number 4.', 'Quote number 5.', 'Quote number 6.', 'Paired quote.']);
    expect(text($(el, 'ul.quotes .who'))).toBe('— James Lighthill, 1959');
  });

  it('says so when an era has no events or quotes, and asks for an era when none is chosen', async () => {
    const el = await mount((p) => {
      p.data = { ...minimalDataset(), events: [], quotes: [] };
      p.eraId = 'era-first-boom';
    });
    expect($$(el, '.empty').map((e) => e.textContent)).toEqual([
      'No events in the dataset are dated inside this era.',
      'No quotes in the dataset are dated inside this era.',
    ]);
    el.eraId = 'no-such-era';
    await el.updateComplete;
    expect(text($(el, '.empty'))).toBe('Choose an era above to read what happened in it.');
  });

  it('writes Chinese labels and punctuation when lang is zh', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-winter';
      p.lang = 'zh';
    });
    expect(text($(el, 'h2'))).toBe('第一次寒冬');
    expect(text($(el, '.eyebrow'))).toBe('寒冬 1974年 – 1980年 第 2 个时代，共 2 个');
    expect(text($(el, 'aside h3'))).toBe('⚖ 史家看法不一');
    el.eraId = 'era-first-boom';
    await el.updateComplete;
    expect(text($(el, 'ul.quotes .who'))).toBe('— 詹姆斯·莱特希尔，1973年5月9日');
    // The words as said, then a translation marked as one; the English page needs none.
    expect(text($(el, 'ul.quotes q'))).toBe('The general purpose robot, then, is a mirage.');
    expect([text($(el, 'ul.quotes .translation')), $(el, 'ul.quotes .translation')!.lang]).toEqual(['译文：通用机器人只是海市蜃楼。', 'zh-Hans']);
    el.lang = 'en';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('ul.quotes .translation')).toBeNull();
  });

  it('writes markup from the data as text', async () => {
    const el = await mount((p) => {
      const d = minimalDataset();
      d.eras[0].summary = { en: '<img src=x onerror="window.__panelPwned=1">' };
      p.data = d;
      p.eraId = 'era-first-boom';
    });
    expect(text($(el, '.summary'))).toBe('<img src=x onerror="window.__panelPwned=1">');
    expect($(el, 'img')).toBeNull();
  });
});

describe('<aiw-era-panel> choosing', () => {
  it('fires aiw-item-choose with the id and kind of a picked event or quote', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-boom';
    });
    const picks = listen<AiwItemChooseEvent>('aiw-item-choose', (e) => `${e.detail.kind}:${e.detail.id}`);
    await userEvent.click($(el, 'ul.quotes button')!);
    $(el, 'ol.items button')!.focus();
    await userEvent.keyboard('{Enter}');
    picks.stop();
    expect(picks.got).toEqual(['quote:q-lighthill', 'event:sur-program']);
  });

  it('offers only the neighbours that exist, fires aiw-era-choose, and moves focus to the new title', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-boom';
    });
    expect($$(el, 'nav button').map((b) => text(b))).toEqual(['Next era → First winter']);
    const steps = listen<AiwEraChooseEvent>('aiw-era-choose', (e) => e.detail.id);
    await userEvent.click($(el, 'nav button')!);
    el.eraId = steps.got[0]; // what the owner does
    await el.updateComplete;
    steps.stop();
    expect(steps.got).toEqual(['era-first-winter']);
    expect(el.shadowRoot!.activeElement).toBe($(el, 'h2'));
    expect($$(el, 'nav button').map((b) => text(b))).toEqual(['← Previous era First boom']);
  });

  it('fires nothing when eraId is set by code', async () => {
    const el = await mount((p) => (p.data = minimalDataset()));
    const steps = listen<AiwEraChooseEvent>('aiw-era-choose', (e) => e.detail.id);
    el.eraId = 'era-first-winter';
    await el.updateComplete;
    steps.stop();
    expect(steps.got).toEqual([]);
    expect(el.shadowRoot!.activeElement).toBeNull();
  });
});

describe('<aiw-era-panel> layout', () => {
  it('has a print stylesheet that hides the era buttons and prints black on white', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-boom';
    });
    const print = el.shadowRoot!.adoptedStyleSheets.flatMap((s) => Array.from(s.cssRules)).filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print');
    const rules = print.flatMap((m) => Array.from(m.cssRules)) as CSSStyleRule[];
    expect(rules.find((r) => r.selectorText === 'nav')?.style.display).toBe('none');
    expect(rules.find((r) => r.selectorText.includes('article *'))?.style.color).toBe('rgb(0, 0, 0)');
  });

  it('keeps every button at least 44 px tall', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.eraId = 'era-first-boom';
    });
    expect($$(el, 'button')).toHaveLength(4); // two events, one quote, the next era
    for (const b of $$(el, 'button')) expect(b.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  });

  it.each(['era-first-winter', 'era-generative-ai-boom'])('has no axe violations on the project era %s', async (eraId) => {
    const el = await mount((p) => {
      p.data = project();
      p.eraId = eraId;
    });
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
