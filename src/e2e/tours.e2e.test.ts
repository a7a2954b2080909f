/**
 * Guided tours on the built site (dist/, with the real data/tours.json): the page reads in
 * order, tours load, a step is reached by URL, button and key, the timeline goes to each
 * step's view, the step survives a reload and Back/Forward, axe finds nothing, and a tour
 * prints as a handout of all its steps.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { endOf, startOf } from '../model/dates.ts';
import type { Tour } from '../model/tour-schema.ts';
import { axeViolations, fileBrowser, siteUrl, watchErrors } from './browser.ts';

const tours = JSON.parse(readFileSync('data/tours.json', 'utf8')) as Tour[];
const twoWinters = tours.find((t) => t.id === 'two-winters')!;

const browser = fileBrowser();

const url = siteUrl;
const params = (page: Page) => new URL(page.url()).searchParams;
const bar = (page: Page) => page.locator('aiw-tour-bar');
const stepTitle = (page: Page) => bar(page).locator('h2').textContent();
const position = (page: Page) => bar(page).locator('.position').textContent();
/** The timeline's window as [from, to] in ms. */
const windowNow = (page: Page) =>
  page.locator('aiw-timeline').evaluate((el) => {
    const r = (el as unknown as { visibleRange: { from: Date; to: Date } }).visibleRange;
    return [r.from.getTime(), r.to.getTime()];
  });
/** Whether the timeline shows the step's window (within 1 % of its span at each end, for rounding to pixels). */
const showsWindow = async (page: Page, from: string, to: string) => {
  const [a, b] = await windowNow(page);
  const [x, y] = [startOf(from).getTime(), endOf(to).getTime()];
  const slack = (y - x) / 100;
  return Math.abs(a - x) <= slack && Math.abs(b - y) <= slack;
};

async function open(path: string, viewport = { width: 1280, height: 900 }) {
  const page = await browser().newPage({ viewport, locale: 'en-GB' });
  const errors = watchErrors(page);
  await page.goto(url(path));
  await page.locator('aiw-timeline .vis-item.event.vis-box').first().waitFor();
  return { page, errors };
}

