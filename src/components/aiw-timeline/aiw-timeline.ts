import { CSSResult, LitElement, html, nothing, type PropertyValues } from 'lit';
import { DatasetSource } from '../../controllers/dataset-source.ts';
import { KeyboardShortcuts } from '../../controllers/keyboard-shortcuts.ts';
import { MediaQueryController } from '../../controllers/media-query.ts';
import { WidthWatch } from '../../controllers/width-watch.ts';
import { AiwErrorEvent, AiwLoadEvent, AiwRangeChangeEvent, AiwSelectEvent } from '../../events.ts';
import { strings } from '../../i18n/strings.ts';
import { DatasetIndex, type ListedItem } from '../../model/dataset-index.ts';
import { dateFormat } from '../../model/dates.ts';
import { eraWindow, notAnEra, notAnItem, resolveView } from '../../model/initial-view.ts';
import type { DatasetIssue } from '../../model/dataset-issues.ts';
import type { LoadResult } from '../../model/load.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { localize } from '../../model/text.ts';
import { FULL_SPAN, lanesOf, TIMELINE_LANES, toTimelineEntries, type TimelineEntry } from '../../model/timeline-entries.ts';
import { clampWindow, clusterWindow, panWindow, planItems, revealWindow, zoomWindow, type PlannedItem } from '../../model/timeline-plan.ts';
import '../aiw-item-detail/aiw-item-detail.ts';
import '../aiw-item-list/aiw-item-list.ts';
import { styles } from './aiw-timeline.styles.ts';
import { errorPanel, noticePanel } from './load-panels.ts';
import { loadVis, loadVisOnFirstSign, visModule } from './load-vis.ts';
import { settleStill, stillDrawing } from './still-drawing.ts';
import type { Range, TimelineAdapter } from './vis-adapter.ts';

let defaultSrc: string | undefined;
/** Where the built-in dataset is fetched from when neither `src` nor `dataset` is given. */
export function setDefaultDatasetUrl(url: string): void {
  defaultSrc = url;
}

const ZOOM_STEP = 0.5;
/** Roughly the width of the lane titles (narrower under 720 px, see the styles), for the first plan made before the drawing is measured. */
const laneLabelPx = (width: number) => (width <= 720 ? 60 : 130);

/**
 * A zoomable timeline of AI's booms and winters: eras as coloured bands, events in four
 * lanes, quotes in the Voices lane. Beside the drawing, a keyboard list of the items in view
 * and the detail of the selected one.
 *
 * @summary The AI winters timeline.
 * @tagname aiw-timeline
 * @attr src - URL of a dataset (ours, or TimelineJS JSON); without it, the built-in dataset.
 * @attr lang - "en" or "zh"; defaults to the nearest `lang` attribute, else "en".
 * @attr era - id of the era to open on.
 * @attr from - start of the window to open on: a year ("1984") or a date ("1984-08").
 * @attr to - end of the window to open on.
 * @attr selected - id of the event or quote to select.
 * @attr theme - "light" or "dark"; defaults to the reader's colour scheme.
 * @attr no-detail - do not show the selected item's detail inside the widget.
 * @attr lazy - show a still drawing (items clickable, toolbar working) until the reader points
 *   at, touches or focuses the timeline; vis-timeline is loaded and built then. For pages where
 *   the first view must be light.
 * @fires aiw-select - the user selected an item: `{ id, kind }` (never for `select()` from code).
 * @fires aiw-range-change - the user moved or zoomed the window: `{ from, to }`, at the end of the gesture.
 * @fires aiw-load - a dataset loaded: `{ eras, events, quotes }` (counts).
 * @fires aiw-error - something could not be used: `{ message }`.
 * @csspart toolbar - the zoom and era buttons.
 * @csspart canvas - the timeline drawing.
 * @csspart band-title - an era's title.
 * @csspart list - the keyboard list of items in view.
 * @csspart detail - the selected item's detail.
 * @csspart error - the panel shown when the dataset cannot be used.
 * @csspart notice - the dismissible list of records that were skipped.
 * @cssprop --aiw-boom - colour of boom bands.
 * @cssprop --aiw-winter - colour of winter bands.
 * @cssprop --aiw-transition - colour of transition bands.
 * @cssprop --aiw-font - font family.
 * @cssprop --aiw-fg - text colour.
 * @cssprop --aiw-bg - background colour.
 * @cssprop --aiw-focus - focus and selection accent.
 * @cssprop --aiw-muted - secondary text colour.
 * @cssprop --aiw-surface - background of buttons and panels.
 * @cssprop --aiw-border - borders and grid lines.
 * @cssprop --aiw-radius - corner radius.
 * @cssprop --aiw-font-size - base font size.
 */
