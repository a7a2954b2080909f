import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { appStrings } from '../i18n/app.ts';
import { localizedPage } from './localized-page.ts';

const index = readFileSync('index.html', 'utf8');

describe('localizedPage', () => {
  it('puts the page in Chinese: lang, title, lede, description and every social tag', () => {
    const zh = localizedPage(index, 'zh');
    const t = appStrings('zh');
    expect(zh).toContain('<html lang="zh-Hans" data-aiw-lang="zh">');
    expect(zh).toContain(`<title>${t.title}</title>`);
    expect(zh).toContain(`<h1 id="aiw-title">${t.title}</h1>`);
    expect(zh).toContain(t.lede);
    for (const tag of ['name="description"', 'property="og:description"', 'name="twitter:description"']) expect(zh).toContain(`<meta ${tag} content="${t.description}"`);
    expect(zh).toContain('<meta property="og:locale" content="zh_CN"');
    // Nothing of the English description is left.
    expect(zh).not.toContain(appStrings('en').description);
  });

  it('fails the build when the page no longer has a tag it must put in Chinese', () => {
    expect(() => localizedPage(index.replace(/<meta property="og:title"[^>]*>/, ''), 'zh')).toThrow(/og:title/);
  });

  it('is served at /zh/ under `npm start` as well, from the dev page', { timeout: 60_000 }, async () => {
    const server = await createServer({ logLevel: 'silent', server: { host: '127.0.0.1', port: 0 }, optimizeDeps: { noDiscovery: true, include: [] } });
    await server.listen();
    try {
      const base = server.resolvedUrls!.local[0];
      const zh = await (await fetch(new URL('zh/?era=era-second-winter', base))).text();
      expect(zh).toContain('<html lang="zh-Hans" data-aiw-lang="zh">');
      expect(zh).toContain(`<title>${appStrings('zh').title}</title>`);
      expect(zh).toContain('/@vite/client'); // the dev page, with its module graph
      const en = await (await fetch(base)).text();
      expect(en).toContain('<html lang="en">');
    } finally {
      await server.close();
    }
  });
});
