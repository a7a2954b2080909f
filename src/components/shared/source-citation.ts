import { html, nothing, type TemplateResult } from 'lit';
import { strings } from '../../i18n/strings.ts';
import { formatPartialDate } from '../../model/dates.ts';
import type { Lang, Source } from '../../model/schema.ts';

/** One source as a citation: author, title (linked only for http(s), opened with rel="noopener"), publisher, date, pages, note. */
export function sourceCitation(s: Source, lang: Lang): TemplateResult {
  const t = strings(lang);
  const safeUrl = s.url && /^https?:\/\//i.test(s.url) ? s.url : undefined;
  const title = safeUrl ? html`<a href=${safeUrl} target="_blank" rel="noopener noreferrer">${s.title}</a>` : html`<cite>${s.title}</cite>`;
  const parts = [s.publisher, s.date ? formatPartialDate(s.date, lang) : undefined, s.pages ? t.pages(s.pages) : undefined].filter(Boolean);
  return html`${s.author ? html`${s.author}, ` : nothing}${title}${parts.length ? html`. ${parts.join(', ')}` : nothing}.${s.note
    ? html` <span class="source-note">${s.note}</span>`
    : nothing}`;
}
