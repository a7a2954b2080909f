/**
 * What the drawing holds at a given window and width, and how the window moves. Both
 * drawings use it: vis-timeline (through the adapter) and the still drawing shown before
 * vis-timeline is built. Pure, so it is tested in node.
 */
import { declutter, type Cluster } from './declutter.ts';
import { LIMITS, type TimelineEntry } from './timeline-entries.ts';

export interface Window {
  from: Date;
  to: Date;
}

/** One thing drawn: an era's band (behind every lane) or bar (in the Eras lane), an item, a "+N" cluster. */
export interface PlannedItem {
  id: string;
  role: 'band' | 'era' | 'item' | 'cluster';
  /** The lane it is drawn in; bands have none. */
  lane: string | null;
  start: Date;
  end?: Date;
  type: 'box' | 'range' | 'background';
  className: string;
  /** Where a box's label sits against its date; 'auto' keeps a bar's title in view. Bands have none. */
  align?: 'left' | 'right' | 'auto';
  importance: number;
  /** The era or item drawn (not for clusters). */
  entry?: TimelineEntry;
  cluster?: Cluster;
}

export interface Plan {
  items: PlannedItem[];
  clusters: Cluster[];
}

const YEAR = 365.25 * 86_400_000;
/** Items after this date put their label to the left of their date, so the right edge does not cut them. */
const ALIGN_RIGHT_AFTER = Date.UTC(2005, 0, 1);

/**
 * The items drawn in `window` at `widthPx`: every era, the items that get a label (the
 * `pinned` one always), and clusters for the rest. `only` narrows the entries considered.
 */
export function planItems(
  entries: readonly TimelineEntry[],
  view: Window & { widthPx: number; pinned?: string | null },
  only?: (e: TimelineEntry) => boolean,
): Plan {
  const { shown, clusters } = declutter(only ? entries.filter(only) : entries, view);
  const items: PlannedItem[] = [];
  for (const e of entries) {
    if (e.kind === 'era') {
      const kind = `era-${e.eraKind}${e.contested ? ' era-contested' : ''}`;
      const base = { start: e.start, end: e.end, importance: 3, entry: e };
      items.push({ ...base, id: `band:${e.id}`, role: 'band', lane: null, type: 'background', className: `era-band ${kind}` });
      items.push({ ...base, id: e.id, role: 'era', lane: 'eras', type: 'range', className: `era ${kind}`, align: 'auto' });
    } else if (shown.has(e.id)) {
      items.push({
        id: e.id, role: 'item', lane: e.lane, start: e.start, end: e.end, type: e.end ? 'range' : 'box',
        className: `${e.kind} importance-${e.importance}`, importance: e.importance, entry: e,
        align: e.end ? 'auto' : e.start.getTime() > ALIGN_RIGHT_AFTER ? 'right' : 'left',
      });
    }
  }
  for (const c of clusters) {
    items.push({ id: c.id, role: 'cluster', lane: c.lane, start: c.start, type: 'box', className: 'cluster', align: 'left', importance: 0, cluster: c });
  }
  return { items, clusters };
}

/** A window kept inside the timeline's bounds and no narrower than its deepest zoom. */
export function clampWindow({ from, to }: Window): Window {
  const min = LIMITS.min.getTime();
  const max = LIMITS.max.getTime();
  let span = Math.min(Math.max(to.getTime() - from.getTime(), LIMITS.zoomMin), max - min);
  let start = Math.min(Math.max(from.getTime(), min), max - span);
  if (!Number.isFinite(start) || !Number.isFinite(span)) [start, span] = [min, max - min];
  return { from: new Date(start), to: new Date(start + span) };
}

/** Zooms around the centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow({ from, to }: Window, factor: number): Window {
  const centre = (from.getTime() + to.getTime()) / 2;
  const half = ((to.getTime() - from.getTime()) * factor) / 2;
  return { from: new Date(centre - half), to: new Date(centre + half) };
}

/** Moves the window by a fraction of its width (negative: back in time). */
export function panWindow({ from, to }: Window, fraction: number): Window {
  const shift = (to.getTime() - from.getTime()) * fraction;
  return { from: new Date(from.getTime() + shift), to: new Date(to.getTime() + shift) };
}

/** The window that brings a date into view at a readable zoom, or null when it already is. */
export function revealWindow({ from, to }: Window, at: Date): Window | null {
  const t = at.getTime();
  const span = to.getTime() - from.getTime();
  if (t >= from.getTime() && t <= to.getTime() && span <= 20 * YEAR) return null;
  const half = Math.min(span, 6 * YEAR) / 2;
  return { from: new Date(t - half), to: new Date(t + half) };
}

/** The window that gives a cluster's items room for their labels. */
export function clusterWindow(cluster: Cluster): Window {
  const start = cluster.start.getTime();
  const end = Math.max(cluster.end.getTime(), start + LIMITS.zoomMin);
  const pad = (end - start) * 0.6;
  return { from: new Date(start - pad), to: new Date(end + pad) };
}
