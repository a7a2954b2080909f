import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import erasJson from '../../../data/eras.json';
import eventsJson from '../../../data/events.json';
import pairsJson from '../../../data/pairs.json';
import quotesJson from '../../../data/quotes.json';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import { collectSources } from '../../model/sources.ts';
import type { AiwAbout } from './aiw-about.ts';
import './aiw-about.ts';

const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwAbout) => void = (el) => (el.data = minimalDataset())): Promise<AiwAbout> {
  const el = document.createElement('aiw-about');
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const project = () => ({ version: 1, eras: erasJson, events: eventsJson, quotes: quotesJson, pairs: pairsJson }) as unknown as Dataset;
const $ = (el: AiwAbout, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AiwAbout, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-about> explains the project', () => {
  it('is one article with a heading for each part', async () => {
    const el = await mount();
    expect($$(el, 'h2, h3').map((h) => `${h.tagName} ${text(h)}`)).toEqual([
      'H2 About this timeline',
      'H3 What counts as verified',
      'H3 The seed article',
      'H3 Sources (6)',
    ]);
  });

  it('defines primary, secondary and unverified, and counts the quotes of each', async () => {
    const el = await mount();
    expect($$(el, 'dt').map((d) => text(d))).toEqual(['Primary', 'Secondary', 'Unverified']);
    expect(text($(el, 'dd'))).toContain('original');
    expect(text(el.shadowRoot!.querySelector('section p'))).toBe('Of the 2 quotes in the dataset: 1 primary, 0 secondary, 1 unverified (50% verified).');
  });

  it('counts the seed article’s own lines apart from the share of verified quotes', async () => {
    const d = minimalDataset();
    d.quotes[1].tags = ['seed-article'];
    const el = await mount((a) => (a.data = d));
    expect(text(el.shadowRoot!.querySelector('section p'))).toBe(
      'Of the 1 quote in the dataset: 1 primary, 0 secondary, 0 unverified (100% verified). The seed article’s own line is counted apart: it shows what the article says, not what anyone said.',
    );
  });

  it('names the seed article in its own words and says its wrong claims are corrected', async () => {
    const el = await mount();
    const seed = $(el, 'section[aria-labelledby="seed-title"] p')!;
    expect(seed.querySelector('cite[lang="zh-Hans"]')?.textContent).toBe('第一批大模型独角兽开始“挤泡沫”');
    expect(text(seed)).toContain('then the correction, and cites both');
  });

  it('writes it all in Chinese when lang is zh', async () => {
    const el = await mount((a) => {
      a.data = minimalDataset();
      a.lang = 'zh';
    });
    expect($$(el, 'h2, h3').map((h) => text(h))).toEqual(['关于这条时间线', '怎样才算已核实', '起点文章', '来源（6）']);
    expect(text($(el, 'section[aria-labelledby="seed-title"] cite'))).toBe('《第一批大模型独角兽开始“挤泡沫”》');
  });
});

describe('<aiw-about> lists the sources', () => {
  it('lists each source once, even when cited by several records', async () => {
    const el = await mount((a) => {
      const d = minimalDataset();
      d.events[0].sources.push({ title: 'A history', url: 'https://example.org/a' });
      d.quotes[1].source = { title: 'A history', url: 'https://example.org/a' }; // instead of the seed article
      a.data = d;
    });
    expect($$(el, '.sources li').filter((li) => li.textContent?.includes('A history'))).toHaveLength(1);
    expect($$(el, '.sources li')).toHaveLength(5);
    expect(text($(el, '#sources-title'))).toBe('Sources (5)');
  });

  it('groups the project sources by kind, with a count per group adding up to the total', async () => {
    const el = await mount((a) => (a.data = project()));
    const expected = collectSources(project());
    const headings = $$(el, '[part="group"] h4').map((h) => text(h));
    expect(headings.map((h) => h?.replace(/ \(\d+\)$/, ''))).toEqual(['Books & papers', 'Reports & documents', 'News & web']);
    const counts = $$(el, '[part="group"]').map((g) => g.querySelectorAll('li').length);
    expect(headings.map((h) => Number(/\((\d+)\)$/.exec(h ?? '')?.[1]))).toEqual(counts);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(expected.total);
    expect(text($(el, '#sources-title'))).toBe(`Sources (${expected.total})`);
  });

  it('jumps to a group from the contents links, moving focus to its heading', async () => {
    const el = await mount((a) => (a.data = project()));
    const links = $$(el, 'nav a');
    expect(links.map((a) => text(a)?.replace(/ \(\d+\)$/, ''))).toEqual(['Books & papers', 'Reports & documents', 'News & web']);
    await userEvent.click(links[2]);
    expect(el.shadowRoot!.activeElement).toBe($(el, '#group-press'));
    expect(location.hash).toBe('');
  });

  it('links http(s) sources with rel="noopener", and never another scheme', async () => {
    const el = await mount((a) => {
      const d = minimalDataset();
      d.events[1].sources = [{ title: 'Sneaky', url: 'javascript:alert(1)' }];
      a.data = d;
    });
    const links = $$(el, '.sources a') as HTMLAnchorElement[];
    expect(links.map((a) => a.href)).toEqual(['https://example.org/a']);
    for (const a of links) expect(a.rel.split(' ')).toContain('noopener');
    const sneaky = $$(el, '.sources li').find((li) => li.textContent?.includes('Sneaky'))!;
    expect(sneaky.querySelector('a')).toBeNull();
  });

  it('writes markup in titles as text', async () => {
    const el = await mount((a) => {
      const d = minimalDataset();
      d.events[0].sources = [{ title: '<img src=x onerror="window.__aboutPwned=1">', url: 'https://example.org/x' }];
      a.data = d;
    });
    expect($(el, 'img')).toBeNull();
    expect($$(el, '.sources a').some((a) => a.textContent === '<img src=x onerror="window.__aboutPwned=1">')).toBe(true);
  });

  it('says the dataset has not loaded when there is none', async () => {
    const el = await mount((a) => (a.data = null));
    expect(text($(el, '.empty'))).toBe('The dataset has not loaded yet.');
    expect($$(el, '[part="group"]')).toHaveLength(0);
  });

  it('has no axe violations with the project data', async () => {
    const el = await mount((a) => (a.data = project()));
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
