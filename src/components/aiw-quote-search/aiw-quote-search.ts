import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { quoteStrings } from '../../i18n/quotes.ts';
import { strings } from '../../i18n/strings.ts';
import { MAX_COMPARE } from '../../model/compare.ts';
import { formatPartialDate } from '../../model/dates.ts';
import { eraAt } from '../../model/eras.ts';
import { langTag, localize } from '../../model/text.ts';
import { localizedField } from '../../model/quote-fields.ts';
import type { QuoteFilters } from '../../model/quote-filters.ts';
import { QuoteIndex, type QuoteHit } from '../../model/quote-search.ts';
import type { Dataset, Era, Lang } from '../../model/schema.ts';
import { LANGS, STANCES, VERIFICATIONS } from '../../model/vocabulary.ts';
import { AiwCompareAddEvent } from '../../events/compare-add.ts';
import { AiwSearchChangeEvent } from '../../events/search-change.ts';
import { AiwShowOnTimelineEvent } from '../../events/show-on-timeline.ts';
import { DatasetIndex } from '../../model/dataset-index.ts';
import { forecastVerdicts } from '../shared/forecast-verdicts.ts';
import { marked } from '../shared/marked.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { styles } from './aiw-quote-search.styles.ts';

const DEBOUNCE_MS = 150;
const PAGE = 30;
type FilterKey = keyof QuoteFilters;

/**
 * Search box over every quote (text, translation, speaker, role, context, tags, source),
 * with filters, results ranked by relevance then date and the matched words marked.
 * Results follow what is typed at once; the owner hears of it through `aiw-search-change`.
 *
 * @summary Fuzzy, bilingual quote search.
 * @attr lang - "en" or "zh".
 * @attr query - the search text (the owner's; what the user types starts from it).
 * @fires aiw-search-change - the user edited the query (debounced) or a filter.
 * @fires aiw-show-on-timeline - the user asked to see a quote on the timeline.
 * @fires aiw-compare-add - the user asked to add a quote to the comparison.
 * @csspart input - the search box.
 * @csspart result - one result.
 */
@customElement('aiw-quote-search')
export class AiwQuoteSearch extends LitElement {
  static override styles = styles;

  private index: QuoteIndex | null = null;
  private eraOf = new Map<string, Era>();
  private hits: QuoteHit[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** What is being typed and picked, until the owner sets `query` / `filters`. */
  @state() private draft = '';
  @state() private draftFilters: QuoteFilters = {};
  @state() private limit = PAGE;

  /** The dataset (not `dataset`: that is HTMLElement's data-* map). */
  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  @property() query = '';
  @property({ attribute: false }) filters: QuoteFilters = {};
  /** The quotes in the comparison, shown as such. */
  @property({ attribute: false }) compareIds: string[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data')) {
      this.index = this.data ? new QuoteIndex(this.data.quotes, this.data.eras, this.data.forecasts) : null;
      this.eraOf = new Map();
      for (const q of this.data?.quotes ?? []) {
        const era = eraAt(this.data!.eras, q.date);
        if (era) this.eraOf.set(q.id, era);
      }
    }
    if (changed.has('query')) this.draft = this.query ?? '';
    if (changed.has('filters')) this.draftFilters = { ...(this.filters ?? {}) };
    if (changed.has('draft') || changed.has('draftFilters')) this.limit = PAGE;
    if (['data', 'draft', 'draftFilters', 'lang'].some((k) => changed.has(k))) {
      this.hits = this.index ? this.index.search(this.draft, this.draftFilters, this.lang) : [];
    }
  }

