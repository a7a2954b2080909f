import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { AiwErrorEvent, AiwLoadEvent, AiwRangeChangeEvent, AiwSelectEvent } from '../../events.ts';
import { strings } from '../../i18n/strings.ts';
import { fetchDataset } from '../../model/fetch-dataset.ts';
import { validateDocument, type DatasetIssue } from '../../model/load.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { TIMELINE_LANES, toTimelineEntries } from '../../model/timeline-entries.ts';
import { styles } from './aiw-timeline.styles.ts';
import { TimelineAdapter, type Range } from './vis-adapter.ts';

let defaultSrc: string | undefined;
/** Where the built-in dataset is fetched from when neither `src` nor `dataset` is given. */
export function setDefaultDatasetUrl(url: string): void {
  defaultSrc = url;
}

const ZOOM_STEP = 0.5;
const MAX_SHOWN_ERRORS = 8;

/**
 * A zoomable timeline of AI's booms and winters: eras as bands, events in lanes, quotes in
 * the Voices lane.
 *
 * @summary The AI winters timeline.
 * @attr src - URL of a dataset; without it, the built-in dataset.
 * @attr lang - "en" or "zh"; defaults to the nearest `lang` attribute, else "en".
 * @attr theme - "light" or "dark"; defaults to the reader's colour scheme.
 * @fires aiw-select - the user selected an item: `{ id, kind }`.
 * @fires aiw-range-change - the user moved or zoomed the window: `{ from, to }`.
 * @fires aiw-load - a dataset loaded: `{ eras, events, quotes }` (counts).
 * @fires aiw-error - something could not be used: `{ message }`.
 * @csspart toolbar - the zoom buttons.
 * @csspart canvas - the timeline drawing.
 * @csspart band-title - an era band's title.
 * @csspart error - the panel shown when the dataset cannot be used.
 * @cssprop --aiw-boom - colour of boom bands.
 * @cssprop --aiw-winter - colour of winter bands.
 */
export class AiwTimeline extends LitElement {
  static override styles = styles;
  // Declared without decorators: the public `dataset` property (a Dataset) shadows
  // HTMLElement's DOMStringMap, which TypeScript's decorator signatures cannot express.
  static override properties = {
    src: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    dataset: { attribute: false },
    loaded: { state: true },
    errors: { state: true },
    loading: { state: true },
  };

  src = '';
  override lang = '';
  theme: 'light' | 'dark' | '' = '';
  /** A Dataset object; overrides `src`. */
  // @ts-expect-error -- a Dataset here, not HTMLElement's DOMStringMap (see above)
  override dataset: Dataset | null = null;

  private loaded: Dataset | null = null;
  private errors: DatasetIssue[] = [];
  private loading = false;

  private adapter: TimelineAdapter | null = null;
  private loadToken = 0;
  private visible: Range | null = null;

  /** The window now shown. */
  get visibleRange(): Range | null {
    return this.adapter ? this.adapter.getWindow() : this.visible;
  }

