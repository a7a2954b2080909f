import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { builtInDatasetUrl, DatasetSource } from '../../controllers/dataset-source.ts';
import { KeyboardShortcuts } from '../../controllers/keyboard-shortcuts.ts';
import { SearchMatches } from '../../controllers/search-matches.ts';
import { MediaQueryController } from '../../controllers/media-query.ts';
import { ViewController } from '../../controllers/view-controller.ts';
import { elementLang, strings } from '../../i18n/strings.ts';
import { DatasetIndex } from '../../model/dataset-index.ts';
import type { LoadResult } from '../../model/load.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { parseKinds } from '../../model/search-kinds.ts';
import type { SiteFilters } from '../../model/site-search.ts';
import { spanOf, type TimeWindow } from '../../model/time-window.ts';
import { toTimelineEntries } from '../../model/timeline-entries.ts';
import type { ViewAction } from '../../model/view-state.ts';
import '../aiw-item-detail/aiw-item-detail.ts';
import '../aiw-item-list/aiw-item-list.ts';
import { styles } from './aiw-timeline.styles.ts';
import { belowDrawing, focusItemList } from './below.ts';
import { chartBand, chartFollows } from './chart-band.ts';
import { Drawings } from './drawings.ts';
import { timelineKeys, ZOOM_STEP } from './keys.ts';
import { errorPanel, noticePanel } from './load-panels.ts';
import { PageEvents } from './page-events.ts';
import { prepareFirstDrawing } from './prepare.ts';
import { Scene } from './scene.ts';
import { toolbar } from './toolbar.ts';

