import type { LocalizedText } from './schema.ts';

/** The text of a LocalizedText in a language, falling back to the other one. */
export function localize(value: LocalizedText | undefined, lang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const primary = lang === 'zh' ? value.zh : value.en;
  const other = lang === 'zh' ? value.en : value.zh;
  return primary?.trim() ? primary : (other ?? '');
}

/**
 * The first sentence of a text: up to a ".", "!" or "?" before a capital letter (not after an
 * initial such as "J." or "Dr."), or up to a Chinese full stop; the whole text if it has no end.
 */
export function firstSentence(text: string): string {
  const m = /^.+?(?:(?<!\b(?:[A-Z]|Dr|Mr|Mrs|Ms|St|vs))[.!?](?=\s+["“'‘(]?[A-Z])|[。！？])/su.exec(text.trim());
  return m ? m[0] : text.trim();
}

/** The start of a text, cut at a word (or anywhere, for Chinese) to at most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.，；：。]+$/u, '')}…`;
}

/** The BCP 47 tag for text in a language, for `lang` attributes (Chinese is written in simplified characters). */
export function langTag(lang: string): string {
  return lang === 'zh' ? 'zh-Hans' : 'en';
}

/** A block of plain text: a paragraph (its lines, from single line breaks) or a list. */
export type TextBlock = { kind: 'paragraph'; lines: string[] } | { kind: 'list'; ordered: boolean; items: string[] };

/**
 * The blocks of a text written as the dataset writes them (and the TimelineJS import produces):
 * paragraphs separated by a blank line; a paragraph whose every line starts with "• " (or "1. ",
 * "2. "…) is a list. For views, which build one element per block from text, never markup.
 */
export function textBlocks(text: string): TextBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length)
    .map((lines): TextBlock => {
      if (lines.every((l) => l.startsWith('• '))) return { kind: 'list', ordered: false, items: lines.map((l) => l.slice(2)) };
      if (lines.every((l) => /^\d+\. /.test(l))) return { kind: 'list', ordered: true, items: lines.map((l) => l.replace(/^\d+\. /, '')) };
      return { kind: 'paragraph', lines };
    });
}