export class AiwTimeline extends LitElement {
  static override styles = styles;
  // Declared without decorators: the public `dataset` property (a Dataset) shadows
  // HTMLElement's DOMStringMap, which TypeScript's decorator signatures cannot express.
  static override properties = {
    src: { reflect: true },
    lang: { reflect: true },
    theme: { reflect: true },
    era: {},
    from: {},
    to: {},
    selected: {},
    noDetail: { type: Boolean, attribute: 'no-detail' },
    lazy: { type: Boolean },
    dataset: { attribute: false },
  };
  static {
    for (const name of ['loaded', 'errors', 'selectedId', 'range', 'noticeDismissed', 'live', 'visShown']) this.createProperty(name, { state: true });
  }

  src = '';
  override lang = '';
  theme: 'light' | 'dark' | '' = '';
  era = '';
  from = '';
  to = '';
  selected = '';
  noDetail = false;
  lazy = false;
  /** A Dataset object; overrides `src`. */
  // @ts-expect-error -- a Dataset here, not HTMLElement's DOMStringMap (see above)
  override dataset: Dataset | null = null;

  private loaded: Dataset | null = null;
  private errors: DatasetIssue[] = [];
  private noticeDismissed = false;
  private selectedId: string | null = null;
  private range: Range = { ...FULL_SPAN };
  private index: DatasetIndex | null = null;

