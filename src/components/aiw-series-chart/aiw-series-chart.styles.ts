import { css } from 'lit';
import { hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.4),
  css`
    section {
      border-top: 1px solid var(--aiw-border);
    }
    .bar {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 10px;
      align-items: center;
      padding: 6px 8px;
    }
    label {
      display: flex;
      gap: 6px;
      align-items: center;
      font-weight: 600;
    }
    select,
    button {
      font: inherit;
      font-weight: normal;
      min-height: 36px;
      color: var(--aiw-fg);
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    select {
      max-width: 22em;
    }
    button {
      padding: 0 10px;
      cursor: pointer;
    }
    button[aria-pressed='true'] {
      border-color: var(--aiw-focus);
    }
    :focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 1px;
    }
    .unit,
    .muted,
    .definition {
      color: var(--aiw-muted);
    }
    /* The same left column as the timeline's lane titles, so that a date sits at the same x. */
    .row {
      display: grid;
      grid-template-columns: var(--aiw-lanes-width) minmax(0, 1fr);
      border-bottom: 1px solid var(--aiw-border);
    }
    .row[hidden] {
      display: none;
    }
    .axis {
      position: relative;
      border-inline-end: 1px solid var(--aiw-border);
      font-size: 0.75em;
      color: var(--aiw-muted);
    }
    .tick {
      position: absolute;
      right: 4px;
      transform: translateY(-50%);
    }
    .plot {
      position: relative;
      min-height: 120px;
      overflow: hidden;
    }
    svg {
      display: block;
      overflow: visible;
    }
    .grid {
      stroke: var(--aiw-grid);
    }
    .line {
      fill: none;
      stroke: var(--aiw-focus);
      stroke-width: 2;
    }
    .dot {
      fill: var(--aiw-bg);
      stroke: var(--aiw-focus);
      stroke-width: 2;
      cursor: pointer;
    }
    .dot:focus,
    .dot:hover,
    .span:focus,
    .span:hover {
      stroke: var(--aiw-fg);
      outline: none;
    }
    .span {
      fill: var(--aiw-selected-bg);
      stroke: var(--aiw-focus);
    }
    .tip {
      min-height: 1.4em;
      margin: 4px 8px 0 calc(var(--aiw-lanes-width) + 8px);
      font-size: 0.88em;
      overflow-wrap: anywhere;
    }
    .definition {
      margin: 4px 8px;
      font-size: 0.9em;
    }
    details {
      margin: 0 8px 6px;
      font-size: 0.9em;
    }
    table {
      width: calc(100% - 16px);
      margin: 4px 8px 8px;
      border-collapse: collapse;
      font-size: 0.9em;
    }
    caption {
      text-align: start;
      font-weight: 600;
    }
    th,
    td {
      padding: 3px 6px;
      border-bottom: 1px solid var(--aiw-border);
      text-align: start;
      vertical-align: top;
    }
    .num {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
];
