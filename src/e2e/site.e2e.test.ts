/**
 * The explorer as a site: the files a browser, a home screen and a link preview ask for, the
 * page's description in the reader's language, and offline reading after a first visit.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileBrowser, siteUrl, watchErrors } from './browser.ts';
import { serveFolder } from './server.ts';

const browser = fileBrowser();

const url = siteUrl;
const DRAWN = 'aiw-timeline .vis-item.event.vis-box';
const head = (page: Page, selector: string, attr: string) => page.locator(`head ${selector}`).getAttribute(attr);

/** Fetches a file of the site; for a PNG, also its size in pixels (from its header). */
async function fetchFile(page: Page, path: string) {
  const response = await page.request.get(url(path));
  const body = await response.body();
  const png = body.subarray(1, 4).toString() === 'PNG' ? { width: body.readUInt32BE(16), height: body.readUInt32BE(20) } : null;
  return { status: response.status(), type: response.headers()['content-type'], body, png };
}

describe('the explorer as a site', () => {
  it('has a favicon (SVG and PNG), a web manifest with its icons, robots.txt and a 1200 × 630 social card, all named by the page', async () => {
    const page = await browser().newPage();
    const errors = watchErrors(page);
    await page.goto(url('/'));
    await page.locator(DRAWN).first().waitFor();
    const svg = await fetchFile(page, (await head(page, 'link[rel="icon"][type="image/svg+xml"]', 'href'))!);
    expect(svg.type).toMatch(/^image\/svg\+xml/);
    expect(svg.body.toString()).toContain('<svg');
    expect((await fetchFile(page, (await head(page, 'link[rel="icon"][type="image/png"]', 'href'))!)).png).toEqual({ width: 32, height: 32 });
    expect((await fetchFile(page, (await head(page, 'link[rel="apple-touch-icon"]', 'href'))!)).png).toEqual({ width: 180, height: 180 });
    const manifest = JSON.parse((await fetchFile(page, (await head(page, 'link[rel="manifest"]', 'href'))!)).body.toString());
    expect(manifest).toMatchObject({ name: 'AI Winter Timeline Explorer', start_url: '/', display: 'standalone' });
    for (const icon of manifest.icons as Array<{ src: string; sizes: string; type: string }>) {
      const file = await fetchFile(page, icon.src);
      expect(file.status, icon.src).toBe(200);
      if (icon.type === 'image/png') expect(`${file.png!.width}x${file.png!.height}`).toBe(icon.sizes);
    }
    expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
    expect((await fetchFile(page, '/robots.txt')).body.toString()).toMatch(/^User-agent: \*$/m);
    const card = await head(page, 'meta[property="og:image"]', 'content');
    expect(await head(page, 'meta[name="twitter:image"]', 'content')).toBe(card);
    expect(await head(page, 'meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
    expect((await fetchFile(page, card!)).png).toEqual({ width: 1200, height: 630 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps its description and its social tags in the reader’s language', async () => {
    const page = await browser().newPage();
    await page.goto(url('/?lang=zh'));
    await page.locator(DRAWN).first().waitFor();
    expect(await head(page, 'meta[name="description"]', 'content')).toMatch(/人工智能/);
    expect(await head(page, 'meta[property="og:title"]', 'content')).toBe('人工智能寒冬时间线');
    expect(await head(page, 'meta[property="og:description"]', 'content')).toBe(await head(page, 'meta[name="description"]', 'content'));
    expect(await head(page, 'meta[property="og:locale"]', 'content')).toBe('zh_CN');
    expect(await head(page, 'meta[name="twitter:image:alt"]', 'content')).toMatch(/时间线/);
    expect(await head(page, 'meta[property="og:image"]', 'content')).toBe('/social-card-zh.png');
    await page.goto(url('/?lang=en'));
    await page.locator(DRAWN).first().waitFor();
    expect(await head(page, 'meta[property="og:locale"]', 'content')).toBe('en_US');
    expect(await head(page, 'meta[name="description"]', 'content')).toMatch(/booms and busts/);
    await page.close();
  });

  it('serves the page in Chinese at /zh/, with Chinese tags in the HTML a link preview reads, opening the explorer in Chinese', async () => {
    const page = await browser().newPage({ locale: 'en-GB' });
    const errors = watchErrors(page);
    // As served, before any script: what a chat app's link preview sees.
    const served = await (await page.request.get(url('/zh/?era=era-second-winter'))).text();
    expect(served).toContain('<html lang="zh-Hans" data-aiw-lang="zh">');
    expect(served).toMatch(/<meta property="og:title" content="人工智能寒冬时间线"/);
    expect(served).toMatch(/<meta property="og:description" content="[^"]*人工智能[^"]*"/);
    expect(served).toMatch(/<meta property="og:locale" content="zh_CN"/);
    expect(served).toMatch(/<meta name="twitter:image:alt" content="[^"]*时间线[^"]*"/);
    // Its own card, with the Chinese title and the timeline drawn in Chinese.
    expect(served).toMatch(/<meta property="og:image" content="\/social-card-zh.png"/);
    expect(served).toMatch(/<meta name="twitter:image" content="\/social-card-zh.png"/);
    expect((await fetchFile(page, '/social-card-zh.png')).png).toEqual({ width: 1200, height: 630 });
    const english = await (await page.request.get(url('/'))).text();
    expect(english).toMatch(/<meta property="og:locale" content="en_US"/);
    expect(english).toContain('hreflang="zh-Hans" href="/zh/"');
    // A reader whose browser prefers English still gets the Chinese page there.
    await page.goto(url('/zh/'));
    await page.locator(DRAWN).first().waitFor();
    expect(await page.locator('#aiw-title').textContent()).toBe('人工智能寒冬时间线');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('zh');
    expect(new URL(page.url()).pathname).toBe('/zh/');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads offline after a first visit: a reload without the network still shows the explorer and its dataset', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url('/?era=era-second-winter'));
    await page.locator(DRAWN).first().waitFor();
    // The worker registers once the page has loaded, then keeps the page, its code and the dataset.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active))).toBe(true);

    await context.setOffline(true);
    const fromWorker: string[] = [];
    page.on('response', (r) => r.fromServiceWorker() && fromWorker.push(new URL(r.url()).pathname));
    await page.reload();
    await page.locator(DRAWN).first().waitFor();
    await expect.poll(() => page.locator('aiw-era-strip button[part="era"]').count()).toBeGreaterThan(3);
    expect(await page.locator('aiw-timeline [part="error"]').count()).toBe(0);
    expect(fromWorker).toEqual(expect.arrayContaining(['/', '/dataset.json']));
    // Another deep link, never visited, opens offline too (the page is the same).
    await page.goto(url('/?lang=zh&item=lighthill-report'));
    await expect.poll(() => page.locator('aiw-item-detail h2').first().textContent()).toContain('莱特希尔');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('picks up a new deployment on the next visit, and never mixes it into a page already open', async () => {
    // A copy of the site, deployed again below with a changed page (and so a changed worker).
    const site = mkdtempSync(join(tmpdir(), 'aiw-site-'));
    cpSync('dist', site, { recursive: true });
    const { server, url: base } = await serveFolder(site);
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const version = (page: Page) => page.evaluate(() => document.querySelector('meta[name="aiw-test-version"]')?.getAttribute('content') ?? null);
      const first = await context.newPage();
      await first.goto(base);
      await first.locator(DRAWN).first().waitFor();
      await first.evaluate(() => navigator.serviceWorker.ready);

      const page = readFileSync(join(site, 'index.html'), 'utf8').replace('<head>', '<head><meta name="aiw-test-version" content="2">');
      writeFileSync(join(site, 'index.html'), page);
      const sw = readFileSync(join(site, 'sw.js'), 'utf8');
      const next = sw.replace(/(url:"index\.html",revision:)"[^"]+"/, '$1"aiw-test-version-2"');
      expect(next, 'sw.js lists index.html with a revision').not.toBe(sw);
      writeFileSync(join(site, 'sw.js'), next);

      // The open tab reloads: the browser finds the new worker, which installs and waits; the page stays as it was.
      await first.reload();
      await first.locator(DRAWN).first().waitFor();
      await expect.poll(() => first.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)), { timeout: 15_000 }).toBe(true);
      expect(await version(first)).toBeNull();
      await first.close();

      // The next visit, the old tab closed: the new version.
      const again = await context.newPage();
      await again.goto(base);
      await expect.poll(async () => (await again.reload(), await version(again)), { timeout: 15_000 }).toBe('2');
      await again.locator(DRAWN).first().waitFor();
    } finally {
      await context.close();
      await new Promise((done) => server.close(done));
      rmSync(site, { recursive: true, force: true });
    }
  });
});
