import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../components/aiw-era-strip/aiw-era-strip.ts';
import '../components/aiw-item-detail/aiw-item-detail.ts';
import { AiwTimeline } from '../components/aiw-timeline/aiw-timeline.ts';
import type { AiwChartChangeEvent } from '../events/chart-change.ts';
import type { AiwEraChooseEvent } from '../events/era-choose.ts';
import type { AiwMatchesEvent } from '../events/matches.ts';
import type { AiwRangeChangeEvent } from '../events/range-change.ts';
import type { AiwSelectEvent } from '../events/select.ts';
import { appStrings } from '../i18n/app.ts';
import { MAX_COMPARE } from '../model/compare.ts';
import { DatasetIndex } from '../model/dataset-index.ts';
import { fetchDataset } from '../model/fetch-dataset.ts';
import type { DatasetIssue } from '../model/dataset-issues.ts';
import type { Dataset, Lang } from '../model/schema.ts';
import { boundText, initialState, isMeaningfulChange, parseUrlState, preferredLang, toQueryString, type ExplorerState, type Panel } from '../model/url-state.ts';
import { styles } from './aiw-explorer.styles.ts';
import { saveComparison, savedComparison } from './saved-comparison.ts';
import { renderPanels, type PanelsHost } from './explorer-panels.ts';
import { TourGuide } from './explorer-tours.ts';
import { showLanguage } from './show-language.ts';
import { renderHandout } from './tour-handout.ts';
import { tourStrings } from '../i18n/tour.ts';

/** Where embed snippets point: set VITE_EMBED_BASE at build time to the deployed site (default: relative). */
const EMBED_BASE: string = import.meta.env.VITE_EMBED_BASE ?? './';

/**
 * The explorer page and the one owner of its state: dataset, language, window, era,
 * selection, search and comparison. Components get properties and report what the user did;
 * every change is written to the URL (pushState for selections, replaceState for panning).
 *
 * @summary The AI Winter Timeline Explorer page.
 */
@customElement('aiw-explorer')
export class AiwExplorer extends LitElement implements PanelsHost {
  static override styles = styles;

  @state() data: Dataset | null = null;
  /** The page's own language (the Chinese page at /zh/ says zh), else the reader's browser's. */
  @state() state: ExplorerState = initialState(document.documentElement.dataset.aiwLang === 'zh' ? 'zh' : preferredLang(navigator.languages));
  @state() private errors: DatasetIssue[] = [];
  @state() private loading = true;
  @state() notices: string[] = [];
  @state() status = '';
  @state() private embedOpen = false;
  /** What the timeline's search found (for the era strip's counts); null while no search is on. */
  @state() private found: readonly string[] | null = null;
  index: DatasetIndex | null = null;
  /** The guided tours and where the reader is in one (explorer-tours.ts). */
  readonly tours = new TourGuide(this);