/**
 * A zoomable timeline of AI's booms and winters: eras as coloured bands, events in four
 * lanes, quotes in the Voices lane. Beside the drawing, a keyboard list of the items in view
 * and the detail of the selected one.
 *
 * @summary The AI winters timeline.
 * @tagname aiw-timeline
 * @attr src - URL of a dataset (ours, or TimelineJS JSON); without it, the built-in dataset.
 * @attr lang - "en" or "zh"; defaults to the nearest `lang` attribute, else "en".
 * @attr era - id of the era to show.
 * @attr from - start of the window to show: a year ("1984") or a date ("1984-08"); as a property, a Date too. Wins over `era`.
 * @attr to - end of the window to show.
 * @attr selected - id of the event or quote to select, brought into view (no aiw-select: that is for the user's choices); reads back the selected one ('' for none).
 * @attr theme - "light" or "dark"; defaults to the reader's colour scheme.
 * @attr no-detail - do not show the selected item's detail inside the widget.
 * @attr chart - draw a band of numbers under the timeline, following its window: the id of a series of the data ("" to let the reader choose). Without it, nothing extra is loaded.
 * @attr forecasts - show the ledger of forecasts in a lane of its own: each a span from when it was made to when it was due, coloured by what became of it.
 * @attr lanes - only these lanes, by id ("voices", or "funding industry voices"…), in the data's order; the eras stay behind them. All when empty.
 * @attr query - search text: what it finds (events, quotes, eras, forecasts) stays as it is and the rest fades; clusters and eras count their matches; n / Shift+n step through them.
 * @attr query-kinds - the kinds of record the query looks in: any of "event quote era forecast" (all when empty).
 * @attr lazy - show a still drawing (items clickable, toolbar working) until the reader points
 *   at, touches or focuses the timeline; vis-timeline is loaded and built then. For pages where
 *   the first view must be light.
 * @fires aiw-select - the user selected an item, or cleared the selection: `detail` is `{ id, kind }` (never for a selection set by code).
 * @fires aiw-range-change - the user moved or zoomed the window: `detail` is `{ from, to }` (Dates), at the end of the gesture.
 * @fires aiw-range-passing - the window at each frame while the user moves it: `detail` is `{ from, to }` (Dates).
 * @fires aiw-load - a dataset loaded: `detail` is `{ eras, events, quotes }` (counts).
 * @fires aiw-matches - what `query` found changed: `detail` is `{ query, ids }`, the ids in time order.
 * @fires aiw-error - something could not be used: `detail` is `{ message }`.
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
@customElement('aiw-timeline')
export class AiwTimeline extends LitElement {
  static override styles = styles;

  @property({ reflect: true }) src = '';
  @property({ reflect: true }) override lang = '';
  @property({ reflect: true }) theme: 'light' | 'dark' | '' = '';
  @property() era = '';
  @property() from: Date | string | null = '';
  @property() to: Date | string | null = '';
  @property({ type: Boolean, attribute: 'no-detail' }) noDetail = false;
  @property({ type: Boolean }) lazy = false;
  @property({ type: Boolean }) forecasts = false;
  /** Only these lanes ("research funding industry media voices forecasts", or the data's own ids), in the data's order, eras behind them; all when empty. */
  @property() lanes = '';
  /** The series to draw in a band of numbers under the timeline ('' to offer the choice; unset for no band). */
  @property() chart: string | null = null;
  /** A Dataset object; overrides `src`. */
  @property({ attribute: false }) data: Dataset | null = null;
  /** Search text: what it finds stays as it is and the rest fades; n / Shift+n step through the matches. */
  @property() query = '';
  /** The kinds of record the query looks in ("event quote era forecast"; all when empty). */
  @property({ attribute: 'query-kinds' }) queryKinds = '';
  /** The quote search's filters (era, years, stance, speaker…), for a page with a search panel of its own. */
  @property({ attribute: false }) queryFilters: SiteFilters = {};

  @state() private noticeDismissed = false;
  /** The drawing has focus: the wheel zooms without Ctrl. */
  @state() private focused = false;
  private readonly scene = new Scene();
  private readonly page = new PageEvents(this);
  private readonly view = new ViewController(this, (effect) => this.page.tell(effect));
  private readonly source = new DatasetSource(this, (result) => this.useResult(result));
  private readonly reducedMotion = new MediaQueryController(this, '(prefers-reduced-motion: reduce)');
  // The chart band, and the page for the reader's own moves, follow the drawing frame by frame.
  private readonly drawings = new Drawings(this, (action) => this.do(action), (message) => this.page.problem(message), (window, byUser) => {
    chartFollows(this.renderRoot, window);
    if (byUser) this.page.passing(window);
  });
  private readonly search = new SearchMatches(this, (matches) => this.page.matched(matches));
  protected readonly keys = new KeyboardShortcuts(this, () => timelineKeys(this.focused, this.do, this.scene.inLanes(this.search.matches?.inTime), () => focusItemList(this.renderRoot)));

  /** id of the event or quote to select, brought into view (no aiw-select: that is for the user's choices); reads back the selected one ('' for none). */
  // Its own accessor: the selection lives in the view, not in a field of its own.
  @property({ noAccessor: true })
  get selected(): string {
    return this.view.selected;
  }
  set selected(id: string | null) {
    this.do({ type: 'request', request: { selected: id || null } });
  }

  /** The window now shown. */
  get visibleRange(): TimeWindow {
    return this.view.state.window;
  }

  private get language(): Lang {
    return elementLang(this, this.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.source.dataset) AiwTimeline.prepare(this.language);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('data') || (changed.has('src') && !this.data)) {
      void this.source.load({ dataset: this.data, url: this.src || builtInDatasetUrl(), builtIn: !this.src });
    }
    if (changed.has('era') || changed.has('from') || changed.has('to')) this.do({ type: 'request', request: this.request() });
    this.scene.update(this.source.dataset, this.language, this.view.state, this.forecasts, this.lanes);
    if (this.scene.lanesProblem) this.page.problem(this.scene.lanesProblem);
    const kinds = parseKinds(this.queryKinds).kinds;
    this.search.update(this.source.dataset, this.query, kinds.length ? { ...this.queryFilters, kinds } : this.queryFilters);
  }

  protected override updated(): void {
    const how = { matches: this.search.matches?.ids ?? null, animate: !this.reducedMotion.matches, wheelZoom: this.focused };
    this.drawings.show(this.source.dataset ? this.scene.drawn(this.view.state, how) : null);
  }

  /** What the page asks for through `era`, `from` and `to`. */
  private request() {
    return { era: this.era || null, from: this.from, to: this.to };
  }

  private readonly do = (action: ViewAction) => this.view.dispatch(action);

  /** A load ended: the page hears of it, and the window and selection asked for (by attributes, or by code before the data came) apply to the new data. */
  private useResult(result: LoadResult): void {
    const shown = this.source.dataset;
    this.noticeDismissed = false;
    this.page.newLoad();
    if (!result.ok) this.page.problem(result.errors[0]?.message ?? 'the dataset could not be used');
    if (shown) this.page.loaded(shown);
    // The data sets the span: its window, and the bounds of zoom and pan.
    const span = shown ? spanOf(toTimelineEntries(shown, 'en')) : undefined;
    this.do({ type: 'data', index: shown ? DatasetIndex.of(shown) : null, request: this.request(), span });
  }

  /**
   * Does, while the data is on its way, the one-off work of a page's first drawing that does not
   * need the data (the locale's date formats, the stylesheets). A page that adds the element only
   * once its data is in (as the explorer does) calls this when it starts loading.
   */
  static prepare(lang = 'en'): void {
    prepareFirstDrawing(lang, AiwTimeline.elementStyles);
  }

  /** Zooms in around the centre of the window. */
  zoomIn(): void {
    this.do({ type: 'zoom', factor: ZOOM_STEP, by: 'code' });
  }

  /** Zooms out around the centre of the window. */
  zoomOut(): void {
    this.do({ type: 'zoom', factor: 1 / ZOOM_STEP, by: 'code' });
  }

  /** Shows the whole of the data (for the built-in dataset, 1950 to today). */
  fit(): void {
    this.do({ type: 'fit', by: 'code' });
  }

  /** Shows one era, with a little of its neighbours. Unknown ids are reported, not thrown. */
  focusEra(id: string): void {
    this.do({ type: 'focus-era', id, by: 'code' });
  }

  /** Shows a window (no aiw-range-change: that is for the user's own moves). */
  showRange(from: Date, to: Date): void {
    if (to.getTime() > from.getTime()) this.do({ type: 'move', window: { from, to }, by: 'code' });
  }

  /** Moves to the era before (-1) or after (+1) the one in the middle of the window. */
  stepEra(step: -1 | 1): void {
    this.do({ type: 'step-era', step, by: 'code' });
  }

  /** Selects an event or quote (no aiw-select: that is for the user's own choices), bringing it into view. */
  select(id: string | null): void {
    this.selected = id;
  }

  override render() {
    const t = strings(this.language);
    const wake = () => this.drawings.wake();
    const { errors } = this.source;
    return html`
      ${toolbar(t, this.source.loading, this.do, !!this.search.matches, this.scene.inLanes(this.search.matches?.inTime), this.search.matches?.query)}
      ${errors.length && !this.source.dataset ? errorPanel(t, errors, () => this.source.retry()) : nothing}
      ${errors.length && this.source.dataset && !this.noticeDismissed ? noticePanel(t, errors, () => (this.noticeDismissed = true)) : nothing}
      <div class="canvas" part="canvas" tabindex="0" role="group" aria-label=${t.timelineLabel} aria-describedby="keys"
        @focusin=${() => ((this.focused = true), wake())} @focusout=${() => (this.focused = false)}
        @pointerenter=${wake} @pointerdown=${wake} @wheel=${wake}>
        <div class="vis-host ${this.drawings.stillShown ? 'under' : ''}"></div>
        <div class="still-host"></div>
      </div>
      ${chartBand(this.source.dataset, this.chart, this.view.state.window, this.language, (id) => (this.chart = id))}
      ${belowDrawing(t, this.language, this.scene.itemsInView, this.view.state, this.noDetail, this.do)}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-timeline': AiwTimeline;
  }
}
