import { html, nothing } from 'lit';
import { quoteStrings } from '../../i18n/quotes.ts';
import { quoteTextIn } from '../../model/compare.ts';
import { clip, langTag } from '../../model/text.ts';
import type { Lang, Quote } from '../../model/schema.ts';

/**
 * A quote's translation into the reader's language, marked as a translation, for a reader of
 * another language than the quote's; nothing when they read the same one or there is none.
 * Views show the words as said first: a translation is never passed off as the quote.
 * With `max`, the view shows the words cut by `clip(q.text, max)`, and the translation is cut
 * to the same share of itself, so that it says no more than the words above it.
 */
export function translationLine(q: Quote, lang: Lang, max?: number) {
  const text = q.lang === lang ? undefined : quoteTextIn(q, lang);
  if (!text) return nothing;
  const shown = max === undefined || q.text.length <= max ? text : clip(text, Math.round((text.length * max) / q.text.length));
  return html`<span class="translation" lang=${langTag(lang)}><span class="label">${quoteStrings(lang).translationLabel}</span>${shown}</span>`;
}
