import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { appStrings } from './app.ts';

type Node = Parameters<typeof DomUtils.textContent>[0];

describe('the title and lede index.html shows before any script runs', () => {
  const doc = parseDocument(readFileSync('index.html', 'utf8'));
  const find = (test: (e: { name: string; attribs: Record<string, string> }) => boolean) => DomUtils.findAll(test, doc.children);
  const text = (node: Node | undefined) => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : null);

  it('are the English strings the explorer keeps them in sync with (by id), word for word', () => {
    expect(text(find((e) => e.attribs.id === 'aiw-title')[0])).toBe(appStrings('en').title);
    expect(text(find((e) => e.attribs.id === 'aiw-lede')[0])).toBe(appStrings('en').lede);
    expect(text(DomUtils.findOne((e) => e.name === 'title', doc.children)!)).toBe(appStrings('en').title);
  });

  it('carry the description and social-card tags the explorer keeps in the reader’s language, word for word', () => {
    const meta = (key: string) => find((e) => e.name === 'meta' && (e.attribs.name === key || e.attribs.property === key))[0]?.attribs.content;
    const en = appStrings('en');
    for (const key of ['description', 'og:description', 'twitter:description']) expect(meta(key), key).toBe(en.description);
    for (const key of ['og:title', 'twitter:title', 'og:site_name']) expect(meta(key), key).toBe(en.title);
    for (const key of ['og:image:alt', 'twitter:image:alt']) expect(meta(key), key).toBe(en.cardAlt);
    for (const key of ['og:image', 'twitter:image']) expect(meta(key), key).toBe(en.card);
    expect([meta('og:locale'), meta('og:locale:alternate')]).toEqual(en.ogLocale);
  });

  it('is plain text: one h1, and no script, link or handler in the page header or the explorer', () => {
    const parts = find((e) => e.name === 'aiw-explorer' || e.attribs.class === 'page-head');
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      expect(DomUtils.findAll((e) => e.name === 'script' || e.name === 'a' || Object.keys(e.attribs).some((a) => a.startsWith('on')), [part])).toHaveLength(0);
    }
    expect(find((e) => e.name === 'h1')).toHaveLength(1);
  });
});
