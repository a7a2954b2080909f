/** The Rhyme view on the built page: its URL survives a reload, Back and Forward walk through it, axe finds nothing. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

  it('has no axe violations, in Chinese at 390 px, and no sideways overflow', async () => {
    const { page } = await open(`/?lang=zh&rhyme=${RHYME}`, { width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
