import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset, Quote } from '../../model/schema.ts';
import './aiw-quote-compare.ts';
import type { AiwQuoteCompare } from './aiw-quote-compare.ts';

const KEY = 'aiw-test-compare';

/** The minimal dataset plus three quotes that share words with the first two. */
function data(): Dataset {
  const d = minimalDataset();
  const extra = (id: string, date: string, text: string, zh: string, speaker: string): Quote => ({
    ...d.quotes[0], id, date, text, translation: { zh }, speaker: { en: speaker, zh: speaker }, speakerRole: undefined,
    source: { title: `${speaker} interview`, url: `https://example.org/${id}` },
  });
  d.quotes.push(
    extra('q-2016', '2016-03', 'The robot bubble will burst, a mirage again.', '机器人泡沫将会破裂，又一次海市蜃楼。', 'Skeptic'),
    extra('q-2024', '2024-06-13', 'No bubble this time.', '这次没有泡沫。', 'Optimist'),
    extra('q-2025', '2025-01', 'Robots everywhere.', '到处都是机器人。', 'Futurist'),
  );
  return d;
}

const mounted: HTMLElement[] = [];

/** Mounts the element with an owner that applies every aiw-compare-change, as the explorer does. */
async function mount(ids: string[], setup: (el: AiwQuoteCompare) => void = () => {}): Promise<{ el: AiwQuoteCompare; changes: string[][] }> {
  const el = document.createElement('aiw-quote-compare');
  const changes: string[][] = [];
  el.addEventListener('aiw-compare-change', (e) => {
    changes.push(e.detail.ids);
    el.ids = e.detail.ids;
  });
  el.style.width = '1100px';
  el.data = data();
  el.ids = ids;
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return { el, changes };
}

/** Waits until `check` returns something truthy (vis-timeline draws in frames and timers). */
const until = <T>(check: () => T | null | undefined | false, timeout = 4000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;

const $ = (el: AiwQuoteCompare, s: string) => el.shadowRoot!.querySelector<HTMLElement>(s);
const $$ = (el: AiwQuoteCompare, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
const order = (el: AiwQuoteCompare) => $$(el, '.column').map((c) => c.dataset.id);
const button = (el: AiwQuoteCompare, id: string, control: string) => $(el, `[data-id="${id}"] [data-control="${control}"]`) as HTMLButtonElement;

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  localStorage.removeItem(KEY);
  vi.restoreAllMocks();
});

