/**
 * Decluttering: which items get a label at the current zoom, and which fold into a
 * cluster ("+7"). Each lane has a few rows; landmarks are placed first, then notable items,
 * then details, each in the first row where its label does not touch another. What does not
 * fit folds into a cluster ("+N") with its neighbours. Zooming in gives labels room, so they return.
 */
import type { TimelineEntry, TimelineLane } from './timeline-entries.ts';

export interface DeclutterOptions {
  /** The visible window. */
  from: Date;
  to: Date;
  /** Width of the drawing in CSS pixels. */
  widthPx: number;
  /** Width of one item label, in pixels (labels start at their date). */
  labelPx?: number;
  /** Rows of labels per lane. */
  rows?: number;
  /** An item that always gets its label (the selected one). */
  pinned?: string | null;
}

export interface Cluster {
  id: string;
  lane: TimelineLane;
  start: Date;
  end: Date;
  ids: string[];
}

export interface Decluttered {
  /** Ids of the items that get a label. */
  shown: Set<string>;
  clusters: Cluster[];
}

const CLUSTER_PX = 44;
/** The room a label takes from its date: a span narrower than this gets the same room. */
export const LABEL_PX = 160;

export function declutter(entries: readonly TimelineEntry[], options: DeclutterOptions): Decluttered {
  const { from, to, widthPx, labelPx = LABEL_PX, rows = 2 } = options;
  const span = Math.max(1, to.getTime() - from.getTime());
  const pxPerMs = Math.max(1, widthPx) / span;
  // Work on the window and one window to each side, so a small pan needs no new layout.
  const lo = from.getTime() - span;
  const hi = to.getTime() + span;
  const shown = new Set<string>();
  const clusters: Cluster[] = [];

  const byLane = new Map<TimelineLane, TimelineEntry[]>();
  for (const e of entries) {
    if (e.kind === 'era' || !e.lane) continue;
    const end = (e.end ?? e.start).getTime();
    if (end < lo || e.start.getTime() > hi) continue;
    const list = byLane.get(e.lane);
    if (list) list.push(e);
    else byLane.set(e.lane, [e]);
  }

  for (const [lane, list] of byLane) {
    const rowsUsed: Array<Array<[number, number]>> = Array.from({ length: rows }, () => []);
    const rank = (e: TimelineEntry) => (e.id === options.pinned ? 4 : e.importance);
    const ordered = [...list].sort((a, b) => rank(b) - rank(a) || a.start.getTime() - b.start.getTime());
    const folded: TimelineEntry[] = [];
    for (const e of ordered) {
      const x = e.start.getTime() * pxPerMs;
      const width = e.end ? Math.max(labelPx, (e.end.getTime() - e.start.getTime()) * pxPerMs) : labelPx;
      const slot: [number, number] = [x, x + width];
      const row = rowsUsed.find((r) => !r.some(([a, b]) => slot[0] < b && a < slot[1]));
      if (row) {
        row.push(slot);
        shown.add(e.id);
      } else folded.push(e);
    }
    folded.sort((a, b) => a.start.getTime() - b.start.getTime());
    let group: TimelineEntry[] = [];
    const flush = () => {
      if (group.length > 0) {
        clusters.push({
          id: `cluster:${lane}:${group[0].id}`,
          lane,
          start: group[0].start,
          end: group[group.length - 1].end ?? group[group.length - 1].start,
          ids: group.map((g) => g.id),
        });
      }
      group = [];
    };
    for (const e of folded) {
      const last = group[group.length - 1];
      if (last && (e.start.getTime() - group[0].start.getTime()) * pxPerMs > CLUSTER_PX) flush();
      group.push(e);
    }
    flush();
  }
  return { shown, clusters };
}
