/**
 * The site's own address, given at build time (`AIW_SITE_URL=https://example.org/ npm run build`),
 * made into the absolute links a link preview wants: the social card (og:image, twitter:image:
 * some preview services ignore a relative one), the page's own address (og:url, added) and the
 * two languages' alternates (hreflang). Without it, the pages keep root-relative paths.
 */
import { escape } from './localized-page.ts';

/** The address as a URL ending in "/", or null when none is given; a bad one stops the build, saying why. */
export function parseSiteUrl(value: string | undefined): URL | null {
  if (value === undefined || value.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`AIW_SITE_URL: "${value}" is not an address (write it whole, like https://example.org/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`AIW_SITE_URL: "${value}" must start with https:// or http://`);
  if (url.search || url.hash) throw new Error(`AIW_SITE_URL: "${value}" must be the site's address alone, without ? or #`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/**
 * The page at `page` (a path under the site: "" or "zh/") with absolute preview links. Every
 * link it changes must be found: if index.html changes shape, the build fails here.
 */
export function withSiteUrl(html: string, site: URL, page: string): string {
  const at = (path: string) => escape(new URL(path.replace(/^\//, ''), site).href);
  const replacements: Array<[RegExp, (path: string) => string]> = [
    [/(<meta property="og:image" content=")([^"]*)(")/, (p) => at(p)],
    [/(<meta name="twitter:image" content=")([^"]*)(")/, (p) => at(p)],
    [/(<link rel="alternate" hreflang="en" href=")([^"]*)(")/, (p) => at(p)],
    [/(<link rel="alternate" hreflang="zh-Hans" href=")([^"]*)(")/, (p) => at(p)],
  ];
  let out = html;
  for (const [find, make] of replacements) {
    if (!find.test(out)) throw new Error(`index.html: no ${find.source} to make absolute`);
    out = out.replace(find, (_all, before: string, path: string, after: string) => `${before}${make(path)}${after}`);
  }
  const ogType = /<meta property="og:type" content="[^"]*" \/>/;
  if (!ogType.test(out)) throw new Error('index.html: no og:type to put og:url after');
  return out.replace(ogType, (tag) => `${tag}\n    <meta property="og:url" content="${at(page)}" />`);
}