  private readonly onPopState = () => this.restoreFromUrl();

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    showLanguage(this.state.lang);
    void this.load();
    AiwTimeline.prepare(this.state.lang);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
  }

  private async load(): Promise<void> {
    this.loading = true;
    // The tours are fetched alongside the dataset and checked against it before the page shows.
    const tours = this.tours.fetch(new URL(`${import.meta.env.BASE_URL}tours.json`, location.href).href);
    const result = await fetchDataset(new URL(`${import.meta.env.BASE_URL}dataset.json`, location.href).href, { builtIn: true });
    const data = result.dataset && result.dataset.events.length ? result.dataset : null;
    if (data) this.tours.use(await tours, DatasetIndex.of(data));
    this.loading = false;
    this.errors = result.errors;
    this.data = data;
    if (!this.data) return;
    this.index = DatasetIndex.of(this.data);
    this.restoreFromUrl(true);
  }

  /** Applies the URL (on load and on Back/Forward); what it cannot use becomes a notice. */
  private restoreFromUrl(first = false): void {
    if (!this.index) return;
    const parsed = parseUrlState(location.search, this.index, this.state.lang);
    // A tour step in the URL (tour=…&step=…) applies its view over the rest.
    const { state, problems } = this.tours.restore(location.search, parsed.state);
    problems.unshift(...parsed.problems);
    if (first && !state.compare.length) state.compare = savedComparison(new Set(this.data!.quotes.map((q) => q.id)), state.lang);
    this.notices = problems;
    this.state = state;
    showLanguage(state.lang);
    if (first) history.replaceState(null, '', toQueryString(state) + this.tours.query());
  }

  /** The one way state changes: new state, URL, storage. The timeline follows through its bound properties. */
  change(patch: Partial<ExplorerState>, push = false): void {
    const next = { ...this.state, ...patch };
    push ||= isMeaningfulChange(this.state, next);
    if (patch.compare) saveComparison(next.compare);
    this.state = next;
    const url = toQueryString(next) + this.tours.query();
    if (url !== location.search) (push ? history.pushState : history.replaceState).call(history, null, '', url);
    if (patch.lang) showLanguage(patch.lang);
  }

  /** An era chosen in the strip or the panel: the timeline shows it whole. */
  chooseEra(id: string): void {
    this.change({ era: id, window: null, panel: 'eras' });
  }

  /** An item chosen outside the timeline (an era's key events, the search): the timeline brings it into view; an era is shown whole. */
  chooseItem(id: string | null): void {
    if (id && this.index?.kindOf(id) === 'era') this.change({ era: id, window: null });
    else this.change({ item: id });
  }

  addToCompare(id: string): void {
    if (this.state.compare.includes(id)) return;
    if (this.state.compare.length >= MAX_COMPARE) {
      this.status = appStrings(this.state.lang).compareFull;
      return;
    }
    this.change({ compare: [...this.state.compare, id] });
  }

  setPanel(panel: Panel): void {
    this.change({ panel });
  }

  private toggleEmbed(): void {
    this.embedOpen = !this.embedOpen;
    if (this.embedOpen) import('../components/aiw-embed-code/aiw-embed-code.ts').catch((e) => console.error('aiw-explorer: embed panel', e));
  }

  /** The reader picked in the timeline: an era is shown whole (as if chosen in the strip), an item selected. */
  private readonly onSelect = (e: AiwSelectEvent) => {
    const { id, kind } = e.detail;
    if (kind === 'era') this.change({ era: id, window: null });
    else {
      this.change({ item: id });
      if (id) void this.updateComplete.then(() => this.renderRoot.querySelector('aiw-item-detail')?.updateComplete).then(() => this.revealDetail());
    }
  };

  /** The detail opens under the timeline, often below the screen: bring it up far enough to read. */
  private revealDetail(): void {
    const detail = this.renderRoot.querySelector<HTMLElement>('section.detail');
    const box = detail?.getBoundingClientRect();
    if (!detail || !box || (box.top < innerHeight - 120 && box.bottom > 0)) return;
    detail.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
  }

  private async copyLink(): Promise<void> {
    const t = appStrings(this.state.lang);
    try {
      await navigator.clipboard.writeText(location.href);
      this.status = t.linkCopied;
    } catch {
      this.status = t.copyFailed;
    }
  }

  override render() {
    const t = appStrings(this.state.lang);
    const lang = this.state.lang;
    return html`
      <main>
      <div class="bar">
        ${this.data ? this.tours.renderOpening() : nothing}
        <div class="actions" role="group" aria-label=${t.language}>
          ${(['en', 'zh'] as Lang[]).map(
            (l) => html`<button type="button" lang=${l === 'zh' ? 'zh-Hans' : 'en'} aria-pressed=${l === lang ? 'true' : 'false'}
              @click=${() => this.change({ lang: l })}>${l === 'en' ? 'English' : '中文'}</button>`,
          )}
          <button type="button" @click=${this.copyLink}>${t.copyLink}</button>
          <button type="button" aria-expanded=${this.embedOpen ? 'true' : 'false'} aria-controls="embed" @click=${this.toggleEmbed}>${t.embed}</button>
        </div>
      </div>
      ${this.embedOpen
        ? html`<section id="embed" class="embed" aria-label=${t.embed}>
            ${this.tours.place ? html`<p class="embed-note">${tourStrings(lang).embedNote}</p>` : nothing}
            <aiw-embed-code base=${EMBED_BASE} lang=${lang} era=${this.state.era ?? ''}
              from=${this.state.window ? boundText(this.state.window.from, 'start') : ''} to=${this.state.window ? boundText(this.state.window.to, 'end') : ''}
              selected=${this.state.item ?? ''} query=${this.state.panel === 'search' ? this.state.q : ''} forecasts></aiw-embed-code>
          </section>`
        : nothing}
      <p class="status" role="status">${this.status}</p>
      ${this.notices.length
        ? html`<div class="notice" role="alert">
            <p>${t.urlProblems}</p>
            <ul>${this.notices.map((n) => html`<li>${n}</li>`)}</ul>
            <button type="button" @click=${() => (this.notices = [])}>${t.dismiss}</button>
          </div>`
        : nothing}
      ${this.loading ? html`<p class="loading" role="status">${t.loading}</p>` : nothing}
      ${!this.loading && !this.data
        ? html`<div class="error" role="alert">
            <p>${t.loadFailed}</p>
            <ul>${this.errors.slice(0, 10).map((e) => html`<li>${e.message}</li>`)}</ul>
            <button type="button" @click=${() => this.load()}>${t.retry}</button>
          </div>`
        : nothing}
      ${this.data ? this.renderExplorer() : nothing}
      </main>
    `;
  }

  private renderExplorer() {
    const lang = this.state.lang;
    return html`
      ${this.tours.renderBar()}
      <aiw-era-strip .data=${this.data} lang=${lang} .current=${this.state.era} .matchIds=${this.found} ?compact=${!!this.tours.place}
        @aiw-era-choose=${(e: AiwEraChooseEvent) => this.chooseEra(e.detail.id)}></aiw-era-strip>
      <aiw-timeline
        .data=${this.data}
        lang=${lang}
        no-detail
        lazy
        forecasts
        chart=${this.state.chart}
        @aiw-chart-change=${(e: AiwChartChangeEvent) => this.change({ chart: e.detail.id })}
        .era=${this.state.era ?? ''}
        .from=${this.state.window?.from ?? null}
        .to=${this.state.window?.to ?? null}
        .selected=${this.state.item ?? ''}
        .query=${this.state.panel === 'search' ? this.state.q : ''}
        .queryFilters=${this.state.filters}
        @aiw-matches=${(e: AiwMatchesEvent) => (this.found = e.detail.query ? e.detail.ids : null)}
        @aiw-select=${this.onSelect}
        @aiw-range-change=${(e: AiwRangeChangeEvent) => this.change({ window: e.detail })}
      ></aiw-timeline>
      ${renderPanels(this)}
      ${this.tours.place && this.index ? renderHandout(this.tours.place.tour, this.index, lang) : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-explorer': AiwExplorer;
  }
}
