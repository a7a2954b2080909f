import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { searchStrings } from '../../i18n/search.ts';
import { strings } from '../../i18n/strings.ts';
import { eraAt } from '../../model/eras.ts';
import { speakerKey } from '../../model/quote-fields.ts';
import { localize } from '../../model/text.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import type { SearchKind } from '../../model/search-kinds.ts';
import { SiteIndex, type SiteFilters, type SiteHit } from '../../model/site-search.ts';
import { LANGS, SEARCH_KINDS, STANCES, VERIFICATIONS } from '../../model/vocabulary.ts';
import { AiwCompareAddEvent } from '../../events/compare-add.ts';
import { AiwSearchChangeEvent } from '../../events/search-change.ts';
import { AiwShowOnTimelineEvent } from '../../events/show-on-timeline.ts';
import { renderHit, type HitContext } from './hits.ts';
import { styles } from './aiw-search.styles.ts';

const DEBOUNCE_MS = 150;
const PAGE = 10;
type FilterKey = Exclude<keyof SiteFilters, 'kinds'>;
const QUOTE_ONLY: readonly FilterKey[] = ['stance', 'speaker', 'verification', 'lang'];

/**
 * One search over everything: events, quotes, eras and forecasts (titles, words, translations,
 * speakers, summaries, tags, sources), fuzzy and in both languages, with a choice of kinds and
 * the quote filters. Results are grouped by kind, ranked by relevance then date, the matched
 * words marked. Results follow what is typed at once; the owner hears of it through
 * `aiw-search-change` (and shows the same search on the timeline).
 *
 * @summary Search over events, quotes, eras and forecasts.
 * @attr lang - "en" or "zh".
 * @attr query - the search text (the owner's; what the user types starts from it).
 * @fires aiw-search-change - the user edited the query (debounced) or a filter.
 * @fires aiw-show-on-timeline - the user asked to see a result on the timeline.
 * @fires aiw-compare-add - the user asked to add a quote to the comparison.
 * @csspart input - the search box.
 * @csspart result - one result.
 */
@customElement('aiw-search')
export class AiwSearch extends LitElement {
  static override styles = styles;

