// Makes the site's images in public/ from the real thing, in Debian's Chromium:
//   - the PNG icons (favicon, Apple touch icon, the manifest's 192, 512 and maskable 512) drawn
//     from public/favicon.svg;
//   - the social cards (1200 × 630, English and Chinese): a screenshot of the built explorer's timeline at full span,
//     composed under the page's title and lede.
// Usage: npm run build && node src/tools/site-images.mjs   (then commit public/*.png)
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.mjs';

if (!existsSync('dist/index.html')) {
  console.error('site-images: build the explorer first (npm run build)');
  process.exit(2);
}
const svg = readFileSync('public/favicon.svg', 'utf8');
const svgUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });

// Icons: transparent around the rounded square, except where a platform masks or rounds the
// icon itself (Apple's, the maskable one): there the square's colour runs to the edges and the
// drawing sits inside the safe zone.
const ICONS = [
  { file: 'favicon-32.png', size: 32, bleed: false },
  { file: 'icon-192.png', size: 192, bleed: false },
  { file: 'icon-512.png', size: 512, bleed: false },
  { file: 'apple-touch-icon.png', size: 180, bleed: true },
  { file: 'icon-maskable-512.png', size: 512, bleed: true },
];
for (const { file, size, bleed } of ICONS) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const inner = bleed ? Math.round(size * 0.76) : size;
  await page.setContent(`<!doctype html><body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${bleed ? '#fff4e0' : 'transparent'}">
    <img src="${svgUrl}" width="${inner}" height="${inner}" alt=""></body>`);
  await page.locator('img').evaluate((img) => img.decode());
  await page.screenshot({ path: `public/${file}`, omitBackground: !bleed });
  await page.close();
  console.log(`wrote public/${file} (${size} × ${size})`);
}

// The social cards, one per language: the explorer as a reader first sees it, full span, under
// the page's title and a one-line lede. The Chinese page (/zh/) names its own.
const CARDS = [
  {
    lang: 'en',
    file: 'public/social-card.png',
    locale: 'en-GB',
    title: 'AI Winter Timeline Explorer',
    lede: 'Seventy years of artificial intelligence in booms and busts — every event and quote sourced, in English and Chinese.',
  },
  {
    lang: 'zh',
    file: 'public/social-card-zh.png',
    locale: 'zh-CN',
    title: '人工智能寒冬时间线',
    lede: '七十年人工智能的繁荣与萧条——每个事件、每句引语都注明出处，中英双语。',
  },
];
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4199, strictPort: false } });
const base = server.resolvedUrls.local[0];
for (const { lang, file, locale, title, lede } of CARDS) {
  // As wide as the card leaves room for, so that the whole span (1950 to today) is on it.
  const explorer = await browser.newPage({ viewport: { width: 1160, height: 900 }, colorScheme: 'light', locale });
  await explorer.goto(new URL(`?lang=${lang}`, base).href);
  await explorer.locator('aiw-timeline .vis-item.event.vis-box').first().waitFor({ timeout: 20_000 });
  await explorer.waitForTimeout(800);
  // The drawing only (eras, lanes and items; not the toolbar, nor the keyboard list below it), at most 560 px of it.
  const clip = await explorer.locator('aiw-timeline').evaluate((el) => {
    const r = el.shadowRoot.querySelector('[part="canvas"]').getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: Math.min(r.height, 560) };
  });
  const shot = await explorer.screenshot({ clip });
  await explorer.close();

  const card = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await card.setContent(`<!doctype html><html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}"><body style="margin:0;width:1200px;height:630px;overflow:hidden;background:#fff;
      font-family:system-ui,'Segoe UI','Noto Sans CJK SC',sans-serif;color:#1b1f24">
    <header style="display:flex;gap:28px;align-items:center;padding:40px 56px 28px;border-bottom:1px solid #d0d7de">
      <img src="${svgUrl}" width="96" height="96" alt="">
      <div>
        <h1 style="margin:0 0 8px;font-size:52px;line-height:1.1;letter-spacing:-0.5px">${title}</h1>
        <p style="margin:0;font-size:24px;line-height:1.35;color:#57606a;max-width:900px">${lede}</p>
      </div>
    </header>
    <img src="data:image/png;base64,${shot.toString('base64')}" alt="" style="display:block;margin:0 auto;width:${Math.min(clip.width, 1136)}px;height:auto">
  </body></html>`);
  await card.locator('img').last().evaluate((img) => img.decode());
  await card.screenshot({ path: file });
  await card.close();
  console.log(`wrote ${file} (1200 × 630)`);
}
await server.close();
await browser.close();
