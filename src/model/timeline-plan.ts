/**
 * What the drawing holds at a given window and width: the eras, the items that get a label,
 * and "+N" clusters for the rest. Both drawings use it: vis-timeline (through the adapter) and
 * the still drawing shown before vis-timeline is built. Pure, so it is tested in node.
 */
import { declutter, type Cluster } from './declutter.ts';
import type { TimeWindow } from './time-window.ts';
import type { TimelineEntry } from './timeline-entries.ts';

/**
 * One thing drawn: an era's band (behind every lane) or bar (in the Eras lane), an item, a "+N"
 * cluster, or the mark of when a late forecast came true (its entry is the forecast).
 */
export interface PlannedItem {
  id: string;
  role: 'band' | 'era' | 'item' | 'cluster' | 'marker';
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

/** Items after this date put their label to the left of their date, so the right edge does not cut them. */
const ALIGN_RIGHT_AFTER = Date.UTC(2005, 0, 1);

/**
 * The items drawn in `window` at `widthPx`: every era, the items that get a label (the
 * `pinned` one always), and clusters for the rest. `only` narrows the entries considered.
 */
export function planItems(
  entries: readonly TimelineEntry[],
  view: TimeWindow & { widthPx: number; pinned?: string | null },
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
      const outcome = e.outcome ? ` outcome-${e.outcome}` : '';
      items.push({
        id: e.id, role: 'item', lane: e.lane, start: e.start, end: e.end, type: e.end ? 'range' : 'box',
        className: `${e.kind} importance-${e.importance}${outcome}`, importance: e.importance, entry: e,
        align: e.end ? 'auto' : e.start.getTime() > ALIGN_RIGHT_AFTER ? 'right' : 'left',
      });
      if (e.outcomeAt) {
        items.push({ id: `outcome:${e.id}`, role: 'marker', lane: e.lane, start: e.outcomeAt, type: 'box', className: `forecast-outcome${outcome}`, align: 'left', importance: e.importance, entry: e });
      }
    }
  }
  for (const c of clusters) {
    items.push({ id: c.id, role: 'cluster', lane: c.lane, start: c.start, type: 'box', className: 'cluster', align: 'left', importance: 0, cluster: c });
  }
  return { items, clusters };
}
