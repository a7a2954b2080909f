import { css } from 'lit';
import { buttons, hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

/**
 * The tour bar sits between the page's opening and the era strip: a framed box, the step's
 * text kept to a readable measure, the controls in one row that wraps on a phone.
 */
export const styles = [
  tokens,
  hostBlock(1.5),
  buttons,
  css`
    section {
      padding: 12px 16px;
      border: 1px solid var(--aiw-border);
      border-inline-start: 4px solid var(--aiw-focus);
      border-radius: var(--aiw-radius);
      background: var(--aiw-surface);
    }
    h2 {
      margin: 0 0 6px;
      font-size: 1.2em;
      line-height: 1.3;
    }
    h2:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    h3 {
      margin: 0 0 4px;
      font-size: 1.05em;
    }
    p {
      margin: 0 0 8px;
    }
    /* On a phone the step reads top to bottom; from 900 px the controls sit beside the text,
       so the timeline stays as high on the page as it can. */
    .bar {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'tour position' 'title title' 'text text' 'controls controls' 'hint hint';
      column-gap: 24px;
    }
    .tour-title {
      grid-area: tour;
      color: var(--aiw-muted);
      font-size: 0.9em;
    }
    .position {
      grid-area: position;
      color: var(--aiw-muted);
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
    }
    .bar h2 {
      grid-area: title;
    }
    .bar .text {
      grid-area: text;
    }
    .bar .controls {
      grid-area: controls;
    }
    .bar .hint {
      grid-area: hint;
      margin: 0;
    }
    @media (min-width: 900px) {
      .bar {
        grid-template-areas: 'tour position' 'title controls' 'text controls' 'hint controls';
        grid-template-rows: auto auto 1fr auto;
      }
      .bar .controls {
        display: grid;
        grid-template-columns: auto auto;
        align-content: start;
        margin: 0;
      }
      .bar .leave {
        margin-inline-start: 0;
      }
    }
    .text {
      max-width: 75ch;
      white-space: pre-line;
    }
    .hint,
    .count {
      color: var(--aiw-muted);
      font-size: 0.9em;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin: 4px 0 8px;
    }
    button {
      background: var(--aiw-bg);
    }
    button.primary {
      border-color: var(--aiw-focus);
      background: var(--aiw-selected-bg);
      font-weight: 600;
    }
    .leave {
      margin-inline-start: auto;
    }
    ul {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
      gap: 12px;
      margin: 8px 0 12px;
      padding: 0;
      list-style: none;
    }
    li {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      padding: 10px 12px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      background: var(--aiw-bg);
    }
    li p:not(.count) {
      flex: 1;
    }
    @media (max-width: 600px) {
      section {
        padding: 10px;
      }
      .leave {
        margin-inline-start: 0;
      }
    }
    @media print {
      :host {
        display: none;
      }
    }
  `,
];
