/**
 * The vis-timeline items of a plan: plain objects for its DataSet, each with its content built
 * as DOM from the same template the still drawing uses (never an HTML string from data), built
 * once per id and text so that a re-layout does not redraw what has not changed.
 */
import { render } from 'lit';
import type { PlannedItem } from '../../model/timeline-plan.ts';
import { itemContent } from './item-content.ts';

export interface VisItem {
  id: string;
  group?: string;
  start: Date;
  end?: Date;
  type: 'box' | 'point' | 'range' | 'background';
  content: string;
  className: string;
  importance: number;
  align?: 'left' | 'right' | 'auto';
}

export class VisItems {
  private readonly content = new Map<string, { label: string; excerpt?: string; element: HTMLElement }>();
  /** What each drawn id stands for: a mark of a forecast's outcome picks the forecast. */
  private readonly entries = new Map<string, string>();

  /** An era is a titled bar in the Eras row and a coloured band behind every lane; items get their content built as DOM. */
  item(p: PlannedItem): VisItem {
    const { id, start, end, type, className, align, importance } = p;
    const item: VisItem = { id, group: p.lane ?? undefined, start, end, type, className, align, importance, content: '' };
    if (p.role !== 'band') item.content = this.contentFor(p) as never;
    if (p.entry) this.entries.set(id, p.entry.id);
    return item;
  }

  /** The record a drawn item stands for (its own id, but for marks). */
  entryOf(id: string): string {
    return this.entries.get(id) ?? id;
  }

  private contentFor(p: PlannedItem): HTMLElement {
    const label = `${p.cluster ? `+${p.cluster.ids.length}` : (p.entry?.label ?? '')}${p.matches === undefined ? '' : ` ${p.matches}`}`;
    const excerpt = p.role === 'marker' ? 'marker' : p.entry?.excerpt;
    const cached = this.content.get(p.id);
    if (cached && cached.label === label && cached.excerpt === excerpt) return cached.element;
    const built = document.createDocumentFragment();
    render(itemContent(p), built);
    const element = built.firstElementChild as HTMLElement;
    this.content.set(p.id, { label, excerpt, element });
    return element;
  }
}

/** Same position, lane and content: no need to touch the DataSet. */
export function sameItem(a: VisItem | null, b: VisItem): boolean {
  return !!a && a.content === b.content && a.group === b.group && a.className === b.className &&
    a.start.getTime() === b.start.getTime() && a.end?.getTime() === b.end?.getTime() && a.type === b.type;
}

export function laneLabel(text: string): HTMLElement {
  const label = document.createElement('span');
  label.className = 'lane-label';
  label.textContent = text;
  return label;
}