describe('<aiw-quote-compare> shows quotes side by side', () => {
  it('shows each quote with speaker, role, date, era band, context and source, in columns', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed']);
    const [a, b] = $$(el, '.column');
    expect(a.querySelector('blockquote')!.textContent).toBe('The general purpose robot, then, is a mirage.');
    expect(a.querySelector('figcaption')!.textContent).toMatch(/James Lighthill\s+Applied mathematician\s+May 9, 1973/);
    expect(a.querySelector('.band')!.textContent).toBe('First boom');
    expect(a.querySelector('.band')!.className).toContain('era-boom');
    expect(getComputedStyle(a.querySelector('.band')!).backgroundColor).not.toBe(getComputedStyle(b.querySelector('.band')!).backgroundColor);
    expect(a.querySelector('.context')!.textContent).toContain('BBC debate.');
    expect(a.querySelector('.source')!.textContent).toContain('Controversy');
    expect(a.getBoundingClientRect().top).toBe(b.getBoundingClientRect().top);
    expect(a.getBoundingClientRect().left).toBeLessThan(b.getBoundingClientRect().left);
  });

  it('says how many years apart neighbours are', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed', 'q-2016']);
    expect($$(el, '.gap').map((g) => g.textContent)).toEqual(['↔ 11 years after the previous quote', '↔ 32 years after the previous quote']);
  });

  it('marks the words the quotes share in every column, in both languages', async () => {
    const { el } = await mount(['q-lighthill', 'q-2016', 'q-2025']);
    const marks = (id: string, part: string) => Array.from($(el, `[data-id="${id}"] ${part}`)!.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks('q-lighthill', 'blockquote')).toEqual(['robot', 'mirage']);
    expect(marks('q-2016', 'blockquote')).toEqual(['robot', 'mirage']);
    expect(marks('q-2025', 'blockquote')).toEqual(['Robots']);
    expect(marks('q-lighthill', '.translation')).toEqual(['机器人', '海市蜃楼']);
    expect($(el, '.shared')!.textContent).toContain('robot');
  });

  it('stacks the columns on a narrow screen', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed', 'q-2016'], (c) => (c.style.width = '380px'));
    const boxes = $$(el, '.column').map((c) => c.getBoundingClientRect());
    expect(new Set(boxes.map((b) => b.left)).size).toBe(1);
    expect(boxes[0].bottom).toBeLessThanOrEqual(boxes[1].top);
    expect(boxes[1].bottom).toBeLessThanOrEqual(boxes[2].top);
  });

  it('shows the others and a notice for an id that is not in the dataset', async () => {
    const { el } = await mount(['q-lighthill', 'q-ghost', 'q-seed']);
    expect(order(el)).toEqual(['q-lighthill', 'q-seed']);
    expect($(el, '.notice')!.textContent).toBe('Not in the dataset, left out: q-ghost');
  });

  it('refuses a fifth quote with a message instead of dropping it silently', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed', 'q-2016', 'q-2024', 'q-2025']);
    expect(order(el)).toHaveLength(4);
    expect($(el, '.notice')!.textContent).toBe('A comparison holds at most 4 quotes; not added: q-2025');
  });

  it('speaks Chinese', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed'], (c) => (c.lang = 'zh'));
    expect($(el, 'h2')!.textContent).toBe('对比');
    expect($(el, '.gap')!.textContent).toBe('↔ 比上一条晚 11 年');
    expect($(el, '.copy')!.textContent).toBe('复制（含引文出处）');
  });
});

describe('<aiw-quote-compare> remove, reorder, clear', () => {
  it('moves a quote later and earlier with the mouse', async () => {
    const { el, changes } = await mount(['q-lighthill', 'q-seed', 'q-2016']);
    await userEvent.click(button(el, 'q-lighthill', 'right'));
    await until(() => order(el)[1] === 'q-lighthill');
    expect(changes).toEqual([['q-seed', 'q-lighthill', 'q-2016']]);
    await userEvent.click(button(el, 'q-2016', 'left'));
    await until(() => order(el).join() === 'q-seed,q-2016,q-lighthill');
  });

  it('removes a quote and clears the comparison with the mouse', async () => {
    const { el, changes } = await mount(['q-lighthill', 'q-seed', 'q-2016']);
    await userEvent.click(button(el, 'q-seed', 'remove'));
    await until(() => order(el).join() === 'q-lighthill,q-2016');
    await userEvent.click($(el, '.clear')!);
    await until(() => order(el).length === 0);
    expect(changes).toEqual([['q-lighthill', 'q-2016'], []]);
    expect($(el, '.hint')!.textContent).toContain('Add two to four quotes');
  });

  it('reorders from the keyboard, and focus follows the moved quote', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed', 'q-2016']);
    button(el, 'q-lighthill', 'right').focus();
    await userEvent.keyboard('{Enter}');
    await until(() => order(el).join() === 'q-seed,q-lighthill,q-2016');
    await until(() => el.shadowRoot!.activeElement === button(el, 'q-lighthill', 'right'));
    await userEvent.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await until(() => order(el).join() === 'q-seed,q-2016,q-lighthill');
    // Now last: its "later" button is disabled, so focus moves to a button that works.
    await until(() => el.shadowRoot!.activeElement === button(el, 'q-lighthill', 'left'));
    await userEvent.keyboard('{Alt>}{ArrowUp}{/Alt}');
    await until(() => order(el).join() === 'q-seed,q-lighthill,q-2016');
    expect($(el, '[role="status"].visually-hidden')!.textContent).toBe('James Lighthill moved to position 2 of 3');
  });

  it('removes from the keyboard and puts focus on the next quote', async () => {
    const { el } = await mount(['q-lighthill', 'q-seed']);
    button(el, 'q-lighthill', 'remove').focus();
    await userEvent.keyboard(' ');
    await until(() => order(el).join() === 'q-seed');
    await until(() => el.shadowRoot!.activeElement === button(el, 'q-seed', 'remove'));
  });
});

