import { css } from 'lit';
import { tokens } from '../../styles/tokens.ts';
import { quoteViews } from '../../styles/quote.ts';

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
    .intro {
      margin: 0 0 8px;
      color: var(--aiw-muted);
    }
    .pairs {
      display: grid;
      gap: 10px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .pair {
      padding: 10px 12px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .quotes {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
      align-items: start;
      gap: 10px;
    }
    @container (max-width: 560px) {
      .quotes {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .quote blockquote {
      font-size: 1em;
    }
    figcaption {
      font-size: 0.92em;
    }
    .apart {
      margin: 0;
      align-self: center;
      color: var(--aiw-muted);
      font-size: 0.85em;
      white-space: nowrap;
      text-align: center;
    }
    .note {
      margin: 8px 0;
    }
    .era {
      margin-inline-start: 4px;
      font-size: 0.9em;
    }
  `,
];
