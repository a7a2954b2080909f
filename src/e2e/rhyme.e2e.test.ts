/** The Rhyme view on the built page: its URL survives a reload, Back and Forward walk through it, axe finds nothing. */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, fileBrowser, siteUrl, watchErrors } from './browser.ts';

const browser = fileBrowser();

const url = siteUrl;
const params = (page: Page) => new URL(page.url()).searchParams;
const RHYME = 'era-expert-systems-boom,era-generative-ai-boom';

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await browser().newPage({ viewport, locale: 'en-GB' });
  const errors = watchErrors(page);
  await page.goto(url(path));
  await page.locator('aiw-rhyme-view .connector').first().waitFor();
  return { page, errors };
}

/**
 * A point near the bottom of the drawing's part on screen (how far the page scrolls to point at
 * it varies), once the page has stopped moving (the explorer's own timeline above may still be
 * swapping drawings of another height) and the browser finds the drawing itself there.
 */
async function steadyPointIn(drawing: Locator): Promise<{ x: number; y: number }> {
  let last = '';
  let point = { x: 0, y: 0 };
  await expect
    .poll(
      async () => {
        const box = (await drawing.boundingBox())!;
        const bottom = Math.min(box.y + box.height, drawing.page().viewportSize()!.height);
        point = { x: box.x + box.width / 2, y: bottom - 10 };
        const steady = JSON.stringify(box) === last;
        last = JSON.stringify(box);
        return (
          steady &&
          drawing.evaluate((el, { x, y }) => {
            let root: DocumentOrShadowRoot = document;
            let hit: Element | null = null;
            for (let found = root.elementFromPoint(x, y); found && found !== hit; found = root.elementFromPoint(x, y)) {
              hit = found;
              if (!found.shadowRoot) break;
              root = found.shadowRoot;
            }
            return !!hit && el.contains(hit);
          }, point)
        );
      },
      { timeout: 10_000, interval: 250 },
    )
    .toBe(true);
  return point;
}

