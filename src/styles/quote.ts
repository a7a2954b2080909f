import { css } from 'lit';
import { badges, hostBlock, marks, visuallyHidden } from './shared.ts';

/** How a quote reads wherever it is shown: the words, their translation, the caption. */
export const quoteStyles = css`
  blockquote {
    margin: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--aiw-focus);
  }
  .translation {
    display: block;
    margin: 6px 0 0;
    padding-inline-start: 15px;
    color: var(--aiw-muted);
  }
  figcaption {
    margin-top: 6px;
  }
`;

/** Shared by the quote views (search, comparison, pairs): the quote, marks, badges, era chips, buttons. */
export const quoteViews = [
  hostBlock(1.5),
  quoteStyles,
  marks,
  badges,
  visuallyHidden,
  css`
  :host {
    background: var(--aiw-bg);
  }
  figure {
    margin: 0;
  }
  blockquote {
    font-size: 1.05em;
  }
  .label {
    color: var(--aiw-muted);
  }
  .era {
    padding: 0 6px;
    border-radius: var(--aiw-radius);
  }
  .era-boom {
    background: var(--aiw-boom);
  }
  .era-winter {
    background: var(--aiw-winter);
  }
  .era-transition {
    background: var(--aiw-transition);
  }
  a {
    color: var(--aiw-link);
  }
  .source {
    font-size: 0.92em;
    overflow-wrap: anywhere;
  }
  .source-note {
    display: none;
  }
  button {
    font: inherit;
    min-height: 32px;
    padding: 2px 10px;
    color: var(--aiw-fg);
    background: var(--aiw-bg);
    border: 1px solid var(--aiw-border);
    border-radius: var(--aiw-radius);
    cursor: pointer;
  }
  button:hover:not(:disabled) {
    background: var(--aiw-grid);
  }
  button:disabled {
    color: var(--aiw-muted);
    cursor: default;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--aiw-focus);
    outline-offset: 1px;
  }
`,
];
