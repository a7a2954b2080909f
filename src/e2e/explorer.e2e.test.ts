import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchErrors } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the built explorer page', () => {
  it('shows the timeline with the real eras and events, without errors', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(inject("baseUrl"));
    const bands = page.locator('aiw-timeline .vis-item.era .band-title');
    await bands.first().waitFor();
    const eraTitles = await bands.allTextContents();
    const dataset = await (await page.request.get(new URL('dataset.json', inject('baseUrl')).href)).json();
    expect(eraTitles.length).toBe(dataset.eras.length);
    expect(eraTitles.length).toBeGreaterThanOrEqual(5);
    const items = page.locator('aiw-timeline .vis-item.event:not(.vis-line):not(.vis-dot)');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('serves the dataset and its JSON Schema for authors', async () => {
    const page = await browser.newPage();
    const schema = await (await page.request.get(new URL('dataset.schema.json', inject('baseUrl')).href)).json();
    expect(schema.properties.events.type).toBe('array');
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'eras', 'events', 'quotes', 'pairs']));
    await page.close();
  });
});
