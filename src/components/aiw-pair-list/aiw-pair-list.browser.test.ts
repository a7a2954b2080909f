import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import eras from '../../../data/eras.json';
import pairs from '../../../data/pairs.json';
import quotes from '../../../data/quotes.json';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import './aiw-pair-list.ts';
import type { AiwPairList } from './aiw-pair-list.ts';

const realData = { version: 1, eras, events: [], quotes, pairs } as unknown as Dataset;
const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwPairList) => void = (el) => (el.data = realData)): Promise<AiwPairList> {
  const el = document.createElement('aiw-pair-list');
  el.style.width = '900px';
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const $$ = (el: AiwPairList, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-pair-list>', () => {
  it('lists every curated pair with its note, both speakers and the years between them', async () => {
    const el = await mount();
    const items = $$(el, '.pair');
    expect(items).toHaveLength(pairs.length);
    const first = items[0];
    expect(first.querySelector('.note')!.textContent).toBe(pairs[0].note.en);
    expect(first.querySelectorAll('blockquote')).toHaveLength(2);
    expect(first.querySelector('.apart')!.textContent).toMatch(/\d+ years apart/);
  });

  it('asks to compare a pair, earlier quote first, when the user picks it', async () => {
    const el = await mount((p) => (p.data = minimalDataset()));
    const picked: string[][] = [];
    el.addEventListener('aiw-compare-set', (e) => picked.push(e.detail.ids));
    const button = $$(el, '.pair button')[0];
    expect(button.getAttribute('aria-label')).toBe('Compare these two: James Lighthill (1973) and Unnamed founder (1984)');
    await userEvent.click(button);
    expect(picked).toEqual([['q-lighthill', 'q-seed']]);
  });

  it('picks a pair from the keyboard', async () => {
    const el = await mount((p) => (p.data = minimalDataset()));
    const picked: string[][] = [];
    el.addEventListener('aiw-compare-set', (e) => picked.push(e.detail.ids));
    $$(el, '.pair button')[0].focus();
    await userEvent.keyboard('{Enter}');
    expect(picked).toEqual([['q-lighthill', 'q-seed']]);
  });

  it('shows the quotes as said, with a translation marked as one, the note and the labels in Chinese', async () => {
    const el = await mount((p) => {
      p.data = minimalDataset();
      p.lang = 'zh';
    });
    expect(el.shadowRoot!.querySelector('h2')!.textContent).toBe('历史押韵');
    const [a, b] = $$(el, 'blockquote');
    expect([a.textContent, a.lang, b.textContent, b.lang]).toEqual(['The general purpose robot, then, is a mirage.', 'en', '泡沫不会破裂。', 'zh-Hans']);
    // Only the English quote needs one; the Chinese one is read as said.
    const translations = $$(el, '.translation');
    expect(translations.map((t) => [t.textContent, t.lang])).toEqual([['译文：通用机器人只是海市蜃楼。', 'zh-Hans']]);
    expect(translations[0].closest('figure')).toBe(a.closest('figure'));
  });

  it('cuts a long quote’s translation to the share of the words it shows', async () => {
    const el = await mount((p) => {
      const d = minimalDataset();
      d.quotes[0].text = 'word '.repeat(70).trim(); // 349 characters, cut to 140
      d.quotes[0].translation = { zh: '字'.repeat(100) };
      p.data = d;
      p.lang = 'zh';
    });
    expect($$(el, 'blockquote')[0].textContent!.length).toBeLessThanOrEqual(140);
    // 140 of 349 characters shown: about 40 of the 100 of the translation.
    expect($$(el, '.translation')[0].textContent).toBe(`译文：${'字'.repeat(39)}…`);
    expect($$(el, '.note')[0].textContent).toBe('彼时与此时。');
    expect($$(el, '.apart')[0].textContent).toContain('相隔 11 年');
  });

  it('skips a pair whose quote is missing, and says so when none are left', async () => {
    const el = await mount((p) => {
      const d = minimalDataset();
      d.pairs[0].quotes = ['q-seed', 'q-ghost'];
      p.data = d;
    });
    expect($$(el, '.pair')).toHaveLength(0);
    expect(el.shadowRoot!.textContent).toContain('No curated pairs in this dataset.');
  });

  it('has no axe violations', async () => {
    const el = await mount();
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
