import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { quoteStrings } from '../../i18n/quotes.ts';
import { comparisonText, MAX_COMPARE, quoteTextIn, readStoredComparison, sharedTerms, storedComparisonValue, termRanges, yearsApart } from '../../model/compare.ts';
import { comparePartialDates, formatPartialDate } from '../../model/dates.ts';
import { eraAt } from '../../model/eras.ts';
import { langTag, localize } from '../../model/text.ts';
import type { Dataset, Lang, Quote } from '../../model/schema.ts';
import { AiwCompareChangeEvent } from '../../events/compare-change.ts';
import { DatasetIndex } from '../../model/dataset-index.ts';
import { forecastVerdicts } from '../shared/forecast-verdicts.ts';
import { marked } from '../shared/marked.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { styles } from './aiw-quote-compare.styles.ts';

type Control = 'left' | 'right' | 'remove';

/**
 * Two to four quotes side by side (stacked when narrow): speaker, role, date, era colour,
 * context and source, the years between neighbours, and the words they share marked in
 * every column. The user removes, reorders (buttons, or Alt + arrows), clears and copies
 * the comparison with its citations.
 *
 * @summary Side-by-side comparison of quotes ("history rhymes").
 * @attr lang - "en" or "zh".
 * @attr storage-key - when set, the comparison is saved in localStorage under this key and
 *   restored (through `aiw-compare-change`) when the element first gets data and no ids.
 * @fires aiw-compare-change - the user removed, moved or cleared quotes (also on a restore).
 * @csspart column - one quote's column.
 */
@customElement('aiw-quote-compare')
export class AiwQuoteCompare extends LitElement {
  static override styles = styles;

  private shown: Quote[] = [];
  private unknown: string[] = [];
  private refused: string[] = [];
  private terms: Record<Lang, string[]> = { en: [], zh: [] };
  private restored = false;
  private pendingFocus: { id: string; control: Control } | 'heading' | null = null;

  @state() private status = '';
  @state() private fallbackText = '';
  @state() private storageWarning = '';

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  /** The quotes to compare, in order. */
  @property({ attribute: false }) ids: string[] = [];
  @property({ attribute: 'storage-key' }) storageKey = '';

  protected override willUpdate(changed: PropertyValues): void {
    // Restoring here (not in updated()) lets the owner's answer to the event land in this update.
    const restoring = Boolean(this.storageKey && this.data && !this.restored);
    if (restoring) {
      this.restored = true;
      if (this.ids.length === 0) this.restore();
    }
    if (!changed.has('data') && !changed.has('ids')) return;
    const byId = new Map((this.data?.quotes ?? []).map((q) => [q.id, q]));
    const ids = [...new Set(Array.isArray(this.ids) ? this.ids : [])];
    const known = ids.flatMap((id) => byId.get(id) ?? []);
    this.unknown = this.data ? ids.filter((id) => !byId.has(id)) : [];
    this.shown = known.slice(0, MAX_COMPARE);
    this.refused = known.slice(MAX_COMPARE).map((q) => q.id);
    const texts = (lang: Lang) => this.shown.map((q) => quoteTextIn(q, lang) ?? '');
    this.terms = { en: sharedTerms(texts('en')), zh: sharedTerms(texts('zh')) };
    if (this.storageKey && this.data && (changed.has('ids') || restoring)) this.save();
  }

  protected override updated(): void {
    // Set through the CSSOM: a style attribute would be refused by a strict Content-Security-Policy.
    const columns = this.renderRoot.querySelector<HTMLElement>('ol.columns');
    columns?.style.setProperty('--columns', columns.dataset.columns ?? '1');
    const focus = this.pendingFocus;
    this.pendingFocus = null;
    if (focus === 'heading') this.renderRoot.querySelector<HTMLElement>('h2')?.focus();
    else if (focus) {
      const column = this.renderRoot.querySelector(`[data-id="${CSS.escape(focus.id)}"]`);
      const wanted = column?.querySelector<HTMLButtonElement>(`[data-control="${focus.control}"]`);
      (wanted && !wanted.disabled ? wanted : column?.querySelector<HTMLButtonElement>('button:not(:disabled)'))?.focus();
    }
  }

  private restore(): void {
    let raw: string | null = null;
    try {
      raw = localStorage.getItem(this.storageKey);
    } catch {
      this.storageWarning = quoteStrings(this.lang).storageFailed;
      return;
    }
    const { ids, warning } = readStoredComparison(raw, new Set(this.data!.quotes.map((q) => q.id)), this.lang);
    if (warning) this.storageWarning = warning;
    if (ids.length) this.dispatchEvent(new AiwCompareChangeEvent(ids));
  }

  private save(ids = this.shown.map((q) => q.id)): void {
    try {
      localStorage.setItem(this.storageKey, storedComparisonValue(ids));
    } catch {
      this.storageWarning = quoteStrings(this.lang).storageFailed;
    }
  }

  private change(ids: string[]): void {
    this.fallbackText = '';
    this.dispatchEvent(new AiwCompareChangeEvent(ids));
  }

  private move(id: string, step: -1 | 1, control: Control): void {
    const ids = this.shown.map((q) => q.id);
    const from = ids.indexOf(id);
    const to = from + step;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    this.pendingFocus = { id, control };
    this.status = quoteStrings(this.lang).moved(this.speaker(this.shown[from]), to + 1, ids.length);
    this.change(ids);
  }

  private removeQuote(id: string): void {
    const ids = this.shown.map((q) => q.id);
    const at = ids.indexOf(id);
    const next = ids.filter((x) => x !== id);
    this.pendingFocus = next.length ? { id: next[Math.min(at, next.length - 1)], control: 'remove' } : 'heading';
    this.status = quoteStrings(this.lang).removed(this.speaker(this.shown[at]));
    this.change(next);
  }

