/**
 * The ONLY file that imports vis-timeline and vis-data. It turns TimelineEntry values into
 * vis items built as DOM (never HTML strings from data), keeps them in sync with
 * DataSet.update/remove, and reports what the user did in the widget's own terms.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import { dateFormat } from '../../model/dates.ts';
import type { Cluster } from '../../model/declutter.ts';
import { LIMITS, type TimelineEntry, type TimelineLane } from '../../model/timeline-entries.ts';
import { clusterWindow, panWindow, planItems, revealWindow, zoomWindow, type PlannedItem } from '../../model/timeline-plan.ts';

export interface Range {
  from: Date;
  to: Date;
}

export interface AdapterHooks {
  /** The window moved; `byUser` is false for changes made by code. Called at the end of a gesture. */
  rangeChanged(range: Range, byUser: boolean): void;
  /** The user clicked or tapped an item (never called for setSelection). */
  selected(id: string | null): void;
  /** The user clicked an era band's title. */
  eraClicked(id: string): void;
  /** The drawing is on screen (vis-timeline keeps it hidden until its first settled draw). */
  shown(): void;
}

interface VisItem {
  id: string;
  group?: string;
  start: Date;
  end?: Date;
  type: 'box' | 'point' | 'range' | 'background';
  content: string;
  className: string;
  title?: string;
  importance: number;
  align?: 'left' | 'right' | 'auto';
}

const GESTURE_END_MS = 250;
const LAYOUT_MS = 80;
const ANIMATE_UP_TO = 2000;
/** Roughly the width of the lane titles, for the layout made before vis-timeline has measured itself. */
const LANE_LABEL_PX = 130;
/** Before every date a Date can hold: a window there shows nothing. */
const OFFSTAGE = -8.64e15;

/** What the drawing opens with: its lanes and window at once, its items in the next frame (see the constructor). */
export interface FirstView {
  lanes: Array<{ id: TimelineLane; label: string }>;
  entries: TimelineEntry[];
  window: Range;
}

export class TimelineAdapter {
  /** How many adapters hold a live vis-timeline (tests check that unmounting frees them). */
  static live = 0;
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<{ id: string; content: string; className: string }>();
  private rangeTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private entries: TimelineEntry[] = [];
  private readonly clusterSpans = new Map<string, Cluster>();
  /** vis-timeline resets the window once, on its first full draw; requests made before wait for it. */
  private drawn = false;
  /** The selected item keeps its label whatever the zoom. */
  private pinned: string | null = null;
  private pendingWindow: Range | null = null;
  private laidOutWidth = 0;
  private readonly content = new Map<string, { label: string; excerpt?: string; element: HTMLElement }>();
  private pendingByUser = false;
  private settled = false;
  private unveiled = false;

