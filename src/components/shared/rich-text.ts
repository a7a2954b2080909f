import { html, type TemplateResult } from 'lit';
import { textBlocks } from '../../model/text.ts';

/**
 * A summary or note as its author laid it out: paragraphs (line breaks kept) and lists, built
 * as elements from text (data is never markup).
 */
export function richText(text: string): TemplateResult[] {
  return textBlocks(text).map((block) => {
    if (block.kind === 'list') {
      const items = block.items.map((item) => html`<li>${item}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    return html`<p>${block.lines.map((line, i) => (i ? html`<br />${line}` : line))}</p>`;
  });
}