  private onKeydown(e: KeyboardEvent, id: string): void {
    if (!e.altKey) return;
    const step = e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : 0;
    if (!step) return;
    e.preventDefault();
    const control = ((e.target as HTMLElement).dataset?.control as Control | undefined) ?? (step < 0 ? 'left' : 'right');
    this.move(id, step, control);
  }

  private async copy(): Promise<void> {
    const t = quoteStrings(this.lang);
    const text = comparisonText(this.shown, this.lang, t);
    try {
      await navigator.clipboard.writeText(text);
      this.fallbackText = '';
      this.status = t.copied;
    } catch {
      this.fallbackText = text;
      this.status = t.copyFailed;
    }
  }

  private speaker(q: Quote): string {
    return localize(q.speaker, this.lang);
  }

  override render() {
    const t = quoteStrings(this.lang);
    const n = this.shown.length;
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading" tabindex="-1">${t.compareHeading}</h2>
        ${this.renderNotices()}
        ${n === 0 ? html`<p class="hint">${t.compareEmpty}</p>` : nothing}
        ${n === 1 ? html`<p class="hint">${t.compareOne}</p>` : nothing}
        ${this.terms.en.length || this.terms.zh.length
          ? html`<p class="shared"><span class="label">${t.shared}:</span> ${[...this.terms.en, ...this.terms.zh].map((w) => html`<mark>${w}</mark> `)}</p>`
          : nothing}
        ${n ? html`<p class="help" id="reorder-help">${t.reorderHelp}</p>` : nothing}
        <ol class="columns" data-columns=${Math.max(n, 1)}>
          ${repeat(this.shown, (q) => q.id, (q, i) => this.renderColumn(q, i))}
        </ol>
        ${n
          ? html`<div class="toolbar">
              <button type="button" class="copy" @click=${this.copy}>${t.copy}</button>
              <button type="button" class="clear" @click=${() => ((this.pendingFocus = 'heading'), this.change([]))}>${t.clear}</button>
            </div>`
          : nothing}
        ${this.fallbackText ? html`<textarea class="fallback" readonly rows="8" aria-label=${t.copy} .value=${this.fallbackText}></textarea>` : nothing}
        <p class="visually-hidden" role="status">${this.status}</p>
      </section>
    `;
  }

  private renderNotices() {
    const t = quoteStrings(this.lang);
    const notices = [
      this.unknown.length ? t.unknownIds(this.unknown) : '',
      this.refused.length ? t.tooMany(MAX_COMPARE, this.refused) : '',
      this.storageWarning,
    ].filter(Boolean);
    return notices.length ? html`<div class="notices" role="status">${notices.map((m) => html`<p class="notice">${m}</p>`)}</div>` : nothing;
  }

  private renderColumn(q: Quote, i: number) {
    const t = quoteStrings(this.lang);
    const speaker = this.speaker(q);
    const other: Lang = q.lang === 'en' ? 'zh' : 'en';
    const translation = quoteTextIn(q, other);
    const era = this.data ? eraAt(this.data.eras, q.date) : undefined;
    const prev = this.shown[i - 1];
    const apart = prev ? yearsApart(prev.date, q.date) : Number.NaN;
    const gap = Number.isNaN(apart) ? '' : apart === 0 ? t.sameYear : comparePartialDates(q.date, prev.date) < 0 ? t.yearsBefore(apart) : t.yearsAfter(apart);
    const last = i === this.shown.length - 1;
    return html`<li part="column" class="column" data-id=${q.id} @keydown=${(e: KeyboardEvent) => this.onKeydown(e, q.id)}>
      <p class="band era-${era?.kind ?? 'none'}">${era ? localize(era.title, this.lang) : '—'}</p>
      ${gap ? html`<p class="gap">↔ ${gap}</p>` : nothing}
      <figure>
        <blockquote lang=${langTag(q.lang)}>${marked(q.text, termRanges(q.text, this.terms[q.lang]))}</blockquote>
        ${translation ? html`<p class="translation" lang=${langTag(other)}>${marked(translation, termRanges(translation, this.terms[other]))}</p>` : nothing}
        <figcaption>
          <strong>${speaker}</strong>
          ${q.speakerRole ? html`<span class="role">${localize(q.speakerRole, this.lang)}</span>` : nothing}
          <time datetime=${q.date}>${formatPartialDate(q.date, this.lang)}</time>
        </figcaption>
      </figure>
      <p class="context"><span class="label">${t.context}:</span> ${localize(q.context, this.lang)}</p>
      ${this.data ? forecastVerdicts(DatasetIndex.of(this.data).forecastsOf(q.id), this.lang) : nothing}
      <p class="source"><span class="label">${t.source}:</span> ${sourceCitation(q.source, this.lang)}</p>
      <div class="controls" role="group" aria-label=${t.quoteN(i + 1, speaker)} aria-describedby="reorder-help">
        <button type="button" data-control="left" aria-label=${t.moveLeft(speaker)} title=${t.moveLeft(speaker)} ?disabled=${i === 0}
          @click=${() => this.move(q.id, -1, 'left')}>←</button>
        <button type="button" data-control="right" aria-label=${t.moveRight(speaker)} title=${t.moveRight(speaker)} ?disabled=${last}
          @click=${() => this.move(q.id, 1, 'right')}>→</button>
        <button type="button" data-control="remove" aria-label=${t.remove(speaker)} title=${t.remove(speaker)} @click=${() => this.removeQuote(q.id)}>×</button>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-quote-compare': AiwQuoteCompare;
  }
}
