import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';
import { TimelineAdapter } from './vis-adapter.ts';

const mounted: Array<{ remove(): void }> = [];

/** A lazy widget: a still drawing until the reader reaches for it. */
async function mountLazy(setup: (el: AiwTimeline) => void = () => {}): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.lazy = true;
  el.style.width = '1000px';
  el.data = minimalDataset();
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await until(() => $(el, '.still .vis-item.vis-box'));
  return el;
}

const until = <T>(check: () => T | null | undefined | false, timeout = 4000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;
const $ = (el: AiwTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AiwTimeline, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const labels = (el: AiwTimeline, scope: string) => $$(el, `${scope} .item-label`).map((l) => l.textContent);
const live = (el: AiwTimeline) => $(el, '.vis-host .vis-timeline');
const reach = (el: AiwTimeline) => $(el, '.canvas')!.dispatchEvent(new PointerEvent('pointerenter'));

// A pointer left over the page by another file's clicks would "point at" each new drawing (the
// browser sends pointerenter when content appears under it) and wake vis-timeline: park it in a corner.
beforeAll(() => userEvent.hover(document.documentElement, { position: { x: 1, y: 1 } }));

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-timeline lazy>: the still drawing', () => {
  it('draws eras, items and quotes without building vis-timeline', async () => {
    const before = TimelineAdapter.live;
    const el = await mountLazy();
    await new Promise((r) => setTimeout(r, 300));
    expect(TimelineAdapter.live).toBe(before);
    expect(live(el)).toBeNull();
    expect($$(el, '.still .band-title').map((t) => t.textContent)).toEqual(['First boom', 'First winter?']);
    expect(labels(el, '.still').join(' | ')).toContain('Lighthill report');
    expect($$(el, '.still .vis-labelset').map((l) => l.textContent)).toContain('Voices');
    expect($$(el, '.still-axis .vis-text').length).toBeGreaterThan(1);
  });

  it('stacks items in a lane so that none overlaps another', async () => {
    const el = await mountLazy((e) => (e.from = '1973'));
    for (const lane of $$(el, '.still-lane')) {
      const boxes = Array.from(lane.querySelectorAll<HTMLElement>(':scope > .vis-item')).map((b) => b.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlap, `${i} and ${j} in a lane overlap`).toBe(false);
        }
      }
    }
  });

  it('selects a clicked item, and zooms with the toolbar, reporting both as the user’s', async () => {
    const el = await mountLazy();
    const selected: Array<string | null> = [];
    const ranges: Date[][] = [];
    el.addEventListener('aiw-select', (e) => selected.push(e.detail.id));
    el.addEventListener('aiw-range-change', (e) => ranges.push([e.detail.from, e.detail.to]));
    const item = $$(el, '.still .vis-item.vis-box').find((b) => b.textContent?.includes('Lighthill report'))!;
    item.click();
    expect(selected).toEqual(['lighthill-report']);
    const span = (el.visibleRange.to.getTime() - el.visibleRange.from.getTime()) / 2;
    $(el, 'button[aria-label="Zoom in"]')!.click();
    await el.updateComplete;
    expect(ranges).toHaveLength(1);
    expect(el.visibleRange.to.getTime() - el.visibleRange.from.getTime()).toBeCloseTo(span, -6);
    expect($(el, '.still .vis-selected')?.textContent).toContain('Lighthill report');
  });

  it('gives way to vis-timeline when the reader reaches for it, on the same window and selection', async () => {
    const el = await mountLazy((e) => {
      e.from = '1970';
      e.to = '1980';
      e.selected = 'lighthill-report';
    });
    const ranges: unknown[] = [];
    el.addEventListener('aiw-range-change', (e) => ranges.push(e));
    const window = el.visibleRange;
    reach(el);
    await until(() => live(el) && !$(el, '.still'));
    expect(getComputedStyle(live(el)!).visibility).toBe('visible');
    expect($(el, '.vis-host .vis-item.vis-box.vis-selected')?.textContent).toContain('Lighthill report');
    expect(el.visibleRange).toEqual(window);
    await new Promise((r) => setTimeout(r, 400));
    expect(ranges).toEqual([]);
  });

  it('places its boxes again when its width changes', async () => {
    const el = await mountLazy();
    const placedAt = () =>
      $$(el, '.still-lane > .vis-box[data-align="left"]').map((b) => Math.abs(b.offsetLeft / b.parentElement!.clientWidth - Number(b.dataset.x)));
    expect(Math.max(...placedAt())).toBeLessThan(0.01);
    el.style.width = '600px';
    await until(() => Math.max(...placedAt()) < 0.01);
  });

  it('has no axe violations', async () => {
    const el = await mountLazy();
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
