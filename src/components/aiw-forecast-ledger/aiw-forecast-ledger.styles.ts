import { css } from 'lit';
import { quoteViews } from '../../styles/quote.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  quoteViews,
  css`
    :host {
      container-type: inline-size;
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.15em;
    }
    h3 {
      margin: 12px 0 4px;
      font-size: 1em;
    }
    .intro,
    .count {
      margin: 0 0 8px;
      color: var(--aiw-muted);
    }
    .summary {
      margin: 0 0 12px;
      padding-inline-start: 20px;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      margin: 0 0 8px;
      padding: 8px 10px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .filters label {
      display: flex;
      flex-direction: column;
      gap: 2px;
      font-size: 0.92em;
    }
    select {
      font: inherit;
      min-height: 36px;
      max-width: 16em;
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-item-border);
      border-radius: var(--aiw-radius);
    }
    .forecasts {
      display: grid;
      gap: 10px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .forecast {
      padding: 10px 12px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 6px 10px;
      align-items: baseline;
      margin: 0 0 6px;
    }
    .due {
      font-weight: 600;
    }
    .left {
      color: var(--aiw-muted);
    }
    .claim {
      margin: 0 0 6px;
      font-weight: 600;
    }
    figure {
      margin: 0 0 6px;
    }
    blockquote {
      font-size: 1em;
    }
    .verdict {
      margin: 6px 0;
    }
    @media print {
      .filters,
      button {
        display: none;
      }
      .forecast {
        break-inside: avoid;
        background: none;
      }
    }
  `,
];