  private adapter: TimelineAdapter | null = null;
  /** vis-timeline is wanted: at once, or (lazy) once the reader reaches for the drawing. */
  private live = false;
  /** Until vis-timeline is built: the still drawing's items, and the width they were planned for. */
  private entries: TimelineEntry[] = [];
  private stillItems: PlannedItem[] = [];
  private stillWidth = 0;
  /** vis-timeline's drawing is on screen (it is built hidden, under the still one). */
  private visShown = false;
  private stopWaiting: (() => void) | null = null;
  private revealPending = false;
  /** The new data came with a window to open on (else the drawing keeps the reader's). */
  private windowRequested = false;
  /** An era or selection asked for by code before the data arrived: used (or reported) once it has. */
  private early: { era?: string; selected?: string } = {};
  private readonly source = new DatasetSource(this, (result) => this.useResult(result));
  private readonly reported = new Set<string>();
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)', (reduce) =>
    this.adapter?.setAnimation(!reduce),
  );
  /** The still drawing places its boxes in pixels: place them again when the width changes. */
  protected readonly widthWatch = new WidthWatch(this, () => {
    if (this.showsStill) this.requestUpdate();
  });
  protected readonly keys = new KeyboardShortcuts(this, () => ({
    '+': () => this.userAction(() => this.zoomIn()),
    '=': () => this.userAction(() => this.zoomIn()),
    '-': () => this.userAction(() => this.zoomOut()),
    '[': () => this.userAction(() => this.stepEra(-1)),
    ']': () => this.userAction(() => this.stepEra(1)),
    Escape: () => (this.selectedId = null),
    ...(this.canvasFocused() ? { ArrowLeft: () => this.userAction(() => this.pan(-0.2)), ArrowRight: () => this.userAction(() => this.pan(0.2)) } : {}),
  }));

  /** The window now shown. */
  get visibleRange(): Range {
    return this.adapter ? this.adapter.getWindow() : { ...this.range };
  }

  private get language(): Lang {
    const attr = this.lang || this.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
    return attr.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.live ||= !this.lazy;
    // Not lazy: vis-timeline loads while the data does. Lazy: once the reader shows signs of life.
    if (this.live) loadVis().catch(() => {});
    else this.stopWaiting = loadVisOnFirstSign();
    if (!this.loaded) AiwTimeline.prepare(this.language);
    // Back in the page after a move: the same data, window and selection as before.
    if (this.hasUpdated && !this.adapter) this.createAdapter();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWaiting?.();
    this.adapter?.destroy();
    this.adapter = null;
    this.visShown = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('dataset') || (changed.has('src') && !this.dataset)) {
      const url = this.src || defaultSrc || new URL('dataset.json', document.baseURI).href;
      void this.source.load({ dataset: this.dataset, url, builtIn: !this.src });
    }
    if (changed.has('loaded')) {
      this.index = this.loaded ? DatasetIndex.of(this.loaded) : null;
      if (this.index) this.openOn(this.index);
    }
    if (changed.has('loaded') || changed.has('lang')) this.entries = this.loaded ? toTimelineEntries(this.loaded, this.language) : [];
    if (this.revealPending && this.selectedId && !this.adapter) this.revealInStill(this.selectedId);
    if (changed.has('loaded') || changed.has('range') || changed.has('lang')) {
      this.itemsInView = this.index ? this.index.itemsIn(this.range.from, this.range.to, this.language) : [];
    }
    if (this.showsStill) {
      this.stillWidth ||= Math.max(200, this.clientWidth - laneLabelPx(this.clientWidth));
      this.planStill();
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (this.showsStill) {
      // Labels depend on the drawing's width: plan again when it is not the one planned for.
      const width = settleStill(this.renderRoot.querySelector('.canvas')!);
      // (Not when it has no width: hidden, it is not seen, and the guess would come back each time.)
      if (width > 0 && Math.abs(width - this.stillWidth) > 24) {
        // Planned for a guessed width: draw again only if the measured one shows other items.
        this.stillWidth = width;
        if (this.planStill()) this.requestUpdate();
      }
    }
    if ((changed.has('loaded') || changed.has('live')) && !this.adapter) this.createAdapter();
    else if (changed.has('loaded') && this.adapter) {
      this.showData();
      if (this.windowRequested) this.adapter.setWindow(this.range.from, this.range.to);
      if (this.revealPending && this.selectedId) this.adapter.reveal(this.selectedId);
      this.revealPending = false;
    }
    const adapter = this.adapter;
    if (!adapter) return;
    if (changed.has('lang')) {
      adapter.setLang(this.language);
      if (!changed.has('loaded')) this.showData();
    }
    if (this.index && !changed.has('loaded') && (changed.has('era') || changed.has('from') || changed.has('to') || changed.has('selected'))) {
      this.applyView({
        era: changed.has('era') ? this.era : null,
        from: changed.has('from') || changed.has('to') ? this.from : null,
        to: changed.has('from') || changed.has('to') ? this.to : null,
        selected: changed.has('selected') ? this.selected : null,
      });
    }
    if (changed.has('selectedId')) adapter.setSelection(this.selectedId);
  }

  /**
   * New data: the window and selection asked for by attributes (or by code before it came)
   * apply to it; what cannot be used is reported. Runs before rendering, so the list, the
   * announcements and the drawing start from them.
   */
  private openOn(index: DatasetIndex): void {
    const { era = this.era, selected = this.selected } = this.early;
    this.early = {};
    const view = resolveView({ era, from: this.from, to: this.to, selected }, index);
    view.problems.forEach((p) => this.report(p));
    this.windowRequested = view.window !== undefined;
    if (view.window) this.range = view.window;
    if (view.selectedId) {
      this.selectedId = view.selectedId;
      this.revealPending = true;
    }
  }

  /** Puts the loaded data (or none) in the drawing, in place. */
  private showData(): void {
    this.adapter?.setLanes(this.lanes());
    this.adapter?.setEntries(this.entries);
  }

  /**
   * vis-timeline is built once there is data to draw and it is wanted (at once, or for `lazy`
   * when the reader reaches for it), on the window the still drawing shows; on coming back
   * into the page, it is built again.
   */
  private createAdapter(): void {
    if (!this.loaded || !this.isConnected || !this.live || this.adapter) return;
    if (!visModule) {
      // Meanwhile the still drawing shows the data; if vis-timeline cannot be loaded, it stays.
      loadVis().then(
        () => this.createAdapter(),
        (error: unknown) => this.report(`the interactive drawing could not be loaded (${error instanceof Error ? error.message : String(error)}); the still drawing stays`),
      );
      return;
    }
    const host = this.renderRoot.querySelector<HTMLDivElement>('.vis-host');
    if (!host) return;
    this.adapter = new visModule.TimelineAdapter(
      host,
      {
        rangeChanged: (range, byUser) => {
          this.range = range;
          if (byUser) this.dispatchEvent(new AiwRangeChangeEvent(range.from, range.to));
        },
        selected: (id) => this.choose(id),
        eraClicked: (id) => this.choose(id),
        shown: () => (this.visShown = true),
      },
      this.language,
      !this.reducedMotion.matches,
      { lanes: this.lanes(), entries: this.entries, window: { ...this.range } },
    );
    this.adapter.setSelection(this.selectedId);
    // A selection made before there was a drawing is brought into view now.
    if (this.revealPending && this.selectedId) this.adapter.reveal(this.selectedId);
    this.revealPending = false;
  }

  private lanes() {
    const t = strings(this.language);
    const builtIn = t.lanes as Record<string, string>;
    const lanes = this.loaded ? lanesOf(this.loaded) : TIMELINE_LANES.map((id) => ({ id, title: undefined }));
    return [{ id: 'eras', label: t.lanes.eras }, ...lanes.map((l) => ({ id: l.id, label: l.title ? localize(l.title, this.language) : (builtIn[l.id] ?? l.id) }))];
  }

  /** The outcome of a load: the usable records (or none), and the loader's lines. */
  private useResult(result: LoadResult): void {
    this.errors = result.errors;
    this.noticeDismissed = false;
    // Some invalid records: show the valid ones, with a notice of what was skipped. None valid:
    // the error panel. A valid dataset with no records: an empty timeline.
    const d = result.dataset;
    const usable = d && (d.eras.length + d.events.length + d.quotes.length > 0 || !result.errors.length);
    this.loaded = usable ? d : null;
    if (!result.ok) this.report(result.errors[0]?.message ?? 'the dataset could not be used');
    if (!usable) {
      // Asked for before the data came, and now there is none to find them in.
      if (this.early.era) this.report(notAnEra(this.early.era));
      if (this.early.selected) this.report(notAnItem(this.early.selected));
      this.early = {};
    }
    if (usable) this.dispatchEvent(new AiwLoadEvent(d.eras.length, d.events.length, d.quotes.length));
  }

  /** Applies era/from/to/selected requests; what cannot be used is reported once. */
  private applyView(request: Parameters<typeof resolveView>[0]): void {
    if (!this.index) return;
    const view = resolveView(request, this.index);
    view.problems.forEach((p) => this.report(p));
    if (view.window) this.moveTo(view.window.from, view.window.to);
    if (view.selectedId) this.select(view.selectedId);
  }

  /** Reports a problem once: console.warn and aiw-error. */
  private report(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.warn(`<aiw-timeline>: ${message}`);
    this.dispatchEvent(new AiwErrorEvent(message));
  }

  /** A user's choice of an item (click, tap, Enter): selects it and tells the page. */
  private choose(id: string | null): void {
    const kind = id ? (this.index?.kindOf(id) ?? null) : null;
    if (kind === 'era') this.focusEra(id!);
    this.selectedId = kind ? id : null;
    this.dispatchEvent(new AiwSelectEvent(this.selectedId, kind));
  }

  /**
   * Does, while the data is on its way, the one-off work of a page's first drawing that does not
   * need it: the first Intl.DateTimeFormat loads the locale and time-zone data (about 12 ms), and
   * the widget's stylesheets (vis-timeline's among them) are parsed. A page that adds the element
   * only once its data is in (as the explorer does) calls this when it starts loading.
   */
  static prepare(lang = 'en'): void {
    // Two tasks, each short enough not to hold up a tap.
    whenIdle(() => dateFormat(lang, { year: 'numeric' }).format(0));
    whenIdle(() => AiwTimeline.elementStyles.forEach((s) => s instanceof CSSResult && s.styleSheet));
  }

  /** Zooms in around the centre of the window. */
  zoomIn(): void {
    if (this.adapter) this.adapter.zoom(ZOOM_STEP);
    else this.range = clampWindow(zoomWindow(this.range, ZOOM_STEP));
  }

  /** Zooms out around the centre of the window. */
  zoomOut(): void {
    if (this.adapter) this.adapter.zoom(1 / ZOOM_STEP);
    else this.range = clampWindow(zoomWindow(this.range, 1 / ZOOM_STEP));
  }

  private pan(fraction: number): void {
    if (this.adapter) this.adapter.pan(fraction);
    else this.range = clampWindow(panWindow(this.range, fraction));
  }

  /** Shows the whole span, 1950 to today. */
  fit(): void {
    this.moveTo(FULL_SPAN.from, FULL_SPAN.to);
  }

  /** Shows one era, with a little of its neighbours. Unknown ids are reported, not thrown. */
  focusEra(id: string): void {
    if (!this.index && this.source.waiting) {
      this.early.era = id;
      return;
    }
    const found = this.index?.get(id);
    if (found?.kind !== 'era') return this.report(notAnEra(id));
    const { from, to } = eraWindow(found.record.start, found.record.end);
    this.moveTo(from, to);
  }

  /** Shows a window (no aiw-range-change: that is for the user's own moves). */
  showRange(from: Date, to: Date): void {
    if (to.getTime() > from.getTime()) this.moveTo(from, to);
  }

  /** Moves to the era before (-1) or after (+1) the one in the middle of the window. */
  stepEra(step: -1 | 1): void {
    const { from, to } = this.visibleRange;
    const era = this.index?.neighbourEra(new Date((from.getTime() + to.getTime()) / 2), step);
    if (era) this.focusEra(era.id);
  }

  /** Selects an event or quote (no aiw-select: that is for the user's own choices), bringing it into view. */
  select(id: string | null): void {
    if (id === null) {
      this.selectedId = null;
      delete this.early.selected;
      return;
    }
    if (!this.index && this.source.waiting) {
      this.early.selected = id;
      return;
    }
    const found = this.index?.get(id);
    if (!found || found.kind === 'era') return this.report(notAnItem(id));
    this.selectedId = id;
    if (this.adapter) this.adapter.reveal(id);
    else this.revealPending = true;
  }

  /** Shows a window: at once when drawn, else as the window the drawing will open on. */
  private moveTo(from: Date, to: Date): void {
    if (this.adapter) this.adapter.setWindow(from, to);
    else this.range = this.showsStill ? clampWindow({ from, to }) : { from, to };
  }

  /** Runs a window change the user asked for, so that aiw-range-change reports it. */
  private userAction(change: () => void): void {
    if (this.adapter) {
      this.adapter.markUserChange();
      return change();
    }
    const before = this.range;
    change();
    if (this.range !== before) this.dispatchEvent(new AiwRangeChangeEvent(this.range.from, this.range.to));
  }

  /** Plans the still drawing's items; true when they are not the ones planned before. */
  private planStill(): boolean {
    const before = this.stillItems;
    this.stillItems = planItems(this.entries, { ...this.range, widthPx: this.stillWidth, pinned: this.selectedId }).items;
    return this.stillItems.length !== before.length || this.stillItems.some((item, i) => item.id !== before[i].id);
  }

  /** The still drawing is shown while there is data and no vis-timeline drawing on screen. */
  private get showsStill(): boolean {
    return !!this.loaded && !this.visShown;
  }

  /** The reader reaches for the drawing: vis-timeline is built (lazy) if it was not. */
  private readonly goLive = () => {
    this.live = true;
  };

  /** A selection made before there was a drawing is brought into view in the still one. */
  private revealInStill(id: string): void {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    const to = revealWindow(this.range, entry.start);
    if (to) this.range = clampWindow(to);
    this.revealPending = false;
  }

  private canvasFocused(): boolean {
    return this.shadowRoot?.activeElement?.classList.contains('canvas') ?? false;
  }

  /** The items in the window, computed when the window, the data or the language change. */
  private itemsInView: ListedItem[] = [];

  override render() {
    const t = strings(this.language);
    const lang = this.language;
    const items = this.itemsInView;
    const selected = this.selectedId ? this.index?.get(this.selectedId) : undefined;
    const years = (d: Date) => dateFormat(lang, { year: 'numeric' }).format(d);
    return html`
      <div class="toolbar" part="toolbar">
        <button type="button" @click=${() => this.userAction(() => this.zoomIn())} aria-label=${t.zoomIn} title=${t.zoomIn}>+</button>
        <button type="button" @click=${() => this.userAction(() => this.zoomOut())} aria-label=${t.zoomOut} title=${t.zoomOut}>−</button>
        <button type="button" @click=${() => this.userAction(() => this.fit())} aria-label=${t.fit} title=${t.fit}>⤢</button>
        <button type="button" @click=${() => this.userAction(() => this.stepEra(-1))} aria-label=${t.previousEra} title=${t.previousEra}>[</button>
        <button type="button" @click=${() => this.userAction(() => this.stepEra(1))} aria-label=${t.nextEra} title=${t.nextEra}>]</button>
        ${this.source.loading ? html`<span class="status" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</span>` : nothing}
      </div>
      ${this.errors.length && !this.loaded ? errorPanel(t, this.errors, () => this.source.retry()) : nothing}
      ${this.errors.length && this.loaded && !this.noticeDismissed ? noticePanel(t, this.errors, () => (this.noticeDismissed = true)) : nothing}
      <div
        class="canvas"
        part="canvas"
        tabindex="0"
        role="group"
        aria-label=${t.timelineLabel}
        aria-describedby="keys"
        @focusin=${() => (this.adapter ? this.adapter.setWheelZoom(true) : this.goLive())}
        @focusout=${() => this.adapter?.setWheelZoom(false)}
        @pointerenter=${this.goLive}
        @pointerdown=${this.goLive}
        @wheel=${this.goLive}
      >
        <div class="vis-host ${this.showsStill ? 'under' : ''}"></div>
        ${this.showsStill
          ? stillDrawing({
              lanes: this.lanes(),
              items: this.stillItems,
              window: this.range,
              widthPx: this.stillWidth,
              selectedId: this.selectedId,
              lang,
              activate: (id) => this.choose(id),
              openCluster: (c) => this.userAction(() => this.moveTo(clusterWindow(c).from, clusterWindow(c).to)),
            })
          : nothing}</div>
      <p class="keys" id="keys">${t.keyboardHelp}</p>
      <div class="below">
        <aiw-item-list
          part="list"
          lang=${lang}
          .items=${items}
          .selectedId=${this.selectedId}
          @aiw-item-activate=${(e: Event & { id: string }) => this.choose(e.id)}
        ></aiw-item-list>
        ${selected && !this.noDetail
          ? html`<aiw-item-detail part="detail" lang=${lang} .item=${selected} @aiw-detail-close=${() => (this.selectedId = null)}></aiw-item-detail>`
          : nothing}
      </div>
      <div class="visually-hidden" aria-live="polite">
        ${t.rangeAnnouncement(years(this.range.from), years(this.range.to), items.length)}
      </div>
      <div class="visually-hidden" aria-live="polite">${selected ? t.selectedAnnouncement(this.index?.label(selected, lang) ?? '') : ''}</div>
    `;
  }
}

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 1);
}

customElements.define('aiw-timeline', AiwTimeline as unknown as CustomElementConstructor);

declare global {
  interface HTMLElementTagNameMap {
    'aiw-timeline': AiwTimeline;
  }
}