  private onInput(e: InputEvent): void {
    this.draft = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.report(), DEBOUNCE_MS);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Enter') this.report();
  }

  private setFilter(key: FilterKey, value: string | number | undefined): void {
    const next: QuoteFilters = { ...this.draftFilters };
    if (value === undefined || value === '' || Number.isNaN(value)) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
    this.draftFilters = next;
    this.report();
  }

  private clearFilters(): void {
    this.draftFilters = {};
    this.report();
  }

  private report(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dispatchEvent(new AiwSearchChangeEvent(this.draft, { ...this.draftFilters }));
  }

  override render() {
    const t = quoteStrings(this.lang);
    const f = this.draftFilters;
    const shown = this.hits.slice(0, this.limit);
    return html`
      <section role="search" aria-label=${t.searchLabel}>
        <label class="query">
          <span>${t.searchLabel}</span>
          <input part="input" type="search" .value=${this.draft} placeholder=${t.searchPlaceholder} maxlength="10000" autocomplete="off"
            @input=${this.onInput} @keydown=${this.onKeydown} />
        </label>
        <fieldset class="filters">
          <legend>${t.filters}</legend>
          ${this.select('era', t.era, t.anyEra, (this.data?.eras ?? []).map((e) => [e.id, localize(e.title, this.lang)]))}
          ${this.select('stance', t.stance, t.anyStance, STANCES.map((s) => [s, strings(this.lang).stance[s]]))}
          ${this.select('speaker', t.speaker, t.anySpeaker, (this.index?.speakers(this.lang) ?? []).map((s) => [s.value, s.label]))}
          ${this.year('from', t.fromYear)} ${this.year('to', t.toYear)}
          ${this.select('verification', t.verification, t.anyVerification, VERIFICATIONS.map((v) => [v, strings(this.lang).verification[v]]))}
          ${this.select('lang', t.language, t.anyLanguage, LANGS.map((l) => [l, t.langName[l]]))}
          ${Object.keys(f).length ? html`<button type="button" class="clear" @click=${this.clearFilters}>${t.clearFilters}</button>` : nothing}
        </fieldset>
        <p class="count" role="status">${t.count(this.hits.length)}</p>
        ${this.hits.length === 0 ? this.renderEmpty() : nothing}
        <ol class="results" aria-label=${t.results}>
          ${shown.map((h) => this.renderHit(h))}
        </ol>
        ${this.hits.length > shown.length
          ? html`<button type="button" class="more" @click=${() => (this.limit += PAGE)}>${t.showMore(Math.min(PAGE, this.hits.length - shown.length))}</button>`
          : nothing}
      </section>
    `;
  }

  private select(key: FilterKey, label: string, any: string, options: Array<[string, string]>) {
    const value = String(this.draftFilters[key] ?? '');
    return html`<label><span>${label}</span>
      <select .value=${value} @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${value === ''}>${any}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></label>`;
  }

  private year(key: 'from' | 'to', label: string) {
    const read = (e: Event) => {
      const raw = (e.target as HTMLInputElement).value.trim();
      this.setFilter(key, /^\d{1,4}$/.test(raw) ? Number(raw) : undefined);
    };
    return html`<label class="year"><span>${label}</span>
      <input type="number" inputmode="numeric" min="1900" max="2100" step="1" .value=${String(this.draftFilters[key] ?? '')} @change=${read} /></label>`;
  }

  private renderEmpty() {
    const t = quoteStrings(this.lang);
    const active = Object.keys(this.draftFilters) as FilterKey[];
    if (!active.length) return html`<p class="empty">${t.emptyQuery(this.draft.trim().slice(0, 80))}</p>`;
    const names: Record<FilterKey, string> = { era: t.era, stance: t.stance, speaker: t.speaker, from: t.fromYear, to: t.toYear, verification: t.verification, lang: t.language };
    return html`<div class="empty">
      <p>${t.emptyFiltered}</p>
      <ul>${active.map((k) => html`<li><button type="button" @click=${() => this.setFilter(k, undefined)}>${t.clearFilter(names[k])}</button></li>`)}</ul>
    </div>`;
  }

  private renderHit(hit: QuoteHit) {
    const t = quoteStrings(this.lang);
    const q = hit.quote;
    const ranges = (field: string) => hit.matches.find((m) => m.field === field)?.ranges ?? [];
    const other: Lang = q.lang === 'en' ? 'zh' : 'en';
    const translation = q.translation === undefined ? undefined : localizedField(q, 'translation', other);
    const speaker = localizedField(q, 'speaker', this.lang);
    const role = localizedField(q, 'speakerRole', this.lang);
    const context = localizedField(q, 'context', this.lang);
    const era = this.eraOf.get(q.id);
    const inCompare = this.compareIds.includes(q.id);
    const full = !inCompare && this.compareIds.length >= MAX_COMPARE;
    return html`<li part="result" data-id=${q.id}>
      <figure>
        <blockquote lang=${langTag(q.lang)}>${marked(q.text, ranges('text'))}</blockquote>
        ${translation?.text ? html`<p class="translation" lang=${langTag(other)}><span class="label">${t.translation}:</span> ${marked(translation.text, ranges(translation.field))}</p>` : nothing}
        <figcaption>— <strong>${marked(speaker.text, ranges(speaker.field))}</strong>${role.text ? html`, ${marked(role.text, ranges(role.field))}` : nothing}
          · <time datetime=${q.date}>${formatPartialDate(q.date, this.lang)}</time>${era ? html` · <span class="era era-${era.kind}">${localize(era.title, this.lang)}</span>` : nothing}
          <span class="badge verification-${q.verification}">${strings(this.lang).verification[q.verification]}</span></figcaption>
      </figure>
      ${ranges(context.field).length ? html`<p class="context"><span class="label">${strings(this.lang).context}:</span> ${marked(context.text, ranges(context.field))}</p>` : nothing}
      ${this.data ? forecastVerdicts(DatasetIndex.of(this.data).forecastsOf(q.id), this.lang) : nothing}
      <p class="source"><span class="label">${strings(this.lang).source}:</span> ${sourceCitation(q.source, this.lang)}</p>
      <div class="actions">
        <button type="button" @click=${() => this.dispatchEvent(new AiwShowOnTimelineEvent(q.id))}>${t.showOnTimeline}</button>
        <button type="button" class="add" ?disabled=${inCompare || full} @click=${() => this.dispatchEvent(new AiwCompareAddEvent(q.id))}>
          ${inCompare ? t.inComparison : full ? t.comparisonFull(MAX_COMPARE) : t.addToComparison}</button>
      </div>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-quote-search': AiwQuoteSearch;
  }
}
