import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileBrowser, siteUrl, watchErrors } from './browser.ts';

const browser = fileBrowser();

const url = siteUrl;
/** An item drawn by vis-timeline (not by the still drawing shown while it loads). */
const DRAWN = 'aiw-timeline .vis-center .vis-item.event.vis-box';
/** Boxes of a widget's toolbar and of the items drawn inside its window, for comparing layouts. */
const itemBoxes = (page: Page) =>
  page.locator('aiw-timeline').evaluate((host) => {
    const root = host.shadowRoot!;
    const frame = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.right > frame.left && r.left < frame.right && r.width > 0;
    const boxes = [...root.querySelectorAll('.toolbar button, .vis-item.vis-box')].map((e) => e.getBoundingClientRect()).filter(inside);
    return boxes.map((r) => `${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`).sort();
  });

/** The same boxes, relative to the widget itself (a page may place the widget elsewhere; what is drawn inside must not move). */
const itemBoxesInside = (page: Page) =>
  page.locator('aiw-timeline').evaluate((host) => {
    const root = host.shadowRoot!;
    const origin = host.getBoundingClientRect();
    const frame = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    const inside = (r: DOMRect) => r.right > frame.left && r.left < frame.right && r.width > 0;
    const boxes = [...root.querySelectorAll('.toolbar button, .vis-item.vis-box, .vis-item.vis-range, .vis-time-axis .vis-text')].map((e) => e.getBoundingClientRect()).filter(inside);
    return boxes.map((r) => [r.x - origin.x, r.y - origin.y, r.width, r.height]).sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  });

/** Clicks the first item of a widget that is drawn inside its window (vis keeps some off-window items in the DOM). */
async function clickVisibleItem(page: Page, host: string) {
  const point = await page.locator(host).evaluate((el) => {
    const root = el.shadowRoot!;
    const frame = root.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
    for (const item of root.querySelectorAll('.vis-item.event.vis-box')) {
      const r = item.getBoundingClientRect();
      if (r.left >= frame.left && r.right <= frame.right && r.width > 0) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!point) throw new Error(`no item drawn inside ${host}'s window`);
  await page.mouse.click(point.x, point.y);
}

async function open(path: string, viewport = { width: 1200, height: 900 }) {
  const page = await browser().newPage({ viewport });
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    (window as unknown as { __violations: string[] }).__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __violations: string[] }).__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url(path));
  return { page, errors };
}

