import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { AiwCompareSetEvent } from '../../events/compare-set.ts';
import type { AiwRangeChangeEvent } from '../../events/range-change.ts';
import type { AiwRangePassingEvent } from '../../events/range-passing.ts';
import { AiwRhymeChangeEvent } from '../../events/rhyme-change.ts';
import { rhymeStrings } from '../../i18n/rhyme.ts';
import { laneTitles } from '../../i18n/strings.ts';
import { formatPartialDate } from '../../model/dates.ts';
import { eraYears, erasInOrder } from '../../model/eras.ts';
import {
  absoluteWindow, anchorTime, eventsIn, openingWindow, pairsAcross, rhymeLanes, sameRelative, sameRhyme, toRelative, DEFAULT_RHYME,
  type CrossingPair, type RelativeWindow, type Rhyme,
} from '../../model/rhyme.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { sameWindow, type TimeWindow } from '../../model/time-window.ts';
import { localize } from '../../model/text.ts';
import '../aiw-timeline/aiw-timeline.ts';
import type { AiwTimeline } from '../aiw-timeline/aiw-timeline.ts';
import { BAND_HEIGHT, measureTrack, renderBand, type Track } from './connectors.ts';
import { styles } from './aiw-rhyme-view.styles.ts';

/**
 * Two eras side by side ("history rhymes"): two timelines, one above the other, on a shared
 * relative axis — years since an anchor event in each (or each era's start). A move or zoom in
 * either moves the other by the same relative window, frame by frame while the reader drags. Lines join the curated pairs that have
 * one quote in each era; picking one asks for that comparison.
 *
 * @summary Two eras side by side on a relative axis.
 * @attr lang - "en" or "zh".
 * @fires aiw-rhyme-change - the user chose other eras or anchors, or closed the view (`rhyme` null).
 * @fires aiw-compare-set - the user picked a line or a pair: `ids` are its two quotes, the top era's first.
 * @csspart band - the shared axis and the lines between the timelines.
 */
@customElement('aiw-rhyme-view')
export class AiwRhymeView extends LitElement {
  static override styles = styles;

  private pairs: CrossingPair[] = [];
  private anchors: [Date, Date] = [new Date(0), new Date(0)];
  private readonly resize = new ResizeObserver(() => this.measure());

  @query('.stage') private stage?: HTMLElement;

