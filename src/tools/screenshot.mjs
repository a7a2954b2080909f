// Takes a screenshot of a page in Debian's Chromium, to look at it as a person would.
// Usage: node src/tools/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [--dark] [--full] [--wait=SELECTOR] [--el=SELECTOR]
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

const [url, out, width = '1280', height = '900', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node src/tools/screenshot.mjs URL OUT.png [WIDTH] [HEIGHT] [--dark] [--wait=SELECTOR]');
  process.exit(2);
}
const wait = flags.find((f) => f.startsWith('--wait='))?.slice(7) ?? 'aiw-timeline .vis-item.vis-box';
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: CHROMIUM_ARGS,
});
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: flags.includes('--dark') ? 'dark' : 'light',
});
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.locator(wait).first().waitFor({ timeout: 15000 });
await page.waitForTimeout(800);
const only = flags.find((f) => f.startsWith('--el='))?.slice(5);
if (only) await page.locator(only).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: flags.includes('--full') });
await browser.close();
console.log(`wrote ${out}`);
