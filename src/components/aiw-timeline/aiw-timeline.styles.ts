import { css } from 'lit';
import { hostReset, visuallyHidden } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';
import { drawingStyles } from './drawing.styles.ts';

/** The widget around the drawing: its box, the toolbar, the load panels, the list and detail below. */
export const styles = [
  hostReset,
  ...drawingStyles,
  tokens,
  visuallyHidden,
  css`
    :host {
      /* Border included in the width, so that width: 100% fits its container exactly. */
      box-sizing: border-box;
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
    .matches {
      margin-inline-start: 8px;
      font-weight: 600;
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
      .canvas,
      aiw-series-chart {
        --aiw-lanes-width: 64px;
      }
      .below {
        grid-template-columns: minmax(0, 1fr);
      }
      /* Narrow: lane names take less room from the drawing. */
      .vis-labelset .vis-label .vis-inner {
        padding: 4px 3px;
      }
      .lane-label {
        display: block;
        font-size: 0.72em;
        line-height: 1.2;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      .item-body {
        max-width: 9em;
      }
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
    /* On paper the buttons and the keyboard help do nothing: the drawing and its detail stay. */
    @media print {
      .toolbar,
      .keys,
      .dismiss {
        display: none;
      }
    }
  `,
];
