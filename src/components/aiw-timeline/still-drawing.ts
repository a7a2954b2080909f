/**
 * The still drawing: the timeline as it would be drawn at this window, built by Lit in the
 * widget's own shadow root, with vis-timeline's classes so it looks the same. It is shown
 * until vis-timeline is built (on the reader's first reach for the drawing, when the widget
 * is `lazy`, or while vis-timeline loads), and costs a few milliseconds instead of a
 * hundred. Clicking an item picks it and a "+N" zooms, as in the live drawing.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { axisTicks, stackBoxes, type Tick } from '../../model/still-layout.ts';
import { clusterWindow, fractionOf, type TimeWindow } from '../../model/time-window.ts';
import { planItems, type PlannedItem } from '../../model/timeline-plan.ts';
import type { Drawing, DrawingHooks, DrawnView } from './drawing.ts';
import { majorLabel, minorLabel } from './axis-labels.ts';
import { itemContent } from './item-content.ts';
import { place } from './place.ts';

/** Roughly the width of the lane titles (narrower under 720 px, see the styles), for the first plan made before the drawing is measured. */
const laneLabelPx = (width: number) => (width <= 720 ? 60 : 130);

export class StillDrawing implements Drawing {
  private view: DrawnView | null = null;
  private planned: PlannedItem[] = [];
  /** The width of the lanes' area the items were planned for (measured after the first drawing). */
  private widthPx = 0;
  /** The container's width when the boxes were last placed. */
  private paintedWidth = -1;
  /** Its boxes are placed in pixels: place them again when the width changes (a resized window, a turned phone). */
  private readonly resize = new ResizeObserver(([entry]) => {
    if (this.view && Math.round(entry.contentRect.width) !== this.paintedWidth) this.draw(this.view);
  });

  constructor(
    private readonly container: HTMLElement,
    private readonly hooks: DrawingHooks,
  ) {
    this.resize.observe(container);
  }

  show(view: DrawnView): void {
    this.view = view;
    this.draw(view);
  }

  destroy(): void {
    this.resize.disconnect();
    this.view = null;
    render(nothing, this.container);
  }

  /**
   * Plans, draws and places the boxes. Labels depend on the width: when the one measured is not
   * the one planned for (the first time, or after a resize), plan and draw once more.
   * (Not when it has no width: hidden, it is not seen, and the guess would come back each time.)
   */
  private draw(view: DrawnView): void {
    const guess = this.widthPx || Math.max(200, this.container.clientWidth - laneLabelPx(this.container.clientWidth));
    this.plan(view, guess);
    const measured = this.paint(view, guess);
    if (measured > 0 && Math.abs(measured - guess) > 24) {
      this.widthPx = measured;
      if (this.plan(view, measured)) this.paint(view, measured);
    } else if (measured > 0) this.widthPx = measured;
  }

  /** Plans the items at a width; true when they are not the ones planned before. */
  private plan(view: DrawnView, widthPx: number): boolean {
    const before = this.planned;
    this.planned = planItems(view.entries, { ...view.window, widthPx, pinned: view.selectedId, matches: view.matches }).items;
    return this.planned.length !== before.length || this.planned.some((item, i) => item.id !== before[i].id || item.className !== before[i].className);
  }

  private paint(view: DrawnView, widthPx: number): number {
    render(stillTemplate(view, this.planned, widthPx, this.onClick), this.container);
    this.paintedWidth = Math.round(this.container.getBoundingClientRect().width);
    return settle(this.container);
  }

  private readonly onClick = (e: Event) => {
    const target = (e.target as Element).closest<HTMLElement>('[data-id]');
    const item = target && this.planned.find((i) => i.id === target.dataset.id);
    if (item?.cluster) this.hooks.moved(clusterWindow(item.cluster, this.view?.limits.zoomMin));
    else if (item?.entry) this.hooks.picked(item.entry.id);
  };
}

/** vis-timeline's margins, as the adapter sets them: between stacked items, and above the first. */
const GAP = 6;

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

/** The whole drawing at a view: axis, bands, lane titles, and the planned items of each lane. */
function stillTemplate(view: DrawnView, planned: PlannedItem[], widthPx: number, onClick: (e: Event) => void): TemplateResult {
  const { window } = view;
  // What falls in the window (boxes a little before it too: their labels reach into it).
  const spanMs = window.to.getTime() - window.from.getTime();
  const items = planned.filter(
    (i) => (i.end ?? i.start).getTime() >= window.from.getTime() - (i.type === 'box' ? spanMs * 0.2 : 0) && i.start.getTime() <= window.to.getTime(),
  );
  const ticks = axisTicks(window, widthPx);
  // Pointer only, as vis-timeline's drawing is: keyboard and screen-reader users have the list of items in view.
  // eslint-disable-next-line lit-a11y/click-events-have-key-events -- the keyboard route is the item list beside the drawing
  return html`<div class="still vis-timeline" @click=${onClick}>
    <div class="still-axis">
      ${ticks.map((t) => html`<span class="vis-text vis-minor" ${place({ left: pct(fractionOf(window, t.at)) })}>${minorLabel(t.at, t.scale, view.lang)}</span>`)}
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

function itemTemplate(item: PlannedItem, window: TimeWindow, selectedId: string | null): TemplateResult {
  const selected = item.id === selectedId ? 'vis-selected' : '';
  if (item.type === 'range') {
    const [a, b] = spanOf(window, item);
    return html`<div class="vis-item vis-range ${item.className} ${selected}" data-id=${item.id} data-x=${a} data-w=${b - a} ${span(window, item)}>
      <div class="vis-item-overflow"><div class="vis-item-content">${itemContent(item)}</div></div>
    </div>`;
  }
  return html`<div class="vis-item vis-box ${item.className} ${selected}" data-id=${item.id} data-x=${fractionOf(window, item.start)} data-align=${item.align ?? 'left'}>
    <div class="vis-item-content">${itemContent(item)}</div>
  </div>`;
}

/** left/width of a span, cut to the window so that its title stays in view (as vis-timeline's align: 'auto'). */
function span(window: TimeWindow, item: PlannedItem) {
  const [a, b] = spanOf(window, item);
  return place({ left: pct(a), width: pct(b - a) });
}

function spanOf(window: TimeWindow, item: PlannedItem): [number, number] {
  // Just past the edge: a span that began earlier shows no border there, and its title stays in view.
  const a = Math.max(-0.003, fractionOf(window, item.start));
  return [a, Math.max(a, Math.min(1.003, fractionOf(window, item.end ?? item.start)))];
}

/** Above month and day ticks: the year, or month and year, where it starts (and at the left edge). */
function majorLabels(ticks: Tick[], lang: string): Array<[Tick, string]> {
  if (!ticks.length || ticks[0].scale === 'year') return [];
  const starts = ticks.filter((t, i) => i === 0 || (t.scale === 'month' ? t.at.getUTCMonth() === 0 : t.at.getUTCDate() === 1));
  return starts.map((t) => [t, majorLabel(t.at, t.scale, lang)]);
}

/**
 * Places the boxes after rendering: reads every box's size in one go, then stacks each lane
 * as vis-timeline would and writes the positions. Returns the width of the drawing area.
 */
function settle(root: ParentNode): number {
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
