import { css } from 'lit';
import { quoteStyles } from '../../styles/quote.ts';
import { tokens } from '../../styles/tokens.ts';

/** Shared by the quote views: marks, badges, era chips, buttons, the quote figure. */
export const quoteBase = [
  quoteStyles,
  css`
  :host {
    display: block;
    font: var(--aiw-font-size) / 1.5 var(--aiw-font);
    color: var(--aiw-fg);
    background: var(--aiw-bg);
  }
  :host([hidden]) {
    display: none;
  }
  mark {
    background: var(--aiw-mark-bg, #fff3b0);
    color: inherit;
    border-radius: 2px;
    box-shadow: 0 0 0 1px var(--aiw-mark-bg, #fff3b0);
  }
  :host([theme='dark']) mark {
    background: #5c4a00;
    box-shadow: 0 0 0 1px #5c4a00;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) mark {
      background: #5c4a00;
      box-shadow: 0 0 0 1px #5c4a00;
    }
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
  .badge {
    display: inline-block;
    padding: 0 8px;
    border: 1px solid var(--aiw-border);
    border-radius: 10px;
    font-size: 0.85em;
  }
  .verification-primary,
  .verification-secondary {
    border-color: var(--aiw-verified);
    color: var(--aiw-verified);
  }
  .verification-unverified {
    border-color: var(--aiw-error);
    color: var(--aiw-error);
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
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`,
];

export const styles = [
  tokens,
  quoteBase,
  css`
    .query {
      display: flex;
      flex-direction: column;
      gap: 4px;
      font-weight: 600;
    }
    .query input {
      font: inherit;
      font-weight: normal;
      padding: 8px 10px;
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-item-border);
      border-radius: var(--aiw-radius);
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 8px 12px;
      margin: 10px 0 0;
      padding: 8px 10px 10px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .filters label {
      display: flex;
      flex-direction: column;
      font-size: 0.9em;
      color: var(--aiw-muted);
    }
    select,
    .year input {
      box-sizing: border-box;
      font: inherit;
      height: 34px;
      max-width: 14em;
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .year input {
      width: 6em;
    }
    .count {
      margin: 10px 0 4px;
      font-weight: 600;
    }
    .empty {
      color: var(--aiw-muted);
    }
    .empty ul {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .results {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .results > li {
      margin: 8px 0;
      padding: 10px 12px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .context,
    .source {
      margin: 6px 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-top: 8px;
    }
  `,
];
