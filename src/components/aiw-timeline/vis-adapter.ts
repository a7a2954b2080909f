/**
 * The ONLY file that imports vis-timeline and vis-data. It turns TimelineEntry values into
 * vis items built as DOM (never HTML strings from data), keeps them in sync with
 * DataSet.update/remove, and reports what the user did in the widget's own terms.
 */
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext';
import { DataSet } from 'vis-data/esnext';
import moment from 'moment';
import { FULL_SPAN, LIMITS, type TimelineEntry, type TimelineLane } from '../../model/timeline-entries.ts';

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
}

const GESTURE_END_MS = 250;

export class TimelineAdapter {
  private readonly timeline: Timeline;
  private readonly items = new DataSet<VisItem>();
  private readonly groups = new DataSet<{ id: string; content: string; className: string }>();
  private rangeTimer: ReturnType<typeof setTimeout> | undefined;
  private pendingByUser = false;

  constructor(container: HTMLElement, private readonly hooks: AdapterHooks, lang: string, animate: boolean) {
    const options: TimelineOptions = {
      start: FULL_SPAN.from,
      end: FULL_SPAN.to,
      min: LIMITS.min,
      max: LIMITS.max,
      zoomMin: LIMITS.zoomMin,
      zoomMax: LIMITS.max.getTime() - LIMITS.min.getTime(),
      zoomKey: 'ctrlKey',
      horizontalScroll: false,
      verticalScroll: false,
      orientation: { axis: 'top', item: 'top' },
      stack: true,
      showCurrentTime: false,
      selectable: true,
      multiselect: false,
      editable: false,
      margin: { item: { horizontal: 4, vertical: 6 }, axis: 6 },
      groupOrder: (a: { order: number }, b: { order: number }) => a.order - b.order,
      cluster: {
        maxItems: 2,
        showStipes: false,
        fitOnDoubleClick: true,
        titleTemplate: '{count}',
        clusterCriteria: (a, b) => (a as unknown as VisItem).importance < 3 && (b as unknown as VisItem).importance < 3,
      },
      format: axisFormat(lang),
      // Ticks on UTC boundaries, like the dataset's dates: a year starts on 1 January everywhere.
      moment: (date: Date) => moment(date).utc(),
      tooltip: { followMouse: false, overflowMethod: 'cap' },
    } as TimelineOptions;
    this.timeline = new Timeline(container, this.items as never, this.groups as never, options);
    this.setAnimation(animate);
    this.timeline.on('rangechanged', (props: { byUser: boolean }) => this.queueRange(props.byUser));
    this.timeline.on('select', (props: { items: Array<string | number> }) => {
      const id = props.items[0];
      this.hooks.selected(id === undefined ? null : String(id));
    });
  }

  private animation: boolean | { duration: number; easingFunction: 'easeInOutQuad' } = true;

  setAnimation(animate: boolean): void {
    this.animation = animate ? { duration: 300, easingFunction: 'easeInOutQuad' } : false;
  }

  setLanes(lanes: Array<{ id: TimelineLane; label: string }>): void {
    this.groups.update(
      lanes.map((lane, order) => ({ id: lane.id, content: element('span', 'lane-label', lane.label) as never, className: `lane-${lane.id}`, order })),
    );
  }

  /** Brings the items in line with `entries`: adds, updates and removes, never rebuilds. */
  setEntries(entries: TimelineEntry[]): void {
    const next = entries.map((e) => this.toVisItem(e));
    const keep = new Set(next.map((i) => i.id));
    const gone = this.items.getIds().filter((id) => !keep.has(String(id)));
    if (gone.length) this.items.remove(gone);
    this.items.update(next);
  }

  setLang(lang: string): void {
    this.timeline.setOptions({ format: axisFormat(lang) } as TimelineOptions);
  }

  /** Zooming with the wheel: only when the timeline has focus, or with Ctrl held. */
  setWheelZoom(always: boolean): void {
    this.timeline.setOptions({ zoomKey: always ? '' : 'ctrlKey' } as TimelineOptions);
  }

  getWindow(): Range {
    const w = this.timeline.getWindow();
    return { from: new Date(w.start), to: new Date(w.end) };
  }

  setWindow(from: Date, to: Date): void {
    this.timeline.setWindow(from, to, { animation: this.animation });
  }

  /** Zooms around the centre: factor < 1 zooms in, > 1 zooms out. */
  zoom(factor: number): void {
    const { from, to } = this.getWindow();
    const centre = (from.getTime() + to.getTime()) / 2;
    const half = ((to.getTime() - from.getTime()) * factor) / 2;
    this.setWindow(new Date(centre - half), new Date(centre + half));
  }

  /** Moves the window by a fraction of its width (negative: back in time). */
  pan(fraction: number): void {
    const { from, to } = this.getWindow();
    const shift = (to.getTime() - from.getTime()) * fraction;
    this.setWindow(new Date(from.getTime() + shift), new Date(to.getTime() + shift));
  }

  fit(): void {
    this.setWindow(FULL_SPAN.from, FULL_SPAN.to);
  }

  setSelection(id: string | null): void {
    this.timeline.setSelection(id && this.items.get(id) ? [id] : []);
  }

  destroy(): void {
    clearTimeout(this.rangeTimer);
    this.timeline.destroy();
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

  private toVisItem(e: TimelineEntry): VisItem {
    const base = { id: e.id, start: e.start, importance: e.importance };
    if (e.kind === 'era') {
      const title = element('button', 'band-title', e.label);
      title.setAttribute('part', 'band-title');
      title.tabIndex = -1; // the keyboard reaches eras through the list beside the canvas
      if (e.contested) title.append(element('span', 'contested-mark', '?'));
      title.addEventListener('click', () => this.hooks.eraClicked(e.id));
      return { ...base, end: e.end, type: 'background', content: title as never, className: `era era-${e.eraKind}${e.contested ? ' era-contested' : ''}` };
    }
    const content = element('span', 'item-body');
    content.append(element('span', 'item-label', e.label));
    if (e.excerpt) content.append(element('span', 'item-excerpt', e.excerpt));
    return {
      ...base,
      group: e.lane ?? undefined,
      end: e.end,
      type: e.end ? 'range' : 'box',
      content: content as never,
      className: `${e.kind} importance-${e.importance}`,
    };
  }
}

function element(tag: string, className: string, text?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Axis labels for history: years as years, months and days in the chosen language. */
function axisFormat(lang: string) {
  const fmt = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options });
  const year = fmt({ year: 'numeric' });
  const month = fmt({ month: 'short' });
  const monthYear = fmt({ year: 'numeric', month: 'long' });
  const day = fmt({ day: 'numeric' });
  const label = (f: Intl.DateTimeFormat) => (date: Date | { toDate(): Date }) => f.format(date instanceof Date ? date : date.toDate());
  return {
    minorLabels: (date: Date | { toDate(): Date }, scale: string) =>
      label(scale === 'day' || scale === 'weekday' ? day : scale === 'month' ? month : year)(date),
    majorLabels: (date: Date | { toDate(): Date }, scale: string) =>
      scale === 'day' || scale === 'weekday' ? label(monthYear)(date) : scale === 'month' ? label(year)(date) : '',
  };
}
