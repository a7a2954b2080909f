/**
 * The still drawing: the timeline as it would be drawn at this window, built by Lit in the
 * widget's own shadow root, with vis-timeline's classes so it looks the same. It is shown
 * until vis-timeline is built (on the reader's first reach for the drawing, when the widget
 * is `lazy`, or while vis-timeline loads), and costs a few milliseconds instead of a
 * hundred. Clicking an item selects it and a "+N" zooms, as in the live drawing.
 */
import { html, noChange, nothing, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Cluster } from '../../model/declutter.ts';
import { dateFormat } from '../../model/dates.ts';
import { axisTicks, fractionOf, stackBoxes, type Tick } from '../../model/still-layout.ts';
import type { PlannedItem, Window } from '../../model/timeline-plan.ts';

export interface StillView {
  lanes: Array<{ id: string; label: string }>;
  items: PlannedItem[];
  window: Window;
  /** Width of the drawing area (without the lane titles) the plan was made for. */
  widthPx: number;
  selectedId: string | null;
  lang: string;
  activate(id: string): void;
  openCluster(cluster: Cluster): void;
}

/**
 * Sets inline style properties through the CSSOM, as vis-timeline does: never as a `style`
 * attribute, which a strict Content-Security-Policy (no 'unsafe-inline') refuses.
 */
class Place extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('place() goes on an element');
  }
  render(_props: Record<string, string>) {
    return nothing;
  }
  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const { style } = part.element as HTMLElement;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return noChange;
  }
}
const place = directive(Place);

/** vis-timeline's margins, as the adapter sets them: between stacked items, and above the first. */
const GAP = 6;

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

export function stillDrawing(view: StillView): TemplateResult {
  const { window } = view;
  // What falls in the window (boxes a little before it too: their labels reach into it).
  const spanMs = window.to.getTime() - window.from.getTime();
  const items = view.items.filter(
    (i) => (i.end ?? i.start).getTime() >= window.from.getTime() - (i.type === 'box' ? spanMs * 0.2 : 0) && i.start.getTime() <= window.to.getTime(),
  );
  const ticks = axisTicks(window, view.widthPx);
  const onClick = (e: Event) => {
    const target = (e.target as Element).closest<HTMLElement>('[data-id]');
    const item = target && items.find((i) => i.id === target.dataset.id);
    if (item?.cluster) view.openCluster(item.cluster);
    else if (item?.entry) view.activate(item.entry.id);
  };
  return html`<div class="still vis-timeline" @click=${onClick}>
    <div class="still-axis">
      ${ticks.map((t) => html`<span class="vis-text vis-minor" ${place({ left: pct(fractionOf(window, t.at)) })}>${tickLabel(t, view.lang)}</span>`)}
      ${majorLabels(ticks, view.lang).map(([t, label]) => html`<span class="vis-text vis-major" ${place({ left: pct(Math.max(0, fractionOf(window, t.at))) })}>${label}</span>`)}
    </div>
    <div class="still-bands" ${place({ 'grid-row': `2 / span ${view.lanes.length}` })}>
      ${ticks.map((t) => html`<span class="still-grid" ${place({ left: pct(fractionOf(window, t.at)) })}></span>`)}
      ${items.filter((i) => i.role === 'band').map((i) => html`<div class="vis-item vis-background ${i.className}" ${span(window, i)}></div>`)}
    </div>
    ${view.lanes.map(
      (lane, row) => html`
        <div class="vis-labelset" ${place({ 'grid-row': `${row + 2}` })}><div class="vis-label"><div class="vis-inner"><span class="lane-label">${lane.label}</span></div></div></div>
        <div class="still-lane" ${place({ 'grid-row': `${row + 2}` })}>
          ${repeat(
            items.filter((i) => i.lane === lane.id),
            (i) => i.id,
            (i) => itemTemplate(i, window, view.selectedId),
          )}
        </div>
      `,
    )}
  </div>`;
}