  private hits: SiteHit[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** What is being typed and picked, until the owner sets `query` / `filters`. */
  @state() private draft = '';
  @state() private draftFilters: SiteFilters = {};
  /** How many results each kind shows (more on asking). */
  @state() private limits: Partial<Record<SearchKind, number>> = {};

  /** The dataset (not `dataset`: that is HTMLElement's data-* map). */
  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  @property() query = '';
  @property({ attribute: false }) filters: SiteFilters = {};
  /** The quotes in the comparison, shown as such. */
  @property({ attribute: false }) compareIds: string[] = [];

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('query')) this.draft = this.query ?? '';
    if (changed.has('filters')) this.draftFilters = { ...(this.filters ?? {}) };
    if (changed.has('draft') || changed.has('draftFilters')) this.limits = {};
    if (['data', 'draft', 'draftFilters', 'lang'].some((k) => changed.has(k))) {
      this.hits = this.data ? SiteIndex.of(this.data).search(this.draft, this.draftFilters, this.lang) : [];
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

  private setFilter(key: keyof SiteFilters, value: unknown): void {
    const next: SiteFilters = { ...this.draftFilters };
    if (value === undefined || value === '' || Number.isNaN(value) || (Array.isArray(value) && !value.length)) delete next[key];
    else (next as Record<string, unknown>)[key] = value;
    this.draftFilters = next;
    this.report();
  }

  private toggleKind(kind: SearchKind, on: boolean): void {
    const kinds = new Set(this.draftFilters.kinds ?? []);
    if (on) kinds.add(kind);
    else kinds.delete(kind);
    this.setFilter('kinds', SEARCH_KINDS.filter((k) => kinds.has(k)));
  }

  private report(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.dispatchEvent(new AiwSearchChangeEvent(this.draft, { ...this.draftFilters }));
  }

  override render() {
    const t = searchStrings(this.lang);
    const f = this.draftFilters;
    const kinds = f.kinds ?? [];
    const groups = SEARCH_KINDS.map((kind) => ({ kind, hits: this.hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length);
    return html`
      <section role="search" aria-label=${t.searchLabel}>
        <label class="query">
          <span>${t.searchLabel}</span>
          <input part="input" type="search" .value=${this.draft} placeholder=${t.searchPlaceholder} maxlength="10000" autocomplete="off"
            @input=${this.onInput} @keydown=${this.onKeydown} />
        </label>
        <fieldset class="kinds">
          <legend>${t.kinds}</legend>
          ${SEARCH_KINDS.map((k) => html`<label><input type="checkbox" .checked=${kinds.includes(k)}
            @change=${(e: Event) => this.toggleKind(k, (e.target as HTMLInputElement).checked)} /> ${t.kindName[k]}</label>`)}
        </fieldset>
        ${this.renderFilters()}
        <p class="count" role="status">${t.count(this.hits.length)}</p>
        ${this.hits.length === 0 ? this.renderEmpty() : nothing}
        ${groups.map((g) => this.renderGroup(g.kind, g.hits))}
      </section>
    `;
  }

  private renderFilters() {
    const t = searchStrings(this.lang);
    const f = this.draftFilters;
    const set = Object.keys(f).filter((k) => k !== 'kinds');
    return html`<fieldset class="filters">
      <legend>${t.filters}</legend>
      ${this.select('era', t.era, t.anyEra, (this.data?.eras ?? []).map((e) => [e.id, localize(e.title, this.lang)]))}
      ${this.year('from', t.fromYear)} ${this.year('to', t.toYear)}
      ${this.select('stance', t.stance, t.anyStance, STANCES.map((s) => [s, strings(this.lang).stance[s]]))}
      ${this.select('speaker', t.speaker, t.anySpeaker, this.speakers())}
      ${this.select('verification', t.verification, t.anyVerification, VERIFICATIONS.map((v) => [v, strings(this.lang).verification[v]]))}
      ${this.select('lang', t.language, t.anyLanguage, LANGS.map((l) => [l, t.langName[l]]))}
      ${set.length ? html`<button type="button" class="clear" @click=${() => this.setFilters({ kinds: f.kinds })}>${t.clearFilters}</button>` : nothing}
      ${QUOTE_ONLY.some((k) => f[k] !== undefined) ? html`<p class="note">${t.quoteOnlyFilters}</p>` : nothing}
    </fieldset>`;
  }

  private setFilters(filters: SiteFilters): void {
    this.draftFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
    this.report();
  }

  private speakers(): Array<[string, string]> {
    const seen = new Map<string, string>();
    for (const q of this.data?.quotes ?? []) seen.set(speakerKey(q), localize(q.speaker, this.lang));
    return [...seen].sort((a, b) => a[1].localeCompare(b[1], this.lang));
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

  private renderGroup(kind: SearchKind, hits: SiteHit[]) {
    const t = searchStrings(this.lang);
    const limit = this.limits[kind] ?? PAGE;
    const context: HitContext = {
      lang: this.lang,
      data: this.data!,
      eraOf: (date) => eraAt(this.data!.eras, date),
      compareIds: this.compareIds,
      show: (id) => this.dispatchEvent(new AiwShowOnTimelineEvent(id)),
      addToCompare: (id) => this.dispatchEvent(new AiwCompareAddEvent(id)),
    };
    const heading = t.groupCount(t.kindName[kind], hits.length);
    return html`<section class="group" data-kind=${kind} aria-label=${heading}>
      <h2>${heading}</h2>
      <ol class="results">${hits.slice(0, limit).map((h) => renderHit(h, context))}</ol>
      ${hits.length > limit
        ? html`<button type="button" class="more" @click=${() => (this.limits = { ...this.limits, [kind]: limit + PAGE })}>${t.showMore(Math.min(PAGE, hits.length - limit))}</button>`
        : nothing}
    </section>`;
  }

  private renderEmpty() {
    const t = searchStrings(this.lang);
    const active = (Object.keys(this.draftFilters) as Array<keyof SiteFilters>).filter((k): k is FilterKey => k !== 'kinds');
    if (!active.length) return html`<p class="empty">${t.emptyQuery(this.draft.trim().slice(0, 80))}</p>`;
    const names: Record<FilterKey, string> = { era: t.era, stance: t.stance, speaker: t.speaker, from: t.fromYear, to: t.toYear, verification: t.verification, lang: t.language };
    return html`<div class="empty">
      <p>${t.emptyFiltered}</p>
      <ul>${active.map((k) => html`<li><button type="button" @click=${() => this.setFilter(k, undefined)}>${t.clearFilter(names[k])}</button></li>`)}</ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-search': AiwSearch;
  }
}