  /** The window both timelines show, in ms from their anchors. */
  @state() private relative: RelativeWindow = { from: 0, to: 0 };
  /** That window on each timeline's own dates, as asked of them. */
  private asked: [TimeWindow, TimeWindow] = [
    { from: new Date(0), to: new Date(0) },
    { from: new Date(0), to: new Date(0) },
  ];
  /** Where each timeline draws its dates (null until measured). */
  @state() private tracks: [Track, Track] | null = null;
  /**
   * The windows the timelines really show: the asked-for ones, unless a timeline had to keep
   * inside its data's limits (zoomed far out). The lines and the axis follow these.
   */
  @state() private shown: [TimeWindow, TimeWindow] | null = null;

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  /** The two eras and their anchors. */
  @property({ attribute: false }) rhyme: Rhyme = DEFAULT_RHYME;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this.data) return;
    // Other eras or anchors open the view again, on the window asked for or both eras whole;
    // other lanes keep the window, and a window asked for (Back, Forward) is shown.
    const otherView = changed.has('data') || (changed.has('rhyme') && !sameRhyme(changed.get('rhyme') ?? null, this.rhyme));
    if (otherView) {
      const [a, b] = this.rhyme.eras;
      this.pairs = pairsAcross(this.data, a, b);
      this.anchors = [anchorTime(this.data, a, this.rhyme.anchors[0]), anchorTime(this.data, b, this.rhyme.anchors[1])];
      this.relative = this.rhyme.window ?? openingWindow(this.data, this.rhyme);
    } else if (changed.has('rhyme') && this.rhyme.window && !sameRelative(this.rhyme.window, this.relative)) {
      this.relative = this.rhyme.window;
    }
    // New Dates only when the window changes: a binding handed equal but new Dates would send
    // both timelines back to it on every render, the frames of a drag included.
    if (otherView || changed.has('relative')) {
      this.asked = [absoluteWindow(this.anchors[0], this.relative), absoluteWindow(this.anchors[1], this.relative)];
    }
  }

  protected override firstUpdated(): void {
    if (this.stage) this.resize.observe(this.stage);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('relative') || changed.has('rhyme') || changed.has('data') || changed.has('lang')) void this.measureAfterDrawing();
  }

  private async measureAfterDrawing(): Promise<void> {
    await Promise.all([...this.renderRoot.querySelectorAll('aiw-timeline')].map((t) => t.updateComplete));
    this.measure();
  }

  /** Reads where both timelines draw their dates; only a real change re-renders the lines. */
  private measure(): void {
    const band = this.renderRoot.querySelector<HTMLElement>('.between');
    const [top, bottom] = [...this.renderRoot.querySelectorAll('aiw-timeline')];
    if (!band || !top || !bottom) return;
    const tracks = [measureTrack(top, band), measureTrack(bottom, band)];
    if (!tracks[0] || !tracks[1]) return;
    const same = (x: Track, y: Track | undefined) => !!y && Math.abs(x.left - y.left) < 0.5 && Math.abs(x.width - y.width) < 0.5;
    if (!this.tracks || !same(tracks[0], this.tracks[0]) || !same(tracks[1], this.tracks[1])) this.tracks = [tracks[0], tracks[1]];
    const shown: [TimeWindow, TimeWindow] = [top.visibleRange, bottom.visibleRange];
    if (!this.shown || !sameWindow(shown[0], this.shown[0]) || !sameWindow(shown[1], this.shown[1])) this.shown = shown;
  }

  /** The reader moved one timeline: both show the same window relative to their anchors. */
  private moved(side: 0 | 1, e: AiwRangeChangeEvent): void {
    // The explorer's own timeline has its own window: this move is the Rhyme view's alone.
    e.stopPropagation();
    this.relative = toRelative(this.anchors[side], e.detail);
    this.dispatchEvent(new AiwRhymeChangeEvent({ ...this.rhyme, window: this.relative }));
  }

  /**
   * A frame of the reader's move in one timeline: the other is shown at the same relative
   * window, and the lines follow, while the gesture goes on (it ends in `moved`).
   */
  private passing(side: 0 | 1, e: AiwRangePassingEvent): void {
    e.stopPropagation();
    const other = (1 - side) as 0 | 1;
    const follow = absoluteWindow(this.anchors[other], toRelative(this.anchors[side], e.detail));
    this.renderRoot.querySelector<AiwTimeline>(`aiw-timeline.side-${other}`)?.showRange(follow.from, follow.to);
    this.shown = side === 0 ? [e.detail, follow] : [follow, e.detail];
  }

  private choose(side: 0 | 1, era: string | null, anchor: string | null): void {
    const eras: [string, string] = [...this.rhyme.eras];
    const anchors: [string | null, string | null] = [...this.rhyme.anchors];
    if (era) [eras[side], anchors[side]] = [era, null];
    else anchors[side] = anchor;
    // Other eras or anchors open on both eras whole: the window is not carried over, the lanes are.
    this.dispatchEvent(new AiwRhymeChangeEvent({ eras, anchors, ...(this.rhyme.lanes ? { lanes: this.rhyme.lanes } : {}) }));
  }

  private pick(p: CrossingPair): void {
    this.dispatchEvent(new AiwCompareSetEvent([p.top.id, p.bottom.id]));
  }

  override render() {
    const t = rhymeStrings(this.lang);
    if (!this.data) return nothing;
    const windows = this.asked;
    const eraTitle = (id: string) => localize(this.data!.eras.find((e) => e.id === id)?.title ?? id, this.lang);
    const lanes = laneTitles(this.data, this.lang).filter((l) => l.id !== 'eras');
    const shown = rhymeLanes(this.rhyme, lanes.map((l) => l.id));
    const timeline = (side: 0 | 1) => html`<aiw-timeline class="side-${side}" .data=${this.data} lang=${this.lang} lanes=${shown.join(' ')} no-detail role="group"
      aria-label=${t.timeline(eraTitle(this.rhyme.eras[side]))} .from=${windows[side].from} .to=${windows[side].to}
      @aiw-select=${(e: Event) => e.stopPropagation()}
      @aiw-range-passing=${(e: AiwRangePassingEvent) => this.passing(side, e)}
      @aiw-range-change=${(e: AiwRangeChangeEvent) => this.moved(side, e)}></aiw-timeline>`;
    return html`<section aria-labelledby="rhyme-heading">
      <h2 id="rhyme-heading">${t.heading}</h2>
      <p class="intro">${t.intro}</p>
      <div class="pickers">${this.renderPicker(0)}${this.renderPicker(1)}
        <button type="button" class="close" @click=${() => this.dispatchEvent(new AiwRhymeChangeEvent(null))}>${t.close}</button>
        ${this.renderLanes(lanes, shown)}
      </div>
      <div class="stage">
        ${timeline(0)}
        <div class="between" part="band" style="height: ${BAND_HEIGHT}px">
          ${this.tracks ? this.renderBand(this.tracks) : nothing}
        </div>
        ${timeline(1)}
      </div>
      ${this.renderList()}
    </section>`;
  }

  private renderBand(tracks: [Track, Track]) {
    const windows = this.shown ?? this.asked;
    // The axis counts years across the top timeline, as it really shows them.
    const relative = toRelative(this.anchors[0], windows[0]);
    return renderBand({ pairs: this.pairs, windows, tracks, relative, lang: this.lang, t: rhymeStrings(this.lang), pick: (p) => this.pick(p) });
  }

  private renderPicker(side: 0 | 1) {
    const t = rhymeStrings(this.lang);
    const era = this.rhyme.eras[side];
    const found = this.data!.eras.find((e) => e.id === era);
    const events = eventsIn(this.data!, era);
    const anchor = this.rhyme.anchors[side] ?? '';
    return html`<fieldset class="side">
      <legend>${t.side(side === 0 ? 1 : 2)}</legend>
      <label>${t.era}
        <select @change=${(e: Event) => this.choose(side, (e.target as HTMLSelectElement).value, null)}>
          ${erasInOrder(this.data).map((e) => html`<option value=${e.id} ?selected=${e.id === era}>${localize(e.title, this.lang)} (${eraYears(e, this.lang)})</option>`)}
        </select></label>
      <label>${t.anchor}
        <select @change=${(e: Event) => this.choose(side, null, (e.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${!anchor}>${t.eraStart(found ? found.start.slice(0, 4) : '')}</option>
          ${events.map((e) => html`<option value=${e.id} ?selected=${e.id === anchor}>${formatPartialDate(e.date, this.lang)} · ${localize(e.title, this.lang)}</option>`)}
        </select></label>
    </fieldset>`;
  }

  /** Which lanes both timelines show: one or more (the last one cannot be unticked). */
  private renderLanes(lanes: Array<{ id: string; label: string }>, shown: string[]) {
    const on = (id: string) => shown.includes(id);
    const toggle = (id: string, checked: boolean) =>
      this.dispatchEvent(new AiwRhymeChangeEvent({ ...this.rhyme, lanes: lanes.map((l) => l.id).filter((l) => (l === id ? checked : on(l))) }));
    return html`<fieldset class="lanes">
      <legend>${rhymeStrings(this.lang).lanes}</legend>
      ${lanes.map((l) => html`<label><input type="checkbox" .checked=${on(l.id)} ?disabled=${on(l.id) && shown.length === 1}
        @change=${(e: Event) => toggle(l.id, (e.target as HTMLInputElement).checked)}>${l.label}</label>`)}
    </fieldset>`;
  }

  /** Every pair across the two eras, with dates: the keyboard's short way, and what prints when lines do not. */
  private renderList() {
    const t = rhymeStrings(this.lang);
    const who = (q: CrossingPair['top']) => html`<strong>${localize(q.speaker, this.lang)}</strong>, <time datetime=${q.date}>${formatPartialDate(q.date, this.lang)}</time>`;
    return html`<h3>${this.pairs.length ? t.pairsHeading(this.pairs.length) : t.noPairs}</h3>
      <ol class="pairs">
        ${this.pairs.map((p) => html`<li data-pair=${p.pair.id}>
          <span>${who(p.top)} <span aria-hidden="true">↔</span> ${who(p.bottom)}</span>
          <button type="button" aria-label=${t.connector(localize(p.top.speaker, this.lang), p.top.date.slice(0, 4), localize(p.bottom.speaker, this.lang), p.bottom.date.slice(0, 4))}
            @click=${() => this.pick(p)}>${t.compare}</button>
        </li>`)}
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-rhyme-view': AiwRhymeView;
  }
}
