import { css, unsafeCSS } from 'lit';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';

/**
 * Both drawings: vis-timeline's own stylesheet (in the shadow root, so nothing leaks into the
 * page), themed through the tokens, and the still drawing laid out by a grid with vis-timeline's
 * classes, so that the two look the same.
 */
export const drawingStyles = [
  unsafeCSS(visCss),
  css`
    /* vis-timeline, themed through the tokens */
    .vis-timeline {
      border: none;
      font: inherit;
      color: var(--aiw-fg);
    }
    .vis-time-axis .vis-text,
    .vis-labelset .vis-label {
      color: var(--aiw-fg);
    }
    /* A fixed column of lane titles (both drawings, and the chart under them). */
    .vis-labelset {
      box-sizing: border-box;
      width: var(--aiw-lanes-width);
    }
    .vis-time-axis .vis-grid.vis-minor {
      border-color: var(--aiw-grid);
    }
    .vis-panel.vis-center,
    .vis-panel.vis-left,
    .vis-panel.vis-top,
    .vis-labelset .vis-label,
    .vis-foreground .vis-group {
      border-color: var(--aiw-border);
    }
    .vis-item {
      background: var(--aiw-item-bg);
      border-color: var(--aiw-item-border);
      color: var(--aiw-fg);
      font-size: 0.8em;
    }
    .vis-item .vis-item-content {
      padding: 3px 6px;
    }
    .vis-item.vis-selected {
      background: var(--aiw-selected-bg);
      border-color: var(--aiw-focus);
    }
    .vis-item.importance-3 {
      font-weight: 600;
    }
    .vis-item.quote {
      border-style: dashed;
    }
    /* A label's width (and so its height) must not depend on where it sits: near the drawing's
       right edge a shrink-to-fit box would wrap into more lines than vis-timeline measured. */
    .vis-item.vis-box {
      width: max-content;
    }
    .item-body {
      display: flex;
      flex-direction: column;
      max-width: 12em;
      white-space: normal;
      text-align: start;
    }
    .item-label,
    .item-excerpt {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 2;
      overflow: hidden;
    }
    .item-excerpt {
      -webkit-line-clamp: 1;
    }
    .item-excerpt {
      color: var(--aiw-muted);
      font-style: italic;
    }
    .vis-item.vis-background.era-band {
      border: none;
    }
    .era-band.era-boom,
    .vis-item.era.era-boom {
      background: var(--aiw-boom);
    }
    .era-band.era-winter,
    .vis-item.era.era-winter {
      background: var(--aiw-winter);
    }
    .era-band.era-transition,
    .vis-item.era.era-transition {
      background: var(--aiw-transition);
    }
    .era-band.era-contested,
    .vis-item.era.era-contested {
      background-image: repeating-linear-gradient(135deg, transparent 0 10px, var(--aiw-contested-stripe) 10px 12px);
    }
    .vis-item.era {
      border: none;
      border-inline-start: 2px solid var(--aiw-border);
      border-radius: 0;
      cursor: pointer;
    }
    .vis-item.era.vis-range .vis-item-overflow {
      overflow: hidden;
    }
    .band-title {
      display: block;
      overflow: hidden;
      text-overflow: ellipsis;
      padding: 2px 2px;
      font-weight: 600;
      color: var(--aiw-fg);
      white-space: nowrap;
    }
    .contested-mark {
      margin-inline-start: 4px;
      padding: 0 5px;
      border: 1px solid currentColor;
      border-radius: 8px;
      font-weight: 400;
    }
    /* A box's dot and its line to the axis: not drawn (the still drawing has neither). The faint
       lines crossed every lane below their box, and laying them out on each frame of a drag cost
       a third of the long frames at 10,000 events (README, Performance). */
    .vis-item.vis-dot,
    .vis-item.vis-line {
      display: none;
    }
    /* Forecasts: a span from when made to when due, its border in the colour of what became of it. */
    .vis-item.forecast {
      border-width: 1px 1px 1px 4px;
      border-style: solid;
    }
    .vis-item.outcome-came-true {
      border-color: var(--aiw-came-true);
    }
    .vis-item.outcome-came-true-late {
      border-color: var(--aiw-came-true-late);
    }
    .vis-item.outcome-partly {
      border-color: var(--aiw-partly);
    }
    .vis-item.outcome-failed {
      border-color: var(--aiw-failed);
    }
    .vis-item.outcome-pending,
    .vis-item.outcome-unfalsifiable {
      border-color: var(--aiw-pending);
      border-style: dashed;
    }
    .vis-item.forecast-outcome {
      font-weight: 600;
      color: var(--aiw-came-true-late);
    }
    /* The still drawing (see still-drawing.ts): vis-timeline's look, laid out by a grid. */
    .still {
      display: grid;
      grid-template-columns: var(--aiw-lanes-width) minmax(0, 1fr);
      border: none;
      overflow: hidden;
    }
    .still-axis {
      grid-row: 1;
      grid-column: 2;
      position: relative;
      height: 3.6em;
      border-bottom: 1px solid var(--aiw-border);
    }
    .still-axis .vis-text {
      position: absolute;
      bottom: 0;
      padding: 3px;
      white-space: nowrap;
      color: var(--aiw-fg);
    }
    .still-axis .vis-major {
      top: 0;
      bottom: auto;
    }
    .still-bands {
      grid-column: 2;
      position: relative;
      overflow: hidden;
    }
    .still-bands > * {
      position: absolute;
      top: 0;
      bottom: 0;
    }
    .still-grid {
      border-inline-start: 1px solid var(--aiw-grid);
    }
    .still .vis-labelset {
      grid-column: 1;
      border-bottom: 1px solid var(--aiw-border);
      border-inline-end: 1px solid var(--aiw-border);
    }
    .still .vis-labelset .vis-label {
      border-bottom: none;
    }
    .still-lane {
      grid-column: 2;
      position: relative;
      overflow: hidden;
      border-bottom: 1px solid var(--aiw-border);
    }
    .still-lane > .vis-item {
      position: absolute;
      cursor: pointer;
    }
    .vis-item.cluster {
      background: var(--aiw-cluster-bg);
      border-radius: 12px;
      color: var(--aiw-muted);
      cursor: zoom-in;
    }
      /* While a search is on: what it found is outlined and tinted; the rest recedes (grey text,
       a faint dotted border) yet stays readable: its text keeps the contrast of muted text. */
    .vis-item.faded {
      color: var(--aiw-muted);
      border-color: var(--aiw-border);
      border-style: dotted;
      font-weight: 400;
    }
    .vis-item.match {
      background: var(--aiw-selected-bg);
      outline: 2px solid var(--aiw-focus);
      outline-offset: 1px;
    }
    .match-count {
      display: inline-block;
      margin-inline-start: 4px;
      padding: 0 5px;
      border-radius: 8px;
      background: var(--aiw-focus);
      color: var(--aiw-bg);
      font-weight: 600;
      font-size: 0.9em;
    }
  `,
];
