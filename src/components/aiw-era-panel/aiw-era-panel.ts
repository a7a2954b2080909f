import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AiwEraChooseEvent } from '../../events/era-choose.ts';
import { AiwItemChooseEvent } from '../../events/item-choose.ts';
import { explorerStrings } from '../../i18n/explorer.ts';
import { endOf, formatPartialDate, startOf } from '../../model/dates.ts';
import { erasInOrder } from '../../model/eras.ts';
import { clip, firstSentence, langTag, localize } from '../../model/text.ts';
import type { Dataset, Era, HistoryEvent, Lang, Quote } from '../../model/schema.ts';
import { translationLine } from '../shared/translation-line.ts';
import { styles } from './aiw-era-panel.styles.ts';

/** How much of a quote (and of its translation) the panel shows; the detail has it all. */
const QUOTE_CHARS = 90;

const byDate = (a: string, b: string) => startOf(a).getTime() - startOf(b).getTime();

/** True when the date starts inside the era's span. */
export function isInEra(date: string, era: Era): boolean {
  const t = startOf(date).getTime();
  return startOf(era.start).getTime() <= t && t < endOf(era.end).getTime();
}

/**
 * The era's key events: of those dated inside it, the `limit` most important (earlier first
 * among equals), then told in date order.
 */
export function keyEvents(data: Dataset, era: Era, limit = 8): HistoryEvent[] {
  return data.events
    .filter((e) => isInEra(e.date, era))
    .sort((a, b) => b.importance - a.importance || byDate(a.date, b.date) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .sort((a, b) => byDate(a.date, b.date) || b.importance - a.importance || a.id.localeCompare(b.id));
}

/**
 * The era's voices: of the quotes dated inside it, the `limit` first when quotes in a curated
 * pair come first, then verified ones, then earlier ones; told in date order.
 */
export function eraQuotes(data: Dataset, era: Era, limit = 6): Quote[] {
  const paired = new Set(data.pairs.flatMap((p) => p.quotes));
  const rank = (q: Quote) => (paired.has(q.id) ? 0 : 2) + (q.verification === 'unverified' ? 1 : 0);
  return data.quotes
    .filter((q) => isInEra(q.date, era))
    .sort((a, b) => rank(a) - rank(b) || byDate(a.date, b.date) || a.id.localeCompare(b.id))
    .slice(0, limit)
    .sort((a, b) => byDate(a.date, b.date) || a.id.localeCompare(b.id));
}

/**
 * One era, to read: title, kind and years, summary, the historians' disagreement where there
 * is one, its key events and the voices of the time, and buttons to the previous and next era.
 * Read in order, the panels tell the boom-and-bust story. Prints as one clean column.
 *
 * @summary The chosen era, to read.
 * @attr lang - "en" or "zh".
 * @attr era-id - id of the era to show.
 * @fires aiw-era-choose - the user asked for the previous or next era: `{ id }`.
 * @fires aiw-item-choose - the user picked a key event or a quote: `{ id, kind }`.
 * @csspart panel - the article.
 * @csspart contested - the note on what historians dispute.
 * @csspart item - a key event's or a quote's button.
 * @csspart nav - the previous / next era buttons.
 */
@customElement('aiw-era-panel')
export class AiwEraPanel extends LitElement {
  static override styles = styles;

  private eras: Era[] = [];
  private focusTitle = false;

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  @property({ attribute: 'era-id' }) eraId: string | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.eras = erasInOrder(this.data);
  }

  override updated(changed: PropertyValues<this>): void {
    // After the user stepped to another era, start reading it from its title.
    if (changed.has('eraId') && this.focusTitle) {
      this.focusTitle = false;
      this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  private step(id: string): void {
    this.focusTitle = true;
    this.dispatchEvent(new AiwEraChooseEvent(id));
  }

  override render() {
    const t = explorerStrings(this.lang);
    const at = this.eras.findIndex((e) => e.id === this.eraId);
    const era = this.eras[at];
    if (!this.data || !era) return html`<p class="empty" part="panel">${this.data ? t.noEra : nothing}</p>`;
    const lang = this.lang;
    const events = keyEvents(this.data, era);
    const quotes = eraQuotes(this.data, era);
    const [prev, next] = [this.eras[at - 1], this.eras[at + 1]];
    const years = `${formatPartialDate(era.start, lang)} – ${formatPartialDate(era.end, lang)}`;
    return html`
      <article part="panel" aria-labelledby="title" class="kind-${era.kind}">
        <header>
          <p class="eyebrow"><span class="kind">${t.kind[era.kind]}</span> <span>${years}</span> <span class="position">${t.eraPosition(at + 1, this.eras.length)}</span></p>
          <h2 id="title" tabindex="-1">${localize(era.title, lang)}</h2>
        </header>
        <p class="summary">${localize(era.summary, lang)}</p>
        ${era.contested
          ? html`<aside class="contested" part="contested" aria-labelledby="contested-title">
              <h3 id="contested-title"><span aria-hidden="true">⚖</span> ${t.historiansDisagree}</h3>
              <p>${localize(era.contested, lang)}</p>
            </aside>`
          : nothing}
        <section aria-labelledby="events-title">
          <h3 id="events-title">${t.keyEvents}</h3>
          ${events.length
            ? html`<ol class="items">
                ${events.map(
                  (ev) => html`<li>
                    <button type="button" part="item" class="item" @click=${() => this.dispatchEvent(new AiwItemChooseEvent(ev.id, 'event'))}>
                      <span class="date">${formatPartialDate(ev.date, lang)}</span>
                      <span class="label">${localize(ev.title, lang)}</span>
                      ${ev.importance === 3 ? html`<span class="badge">${t.landmark}</span>` : nothing}
                    </button>
                    <p class="gist">${firstSentence(localize(ev.summary, lang))}</p>
                  </li>`,
                )}
              </ol>`
            : html`<p class="empty">${t.noEvents}</p>`}
        </section>
        <section aria-labelledby="quotes-title">
          <h3 id="quotes-title">${t.voices}</h3>
          ${quotes.length
            ? html`<ul class="items quotes">
                ${quotes.map(
                  (q) => html`<li>
                    <button type="button" part="item" class="item quote" @click=${() => this.dispatchEvent(new AiwItemChooseEvent(q.id, 'quote'))}>
                      <q lang=${langTag(q.lang)}>${clip(q.text, QUOTE_CHARS)}</q>
                      ${translationLine(q, lang, QUOTE_CHARS)}
                      <span class="who">— ${localize(q.speaker, lang)}${lang === 'zh' ? '，' : ', '}<span class="date">${formatPartialDate(q.date, lang)}</span></span>
                      ${q.verification === 'unverified' ? html`<span class="badge unverified">${t.unverified}</span>` : nothing}
                    </button>
                  </li>`,
                )}
              </ul>`
            : html`<p class="empty">${t.noQuotes}</p>`}
        </section>
        <nav part="nav" aria-label=${t.eraNavigation}>
          ${prev
            ? html`<button type="button" class="step prev" @click=${() => this.step(prev.id)}>
                <span class="dir"><span aria-hidden="true">← </span>${t.previousEra}</span>
                <span class="name">${localize(prev.title, lang)}</span>
              </button>`
            : html`<span></span>`}
          ${next
            ? html`<button type="button" class="step next" @click=${() => this.step(next.id)}>
                <span class="dir">${t.nextEra}<span aria-hidden="true"> →</span></span>
                <span class="name">${localize(next.title, lang)}</span>
              </button>`
            : nothing}
        </nav>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-era-panel': AiwEraPanel;
  }
}
