/**
 * vis-timeline as a Drawing: the ONLY file that imports vis-timeline and vis-data (with
 * vis-internals.ts, which fences the two private fields it needs). It turns the view into vis
 * items built as DOM (never HTML strings from data), keeps them in sync with DataSet
 * update/remove, and reports what the reader did in the widget's own terms.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import type { Cluster } from '../../model/declutter.ts';
import { clusterWindow, sameWindow, type TimeWindow, type WindowLimits } from '../../model/time-window.ts';
import type { TimelineEntry } from '../../model/timeline-entries.ts';
import { planItems } from '../../model/timeline-plan.ts';
import type { Drawing, DrawingHooks, DrawnView, Lane } from './drawing.ts';
import { majorLabel, minorLabel } from './axis-labels.ts';
import { centerWidth, offstage } from './vis-internals.ts';
import { laneLabel, sameItem, VisItems, type VisItem } from './vis-items.ts';

const GESTURE_END_MS = 250;
const LAYOUT_MS = 80;
const ANIMATE_UP_TO = 2000;
/** Roughly the width of the lane titles, for the layout made before vis-timeline has measured itself. */
const LANE_LABEL_PX = 130;

export class TimelineAdapter implements Drawing {
  /** How many adapters hold a live vis-timeline (tests check that unmounting frees them). */
  static live = 0;
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<{ id: string; content: string; className: string }>();
  private rangeTimer: ReturnType<typeof setTimeout> | undefined;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private view: DrawnView;
  private readonly clusters = new Map<string, Cluster>();
  /** vis-timeline resets the window once, on its first full draw; a window asked for before waits for it. */
  private pendingWindow: TimeWindow | null;
  private laidOutWidth = 0;
  private readonly built = new VisItems();
  private settled = false;
  private unveiled = false;

