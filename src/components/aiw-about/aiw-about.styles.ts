import { css } from 'lit';
import { badges, hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.6),
  badges,
  css`
    article {
      max-width: 72ch;
    }
    h2 {
      margin: 0 0 8px;
      font-size: 1.4em;
      line-height: 1.25;
    }
    h3 {
      margin: 28px 0 8px;
      font-size: 1.1em;
    }
    h4 {
      margin: 20px 0 6px;
      font-size: 1em;
    }
    .lede {
      font-size: 1.05em;
    }
    .levels {
      display: grid;
      gap: 10px;
      margin: 0 0 12px;
    }
    .levels div {
      display: grid;
      grid-template-columns: 9em 1fr;
      gap: 12px;
      align-items: baseline;
    }
    dt,
    dd {
      margin: 0;
    }
    .badge {
      white-space: nowrap;
    }
    cite {
      font-style: normal;
      font-weight: 600;
    }
    .jump {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .jump a {
      display: inline-block;
      padding: 10px 0;
    }
    h4:focus {
      outline: none;
    }
    h4:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    .sources {
      margin: 0;
      padding-inline-start: 2.5em;
      font-size: 0.92em;
      overflow-wrap: anywhere;
    }
    .sources li + li {
      margin-top: 4px;
    }
    .sources cite {
      font-style: italic;
      font-weight: 400;
    }
    a {
      color: var(--aiw-link);
    }
    a:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 1px;
    }
    .source-note,
    .empty {
      color: var(--aiw-muted);
    }
    @media (max-width: 480px) {
      .levels div {
        grid-template-columns: 1fr;
        gap: 2px;
      }
    }
    @media print {
      :host {
        color: #000;
      }
      a {
        color: #000;
      }
      .badge {
        color: #000;
        border-color: #000;
      }
    }
  `,
];