  private get language(): Lang {
    const attr = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    return attr.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadToken++;
    this.adapter?.destroy();
    this.adapter = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.adapter) this.createAdapter();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('dataset') || (changed.has('src') && !this.dataset)) void this.load();
  }

  protected override firstUpdated(): void {
    this.createAdapter();
  }

  protected override updated(changed: PropertyValues): void {
    if (!this.adapter) return;
    if (changed.has('lang')) {
      this.adapter.setLang(this.language);
      this.adapter.setLanes(this.lanes());
    }
    if (changed.has('loaded') || changed.has('lang')) this.adapter.setEntries(this.loaded ? toTimelineEntries(this.loaded, this.language) : []);
  }

  private createAdapter(): void {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.adapter = new TimelineAdapter(
      this.renderRoot.querySelector<HTMLDivElement>('.canvas')!,
      {
        rangeChanged: (range, byUser) => {
          this.visible = range;
          if (byUser) this.dispatchEvent(new AiwRangeChangeEvent(range.from, range.to));
        },
        selected: (id) => this.dispatchEvent(new AiwSelectEvent(id, id ? this.kindOf(id) : null)),
        eraClicked: (id) => {
          this.focusEra(id);
          this.dispatchEvent(new AiwSelectEvent(id, 'era'));
        },
      },
      this.language,
      !reduced,
    );
    this.adapter.setLanes(this.lanes());
    if (this.loaded) this.adapter.setEntries(toTimelineEntries(this.loaded, this.language));
  }

  private lanes() {
    const t = strings(this.language);
    return [{ id: 'eras' as const, label: t.lanes.eras }, ...TIMELINE_LANES.map((id) => ({ id, label: t.lanes[id] }))];
  }

  private kindOf(id: string): 'event' | 'quote' | 'era' | null {
    const d = this.loaded;
    if (!d) return null;
    if (d.events.some((e) => e.id === id)) return 'event';
    if (d.quotes.some((q) => q.id === id)) return 'quote';
    return d.eras.some((e) => e.id === id) ? 'era' : null;
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loading = true;
    const result = this.dataset
      ? validateDocument(this.dataset, 'dataset property')
      : await fetchDataset(this.src || defaultSrc || new URL('dataset.json', document.baseURI).href);
    if (token !== this.loadToken) return;
    this.loading = false;
    this.errors = result.errors;
    this.loaded = result.ok ? result.dataset : null;
    if (result.ok && result.dataset) {
      const { eras, events, quotes } = result.dataset;
      this.dispatchEvent(new AiwLoadEvent(eras.length, events.length, quotes.length));
    } else {
      const message = result.errors[0]?.message ?? 'the dataset could not be used';
      console.warn(`<aiw-timeline>: ${message}`);
      this.dispatchEvent(new AiwErrorEvent(message));
    }
  }

  /** Zooms in around the centre of the window. */
  zoomIn(): void {
    this.adapter?.zoom(ZOOM_STEP);
  }

  /** Zooms out around the centre of the window. */
  zoomOut(): void {
    this.adapter?.zoom(1 / ZOOM_STEP);
  }

  /** Shows the whole span, 1955 to today. */
  fit(): void {
    this.adapter?.fit();
  }

  /** Shows one era, with a little of its neighbours. */
  focusEra(id: string): void {
    const era = this.loaded && toTimelineEntries({ ...this.loaded, events: [], quotes: [] }, this.language).find((e) => e.id === id);
    if (!era?.end || !this.adapter) return;
    const pad = (era.end.getTime() - era.start.getTime()) * 0.05;
    this.adapter.setWindow(new Date(era.start.getTime() - pad), new Date(era.end.getTime() + pad));
  }

  override render() {
    const t = strings(this.language);
    return html`
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${this.zoomIn} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
        <button type="button" @click=${this.zoomOut} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
        <button type="button" @click=${this.fit} aria-label=${t.fit} title=${t.fit}>⤢</button>
        ${this.loading ? html`<span class="status" role="status">${t.loading}</span>` : nothing}
      </div>
      ${this.errors.length && !this.loaded ? this.renderErrors() : nothing}
      <div class="canvas" part="canvas" role="region" aria-label=${t.timelineLabel}></div>
    `;
  }

  private renderErrors() {
    const t = strings(this.language);
    const shown = this.errors.slice(0, MAX_SHOWN_ERRORS);
    return html`<div class="error" part="error" role="alert">
      <strong>${t.loadFailed}</strong>
      <ul>${shown.map((e) => html`<li>${e.message}</li>`)}</ul>
      ${this.errors.length > shown.length ? html`<p>${t.moreErrors(this.errors.length - shown.length)}</p>` : nothing}
      <button type="button" @click=${() => this.load()}>${t.retry}</button>
    </div>`;
  }
}

customElements.define('aiw-timeline', AiwTimeline as unknown as CustomElementConstructor);

declare global {
  interface HTMLElementTagNameMap {
    'aiw-timeline': AiwTimeline;
  }
}