function itemTemplate(item: PlannedItem, window: Window, selectedId: string | null): TemplateResult {
  const selected = item.id === selectedId ? 'vis-selected' : '';
  if (item.type === 'range') {
    const [a, b] = spanOf(window, item);
    return html`<div class="vis-item vis-range ${item.className} ${selected}" data-id=${item.id} data-x=${a} data-w=${b - a} ${span(window, item)}>
      <div class="vis-item-overflow"><div class="vis-item-content">${content(item)}</div></div>
    </div>`;
  }
  return html`<div class="vis-item vis-box ${item.className} ${selected}" data-id=${item.id} data-x=${fractionOf(window, item.start)} data-align=${item.align ?? 'left'}>
    <div class="vis-item-content">${content(item)}</div>
  </div>`;
}

function content(item: PlannedItem): TemplateResult | typeof nothing {
  const e = item.entry;
  if (item.cluster) return html`<span class="cluster-count">+${item.cluster.ids.length}</span>`;
  if (!e) return nothing;
  if (item.role === 'era') {
    return html`<span class="band-title" part="band-title">${e.label}${e.contested ? html`<span class="contested-mark">?</span>` : nothing}</span>`;
  }
  return html`<span class="item-body"><span class="item-label">${e.label}</span>${e.excerpt ? html`<span class="item-excerpt">${e.excerpt}</span>` : nothing}</span>`;
}

/** left/width of a span, cut to the window so that its title stays in view (as vis-timeline's align: 'auto'). */
function span(window: Window, item: PlannedItem) {
  const [a, b] = spanOf(window, item);
  return place({ left: pct(a), width: pct(b - a) });
}

function spanOf(window: Window, item: PlannedItem): [number, number] {
  // Just past the edge: a span that began earlier shows no border there, and its title stays in view.
  const a = Math.max(-0.003, fractionOf(window, item.start));
  return [a, Math.max(a, Math.min(1.003, fractionOf(window, item.end ?? item.start)))];
}

function tickLabel(tick: Tick, lang: string): string {
  const options: Intl.DateTimeFormatOptions = tick.scale === 'year' ? { year: 'numeric' } : tick.scale === 'month' ? { month: 'short' } : { day: 'numeric' };
  return dateFormat(lang, options).format(tick.at);
}

/** Above month and day ticks: the year, or month and year, where it starts (and at the left edge). */
function majorLabels(ticks: Tick[], lang: string): Array<[Tick, string]> {
  if (!ticks.length || ticks[0].scale === 'year') return [];
  const options: Intl.DateTimeFormatOptions = ticks[0].scale === 'month' ? { year: 'numeric' } : { year: 'numeric', month: 'long' };
  const starts = ticks.filter((t, i) => i === 0 || (t.scale === 'month' ? t.at.getUTCMonth() === 0 : t.at.getUTCDate() === 1));
  return starts.map((t) => [t, dateFormat(lang, options).format(t.at)]);
}

/**
 * Places the boxes after rendering: reads every box's size in one go, then stacks each lane
 * as vis-timeline would and writes the positions. Returns the width of the drawing area.
 */
export function settleStill(root: ParentNode): number {
  const lanes = [...root.querySelectorAll<HTMLElement>('.still-lane')];
  const measured = lanes.map((lane) => ({
    lane,
    width: lane.clientWidth,
    boxes: [...lane.querySelectorAll<HTMLElement>(':scope > .vis-item')].map((el) => ({ el, width: el.offsetWidth, height: el.offsetHeight })),
  }));
  for (const { lane, width, boxes } of measured) {
    const placed = boxes
      .map((b) => {
        const x = Number(b.el.dataset.x) * width;
        // A bar's width is known exactly (a measured one is rounded, and would touch its neighbour).
        if (b.el.dataset.w) return { ...b, x, left: x, width: Number(b.el.dataset.w) * width };
        return { ...b, x, left: b.el.dataset.align === 'right' ? x - b.width : x };
      })
      .sort((a, b) => a.x - b.x);
    const { tops, height } = stackBoxes(placed, GAP);
    placed.forEach((b, i) => {
      if (!b.el.classList.contains('vis-range')) b.el.style.left = `${b.left}px`;
      b.el.style.top = `${tops[i]}px`;
    });
    lane.style.minHeight = `${height}px`;
  }
  return measured[0]?.width ?? 0;
}
