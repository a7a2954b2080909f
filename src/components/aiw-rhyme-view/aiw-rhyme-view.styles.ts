import { css } from 'lit';
import { buttons } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

/**
 * The Rhyme view: pickers, the two timelines stacked in one column with the band of lines
 * between them (one column at every width, so nothing overflows sideways), the pairs list, and
 * a print layout that keeps the drawings and lines (and the list, which prints whatever happens).
 */
export const styles = [
  tokens,
  buttons,
  css`
    :host {
      display: block;
      min-width: 0;
      color: var(--aiw-fg);
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.15em;
    }
    h3 {
      margin: 12px 0 6px;
      font-size: 1em;
    }
    .intro {
      margin: 0 0 8px;
      color: var(--aiw-muted);
    }
    .lanes {
      display: flex;
      flex-wrap: wrap;
      gap: 2px 14px;
      flex-basis: 100%;
    }
    .lanes label {
      display: inline-flex;
      gap: 6px;
      align-items: center;
      min-height: 32px;
    }
    .pickers {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: end;
      margin-bottom: 8px;
    }
    fieldset {
      display: grid;
      gap: 4px;
      min-width: 0;
      flex: 1 1 260px;
      margin: 0;
      padding: 6px 10px 10px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    label {
      display: grid;
      gap: 2px;
      font-size: 0.9em;
      min-width: 0;
    }
    select {
      font: inherit;
      min-height: 36px;
      max-width: 100%;
      min-width: 0;
    }
    button {
      padding: 0 12px;
    }
    select:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    .stage {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      min-width: 0;
    }
    aiw-timeline {
      min-height: 0;
      min-width: 0;
    }
    /* The list of items in view is the explorer timeline's job; here the lines and the pairs list are the keyboard route. */
    aiw-timeline::part(list) {
      display: none;
    }
    .between {
      position: relative;
      overflow: hidden;
    }
    .band {
      display: block;
      overflow: hidden;
    }
    .axis line {
      stroke: var(--aiw-muted);
    }
    .axis text {
      fill: var(--aiw-fg);
      font-size: 12px;
    }
    .axis text.zero {
      font-weight: 700;
    }
    .connector {
      cursor: pointer;
      outline: none;
    }
    .connector .hit {
      stroke: transparent;
      stroke-width: 14px;
    }
    .connector .link {
      stroke: var(--aiw-focus);
      stroke-width: 1.5px;
      opacity: 0.75;
    }
    .connector circle {
      fill: var(--aiw-focus);
    }
    .connector:hover .link,
    .connector:focus-visible .link {
      stroke-width: 4px;
      opacity: 1;
    }
    .connector:focus-visible circle {
      r: 6px;
    }
    .out-of-view {
      position: absolute;
      right: 4px;
      bottom: 0;
      margin: 0;
      font-size: 0.8em;
      color: var(--aiw-muted);
      background: var(--aiw-bg);
    }
    .pairs {
      display: grid;
      gap: 6px;
      margin: 0;
      padding-inline-start: 1.5em;
    }
    .pairs li {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 10px;
      align-items: center;
      justify-content: space-between;
    }
    @media print {
      .pickers,
      .pairs button {
        display: none;
      }
      .stage,
      .connector,
      .pairs li {
        break-inside: avoid;
      }
      .connector .link {
        stroke: #000;
        opacity: 1;
      }
      .connector circle,
      .axis text {
        fill: #000;
      }
    }
  `,
];
