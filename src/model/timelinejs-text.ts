/**
 * TimelineJS text is HTML; our data is never markup. These turn an HTML fragment into plain
 * text (htmlparser2, tags dropped, script and style content skipped, entities decoded), keeping
 * what the author's layout meant where it matters: paragraphs and lists.
 */
import { Parser } from 'htmlparser2';

/** Tags that start and end a block of text (a paragraph, a heading, a list…). */
const BLOCK = /^(p|div|h[1-6]|blockquote|pre|ul|ol|dl|table|section|article|header|footer|figure|figcaption|address|hr)$/;

/** Plain text of an HTML fragment on one line: for headlines, captions, group names. */
export function htmlToText(html: unknown): string {
  return textOf(html, false).replace(/\s+/g, ' ').trim();
}

/**
 * Plain text of an HTML fragment, its blocks kept: paragraphs (and headings, quotes…) separated
 * by a blank line, a line break (`<br>`) as a new line, and each list item on a line of its
 * own, starting with "• " (or "1. ", "2. "… in a numbered list). Whitespace inside a line is
 * collapsed as a browser would.
 */
export function htmlToBlocks(html: unknown): string {
  return textOf(html, true);
}

function textOf(html: unknown, markers: boolean): string {
  if (typeof html !== 'string') return '';
  const blocks: string[] = [];
  let lines: string[] = [];
  let line = '';
  let marker = '';
  let skip = 0;
  const lists: Array<{ ordered: boolean; n: number }> = [];
  // An item's marker waits for its first words (`<li><p>Text</p></li>` is one line).
  const endLine = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) {
      lines.push(marker + text);
      marker = '';
    }
    line = '';
  };
  const endBlock = () => {
    endLine();
    if (lines.length) blocks.push(lines.join('\n'));
    lines = [];
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') skip++;
        else if (name === 'li') {
          endLine();
          const list = lists[lists.length - 1];
          if (list) list.n++;
          if (markers) marker = list?.ordered ? `${list.n}. ` : '• ';
        } else if (name === 'br' || name === 'tr' || name === 'dt' || name === 'dd') endLine();
        else if (name === 'td' || name === 'th') line += ' ';
        else if (BLOCK.test(name)) {
          // Inside a list, blocks (a nested list, a paragraph in an item) only start a line.
          if (lists.length) endLine();
          else endBlock();
          if (name === 'ul' || name === 'ol') lists.push({ ordered: name === 'ol', n: 0 });
        }
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
        else if (name === 'li') endLine();
        else if (BLOCK.test(name)) {
          endLine();
          if (name === 'ul' || name === 'ol') {
            lists.pop();
            marker = '';
          }
          if (!lists.length) endBlock();
        }
      },
      ontext(data) {
        if (!skip) line += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endBlock();
  return blocks.join('\n\n');
}
