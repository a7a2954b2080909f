/**
 * What the drawing holds at a given window and width: the eras, the items that get a label,
 * and "+N" clusters for the rest. Both drawings use it: vis-timeline (through the adapter) and
 * the still drawing shown before vis-timeline is built. Pure, so it is tested in node.
 */
import { declutter, LABEL_PX, type Cluster } from './declutter.ts';
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
  /** While a search is on: how many matches a cluster holds, or fall in an era. */
  matches?: number;
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
 * While a search is on (`matches`: the ids it found), items are marked as matching or faded,
 * and clusters and eras count the matches they hold.
 */
export function planItems(
  entries: readonly TimelineEntry[],
  view: TimeWindow & { widthPx: number; pinned?: string | null; matches?: ReadonlySet<string> | null },
  only?: (e: TimelineEntry) => boolean,
): Plan {
  const { shown, clusters } = only ? declutter(entries.filter(only), view) : declutterOnce(entries, view);
  const matches = view.matches ?? null;
  const found = (id: string) => (matches ? (matches.has(id) ? ' match' : ' faded') : '');
  const eraCounts = matches ? countByEra(entries, matches) : null;
  const clusterCounts = matches ? countByCluster(clusters, matches) : null;
  const items: PlannedItem[] = [];
  // A span too short at this zoom to hold its title is drawn as a label at its start (the room
  // decluttering kept for it), not as a sliver that cuts the title to a few letters.
  const pxPerMs = view.widthPx / Math.max(1, view.to.getTime() - view.from.getTime());
  const asBar = (e: TimelineEntry) => !!e.end && (e.end.getTime() - e.start.getTime()) * pxPerMs >= LABEL_PX;
  for (const e of entries) {
    if (e.kind === 'era') {
      const kind = `era-${e.eraKind}${e.contested ? ' era-contested' : ''}`;
      const base = { start: e.start, end: e.end, importance: 3, entry: e };
      items.push({ ...base, id: `band:${e.id}`, role: 'band', lane: null, type: 'background', className: `era-band ${kind}` });
      const era: PlannedItem = { ...base, id: e.id, role: 'era', lane: 'eras', type: 'range', className: `era ${kind}`, align: 'auto' };
      if (eraCounts) era.matches = eraCounts.get(e.id) ?? 0;
      items.push(era);
    } else if (shown.has(e.id)) {
      // Its outcome's colour (forecasts), and whether a search found it.
      const marks = `${e.outcome ? ` outcome-${e.outcome}` : ''}${found(e.id)}`;
      items.push({
        id: e.id, role: 'item', lane: e.lane, start: e.start, end: asBar(e) ? e.end : undefined, type: asBar(e) ? 'range' : 'box',
        className: `${e.kind} importance-${e.importance}${marks}`, importance: e.importance, entry: e,
        align: asBar(e) ? 'auto' : e.start.getTime() > ALIGN_RIGHT_AFTER ? 'right' : 'left',
      });
      if (e.outcomeAt) {
        items.push({ id: `outcome:${e.id}`, role: 'marker', lane: e.lane, start: e.outcomeAt, type: 'box', className: `forecast-outcome${marks}`, align: 'left', importance: e.importance, entry: e });
      }
    }
  }
  for (const c of clusters) {
    const item: PlannedItem = { id: c.id, role: 'cluster', lane: c.lane, start: c.start, type: 'box', className: 'cluster', align: 'left', importance: 0, cluster: c };
    if (matches) {
      item.matches = clusterCounts!.get(c) ?? 0;
      item.className += item.matches ? ' match' : ' faded';
    }
    items.push(item);
  }
  return { items, clusters };
}

/**
 * The last declutter, kept: a search typed into a timeline that stays where it is plans the same
 * window again with other marks, and what gets a label there has not changed (at 100 times the
 * collection, deciding it again costs more than a frame).
 */
let last: { entries: readonly TimelineEntry[]; key: string; result: ReturnType<typeof declutter> } | null = null;
function declutterOnce(entries: readonly TimelineEntry[], view: TimeWindow & { widthPx: number; pinned?: string | null }): ReturnType<typeof declutter> {
  const key = `${view.from.getTime()} ${view.to.getTime()} ${view.widthPx} ${view.pinned ?? ''}`;
  if (last?.entries !== entries || last.key !== key) last = { entries, key, result: declutter(entries, view) };
  return last.result;
}

/**
 * How many of the matches (eras aside) fall in each era, by date. Counted from the matches, not
 * from every entry, through look-ups made once: at 100 times the collection a search costs in
 * proportion to what it finds.
 */
function countByEra(entries: readonly TimelineEntry[], matches: ReadonlySet<string>): Map<string, number> {
  const { eraOf, eras } = lookup(entries);
  const counts = new Int32Array(eras.length);
  for (const id of matches) {
    const era = eraOf.get(id);
    if (era !== undefined) counts[era]++;
  }
  return new Map(eras.map((e, i) => [e.id, counts[i]]));
}

/** How many of the matches each cluster holds, counted from the matches. */
function countByCluster(clusters: readonly Cluster[], matches: ReadonlySet<string>): Map<Cluster, number> {
  let of = clusterOf.get(clusters);
  if (!of) {
    of = new Map();
    clusters.forEach((c, i) => c.ids.forEach((id) => of!.set(id, i)));
    clusterOf.set(clusters, of);
  }
  const counts = new Int32Array(clusters.length);
  for (const id of matches) {
    const c = of.get(id);
    if (c !== undefined) counts[c]++;
  }
  return new Map(clusters.map((c, i) => [c, counts[i]]));
}

/** The eras of a list of entries, and the era each other entry falls in (by index), made once per list. */
const lookups = new WeakMap<readonly TimelineEntry[], { eraOf: Map<string, number>; eras: TimelineEntry[] }>();
function lookup(entries: readonly TimelineEntry[]) {
  let found = lookups.get(entries);
  if (!found) {
    const eras = entries.filter((e) => e.kind === 'era');
    const eraOf = new Map<string, number>();
    for (const e of entries) {
      if (e.kind === 'era') continue;
      const t = e.start.getTime();
      const i = eras.findIndex((a) => t >= a.start.getTime() && t < (a.end ?? a.start).getTime());
      if (i >= 0) eraOf.set(e.id, i);
    }
    lookups.set(entries, (found = { eraOf, eras }));
  }
  return found;
}
/** Which cluster (by index) holds each id, made once per declutter result. */
const clusterOf = new WeakMap<readonly Cluster[], Map<string, number>>();