  constructor(container: HTMLElement, private readonly hooks: AdapterHooks, lang: string, animate: boolean, first: FirstView) {
    this.setLanes(first.lanes);
    this.pendingWindow = first.window;
    this.entries = first.entries;
    const options: TimelineOptions = {
      start: first.window.from,
      end: first.window.to,
      min: LIMITS.min,
      max: LIMITS.max,
      zoomMin: LIMITS.zoomMin,
      zoomMax: LIMITS.max.getTime() - LIMITS.min.getTime(),
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      orientation: { axis: 'top', item: 'top' },
      align: 'left',
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      editable: false,
      margin: { item: { horizontal: 0, vertical: 6 }, axis: 6 },
      groupOrder: (a: { order: number }, b: { order: number }) => a.order - b.order,
      format: axisFormat(lang),
      // Ticks on UTC boundaries, like the dataset's dates: a year starts on 1 January everywhere.
      moment: (date: Date) => moment(date).utc(),
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    } as TimelineOptions;
    // Built empty: its first draw is the axis and the lanes. The items come next, off stage, and
    // are drawn together in the next frame. To get them on screen fast, that first drawing holds
    // the eras and the landmarks only; the rest follows once it is shown (see 'changed').
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    TimelineAdapter.live++;
    // Set after its first draw, not as the start/end options: with those, vis-timeline keeps its
    // drawing hidden until a redraw comes after its window's first change, which may never come.
    this.layout(container.clientWidth - LANE_LABEL_PX, (e) => e.kind === 'era' || e.importance >= 3);
    this.setAnimation(animate);
    this.timeline.on('changed', () => {
      if (!this.unveiled && (container.firstElementChild as HTMLElement | null)?.style.visibility === 'visible') {
        this.unveiled = true;
        this.hooks.shown();
      }
      if (!this.drawn) {
        this.drawn = true;
        const pending = this.pendingWindow;
        this.pendingWindow = null;
        if (pending) this.timeline.setWindow(pending.from, pending.to, { animation: false });
        this.queueLayout(); // everything, now that the landmarks are on screen
      }
      // Labels depend on the drawing's width: lay out again when it changes (first draw, resize).
      // (Small changes, like a page scrollbar coming and going, would only make it flicker.)
      if (Math.abs(this.centerWidth() - this.laidOutWidth) > 24) this.queueLayout();
    });
    this.timeline.on('rangechanged', (props: { byUser: boolean }) => {
      // vis-timeline unveils its drawing on the first redraw after its window first settles
      // (200 ms after it is built): make sure one comes even if nothing else changes.
      if (!this.settled) {
        this.settled = true;
        this.timeline.setOptions({});
      }
      this.queueRange(props.byUser);
      this.queueLayout();
    });
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0] === undefined ? null : String(props.items[0]);
      const cluster = id ? this.clusterSpans.get(id) : undefined;
      if (cluster) {
        this.timeline.setSelection([]);
        this.openCluster(cluster);
      } else if (id && this.items.get(id)?.group === 'eras') {
        this.timeline.setSelection([]);
        this.hooks.eraClicked(id);
      } else this.hooks.selected(id);
    });
  }

  private animation: boolean | { duration: number; easingFunction: 'easeInOutQuad' } = true;

  setAnimation(animate: boolean): void {
    this.animation = animate ? { duration: 300, easingFunction: 'easeInOutQuad' } : false;
  }

  setLanes(lanes: Array<{ id: TimelineLane; label: string }>): void {
    const keep = new Set(lanes.map((l) => l.id));
    const gone = this.groups.getIds().filter((id) => !keep.has(String(id)));
    if (gone.length) this.groups.remove(gone);
    this.groups.update(
      lanes.map((lane, order) => ({ id: lane.id, content: element('span', 'lane-label', lane.label) as never, className: `lane-${lane.id}`, order })),
    );
  }

  /** Replaces what the timeline shows; the drawing is updated in place, never rebuilt. */
  setEntries(entries: TimelineEntry[]): void {
    this.entries = entries;
    this.layout();
  }

  /** Recomputes which items get a label at this zoom, and syncs the DataSet with the result. */
  layout(estimatedWidth = 800, only?: (e: TimelineEntry) => boolean): void {
    clearTimeout(this.layoutTimer);
    const { from, to } = this.getWindow();
    const widthPx = this.centerWidth() || Math.max(estimatedWidth, 200);
    this.laidOutWidth = this.centerWidth();
    const plan = planItems(this.entries, { from, to, widthPx, pinned: this.pinned }, only);
    this.clusterSpans.clear();
    for (const c of plan.clusters) this.clusterSpans.set(c.id, c);
    const next = plan.items.map((p) => this.toVisItem(p));
    const keep = new Set(next.map((i) => i.id));
    const gone = this.items.getIds().filter((id) => !keep.has(String(id)));
    if (gone.length) this.items.remove(gone);
    const changed = next.filter((item) => !sameItem(this.items.get(item.id), item));
    if (changed.length) this.offstage(() => this.items.update(changed));
  }

  /**
   * vis-timeline lays out each item added inside its window on its own, forcing a layout of the
   * page for each (a millisecond apiece on a phone), but lays out together the items its next
   * draw brings into view. So items are added while its window is, for that moment, out of the
   * way: nothing is drawn and no event is sent in between, and its next frame draws them all.
   */
  private offstage(add: () => void): void {
    const range = (this.timeline as unknown as { range?: { start: number; end: number } } | undefined)?.range;
    if (!range) return add();
    const { start, end } = range;
    range.start = OFFSTAGE;
    range.end = OFFSTAGE + 1;
    try {
      add();
    } finally {
      range.start = start;
      range.end = end;
    }
  }

  setLang(lang: string): void {
    this.setOptions({ format: axisFormat(lang) });
  }

  /** Zooming with the wheel: only when the timeline has focus, or with Ctrl held. */
  setWheelZoom(always: boolean): void {
    this.setOptions({ zoomKey: always ? '' : 'ctrlKey' });
  }

  private setOptions(options: TimelineOptions): void {
    this.timeline.setOptions(options);
  }

  getWindow(): Range {
    if (this.pendingWindow) return { ...this.pendingWindow };
    const w = this.timeline.getWindow();
    return { from: new Date(w.start), to: new Date(w.end) };
  }

  setWindow(from: Date, to: Date): void {
    if (!this.drawn) this.pendingWindow = { from, to };
    // With thousands of items every animated frame redraws them all: jump instead.
    else this.timeline.setWindow(from, to, { animation: this.entries.length > ANIMATE_UP_TO ? false : this.animation });
  }

  /** Zooms around the centre: factor < 1 zooms in, > 1 zooms out. */
  zoom(factor: number): void {
    const { from, to } = zoomWindow(this.getWindow(), factor);
    this.setWindow(from, to);
  }

  /** Moves the window by a fraction of its width (negative: back in time). */
  pan(fraction: number): void {
    const { from, to } = panWindow(this.getWindow(), fraction);
    this.setWindow(from, to);
  }

  setSelection(id: string | null): void {
    if (this.pinned !== id) {
      this.pinned = id;
      this.layout();
    }
    this.timeline.setSelection(id && this.items.get(id) ? [id] : []);
  }

  /** The next window change comes from the user (a button or key), not from code. */
  markUserChange(): void {
    this.pendingByUser = true;
  }

  /** Brings an item into view: centred, at a zoom where it is readable. */
  reveal(id: string): void {
    const entry = this.entries.find((e) => e.id === id);
    const to = entry && revealWindow(this.getWindow(), entry.start);
    if (to) this.setWindow(to.from, to.to);
  }

  destroy(): void {
    clearTimeout(this.rangeTimer);
    clearTimeout(this.layoutTimer);
    this.timeline.destroy();
    TimelineAdapter.live--;
    this.items.clear();
    this.groups.clear();
  }

  private queueRange(byUser: boolean): void {
    this.pendingByUser ||= byUser;
    clearTimeout(this.rangeTimer);
    this.rangeTimer = setTimeout(() => {
      const byUserNow = this.pendingByUser;
      this.pendingByUser = false;
      this.hooks.rangeChanged(this.getWindow(), byUserNow);
    }, GESTURE_END_MS);
  }

  private centerWidth(): number {
    // Zero before vis-timeline exists (the first layout runs before it is built).
    return (this.timeline as unknown as { body: { domProps: { center: { width: number } } } } | undefined)?.body.domProps.center.width ?? 0;
  }

  private queueLayout(): void {
    clearTimeout(this.layoutTimer);
    this.layoutTimer = setTimeout(() => this.layout(), LAYOUT_MS);
  }

  /** Zooms so that a cluster's items have room for their labels. */
  private openCluster(cluster: Cluster): void {
    const { from, to } = clusterWindow(cluster);
    this.setWindow(from, to);
  }

  /** An era is a titled bar in the Eras row and a coloured band behind every lane; items get their label built as DOM. */
  private toVisItem(p: PlannedItem): VisItem {
    const { id, start, end, type, className, align, importance } = p;
    const item: VisItem = { id, group: p.lane ?? undefined, start, end, type, className, align, importance, content: '' };
    if (p.role === 'cluster') item.content = this.clusterContent(p.cluster!) as never;
    else if (p.role === 'era') item.content = this.contentFor(p.entry!, () => eraTitle(p.entry!)) as never;
    else if (p.role === 'item') item.content = this.contentFor(p.entry!, () => itemBody(p.entry!)) as never;
    return item;
  }

  private clusterContent(c: Cluster): HTMLElement {
    const label = `+${c.ids.length}`;
    let cached = this.content.get(c.id);
    if (!cached || cached.label !== label) {
      cached = { label, element: element('span', 'cluster-count', label) };
      this.content.set(c.id, cached);
    }
    return cached.element;
  }

  /** The item's DOM, built once per id and text, so a re-layout does not redraw it. */
  private contentFor(e: TimelineEntry, build: () => HTMLElement): HTMLElement {
    const cached = this.content.get(e.id);
    if (cached && cached.label === e.label && cached.excerpt === e.excerpt) return cached.element;
    const built = build();
    this.content.set(e.id, { label: e.label, excerpt: e.excerpt, element: built });
    return built;
  }
}

