import { css, unsafeCSS } from 'lit';
import visCss from 'vis-timeline/styles/vis-timeline-graph2d.min.css?inline';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  unsafeCSS(visCss),
  tokens,
  css`
    :host {
      display: flex;
      flex-direction: column;
      position: relative;
      min-height: 420px;
      font: var(--aiw-font-size) / 1.4 var(--aiw-font);
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      overflow: hidden;
      container: aiw-timeline / inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    .toolbar {
      display: flex;
      gap: 4px;
      align-items: center;
      padding: 6px;
      border-bottom: 1px solid var(--aiw-border);
    }
    button {
      all: revert;
      font: inherit;
      min-width: 44px;
      min-height: 44px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      background: var(--aiw-surface);
      color: var(--aiw-fg);
      cursor: pointer;
    }
    button:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    .status {
      margin-inline-start: 8px;
      color: var(--aiw-muted);
    }
    .canvas {
      flex: 1;
      min-height: 200px;
      position: relative;
    }
    /* vis-timeline being built, under the still drawing until it is shown (vis-timeline sets
       its container's position inline, hence the !important). */
    .vis-host.under {
      position: absolute !important;
      inset: 0;
      visibility: hidden;
    }
    .canvas:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: -2px;
    }
    .keys {
      margin: 4px 8px 0;
      color: var(--aiw-muted);
      font-size: 0.8em;
    }
    .below {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.3fr);
      gap: 12px;
      padding: 8px;
      align-items: start;
    }
    @container aiw-timeline (max-width: 720px) {
      .below {
        grid-template-columns: minmax(0, 1fr);
      }
      /* Narrow: lane names take less room from the drawing. */
      .vis-labelset .vis-label .vis-inner {
        padding: 4px 3px;
      }
      .lane-label {
        display: block;
        max-width: 4.6em;
        font-size: 0.72em;
        line-height: 1.2;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .item-body {
        max-width: 9em;
      }
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .spinner {
      display: inline-block;
      width: 12px;
      height: 12px;
      margin-inline-end: 6px;
      border: 2px solid var(--aiw-border);
      border-top-color: var(--aiw-focus);
      border-radius: 50%;
      vertical-align: -2px;
      animation: spin 0.8s linear infinite;
    }
    .status {
      /* Shown only when loading takes longer than 200 ms. */
      animation: appear 0s linear 0.2s both;
    }
    @keyframes appear {
      from {
        visibility: hidden;
      }
      to {
        visibility: visible;
      }
    }
    @keyframes spin {
      to {
        transform: rotate(360deg);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }
    .notice {
      position: relative;
      margin: 8px;
      padding: 8px 44px 8px 12px;
      border: 1px solid var(--aiw-border);
      border-inline-start: 4px solid var(--aiw-error);
      border-radius: var(--aiw-radius);
    }
    .notice ul {
      margin: 4px 0;
      padding-inline-start: 20px;
      font-family: var(--aiw-mono);
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }
    .dismiss {
      position: absolute;
      top: 4px;
      inset-inline-end: 4px;
    }
    .error {
      margin: 12px;
      padding: 12px;
      border: 1px solid var(--aiw-error);
      border-radius: var(--aiw-radius);
      background: var(--aiw-error-bg);
      color: var(--aiw-fg);
    }
    .error ul {
      margin: 8px 0;
      padding-inline-start: 20px;
      font-family: var(--aiw-mono);
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }

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
    .vis-item.vis-dot {
      display: none;
    }
    .vis-item.vis-line {
      border-color: var(--aiw-item-border);
      opacity: 0.35;
    }
    /* The still drawing (see still-drawing.ts): vis-timeline's look, laid out by a grid. */
    .still {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
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
  `,
];
