import { css } from 'lit';
import { quoteViews } from '../../styles/quote.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  quoteViews,
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
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 14px;
      margin: 10px 0 0;
      padding: 6px 10px 8px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .kinds label {
      display: inline-flex;
      align-items: center;
      gap: 4px;
    }
    .filters .note {
      flex-basis: 100%;
      margin: 0;
      font-size: 0.9em;
      color: var(--aiw-muted);
    }
    .group h2 {
      margin: 16px 0 4px;
      font-size: 1.05em;
    }
    .title,
    .meta,
    .summary {
      margin: 0 0 4px;
    }
    .meta {
      color: var(--aiw-muted);
      font-size: 0.9em;
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
