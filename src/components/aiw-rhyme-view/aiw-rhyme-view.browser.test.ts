import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import eras from '../../../data/eras.json';
import events from '../../../data/events.json';
import pairs from '../../../data/pairs.json';
import quotes from '../../../data/quotes.json';
import { startOf } from '../../model/dates.ts';
import { AiwRangeChangeEvent } from '../../events/range-change.ts';
import { DEFAULT_RHYME, pairsAcross } from '../../model/rhyme.ts';
import type { Dataset } from '../../model/schema.ts';
import { fractionOf } from '../../model/time-window.ts';
import type { AiwTimeline } from '../aiw-timeline/aiw-timeline.ts';
import './aiw-rhyme-view.ts';
import type { AiwRhymeView } from './aiw-rhyme-view.ts';

const data = { version: 1, eras, events, quotes, pairs } as unknown as Dataset;
const mounted: HTMLElement[] = [];

async function mount(width = 1000): Promise<AiwRhymeView> {
  const el = document.createElement('aiw-rhyme-view');
  el.style.width = `${width}px`;
  el.style.display = 'block';
  el.data = data;
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  await until(() => connectors(el).length > 0);
  return el;
}

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

/** Waits until `check` returns something truthy (the timelines draw in frames and timers). */
const until = <T>(check: () => T | null | undefined | false, timeout = 6000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;
const timelines = (el: AiwRhymeView) => [...el.shadowRoot!.querySelectorAll('aiw-timeline')] as [AiwTimeline, AiwTimeline];
const YEAR = 365.25 * 24 * 3600 * 1000;
const connectors = (el: AiwRhymeView) => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.connector')];

/** Where a timeline really draws a date: its own window, across the drawing vis-timeline laid out right of the lane titles. */
function drawnX(timeline: AiwTimeline, date: Date): number {
  const centre = timeline.shadowRoot!.querySelector<HTMLElement>('.vis-panel.vis-center')!.getBoundingClientRect();
  return centre.left + fractionOf(timeline.visibleRange, date) * centre.width;
}

/** The drawn box of an item (found by its label), once vis-timeline has drawn it. */
function itemBox(timeline: AiwTimeline, label: string): DOMRect | null {
  const found = [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('.vis-item.vis-box')].find((i) => i.textContent?.includes(label));
  return found ? found.getBoundingClientRect() : null;
}

describe('<aiw-rhyme-view>', () => {
  it('puts the two anchors (Strategic Computing, ChatGPT) at the same x within 1 px', async () => {
    const el = await mount();
    const [top, bottom] = timelines(el);
    await until(() => top.shadowRoot!.querySelector('.vis-panel.vis-center') && bottom.shadowRoot!.querySelector('.vis-panel.vis-center'));
    const a = drawnX(top, startOf('1983-10-28'));
    const b = drawnX(bottom, startOf('2022-11-30'));
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    // And the line drawn for a pair starts where the drawing shows its quote.
    const darpa = await until(() => itemBox(top, 'DARPA launches the Strategic'));
    expect(Math.abs(darpa.left - a)).toBeLessThanOrEqual(2);
  });

  it('moves the other timeline by the same relative window when one is zoomed or panned', async () => {
    const el = await mount();
    const [top, bottom] = timelines(el);
    const width = (t: AiwTimeline) => t.visibleRange.to.getTime() - t.visibleRange.from.getTime();
    const before = width(bottom);
    const zoomIn = top.shadowRoot!.querySelector<HTMLButtonElement>('.toolbar button')!;
    await userEvent.click(zoomIn);
    await until(() => width(bottom) < before * 0.9);
    expect(width(bottom)).toBeCloseTo(width(top), -3);
    const offset = (t: AiwTimeline, anchor: string) => t.visibleRange.from.getTime() - startOf(anchor).getTime();
    await until(() => Math.abs(offset(bottom, '2022-11-30') - offset(top, '1983-10-28')) < 1000);
    // A pan in the bottom one (the keyboard's arrow on its drawing) moves the top one.
    const topFrom = top.visibleRange.from.getTime();
    bottom.shadowRoot!.querySelector<HTMLElement>('.canvas')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(() => top.visibleRange.from.getTime() > topFrom);
    expect(Math.abs(offset(bottom, '2022-11-30') - offset(top, '1983-10-28'))).toBeLessThan(1000);
  });

  it('draws a line for each pair across the two eras in view, named by both speakers and years, that asks for the comparison', async () => {
    const el = await mount();
    const across = pairsAcross(data, ...DEFAULT_RHYME.eras);
    const drawn = connectors(el).map((c) => c.dataset.pair);
    expect(drawn.length).toBeGreaterThanOrEqual(10);
    expect(across.map((p) => p.pair.id)).toEqual(expect.arrayContaining(drawn));
    const line = connectors(el).find((c) => c.dataset.pair === 'pair-darpa-1983-son-2025-megaprograms')!;
    expect(line.getAttribute('aria-label')).toMatch(/^Compare Defense Advanced Research Projects Agency.* \(1983\) with Masayoshi Son \(2025\)$/);
    const asked: string[][] = [];
    el.addEventListener('aiw-compare-set', (e) => asked.push(e.detail.ids));
    line.focus();
    await userEvent.keyboard('{Enter}');
    // A click on a line's end (the last line is painted over the others).
    await userEvent.click(connectors(el).at(-1)!.querySelector('circle')!);
    const pair = across.find((p) => p.pair.id === 'pair-darpa-1983-son-2025-megaprograms')!;
    expect(asked[0]).toEqual([pair.top.id, pair.bottom.id]);
    expect(asked).toHaveLength(2);
  });

  it('labels the shared axis in Chinese', async () => {
    const el = await mount();
    el.lang = 'zh';
    await until(() => [...el.shadowRoot!.querySelectorAll('.axis text')].some((t) => t.textContent === '第0年'));
  });

  it('stays in one column without sideways overflow at 390 px', async () => {
    const el = await mount(390);
    const [top, bottom] = timelines(el);
    expect(top.getBoundingClientRect().bottom).toBeLessThanOrEqual(bottom.getBoundingClientRect().top);
    expect(el.scrollWidth).toBeLessThanOrEqual(390);
    expect(Math.abs(top.getBoundingClientRect().left - bottom.getBoundingClientRect().left)).toBeLessThan(1);
  });

  it('has no axe violations', async () => {
    const el = await mount();
    await until(() => timelines(el)[1].shadowRoot!.querySelector('.vis-panel.vis-center'));
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('<aiw-rhyme-view> pickers', () => {
  it('asks for another anchor when the reader picks an event of the era, and for the list again on close', async () => {
    const el = await mount();
    const asked: unknown[] = [];
    el.addEventListener('aiw-rhyme-change', (e) => asked.push(e.detail.rhyme));
    const anchor = el.shadowRoot!.querySelectorAll<HTMLSelectElement>('fieldset select')[3];
    expect([...anchor.options].map((o) => o.value)).toContain('chatgpt-launch');
    expect([...anchor.options].map((o) => o.value)).not.toContain('strategic-computing-initiative');
    await userEvent.selectOptions(anchor, '');
    await userEvent.click(el.shadowRoot!.querySelector<HTMLButtonElement>('button.close')!);
    expect(asked).toEqual([{ eras: DEFAULT_RHYME.eras, anchors: ['strategic-computing-initiative', null] }, null]);
  });

  it('reads both eras across the same lanes: the money and the voices at first, then those the reader ticks, never none', async () => {
    const el = await mount();
    // The page owns the choice (the explorer keeps it in the URL): it hands the view what was asked.
    const asked: unknown[] = [];
    el.addEventListener('aiw-rhyme-change', (e) => {
      asked.push(e.detail.rhyme);
      el.rhyme = e.detail.rhyme!;
    });
    // The reader has moved the top timeline (its aiw-range-change): both follow.
    const [top, bottom] = timelines(el);
    const moved = { from: new Date(Date.UTC(1982, 0)), to: new Date(Date.UTC(1988, 0)) };
    top.dispatchEvent(new AiwRangeChangeEvent(moved));
    const [scai, chatgpt] = [Date.UTC(1983, 9, 28), Date.UTC(2022, 10, 30)];
    const below = { from: new Date(moved.from.getTime() - scai + chatgpt), to: new Date(moved.to.getTime() - scai + chatgpt) };
    await until(() => top.visibleRange.from.getTime() === moved.from.getTime() && bottom.visibleRange.from.getTime() === below.from.getTime());
    const lanesOf = (t: AiwTimeline) => [...t.shadowRoot!.querySelectorAll('.lane-label')].map((l) => l.textContent);
    const box = (name: string) => [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('.lanes label')].find((l) => l.textContent === name)!.querySelector('input')!;
    for (const t of timelines(el)) await until(() => lanesOf(t).join() === 'Eras,Funding & policy,Voices');
    await userEvent.click(box('Media'));
    for (const t of timelines(el)) await until(() => lanesOf(t).join() === 'Eras,Funding & policy,Media,Voices');
    await userEvent.click(box('Funding & policy'));
    await userEvent.click(box('Voices'));
    for (const t of timelines(el)) await until(() => lanesOf(t).join() === 'Eras,Media');
    // The last lane shown cannot be unticked: a timeline of no lanes would show nothing.
    expect(box('Media').disabled).toBe(true);
    expect(box('Research').disabled).toBe(false);
    // The reader's move went to the page too (as the window in ms from the anchors).
    expect(asked[0]).toEqual({ ...DEFAULT_RHYME, window: { from: moved.from.getTime() - scai, to: moved.to.getTime() - scai } });
    expect(asked.at(-1)).toEqual({ ...DEFAULT_RHYME, lanes: ['media'], window: (asked[0] as { window: unknown }).window });
    // Read another way, the view stays where the reader had it.
    expect([top.visibleRange, bottom.visibleRange]).toEqual([moved, below]);
  });

  it('shows the window the page asks for (a link, Back and Forward), and opens other eras whole', async () => {
    const el = await mount();
    const [top, bottom] = timelines(el);
    const scai = Date.UTC(1983, 9, 28);
    const chatgpt = Date.UTC(2022, 10, 30);
    el.rhyme = { ...DEFAULT_RHYME, window: { from: -YEAR, to: 3 * YEAR } };
    await until(() => top.visibleRange.from.getTime() === scai - YEAR && bottom.visibleRange.from.getTime() === chatgpt - YEAR);
    expect(bottom.visibleRange.to.getTime()).toBe(chatgpt + 3 * YEAR);
    const asked: unknown[] = [];
    el.addEventListener('aiw-rhyme-change', (e) => asked.push(e.detail.rhyme));
    const anchor = el.shadowRoot!.querySelectorAll('select')[1];
    await userEvent.selectOptions(anchor, '');
    expect(asked).toEqual([{ eras: DEFAULT_RHYME.eras, anchors: [null, 'chatgpt-launch'] }]);
  });
});
