/**
 * Users' timelines of any age: the data sets the span, so a TimelineJS file of the seventh
 * century, of 1815–1985 or of the centuries before the common era opens on its own years, with
 * the axis labelled as readers write those years.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import bce from '../../model/fixtures/timelinejs/before-common-era.json';
import everyMedia from '../../model/fixtures/timelinejs/every-media.json';
import nineteenth from '../../model/fixtures/timelinejs/nineteenth-twentieth.json';
import seventh from '../../model/fixtures/timelinejs/seventh-century.json';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';

const mounted: AiwTimeline[] = [];
afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
  vi.restoreAllMocks();
});

/** The widget on a TimelineJS file given by `src`, as an author would point it at theirs. */
async function open(file: unknown, lang = 'en'): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.lazy = true; // the still drawing: what the reader sees first
  el.lang = lang;
  el.style.width = '1000px';
  el.src = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
  document.body.append(el);
  mounted.push(el);
  await vi.waitUntil(() => el.shadowRoot!.querySelector('.still .vis-item.vis-box, .still .vis-item.vis-range'), { timeout: 5000 });
  return el;
}

const axis = (el: AiwTimeline) => Array.from(el.shadowRoot!.querySelectorAll('.still-axis .vis-text')).map((t) => t.textContent ?? '');
const labelled = (el: AiwTimeline) => Array.from(el.shadowRoot!.querySelectorAll('.still .item-label')).map((t) => t.textContent ?? '');
const year = (d: Date) => d.getUTCFullYear();

describe('<aiw-timeline> on a user’s timeline of any age', () => {
  it('opens a file of AD 602–698 on the seventh century and draws its events', async () => {
    const el = await open(seventh);
    expect(year(el.visibleRange.from)).toBeGreaterThanOrEqual(590);
    expect(year(el.visibleRange.to)).toBeLessThanOrEqual(710);
    expect(labelled(el)).toContain('A mutiny on the Danube');
    expect(axis(el).some((t) => /^6\d0$/.test(t))).toBe(true);
  });

  it('opens a file of 1815–1985 on its whole span, half of it no longer hidden before 1950', async () => {
    const el = await open(nineteenth);
    expect(year(el.visibleRange.from)).toBeLessThanOrEqual(1815);
    expect(year(el.visibleRange.to)).toBeGreaterThanOrEqual(1985);
    const labels = axis(el);
    expect(labels).toContain('1850');
  });

  it('labels years before the common era as readers write them, in both languages', async () => {
    const en = await open(bce);
    expect(axis(en).some((t) => / BCE$/.test(t))).toBe(true);
    const zh = await open(bce, 'zh');
    expect(axis(zh).some((t) => /^公元前\d+年$/.test(t))).toBe(true);
  });

  it('zooms out no further than its data’s own span (with a margin), not 1950–2031', async () => {
    const el = await open(seventh);
    for (let i = 0; i < 6; i++) el.zoomOut();
    await el.updateComplete;
    expect(year(el.visibleRange.from)).toBeGreaterThan(500);
    expect(year(el.visibleRange.to)).toBeLessThan(800);
  });

  it('shows an event’s own display date, its paragraphs and its image with caption and credit', async () => {
    const el = await open(everyMedia);
    const withImage = everyMedia.events.find((e) => /\.(png|jpe?g|gif|webp|svg)$/i.test((e as { media?: { url?: string } }).media?.url ?? ''));
    expect(withImage, 'the fixture has an image').toBeDefined();
    el.noDetail = false;
    const id = el.shadowRoot!.querySelector('aiw-item-list')!;
    await vi.waitUntil(() => id.shadowRoot!.querySelectorAll('[role="option"]').length > 0);
    const option = Array.from(id.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')).find((o) =>
      o.textContent?.includes((withImage as { text: { headline: string } }).text.headline),
    );
    option!.click();
    const detail = await vi.waitUntil(() => el.shadowRoot!.querySelector('aiw-item-detail')?.shadowRoot?.querySelector('article'));
    const img = detail.querySelector<HTMLImageElement>('.media img');
    expect(img?.getAttribute('src')).toBe((withImage as { media: { url: string } }).media.url);
    expect(detail.querySelector('.media figcaption')?.textContent?.trim()).not.toBe('');
  });
});
