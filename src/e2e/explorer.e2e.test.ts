import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, fileBrowser, siteUrl, watchErrors } from './browser.ts';

const browser = fileBrowser();

const url = siteUrl;
const params = (page: Page) => new URL(page.url()).searchParams;
const visible = (page: Page) =>
  page.locator('aiw-timeline').evaluate((el) => {
    const r = (el as unknown as { visibleRange: { from: Date; to: Date } }).visibleRange;
    return [r.from.getUTCFullYear(), r.to.getUTCFullYear()];
  });

async function open(path = '/', viewport = { width: 1280, height: 900 }) {
  const page = await browser().newPage({ viewport, locale: 'en-GB' });
  const errors = watchErrors(page);
  await page.goto(url(path));
  await page.locator('aiw-timeline .vis-item.event.vis-box').first().waitFor();
  return { page, errors };
}

describe('the explorer: deep links', () => {
  it('shows the timeline with the real eras and events, without errors', async () => {
    const { page, errors } = await open();
    const dataset = await (await page.request.get(url('dataset.json'))).json();
    expect(await page.locator('aiw-timeline .vis-item.era .band-title').count()).toBe(dataset.eras.length);
    expect(await page.locator('aiw-era-strip button[part="era"]').count()).toBe(dataset.eras.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores every parameter from the URL', async () => {
    const { page } = await open('/?lang=zh&era=era-second-winter&item=lighthill-report&compare=q-lighthill-1972-disappointment,q-mcdermott-1984-deep-unease&panel=compare');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await expect.poll(() => page.locator('aiw-era-strip button[aria-current="true"]').getAttribute('data-id')).toBe('era-second-winter');
    await expect.poll(() => page.locator('aiw-item-detail h2').first().textContent()).toContain('莱特希尔');
    await expect.poll(() => page.locator('aiw-quote-compare li[part="column"]').count()).toBe(2);
    expect(await page.locator('[role="tab"][aria-selected="true"]').textContent()).toContain('对比');
    await page.close();
  });

  it('restores the window and the search from the URL', async () => {
    const { page } = await open('/?from=1984&to=1985&q=bubble&panel=search');
    await expect.poll(() => visible(page)).toEqual([1984, 1986]);
    await expect.poll(() => page.locator('aiw-search input[type="search"]').inputValue()).toBe('bubble');
    await expect.poll(() => page.locator('aiw-search li[part="result"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('writes choices into the URL, and Back and Forward walk through them', async () => {
    const { page } = await open();
    await page.locator('aiw-era-strip button[data-id="era-first-winter"]').click();
    await expect.poll(() => params(page).get('era')).toBe('era-first-winter');
    await page.locator('aiw-era-panel button[part="item"]').first().click();
    await expect.poll(() => params(page).get('item')).not.toBeNull();
    const item = params(page).get('item');
    await page.goBack();
    await expect.poll(() => params(page).get('item')).toBeNull();
    expect(params(page).get('era')).toBe('era-first-winter');
    await page.goBack();
    await expect.poll(() => params(page).get('era')).toBeNull();
    await page.goForward();
    await page.goForward();
    await expect.poll(() => params(page).get('item')).toBe(item);
    await expect.poll(() => page.locator('aiw-item-detail').count()).toBe(1);
    await page.close();
  });

  it('brings the detail of an event clicked in the timeline up the screen, with its source', async () => {
    const { page, errors } = await open();
    const detail = page.locator('section.detail');
    // As a reader does: the pointer comes to the timeline (vis-timeline takes over from the still
    // drawing, whose height differs) before the click.
    await page.locator('aiw-timeline .canvas').hover();
    await page.locator('aiw-timeline .vis-host:not(.under) .vis-item.event.vis-box').first().waitFor();
    await page.locator('aiw-timeline .vis-item.event.vis-box').first().click();
    await detail.waitFor();
    // Laid out under the timeline, far below the first screen: scrolled up into view (smoothly).
    await expect.poll(() => detail.evaluate((d) => d.getBoundingClientRect().top < innerHeight - 100), { timeout: 5000 }).toBe(true);
    expect(await detail.evaluate((d) => d.getBoundingClientRect().bottom > 0)).toBe(true);
    expect(await page.locator('aiw-item-detail ul.sources li').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('focuses the timeline on a chosen era', async () => {
    const { page } = await open();
    await page.locator('aiw-era-strip button[data-id="era-expert-systems-boom"]').click();
    await expect.poll(() => visible(page)).toEqual([1979, 1987]);
    await page.close();
  });

  it('switches language without losing the era, the selection or the window', async () => {
    const { page } = await open('/?era=era-expert-systems-boom&item=xcon-r1-at-dec');
    await expect.poll(() => page.locator('aiw-item-detail').count()).toBe(1);
    await page.waitForTimeout(500);
    const before = await visible(page);
    await page.getByRole('button', { name: '中文' }).click();
    await expect.poll(() => params(page).get('lang')).toBe('zh');
    expect(params(page).get('era')).toBe('era-expert-systems-boom');
    expect(params(page).get('item')).toBe('xcon-r1-at-dec');
    expect(await visible(page)).toEqual(before);
    await expect.poll(() => page.locator('aiw-timeline .vis-label .lane-label').first().textContent()).toBe('时代');
    await page.close();
  });

  it('ignores malformed parameters one by one, with a notice, and runs nothing from them', async () => {
    const { page, errors } = await open('/?era=nope&from=abc&compare=a,a,a,a,a,a&item=%3Cimg%20src%3Dx%20onerror%3Dwindow.__x%3D1%3E&lang=en');
    const notice = page.locator('aiw-explorer .notice');
    await notice.waitFor();
    const text = await notice.textContent();
    expect(text).toContain('era "nope" is not an era in the dataset');
    expect(text).toContain('from "abc" is not a year or a date');
    expect(text).toContain('compare: "a" is not a quote in the dataset');
    expect(text).toContain('item "<img src=x onerror=window.__x=1>" is not an event or a quote in the dataset');
    expect(await page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined();
    expect(await page.locator('aiw-explorer img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer: the ledger of forecasts', () => {
  it('opens the Predictions panel filtered from the URL, and shows a forecast on the timeline in its own lane', async () => {
    const { page, errors } = await open('/?panel=predictions&outcome=failed');
    const ledger = page.locator('aiw-forecast-ledger');
    await ledger.locator('[part="forecast"]').first().waitFor();
    const badges = await ledger.locator('[part="forecast"] .head .badge').first().textContent();
    expect(badges).toBe('Failed');
    expect(await ledger.locator('.summary li').count()).toBeGreaterThan(2);
    await ledger.locator('[part="forecast"] button').first().click();
    await expect.poll(() => params(page).get('item')).toMatch(/^f-/);
    await expect.poll(() => page.locator('aiw-item-detail .badge.outcome-failed').count()).toBe(1);
    expect(await page.locator('aiw-timeline .vis-label .lane-label').allTextContents()).toContain('Forecasts');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer: numbers under the timeline', () => {
  it('draws the series named in the URL under the timeline, and keeps the reader\'s choice in the URL', async () => {
    const { page, errors } = await open('/?from=1980&to=1995&chart=aaai-conference-attendance');
    const chart = page.locator('aiw-series-chart');
    await chart.locator('.dot').first().waitFor();
    expect(await chart.locator('select').inputValue()).toBe('aaai-conference-attendance');
    await chart.locator('select').selectOption('neurips-conference-attendance');
    await expect.poll(() => params(page).get('chart')).toBe('neurips-conference-attendance');
    expect(params(page).get('from')).toBe('1980');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the explorer: layout and accessibility', () => {
  it('has no horizontal overflow at 390 px, and thumb-sized buttons', async () => {
    const { page } = await open('/?era=era-second-winter&item=lighthill-report', { width: 390, height: 844 });
    await page.locator('aiw-era-panel').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const small = await page.locator('aiw-explorer button').evaluateAll((els) =>
      els.filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().height < 44).map((e) => e.textContent),
    );
    expect(small).toEqual([]);
    await page.close();
  });

  it('draws no label over another on the first view, at 390 px and at 1280 px', async () => {
    for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
      const { page } = await open('/', viewport);
      await page.waitForTimeout(1000); // the layouts after the first drawing
      const overlaps = await page.locator('aiw-timeline').evaluate((el) => {
        const boxes = [...el.shadowRoot!.querySelectorAll('.vis-item.vis-box')]
          .map((b) => ({ text: b.textContent!.trim().slice(0, 30), r: b.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0);
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => hit(a.r, b.r)).map((b) => `${a.text} / ${b.text}`));
      });
      expect(overlaps, `${viewport.width} px`).toEqual([]);
      await page.close();
    }
  });

  for (const [name, path] of [
    ['the first view', '/'],
    ['an era with a selected quote', '/?era=era-second-winter&item=q-lighthill-1972-disappointment'],
    ['the search', '/?q=winter&panel=search'],
    ['the comparison', '/?compare=q-lighthill-1972-disappointment,q-mcdermott-1984-deep-unease'],
    ['the about page', '/?panel=about&lang=zh'],
    ['the ledger of forecasts', '/?panel=predictions&lang=zh'],
    ['the numbers under the timeline', '/?chart=aaai-conference-attendance'],
  ] as const) {
    it(`has no axe violations: ${name}`, async () => {
      const { page } = await open(path);
      await page.waitForTimeout(400);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('serves the dataset and its JSON Schema for authors', async () => {
    const page = await browser().newPage();
    const schema = await (await page.request.get(url('dataset.schema.json'))).json();
    expect(schema.properties.events.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'eras', 'events', 'quotes', 'pairs']));
    await page.close();
  });
});