describe('<aiw-quote-compare> copy with citations', () => {
  it('copies plain text with each quote, speaker, date and source in one click', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const { el } = await mount(['q-lighthill', 'q-2016']);
    await userEvent.click($(el, '.copy')!);
    await until(() => write.mock.calls.length === 1);
    const text = write.mock.calls[0][0];
    expect(text).toContain('1. “The general purpose robot, then, is a mirage.”');
    expect(text).toContain('— James Lighthill, Applied mathematician, May 9, 1973');
    expect(text).toContain('Source: Controversy. BBC, 1973.');
    expect(text).toContain('[43 years after the previous quote]');
    expect(text).toContain('Source: Skeptic interview. https://example.org/q-2016 (verified against a primary source)');
    expect(text).not.toMatch(/<[a-z]/i);
    await until(() => $(el, '[role="status"].visually-hidden')!.textContent === 'Copied the comparison with its citations.');
  });

  it('shows the text to copy by hand when the browser blocks the clipboard', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const { el } = await mount(['q-lighthill', 'q-seed']);
    await userEvent.click($(el, '.copy')!);
    const area = await until(() => $(el, 'textarea.fallback') as HTMLTextAreaElement | null);
    expect(area.value).toContain('James Lighthill');
    expect(area.value).toContain('泡沫不会破裂。');
  });
});

describe('<aiw-quote-compare> storage', () => {
  it('saves the comparison and restores it after a reload', async () => {
    const first = await mount(['q-seed', 'q-lighthill'], (c) => (c.storageKey = KEY));
    await until(() => localStorage.getItem(KEY) === '{"version":1,"ids":["q-seed","q-lighthill"]}');
    first.el.remove();
    const { el, changes } = await mount([], (c) => c.setAttribute('storage-key', KEY));
    await until(() => order(el).join() === 'q-seed,q-lighthill');
    expect(changes).toEqual([['q-seed', 'q-lighthill']]);
    expect($(el, '.notice')).toBeNull();
  });

  it('drops corrupt or outdated storage with a notice, never an exception', async () => {
    for (const [raw, notice] of [
      ['{broken', 'The saved comparison could not be read and was cleared.'],
      ['["q-seed"]', 'The saved comparison was from an older version and was cleared.'],
      ['{"version":1,"ids":["q-gone","q-seed"]}', '1 saved quote is no longer in the dataset and was removed.'],
    ]) {
      localStorage.setItem(KEY, raw);
      const { el } = await mount([], (c) => (c.storageKey = KEY));
      await until(() => $(el, '.notice')?.textContent === notice);
      expect(order(el)).toEqual(raw.includes('q-gone') ? ['q-seed'] : []);
      expect(JSON.parse(localStorage.getItem(KEY)!)).toMatchObject({ version: 1 });
      el.remove();
    }
  });

  it('keeps working when the browser refuses to store (private mode)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const { el } = await mount(['q-lighthill', 'q-seed'], (c) => (c.storageKey = KEY));
    await userEvent.click(button(el, 'q-lighthill', 'right'));
    await until(() => order(el).join() === 'q-seed,q-lighthill');
    expect($(el, '.notice')!.textContent).toContain('could not be saved');
  });
});

describe('<aiw-quote-compare> accessibility', () => {
  it('has no axe violations, with notices and shared words', async () => {
    const { el } = await mount(['q-lighthill', 'q-ghost', 'q-2016', 'q-seed']);
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