describe('the page reads in order', () => {
  const cases = [
    { lang: 'en', viewport: { width: 1280, height: 900 }, buttons: ['Take a tour', 'Explore'] },
    { lang: 'en', viewport: { width: 390, height: 844 }, buttons: ['Take a tour', 'Explore'] },
    { lang: 'zh', viewport: { width: 1280, height: 900 }, buttons: ['跟随导览', '自由浏览'] },
    { lang: 'zh', viewport: { width: 390, height: 844 }, buttons: ['跟随导览', '自由浏览'] },
  ];
  for (const { lang, viewport, buttons } of cases) {
    it(`opening, era strip, timeline, then the panels, at ${viewport.width} px (${lang})`, async () => {
      const { page } = await open(`/?lang=${lang}`, viewport);
      const top = async (selector: string) => (await page.locator(selector).first().boundingBox())!;
      const opening = await top('aiw-explorer .opening');
      const strip = await top('aiw-era-strip');
      const timeline = await top('aiw-timeline');
      const panels = await top('aiw-explorer section.panels');
      expect(await page.locator('aiw-explorer .opening button').allTextContents()).toEqual(buttons);
      expect(opening.y + opening.height).toBeLessThanOrEqual(strip.y);
      expect(strip.y + strip.height).toBeLessThanOrEqual(timeline.y);
      expect(timeline.y + timeline.height).toBeLessThanOrEqual(panels.y);
      // The keyboard list no longer pushes the panels a screen down: they start within 120 px of the timeline's end.
      expect(panels.y - (timeline.y + timeline.height)).toBeLessThan(120);
      // One column at 390 px: the panels are as wide as the timeline and nothing overflows.
      if (viewport.width === 390) {
        expect(Math.abs(panels.width - timeline.width)).toBeLessThan(2);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
      await page.close();
    });
  }

  it('puts the detail beside the panels on a wide screen, above them on a phone', async () => {
    for (const [width, beside] of [[1280, true], [390, false]] as const) {
      const { page } = await open('/?lang=en&item=lighthill-report', { width, height: 900 });
      const detail = (await page.locator('aiw-explorer section.detail').boundingBox())!;
      const panels = (await page.locator('aiw-explorer section.panels').boundingBox())!;
      expect(detail.x + detail.width <= panels.x).toBe(beside);
      await page.close();
    }
  });

  it('Explore moves keyboard focus to the timeline', async () => {
    const { page } = await open('/?lang=en');
    await page.locator('aiw-explorer .opening button', { hasText: 'Explore' }).click();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('AIW-EXPLORER');
    expect(await page.locator('aiw-timeline').evaluate((el) => el.shadowRoot!.activeElement?.getAttribute('part'))).toBe('canvas');
    await page.close();
  });
});

describe('tours', () => {
  it('serves the checked tours beside the dataset, precached by the service worker for offline reading', async () => {
    const page = await browser().newPage();
    const served = (await (await page.request.get(url('tours.json'))).json()) as Tour[];
    expect(served.map((t) => t.id)).toEqual(tours.map((t) => t.id));
    expect(await (await page.request.get(url('sw.js'))).text()).toContain('"tours.json"');
    await page.close();
  });

  it('Take a tour lists every tour in tours.json with its summary, and starts the one chosen', async () => {
    const { page, errors } = await open('/?lang=en');
    await page.getByRole('button', { name: 'Take a tour' }).click();
    expect(await bar(page).locator('[part="tour"] h3').allTextContents()).toEqual(tours.map((t) => t.title.en));
    expect(await bar(page).locator('[part="tour"]').first().textContent()).toContain(tours[0].summary.en);
    await bar(page).locator('button[data-id="two-winters"]').click();
    await expect.poll(() => params(page).get('tour')).toBe('two-winters');
    expect(params(page).get('step')).toBe('1');
    expect(await stepTitle(page)).toBe(twoWinters.steps[0].title.en);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens a step from the URL, moves by button and by key, and Escape leaves keeping the view', async () => {
    const { page } = await open('/?lang=en&tour=two-winters&step=3');
    expect(await stepTitle(page)).toBe(twoWinters.steps[2].title.en);
    expect(await position(page)).toBe(`3 of ${twoWinters.steps.length}`);
    await bar(page).getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => params(page).get('step')).toBe('4');
    expect(await stepTitle(page)).toBe(twoWinters.steps[3].title.en);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => params(page).get('step')).toBe('5');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => params(page).get('step')).toBe('3');
    const view = twoWinters.steps[2].view;
    await page.keyboard.press('Escape');
    await expect.poll(() => params(page).get('tour')).toBeNull();
    expect(params(page).get('step')).toBeNull();
    expect(await bar(page).count()).toBe(0);
    expect([params(page).get('from'), params(page).get('to'), params(page).get('item')]).toEqual([view.from, view.to, view.item]);
    await page.close();
  });

  it('Take a tour during a tour opens the picker, leaving the tour but not the view', async () => {
    const { page } = await open('/?lang=en&tour=two-winters&step=6');
    await page.getByRole('button', { name: 'Take a tour' }).click();
    await expect.poll(() => bar(page).locator('[part="tour"]').count()).toBe(tours.length);
    expect(params(page).get('tour')).toBeNull();
    expect(params(page).get('item')).toBe(twoWinters.steps[5].view.item ?? null);
    await page.close();
  });

  it('moves the timeline to every step’s view', async () => {
    const { page } = await open('/?lang=en&tour=two-winters&step=1');
    for (const [i, step] of twoWinters.steps.entries()) {
      if (i > 0) await bar(page).getByRole('button', { name: 'Next' }).click();
      await expect.poll(() => params(page).get('step')).toBe(String(i + 1));
      const { from, to, item } = step.view;
      if (from && to) await expect.poll(() => showsWindow(page, from, to), { message: `step ${i + 1}: ${from} to ${to}` }).toBe(true);
      if (item) await expect.poll(() => page.locator('aiw-timeline').evaluate((el) => (el as unknown as { selected: string }).selected)).toBe(item);
    }
    await page.close();
  });

  it('keeps the step on reload, and Back and Forward walk the steps', async () => {
    const { page } = await open('/?lang=zh&tour=1984-2024&step=2');
    const tour = tours.find((t) => t.id === '1984-2024')!;
    await bar(page).getByRole('button', { name: '下一步' }).click();
    await bar(page).getByRole('button', { name: '下一步' }).click();
    await expect.poll(() => params(page).get('step')).toBe('4');
    await page.reload();
    await bar(page).waitFor();
    expect(await stepTitle(page)).toBe(tour.steps[3].title.zh);
    expect(await position(page)).toBe(`第 4 步，共 ${tour.steps.length} 步`);
    await page.goBack();
    await expect.poll(() => stepTitle(page)).toBe(tour.steps[2].title.zh);
    await page.goBack();
    await expect.poll(() => stepTitle(page)).toBe(tour.steps[1].title.zh);
    await page.goForward();
    await expect.poll(() => params(page).get('step')).toBe('3');
    const { from, to } = tour.steps[2].view;
    if (from && to) await expect.poll(() => showsWindow(page, from, to)).toBe(true);
    await page.close();
  });

  it('says in one line what is wrong with a bad tour or step, and the rest of the link works', async () => {
    const { page } = await open('/?lang=en&tour=no-such-tour&era=era-second-winter');
    await expect.poll(() => page.locator('aiw-explorer .notice li').allTextContents()).toEqual([
      `tour "no-such-tour" is not a tour (the tours are ${tours.map((t) => t.id).join(', ')})`,
    ]);
    expect(await page.locator('aiw-era-strip button[aria-current="true"]').getAttribute('data-id')).toBe('era-second-winter');
    await page.goto(url('/?lang=en&tour=two-winters&step=99'));
    await bar(page).waitFor();
    await expect.poll(() => page.locator('aiw-explorer .notice li').allTextContents()).toEqual([
      `step "99" is not a step of tour "two-winters" (1 to ${twoWinters.steps.length}): it starts at step 1`,
    ]);
    expect(await stepTitle(page)).toBe(twoWinters.steps[0].title.en);
    await page.close();
  });

  for (const lang of ['en', 'zh'] as const) {
    it(`has no axe violations on a tour step and in the picker (${lang})`, async () => {
      const { page } = await open(`/?lang=${lang}&tour=china-two-booms&step=2`);
      expect(await axeViolations(page)).toEqual([]);
      await bar(page).getByRole('button', { name: lang === 'en' ? 'Leave tour' : '退出导览' }).click();
      await page.getByRole('button', { name: lang === 'en' ? 'Take a tour' : '跟随导览' }).click();
      await bar(page).locator('[part="tour"]').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }

  it('prints a tour as a handout with every step, its items and their sources', async () => {
    const { page } = await open('/?lang=en&tour=two-winters&step=5');
    await page.emulateMedia({ media: 'print' });
    const steps = page.locator('aiw-explorer .handout .handout-step');
    expect(await steps.count()).toBe(twoWinters.steps.length);
    for (const [i, step] of twoWinters.steps.entries()) {
      expect(await steps.nth(i).isVisible()).toBe(true);
      expect(await steps.nth(i).locator('h3').textContent()).toContain(step.title.en);
      expect(await steps.nth(i).textContent()).toContain(step.text.en);
      expect(await steps.nth(i).locator('.sources li').count()).toBeGreaterThan(0);
    }
    expect(await page.locator('aiw-timeline').isVisible()).toBe(false);
    expect(await bar(page).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await steps.first().isVisible()).toBe(false);
    await page.close();
  });

  it('offers the step’s view to the embed generator and says the tour text stays in the explorer', async () => {
    const { page } = await open('/?lang=en&tour=two-winters&step=3');
    await page.getByRole('button', { name: 'Embed this view' }).click();
    const view = twoWinters.steps[2].view;
    const code = page.locator('aiw-embed-code');
    await code.waitFor();
    expect(await code.getAttribute('selected')).toBe(view.item ?? '');
    expect(await code.getAttribute('from')).toBe(view.from ?? '');
    expect(await code.getAttribute('to')).toBe(view.to ?? '');
    expect(await page.locator('aiw-explorer .embed-note').textContent()).toContain('not embedded');
    await page.close();
  });
});
