/**
 * Regression: style attributes in templates are refused under a strict CSP (style-src 'self');
 * the comparison and the embed preview now set styles through the CSSOM (Lit's styleMap).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, watchErrors } from '../e2e/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('regressions found by the hardening suites', () => {
  // BUG 3 — style attributes in Lit templates are refused under style-src 'self' (no
  // 'unsafe-inline'), so under the strict policy the explorer logs violations and loses styles:
  //   src/components/aiw-quote-compare/aiw-quote-compare.ts:165  <ol class="columns" style="--columns: …">
  //     (rendered on every visit to the Compare tab, even empty; the columns lose their count)
  //   src/components/aiw-embed-code/aiw-embed-code.ts:122  <iframe … style="height: …px">
  //     (one violation per height message; the preview never takes the height it asks for)
  // Fix: set them through the CSSOM, which CSP allows — Lit's styleMap directive
  // (styleMap({ '--columns': String(n) }), styleMap({ height: `${h}px` })) or
  // el.style.setProperty(…) in updated().
  it('the explorer shows the comparison and "Embed this view" under a strict CSP with zero violations', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    await page.goto(new URL('/csp/index.html?compare=q-lighthill-1972-disappointment,q-mcdermott-1984-deep-unease', inject('baseUrl')).href);
    await page.locator('aiw-quote-compare li[part="column"]').first().waitFor();
    await page.getByRole('button', { name: 'Embed this view' }).click();
    await page.locator('aiw-embed-code iframe').scrollIntoViewIfNeeded(); // the preview loads lazily
    await expect.poll(() => page.locator('aiw-embed-code iframe').evaluate((f) => f.getBoundingClientRect().height), { timeout: 10_000 }).toBeGreaterThan(480);
    // Drawn (attached): vis keeps some items outside the window, so the first one may not be visible.
    await page.frameLocator('aiw-embed-code iframe').locator('aiw-timeline .vis-item.event.vis-box').first().waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    const violations = await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { __violations: string[] }).__violations)));
    expect(violations.flat()).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
