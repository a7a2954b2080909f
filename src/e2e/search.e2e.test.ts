/**
 * The search over everything in the built explorer: the URL's q and qkind drive both the
 * results and the timeline; what is found stays, the rest fades; n steps through the matches.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileBrowser, siteUrl, watchErrors } from './browser.ts';

const browser = fileBrowser();

const url = siteUrl;
const params = (page: Page) => new URL(page.url()).searchParams;
/** The labels of the items drawn as matches, and how many items are faded. */
const drawn = (page: Page) =>
  page.locator('aiw-timeline').evaluate((el) => {
    const items = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.vis-item.event, .vis-item.quote'));
    return {
      matches: items.filter((i) => i.classList.contains('match')).map((i) => i.querySelector('.item-label')?.textContent ?? ''),
      faded: items.filter((i) => i.classList.contains('faded')).length,
    };
  });

async function open(path: string) {
  const page = await browser().newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const errors = watchErrors(page);
  await page.goto(url(path));
  await page.locator('aiw-timeline .vis-item.event.vis-box').first().waitFor();
  return { page, errors };
}

describe('the explorer: search over everything', () => {
  it('finds an event by its title from the URL, shows it among the results and on the timeline, and counts the matches per era', async () => {
    const { page, errors } = await open('/?q=Symbolics&panel=search');
    const events = page.locator('aiw-search section.group[data-kind="event"]');
    await expect.poll(() => events.locator('li[data-id="symbolics-bankruptcy"]').count()).toBe(1);
    await expect.poll(async () => (await drawn(page)).faded).toBeGreaterThan(10);
    expect((await drawn(page)).matches.join(' ')).toContain('Symbolics');
    const strip = await page.locator('aiw-era-strip button[part="era"][data-id="era-second-winter"] [part="matches"]').textContent();
    expect(strip).toMatch(/^\d+ match(es)?$/);
    expect(await page.locator('aiw-timeline .toolbar .matches').textContent()).toMatch(/^\d+ items match “Symbolics”$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows what is typed: the results, the fade and the URL', async () => {
    const { page } = await open('/?panel=search');
    expect((await drawn(page)).faded).toBe(0);
    await page.locator('aiw-search input[type="search"]').fill('Lighthill');
    await expect.poll(() => params(page).get('q')).toBe('Lighthill');
    await expect.poll(async () => (await drawn(page)).matches.some((l) => l.includes('Lighthill'))).toBe(true);
    await page.locator('aiw-search input[type="search"]').fill('');
    await expect.poll(() => params(page).get('q')).toBeNull();
    await expect.poll(async () => (await drawn(page)).faded).toBe(0);
    await page.close();
  });

  it('keeps to the kinds in the URL, on the timeline too', async () => {
    const { page } = await open('/?q=Lighthill&qkind=quote&panel=search');
    await expect.poll(() => page.locator('aiw-search section.group').evaluateAll((g) => g.map((s) => (s as HTMLElement).dataset.kind))).toEqual(['quote']);
    await expect.poll(async () => (await drawn(page)).faded).toBeGreaterThan(0);
    const kinds = await page.locator('aiw-timeline').evaluate((el) =>
      Array.from(el.shadowRoot!.querySelectorAll('.vis-item.match')).map((i) => (i.classList.contains('quote') ? 'quote' : i.classList.contains('event') ? 'event' : 'other')),
    );
    expect(kinds).not.toContain('event');
    await page.close();
  });

  it('steps through the matches with n, selecting each and moving the window, and keeps it all through a reload', async () => {
    const { page } = await open('/?q=Symbolics&panel=search');
    await expect.poll(() => page.locator('aiw-timeline .toolbar .matches').count()).toBe(1);
    await page.locator('aiw-timeline [part="canvas"]').focus();
    await page.keyboard.press('n');
    await expect.poll(() => params(page).get('item')).not.toBeNull();
    const first = params(page).get('item');
    await page.keyboard.press('n');
    await expect.poll(() => params(page).get('item')).not.toBe(first);
    const second = params(page).get('item')!;
    await page.keyboard.press('Shift+N');
    await expect.poll(() => params(page).get('item')).toBe(first);
    const window = await page.locator('aiw-timeline').evaluate((el) => {
      const r = (el as unknown as { visibleRange: { from: Date; to: Date } }).visibleRange;
      return r.to.getUTCFullYear() - r.from.getUTCFullYear();
    });
    expect(window).toBeLessThanOrEqual(21);
    await page.reload();
    await page.locator('aiw-timeline .vis-item.event.vis-box').first().waitFor();
    expect(params(page).get('q')).toBe('Symbolics');
    expect(params(page).get('item')).toBe(first);
    await expect.poll(async () => (await drawn(page)).faded).toBeGreaterThan(0);
    expect(second).not.toBe(first);
    await page.close();
  });
});
