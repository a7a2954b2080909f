import { html, type TemplateResult } from 'lit';

/**
 * A text with the given ranges (inclusive character offsets) wrapped in <mark>: the words a
 * search matched, or the words two quotes share. Text only; overlapping ranges are merged by order.
 */
export function marked(text: string, ranges: ReadonlyArray<readonly [number, number]>): string | Array<string | TemplateResult> {
  if (!ranges.length) return text;
  const parts: Array<string | TemplateResult> = [];
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const s = Math.max(at, Math.min(start, text.length));
    const e = Math.min(end + 1, text.length);
    if (e <= s) continue;
    if (s > at) parts.push(text.slice(at, s));
    parts.push(html`<mark>${text.slice(s, e)}</mark>`);
    at = e;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