/** Same position, lane and content: no need to touch the DataSet. */
function sameItem(a: VisItem | null, b: VisItem): boolean {
  return !!a && a.content === b.content && a.group === b.group && a.className === b.className &&
    a.start.getTime() === b.start.getTime() && a.end?.getTime() === b.end?.getTime() && a.type === b.type;
}

function eraTitle(e: TimelineEntry): HTMLElement {
  const title = element('span', 'band-title', e.label);
  title.setAttribute('part', 'band-title');
  if (e.contested) title.append(element('span', 'contested-mark', '?'));
  return title;
}

function itemBody(e: TimelineEntry): HTMLElement {
  const body = element('span', 'item-body');
  body.append(element('span', 'item-label', e.label));
  if (e.excerpt) body.append(element('span', 'item-excerpt', e.excerpt));
  return body;
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Axis labels for history: years as years, months and days in the chosen language. */
function axisFormat(lang: string) {
  const fmt = (options: Intl.DateTimeFormatOptions) => dateFormat(lang, options);
  const year = fmt({ year: 'numeric' });
  const month = fmt({ month: 'short' });
  const monthYear = fmt({ year: 'numeric', month: 'long' });
  const day = fmt({ day: 'numeric' });
  const label = (f: Intl.DateTimeFormat) => (date: Date | { toDate(): Date }) => f.format(date instanceof Date ? date : date.toDate());
  return {
    minorLabels: (date: Date | { toDate(): Date }, scale: string) =>
      label(scale === 'day' || scale === 'weekday' || scale === 'week' ? day : scale === 'month' ? month : year)(date),
    majorLabels: (date: Date | { toDate(): Date }, scale: string) =>
      scale === 'day' || scale === 'weekday' || scale === 'week' ? label(monthYear)(date) : scale === 'month' ? label(year)(date) : '',
  };
}
