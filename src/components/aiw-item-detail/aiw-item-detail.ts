import { LitElement, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AiwDetailCloseEvent } from '../../events/detail-close.ts';
import { strings } from '../../i18n/strings.ts';
import { formatDateRange, formatPartialDate } from '../../model/dates.ts';
import { eventDateText, type AnyRecord } from '../../model/dataset-index.ts';
import { langTag, localize } from '../../model/text.ts';
import type { Era, Forecast, HistoryEvent, Lang, Media, Quote, Source } from '../../model/schema.ts';
import { richText } from '../shared/rich-text.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { styles } from './aiw-item-detail.styles.ts';

/**
 * The full record of an event, a quote or an era: every field as text, every source as a
 * link (http(s) only, opened with rel="noopener").
 *
 * @summary Details of one timeline item.
 * @slot actions - buttons shown under the record (e.g. "add to comparison").
 * @csspart close - the close button.
 * @fires aiw-detail-close - the reader asked to close the detail.
 */
@customElement('aiw-item-detail')
export class AiwItemDetail extends LitElement {
  static override styles = styles;

  /** The record to show. */
  @property({ attribute: false }) item: AnyRecord | null = null;
  @property() override lang: Lang = 'en';
  /** Hide the close button (when the page closes the detail some other way). */
  @property({ type: Boolean, attribute: 'no-close' }) noClose = false;

  private close(): void {
    this.dispatchEvent(new AiwDetailCloseEvent());
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const t = strings(this.lang);
    return html`
      <article aria-labelledby="title">
        ${this.noClose
          ? nothing
          : html`<button class="close" part="close" type="button" @click=${this.close} aria-label=${t.close} title=${t.close}>×</button>`}
        <p class="kind">${t.kind[item.kind]}</p>
        ${item.kind === 'event'
          ? this.renderEvent(item.record)
          : item.kind === 'quote'
            ? this.renderQuote(item.record)
            : item.kind === 'forecast'
              ? this.renderForecast(item.record, item.quote)
              : this.renderEra(item.record)}
        <slot name="actions"></slot>
      </article>
    `;
  }

  private renderEvent(ev: HistoryEvent) {
    const t = strings(this.lang);
    return html`
      <h2 id="title">${localize(ev.title, this.lang)}</h2>
      <p class="meta">${eventDateText(ev, this.lang)} · ${t.laneName(ev.lane)}</p>
      ${richText(localize(ev.summary, this.lang))}
      ${ev.media ? this.renderMedia(ev.media) : nothing}
      ${this.renderSources(ev.sources)}
    `;
  }

  /** A quote as it was said (and its translation), with who said it and when. */
  private renderQuoteFigure(q: Quote) {
    const t = strings(this.lang);
    const other = q.lang === 'en' ? 'zh' : 'en';
    const translation = q.translation && typeof q.translation === 'object' ? q.translation[other] : undefined;
    return html`<figure>
      <blockquote lang=${langTag(q.lang)}>${q.text}</blockquote>
      ${translation ? html`<p class="translation" lang=${langTag(other)}><span class="label">${t.translationLabel}</span>${translation}</p>` : nothing}
      <figcaption>
        — <strong>${localize(q.speaker, this.lang)}</strong>${q.speakerRole ? html`, ${localize(q.speakerRole, this.lang)}` : nothing},
        ${formatPartialDate(q.date, this.lang)}
      </figcaption>
    </figure>`;
  }

  private renderQuote(q: Quote) {
    const t = strings(this.lang);
    return html`
      <h2 id="title">${localize(q.speaker, this.lang)}</h2>
      ${this.renderQuoteFigure(q)}
      <p><span class="label">${t.context}:</span> ${localize(q.context, this.lang)}</p>
      <p class="badges">
        <span class="badge verification-${q.verification}">${t.verification[q.verification]}</span>
        <span class="badge">${t.stance[q.stance]}</span>
      </p>
      ${q.verificationNote ? html`<p class="note">${localize(q.verificationNote, this.lang)}</p>` : nothing}
      ${this.renderSources([q.source], t.source)}
    `;
  }

  /** The claim (our reading), the quote it reads (verbatim), the horizon, and the verdict with what settled it. */
  private renderForecast(f: Forecast, quote: Quote | undefined) {
    const t = strings(this.lang);
    const date = (d: string) => formatPartialDate(d, this.lang);
    return html`
      <h2 id="title">${localize(f.claim, this.lang)}</h2>
      <p class="meta">${t.forecastDates(date(f.madeOn), date(f.dueBy), f.horizon === 'stated')}</p>
      ${quote ? this.renderQuoteFigure(quote) : nothing}
      ${quote?.verification === 'unverified' ? html`<p class="note">${t.unverifiedForecast}</p>` : nothing}
      <p class="note">${localize(f.horizonNote, this.lang)}</p>
      <p class="badges">
        <span class="badge outcome-${f.outcome}">${t.outcome[f.outcome]}</span>${f.outcomeDate ? html` ${t.outcomeOn(date(f.outcomeDate))}` : nothing}
      </p>
      ${richText(localize(f.outcomeNote, this.lang))}
      ${f.outcomeSources.length ? this.renderSources(f.outcomeSources, t.settledBy) : nothing}
      ${quote ? this.renderSources([quote.source], t.source) : nothing}
    `;
  }

  private renderEra(era: Era) {
    const t = strings(this.lang);
    return html`
      <h2 id="title">${localize(era.title, this.lang)}</h2>
      <p class="meta">${formatDateRange(era.start, era.end, this.lang)} · ${t[era.kind]}</p>
      ${richText(localize(era.summary, this.lang))}
      ${era.contested ? html`<p class="note"><span class="label">${t.contestedNote}:</span> ${localize(era.contested, this.lang)}</p>` : nothing}
      ${this.renderSources(era.sources)}
    `;
  }

  /** An image with its caption and credit, or a captioned link (http(s) only: the loader keeps no other). */
  private renderMedia(media: Media) {
    const caption = localize(media.caption, this.lang);
    const credit = localize(media.credit, this.lang);
    const captionLine = caption || credit ? html`<figcaption>${caption}${credit ? html` <span class="credit">${credit}</span>` : nothing}</figcaption>` : nothing;
    if (media.kind === 'image') {
      return html`<figure class="media">
        <img src=${media.url} alt=${localize(media.alt, this.lang) || caption} loading="lazy" referrerpolicy="no-referrer" />${captionLine}
      </figure>`;
    }
    return html`<figure class="media">
      <a href=${media.url} target="_blank" rel="noopener noreferrer">${caption || media.url}</a>${credit ? html`<figcaption><span class="credit">${credit}</span></figcaption>` : nothing}
    </figure>`;
  }

  private renderSources(sources: Source[], heading = strings(this.lang).sources) {
    return html`
      <h3>${heading}</h3>
      <ul class="sources">
        ${sources.map((s) => html`<li>${sourceCitation(s, this.lang)}</li>`)}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-item-detail': AiwItemDetail;
  }
}
