import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { localizedPage } from './localized-page.ts';
import { parseSiteUrl, withSiteUrl } from './site-url.ts';

const index = readFileSync('index.html', 'utf8');

describe('the site address given at build time (AIW_SITE_URL)', () => {
  it('is optional, and a bad one stops the build saying what is wrong', () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl(' ')).toBeNull();
    expect(parseSiteUrl('https://example.org/aiw')!.href).toBe('https://example.org/aiw/');
    expect(() => parseSiteUrl('example.org')).toThrow(/AIW_SITE_URL: "example.org" is not an address/);
    expect(() => parseSiteUrl('javascript:alert(1)')).toThrow(/must start with https:\/\//);
    expect(() => parseSiteUrl('https://example.org/?a=1')).toThrow(/without \? or #/);
  });

  it('makes the card, the alternates and the page address absolute, on both pages', () => {
    const site = parseSiteUrl('https://example.org/aiw/')!;
    const en = withSiteUrl(index, site, '');
    expect(en).toContain('<meta property="og:image" content="https://example.org/aiw/social-card.png"');
    expect(en).toContain('<meta name="twitter:image" content="https://example.org/aiw/social-card.png"');
    expect(en).toContain('<meta property="og:url" content="https://example.org/aiw/" />');
    expect(en).toContain('hreflang="zh-Hans" href="https://example.org/aiw/zh/"');
    expect(en).toContain('hreflang="en" href="https://example.org/aiw/"');
    const zh = withSiteUrl(localizedPage(index, 'zh'), site, 'zh/');
    expect(zh).toContain('<meta property="og:image" content="https://example.org/aiw/social-card-zh.png"');
    expect(zh).toContain('<meta property="og:url" content="https://example.org/aiw/zh/" />');
  });

  it('fails the build when the page no longer has a link it must make absolute', () => {
    const site = parseSiteUrl('https://example.org/')!;
    expect(() => withSiteUrl(index.replace(/<meta name="twitter:image" [^>]*>/, ''), site, '')).toThrow(/twitter:image/);
  });
});