  /**
   * Builds vis-timeline on the view, hidden until its first settled draw; `shown` is called
   * when it is on screen. Its first drawing holds the eras and landmarks only, to get them on
   * screen fast; the rest follows once they are (see 'changed').
   */
  constructor(container: HTMLElement, private readonly hooks: DrawingHooks, first: DrawnView, shown: () => void) {
    this.view = first;
    this.setLanes(first.lanes);
    this.pendingWindow = first.window;
    const options: TimelineOptions = {
      start: first.window.from,
      end: first.window.to,
      ...limitOptions(first.limits),
      zoomKey: first.wheelZoom ? '' : 'ctrlKey',
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
      format: axisFormat(first.lang),
      // Ticks on UTC boundaries, like the dataset's dates: a year starts on 1 January everywhere.
      moment: (date: Date) => moment(date).utc(),
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    } as TimelineOptions;
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    TimelineAdapter.live++;
    this.layout(container.clientWidth - LANE_LABEL_PX, (e) => e.kind === 'era' || e.importance >= 3);
    this.timeline.setSelection(this.selectable(first.selectedId));
    this.timeline.on('changed', () => {
      if (!this.unveiled && (container.firstElementChild as HTMLElement | null)?.style.visibility === 'visible') {
        this.unveiled = true;
        shown();
      }
      if (this.pendingWindow) {
        // Set after its first draw, not only as the start/end options: with those alone, vis-timeline
        // keeps its drawing hidden until a redraw comes after its window's first change.
        const pending = this.pendingWindow;
        this.pendingWindow = null;
        this.timeline.setWindow(pending.from, pending.to, { animation: false });
        this.queueLayout(); // everything, now that the landmarks are on screen
      }
      // Labels depend on the drawing's width: lay out again when it changes (first draw, resize).
      // (Small changes, like a page scrollbar coming and going, would only make it flicker.)
      if (Math.abs(centerWidth(this.timeline) - this.laidOutWidth) > 24) this.queueLayout();
    });
    this.timeline.on('rangechange', (props: { start: Date; end: Date; byUser: boolean }) =>
      this.hooks.passing({ from: new Date(props.start), to: new Date(props.end) }, props.byUser),
    );
    this.timeline.on('rangechanged', (props: { byUser: boolean }) => {
      // vis-timeline unveils its drawing on the first redraw after its window first settles
      // (200 ms after it is built): make sure one comes even if nothing else changes.
      if (!this.settled) {
        this.settled = true;
        this.timeline.setOptions({});
      }
      if (props.byUser) this.queueMoved();
      this.queueLayout();
    });
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0] === undefined ? null : String(props.items[0]);
      const cluster = id ? this.clusters.get(id) : undefined;
      if (cluster) {
        this.timeline.setSelection(this.selectable(this.view.selectedId));
        this.hooks.moved(clusterWindow(cluster, this.view.limits.zoomMin));
      } else this.hooks.picked(id && this.built.entryOf(id));
    });
  }

  show(view: DrawnView): void {
    const last = this.view;
    this.view = view;
    if (view.lanes !== last.lanes) this.setLanes(view.lanes);
    if (view.lang !== last.lang) this.timeline.setOptions({ format: axisFormat(view.lang) });
    if (view.limits !== last.limits) this.timeline.setOptions(limitOptions(view.limits));
    if (view.wheelZoom !== last.wheelZoom) this.timeline.setOptions({ zoomKey: view.wheelZoom ? '' : 'ctrlKey' });
    // The selected item keeps its label whatever the zoom.
    if (view.entries !== last.entries || view.selectedId !== last.selectedId || view.matches !== last.matches) this.layout();
    if (view.selectedId !== last.selectedId) this.timeline.setSelection(this.selectable(view.selectedId));
    if (view.window !== last.window && !sameWindow(view.window, this.window())) this.moveTo(view.window, view.animate);
  }

  destroy(): void {
    clearTimeout(this.rangeTimer);
    clearTimeout(this.layoutTimer);
    this.timeline.destroy();
    TimelineAdapter.live--;
    this.items.clear();
    this.groups.clear();
  }

  private window(): TimeWindow {
    if (this.pendingWindow) return this.pendingWindow;
    const w = this.timeline.getWindow();
    return { from: new Date(w.start), to: new Date(w.end) };
  }

  private moveTo(window: TimeWindow, animate: boolean): void {
    if (this.pendingWindow) {
      this.pendingWindow = window;
      return;
    }
    // With thousands of items every animated frame redraws them all: jump instead, with the
    // items of the new window in place before the next frame draws it (one redraw, not two).
    const smooth = animate && this.view.entries.length <= ANIMATE_UP_TO;
    this.timeline.setWindow(window.from, window.to, { animation: smooth ? ANIMATION : false });
    if (!smooth) this.layout();
  }

  private selectable(id: string | null): string[] {
    return id && this.items.get(id) ? [id] : [];
  }

  private setLanes(lanes: readonly Lane[]): void {
    const keep = new Set(lanes.map((l) => l.id));
    const gone = this.groups.getIds().filter((id) => !keep.has(String(id)));
    if (gone.length) this.groups.remove(gone);
    this.groups.update(lanes.map((lane, order) => ({ id: lane.id, content: laneLabel(lane.label) as never, className: `lane-${lane.id}`, order })));
  }

  /** Recomputes which items get a label at this zoom, and syncs the DataSet with the result. */
  private layout(estimatedWidth = 800, only?: (e: TimelineEntry) => boolean): void {
    clearTimeout(this.layoutTimer);
    const widthPx = centerWidth(this.timeline) || Math.max(estimatedWidth, 200);
    this.laidOutWidth = centerWidth(this.timeline);
    const plan = planItems(this.view.entries, { ...this.window(), widthPx, pinned: this.view.selectedId, matches: this.view.matches }, only);
    this.clusters.clear();
    for (const c of plan.clusters) this.clusters.set(c.id, c);
    const next = plan.items.map((p) => this.built.item(p));
    const keep = new Set(next.map((i) => i.id));
    const gone = this.items.getIds().filter((id) => !keep.has(String(id)));
    if (gone.length) this.items.remove(gone);
    const changed = next.filter((item) => !sameItem(this.items.get(item.id), item));
    if (changed.length) offstage(this.timeline, () => this.items.update(changed));
  }

  /** Reports the reader's move once it has ended (a wheel or a drag sends many); moves made by show() are not reported. */
  private queueMoved(): void {
    clearTimeout(this.rangeTimer);
    this.rangeTimer = setTimeout(() => this.hooks.moved(this.window()), GESTURE_END_MS);
  }

  private queueLayout(): void {
    clearTimeout(this.layoutTimer);
    this.layoutTimer = setTimeout(() => this.layout(), LAYOUT_MS);
  }
}

const ANIMATION = { duration: 300, easingFunction: 'easeInOutQuad' } as const;

const limitOptions = (l: WindowLimits) => ({ min: l.min, max: l.max, zoomMin: l.zoomMin, zoomMax: l.zoomMax });

/** Axis labels for history, as vis-timeline asks for them (it passes a Date or a moment). */
function axisFormat(lang: string) {
  const at = (date: Date | { toDate(): Date }) => (date instanceof Date ? date : date.toDate());
  return {
    minorLabels: (date: Date | { toDate(): Date }, scale: string) => minorLabel(at(date), scale, lang),
    majorLabels: (date: Date | { toDate(): Date }, scale: string) => majorLabel(at(date), scale, lang),
  };
}
