import { readFileSync } from 'node:fs';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { appStrings } from './app.ts';

type Node = Parameters<typeof DomUtils.textContent>[0];

describe('the header index.html shows before the explorer starts', () => {
  const doc = parseDocument(readFileSync('index.html', 'utf8'));
  const explorer = DomUtils.findOne((e) => e.name === 'aiw-explorer', doc.children)!;
  const inside = (test: (e: { name: string; attribs: Record<string, string> }) => boolean) => DomUtils.findAll(test, explorer.children);
  const text = (node: Node | undefined) => (node ? DomUtils.textContent(node).replace(/\s+/g, ' ').trim() : null);

  it('says what the explorer says in its own header, word for word', () => {
    expect(text(inside((e) => e.name === 'h1')[0])).toBe(appStrings('en').title);
    expect(text(inside((e) => e.attribs.class === 'lede')[0])).toBe(appStrings('en').lede);
    expect(text(DomUtils.findOne((e) => e.name === 'title', doc.children)!)).toBe(appStrings('en').title);
  });

  it('is plain text: no script, link or handler inside the element', () => {
    expect(inside((e) => e.name === 'script' || e.name === 'a' || Object.keys(e.attribs).some((a) => a.startsWith('on')))).toHaveLength(0);
    expect(inside((e) => e.name === 'h1')).toHaveLength(1);
  });
});