describe('embedding the widget', () => {
  it('works on a plain page with nothing but the two lines of the snippet', async () => {
    const { page, errors } = await open('/test/plain.html');
    await page.locator('aiw-timeline .vis-item.era .band-title').first().waitFor();
    await page.locator(DRAWN).first().waitFor();
    // Polled: the rest of the items follow the landmarks a moment later, laid out off screen and
    // put back before the next frame, so a count taken in between can see none.
    await expect.poll(() => page.locator('aiw-timeline .vis-item.event.vis-box').count()).toBeGreaterThan(3);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs under a strict Content-Security-Policy without a single violation', async () => {
    const { page, errors } = await open('/csp/test/plain.html');
    await page.locator(DRAWN).first().waitFor();
    await page.locator('aiw-timeline').evaluate((el) => (el as unknown as { select(id: string): void }).select('lighthill-report'));
    await page.locator('aiw-timeline aiw-item-detail').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps three widgets with different data, languages and themes independent', async () => {
    const { page } = await open('/test/three.html');
    const a = page.locator('#a');
    const b = page.locator('#b');
    await a.locator('.vis-center .vis-item.event.vis-box').first().waitFor();
    await b.locator('.vis-center .vis-item.event.vis-box').first().waitFor();
    await page.locator('#c [part="error"]').waitFor();
    expect(await b.locator('.vis-label .lane-label').first().textContent()).toBe('时代');
    expect(await a.locator('.vis-label .lane-label').first().textContent()).toBe('Eras');
    const windowOf = (loc: typeof a) => loc.evaluate((el) => JSON.stringify((el as unknown as { visibleRange: unknown }).visibleRange));
    const bBefore = await windowOf(b);
    await a.locator('button[aria-label="Zoom in"]').click();
    await page.waitForTimeout(500);
    await clickVisibleItem(page, '#a');
    await page.waitForTimeout(500);
    expect(await windowOf(b)).toBe(bBefore);
    expect(await b.locator('aiw-item-detail').count()).toBe(0);
    expect(await a.locator('aiw-item-detail').count()).toBe(1);
    expect(await a.locator('[part="error"]').count()).toBe(0);
    const bg = (loc: typeof a) => loc.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await bg(a)).not.toBe(await bg(b));
    await page.close();
  });

  it('sizes the iframe page by the height it posts to its parent', async () => {
    const { page, errors } = await open('/test/iframe.html');
    const frame = page.frameLocator('#frame');
    await frame.locator(DRAWN).first().waitFor();
    await expect.poll(() => page.locator('#frame').evaluate((f) => f.getBoundingClientRect().height), { timeout: 5000 }).toBeGreaterThan(500);
    const inner = await frame.locator('html').evaluate((h) => h.scrollHeight);
    const outer = await page.locator('#frame').evaluate((f) => f.getBoundingClientRect().height);
    expect(Math.abs(inner - outer)).toBeLessThanOrEqual(2);
    expect(await frame.locator('aiw-timeline .vis-label .lane-label').first().textContent()).toBe('时代');
    // lang=zh: the frame's page is Chinese, its title too.
    const inside = page.frames().find((f) => f.url().includes('/embed.html'))!;
    expect(await inside.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['zh-Hans', '人工智能寒冬时间线']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits the iframe page to its frame exactly at any width, border included', async () => {
    const { page, errors } = await open('/test/iframe.html');
    const frame = page.frameLocator('#frame');
    await frame.locator(DRAWN).first().waitFor();
    for (const width of [320, 390, 768, 1024, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForTimeout(200);
      const fit = await frame.locator('aiw-timeline').evaluate((el) => ({
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        right: el.getBoundingClientRect().right,
        frame: document.documentElement.clientWidth,
      }));
      expect(fit.overflow, `${width} px`).toBe(0);
      expect(fit.right, `${width} px: the widget's right border is inside the frame`).toBeLessThanOrEqual(fit.frame);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its layout on a page whose CSS is hostile', async () => {
    const calm = await open('/test/calm.html');
    await calm.page.locator(DRAWN).first().waitFor();
    await calm.page.waitForTimeout(600);
    const expected = await itemBoxes(calm.page);
    await calm.page.close();
    const hostile = await open('/test/hostile.html');
    await hostile.page.locator(DRAWN).first().waitFor();
    await hostile.page.waitForTimeout(600);
    expect(await itemBoxes(hostile.page)).toEqual(expected);
    await hostile.page.close();
  });

  it('draws the same under an ancestor that sets every inherited text and layout property hostilely (text-align, direction, writing-mode…)', async () => {
    const calm = await open('/test/calm.html');
    await calm.page.locator(DRAWN).first().waitFor();
    await calm.page.waitForTimeout(600);
    const expected = await itemBoxesInside(calm.page);
    await calm.page.close();
    const hostile = await open('/test/inherited.html');
    await hostile.page.locator(DRAWN).first().waitFor();
    await hostile.page.waitForTimeout(600);
    const boxes = await itemBoxesInside(hostile.page);
    expect(boxes.length).toBeGreaterThan(10);
    expect(boxes.length).toBe(expected.length);
    const moved = boxes.filter((box, i) => box.some((v, k) => Math.abs(v - expected[i][k]) > 1));
    expect(moved, 'boxes more than a pixel away from the plain page’s').toEqual([]);
    await hostile.page.close();
  });

  it('works in a React 19 page: a property in, aiw-select out', async () => {
    const { page, errors } = await open('/fixture/react/');
    await page.locator(DRAWN).first().waitFor();
    await page.waitForTimeout(300);
    await clickVisibleItem(page, 'aiw-timeline');
    await expect.poll(() => page.locator('#picked').textContent()).toMatch(/^Selected: event [a-z0-9-]+$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('moving the timeline by hand', () => {
  it('pans with a mouse drag and zooms with a two-finger pinch, each reported once as the reader\'s move, and frame by frame while it goes on', async () => {
    const page = await browser().newPage({ viewport: { width: 1200, height: 900 }, hasTouch: true });
    const errors = watchErrors(page);
    await page.goto(url('/test/plain.html'));
    await page.locator(DRAWN).first().waitFor();
    await page.waitForTimeout(600); // the first layouts and the end-of-gesture timer
    await page.evaluate(() => {
      const w = window as unknown as { __moves: number; __passing: number };
      w.__moves = 0;
      w.__passing = 0;
      document.querySelector('aiw-timeline')!.addEventListener('aiw-range-change', () => w.__moves++);
      document.querySelector('aiw-timeline')!.addEventListener('aiw-range-passing', () => w.__passing++);
    });
    const moves = () => page.evaluate(() => (window as unknown as { __moves: number }).__moves);
    const passing = () => page.evaluate(() => (window as unknown as { __passing: number }).__passing);
    const span = () =>
      page.locator('aiw-timeline').evaluate((el) => {
        const r = (el as unknown as { visibleRange: { from: Date; to: Date } }).visibleRange;
        return [r.from.getTime(), r.to.getTime()];
      });
    const centre = await page.locator('aiw-timeline').evaluate((el) => {
      const r = el.shadowRoot!.querySelector('.vis-panel.vis-center')!.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height - 20 };
    });

    const before = await span();
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(centre.x + 25 * i, centre.y);
    // While the button is held, the page hears each frame of the move, and no end of it yet.
    await expect.poll(passing).toBeGreaterThanOrEqual(3);
    expect(await moves()).toBe(0);
    await page.mouse.up();
    await expect.poll(moves).toBe(1);
    const dragged = await span();
    expect(dragged[0]).toBeLessThan(before[0]); // dragged right: earlier years come into view
    expect(Math.abs(dragged[1] - dragged[0] - (before[1] - before[0]))).toBeLessThan((before[1] - before[0]) * 0.01);

    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', apart: number | null) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: apart === null ? [] : [{ x: centre.x - apart, y: centre.y, id: 1 }, { x: centre.x + apart, y: centre.y, id: 2 }],
      });
    await touch('touchStart', 40);
    for (let i = 1; i <= 10; i++) await touch('touchMove', 40 + 15 * i);
    await touch('touchEnd', null);
    await expect.poll(moves).toBe(2);
    const pinched = await span();
    expect(pinched[1] - pinched[0]).toBeLessThan((dragged[1] - dragged[0]) * 0.6);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the built files', () => {
  it('put the dataset and its schema beside the widget, and a Custom Elements Manifest', async () => {
    const page = await browser().newPage();
    const get = async (path: string) => (await page.request.get(url(path))).json();
    const manifest = await get('/embed/custom-elements.json');
    const element = manifest.modules.flatMap((m: { declarations?: unknown[] }) => m.declarations ?? []).find((d: { tagName?: string }) => d.tagName === 'aiw-timeline');
    expect(element.attributes.map((a: { name: string }) => a.name)).toEqual(['src', 'lang', 'era', 'from', 'to', 'selected', 'theme', 'no-detail', 'chart', 'forecasts', 'lanes', 'query', 'query-kinds', 'lazy']);
    expect(element.events.map((e: { name: string }) => e.name)).toEqual(['aiw-select', 'aiw-range-change', 'aiw-range-passing', 'aiw-load', 'aiw-matches', 'aiw-error']);
    expect((await get('/embed/dataset.json')).version).toBe(1);
    expect((await get('/embed/dataset.schema.json')).properties.quotes.type).toBe('array');
    await page.close();
  });
});