describe('the explorer: the Rhyme view', () => {
  it('survives a reload of ?rhyme=…, with two timelines and lines between them, without errors', async () => {
    const { page, errors } = await open(`/?rhyme=${RHYME}`);
    expect(params(page).get('rhyme')).toBe(RHYME);
    expect(params(page).get('panel')).toBe('rhymes');
    await page.reload();
    await page.locator('aiw-rhyme-view .connector').first().waitFor();
    expect(params(page).get('rhyme')).toBe(RHYME);
    expect(await page.locator('aiw-rhyme-view aiw-timeline').count()).toBe(2);
    expect(await page.locator('aiw-rhyme-view .connector').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves the other timeline while a drag goes on, not only when it ends, and leaves the anchors together', async () => {
    const { page, errors } = await open(`/?rhyme=${RHYME}&anchor=strategic-computing-initiative,chatgpt-launch`);
    const side = (n: 0 | 1) => page.locator(`aiw-rhyme-view aiw-timeline.side-${n}`);
    const from = (n: 0 | 1) => side(n).evaluate((el) => (el as unknown as { visibleRange: { from: Date } }).visibleRange.from.getTime());
    // vis-timeline is built once the reader points at the drawing, and shown over the still one.
    await side(0).locator('.canvas').hover();
    await side(0).locator('.vis-host:not(.under) .vis-panel.vis-center').waitFor();
    const { x, y } = await steadyPointIn(side(0).locator('.vis-panel.vis-center'));
    const before = await from(1);
    await page.mouse.move(x, y);
    await page.mouse.down();
    // Dragged right, to earlier years: the bottom era's end is the data's, where a timeline stops.
    for (let i = 1; i <= 8; i++) await page.mouse.move(x + 30 * i, y);
    // Still held: the bottom timeline has already moved.
    await expect.poll(() => from(1), { timeout: 5000 }).toBeLessThan(before);
    await page.mouse.move(x + 270, y);
    await page.mouse.up();
    const offset = async (n: 0 | 1, anchor: string) => (await from(n)) - Date.parse(anchor);
    await expect.poll(async () => Math.abs((await offset(1, '2022-11-30')) - (await offset(0, '1983-10-28')))).toBeLessThan(1000);
    // The window the reader left is in the URL, in years from the anchors, and a reload shows it again.
    await expect.poll(() => params(page).get('years')).toMatch(/^-?\d+(\.\d+)?,\d+(\.\d+)?$/);
    const left = [await from(0), await from(1)];
    await page.reload();
    await page.locator('aiw-rhyme-view .connector').first().waitFor();
    for (const n of [0, 1] as const) expect(Math.abs((await from(n)) - left[n])).toBeLessThan(2 * 864e5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens from the pairs panel, and Back and Forward walk through opening it and picking a line', async () => {
    const { page } = await open(`/?rhyme=${RHYME}&anchor=strategic-computing-initiative,chatgpt-launch`);
    await page.locator('aiw-rhyme-view button.close').click();
    await expect.poll(() => params(page).get('rhyme')).toBeNull();
    await page.getByRole('button', { name: 'Set two eras side by side' }).click();
    await expect.poll(() => params(page).get('anchor')).toBe('strategic-computing-initiative,chatgpt-launch');
    await page.locator('aiw-rhyme-view .connector').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).get('panel')).toBe('compare');
    await expect.poll(() => page.locator('aiw-quote-compare li[part="column"]').count()).toBe(2);
    await page.goBack();
    await expect.poll(() => params(page).get('panel')).toBe('rhymes');
    await page.locator('aiw-rhyme-view .connector').first().waitFor();
    await page.goBack();
    await expect.poll(() => params(page).get('rhyme')).toBeNull();
    await expect.poll(() => page.locator('aiw-pair-list').count()).toBe(1);
    await page.goForward();
    await expect.poll(() => params(page).get('rhyme')).toBe(RHYME);
    await page.locator('aiw-rhyme-view .connector').first().waitFor();
    await page.close();
  });

  it('says in one line what it cannot use and keeps the rest', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(url(`/?rhyme=${RHYME}&anchor=chatgpt-launch,chatgpt-launch&era=era-second-winter`));
    await expect.poll(() => page.locator('.notice li').allTextContents()).toEqual([
      'anchor: "chatgpt-launch" is not an event in era-expert-systems-boom; its era\'s start is used',
    ]);
    await page.locator('aiw-rhyme-view .connector').first().waitFor();
    expect(params(page).get('era')).toBe('era-second-winter');
    await page.close();
  });

  it('keeps the lanes ticked in the URL, through a reload, and says which it cannot use', async () => {
    const { page, errors } = await open(`/?rhyme=${RHYME}`);
    const lanes = (n: 0 | 1) => page.locator(`aiw-rhyme-view aiw-timeline.side-${n} .lane-label`).allTextContents();
    await expect.poll(() => lanes(1)).toEqual(['Eras', 'Funding & policy', 'Voices']);
    expect(params(page).get('lanes')).toBeNull(); // the default ones
    await page.getByRole('checkbox', { name: 'Industry & deals' }).check();
    await expect.poll(() => params(page).get('lanes')).toBe('funding,industry,voices');
    await page.reload();
    for (const n of [0, 1] as const) await expect.poll(() => lanes(n)).toEqual(['Eras', 'Funding & policy', 'Industry & deals', 'Voices']);
    expect(await page.getByRole('checkbox', { name: 'Industry & deals' }).isChecked()).toBe(true);
    await page.goto(url(`/?rhyme=${RHYME}&lanes=media,money`));
    await expect.poll(() => page.locator('.notice li').allTextContents()).toEqual(['lanes: "money" is not a lane in the dataset']);
    await expect.poll(() => lanes(0)).toEqual(['Eras', 'Media']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints both timelines, the lines between them and the list of pairs, without the buttons', async () => {
    const { page } = await open(`/?rhyme=${RHYME}`);
    await page.emulateMedia({ media: 'print' });
    const timelines = page.locator('aiw-rhyme-view aiw-timeline');
    for (const i of [0, 1]) {
      await expect.poll(() => timelines.nth(i).locator('.toolbar').isVisible()).toBe(false);
      expect(await timelines.nth(i).locator('.canvas').isVisible()).toBe(true);
    }
    expect(await page.locator('aiw-rhyme-view .connector').first().isVisible()).toBe(true);
    expect(await page.locator('aiw-rhyme-view ol.pairs li').first().isVisible()).toBe(true);
    await page.close();
  });

  it('has no axe violations, in Chinese at 390 px, and no sideways overflow', async () => {
    const { page } = await open(`/?lang=zh&rhyme=${RHYME}`, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
