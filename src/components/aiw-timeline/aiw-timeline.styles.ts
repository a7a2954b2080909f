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
      contain: content;
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
      min-width: 36px;
      min-height: 36px;
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
      min-height: 360px;
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
      font-size: 0.85em;
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
      max-width: 16em;
      white-space: normal;
    }
    .item-excerpt {
      color: var(--aiw-muted);
      font-style: italic;
    }
    .vis-item.vis-background.era {
      border: none;
      border-inline-start: 1px solid var(--aiw-border);
    }
    .vis-item.vis-background.era-boom {
      background: var(--aiw-boom);
    }
    .vis-item.vis-background.era-winter {
      background: var(--aiw-winter);
    }
    .vis-item.vis-background.era-transition {
      background: var(--aiw-transition);
    }
    .vis-item.vis-background.era-contested {
      background-image: repeating-linear-gradient(135deg, transparent 0 10px, var(--aiw-contested-stripe) 10px 12px);
    }
    .band-title {
      all: unset;
      position: relative;
      z-index: 1;
      display: inline-block;
      margin: 2px 4px;
      padding: 0 4px;
      font-size: 0.8em;
      font-weight: 600;
      color: var(--aiw-fg);
      cursor: pointer;
      white-space: nowrap;
    }
    .contested-mark {
      margin-inline-start: 4px;
      padding: 0 4px;
      border: 1px solid currentColor;
      border-radius: 8px;
    }
    .vis-item.vis-cluster {
      background: var(--aiw-cluster-bg);
      color: var(--aiw-fg);
      text-align: center;
      border-radius: 12px;
    }
  `,
];
