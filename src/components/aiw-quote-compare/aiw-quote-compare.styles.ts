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
      margin: 0 0 6px;
      font-size: 1.15em;
    }
    h2:focus {
      outline: none;
    }
    .hint,
    .help {
      color: var(--aiw-muted);
      margin: 4px 0;
    }
    .help {
      font-size: 0.85em;
    }
    .notices {
      margin: 6px 0;
    }
    .notice {
      margin: 4px 0;
      padding: 6px 10px;
      color: var(--aiw-fg);
      background: var(--aiw-error-bg);
      border-inline-start: 3px solid var(--aiw-error);
      border-radius: var(--aiw-radius);
    }
    .shared {
      margin: 6px 0;
    }
    .columns {
      display: grid;
      grid-template-columns: repeat(var(--columns), minmax(0, 1fr));
      gap: 12px;
      margin: 8px 0;
      padding: 0;
      list-style: none;
    }
    @container (max-width: 640px) {
      .columns {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .column {
      display: flex;
      flex-direction: column;
      gap: 6px;
      padding: 0 12px 10px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      overflow: hidden;
    }
    .band {
      margin: 0 -12px;
      padding: 4px 12px;
      font-size: 0.85em;
      font-weight: 600;
      border-bottom: 1px solid var(--aiw-border);
    }
    .band.era-none {
      color: var(--aiw-muted);
    }
    .gap {
      margin: 0;
      font-size: 0.85em;
      color: var(--aiw-muted);
    }
    figcaption {
      display: flex;
      flex-direction: column;
    }
    .role,
    time {
      color: var(--aiw-muted);
      font-size: 0.92em;
    }
    .context,
    .source {
      margin: 0;
      font-size: 0.92em;
    }
    .controls {
      display: flex;
      gap: 6px;
      margin-top: auto;
      padding-top: 6px;
    }
    .controls button {
      min-width: 36px;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .fallback {
      width: 100%;
      box-sizing: border-box;
      margin-top: 8px;
      font: 0.9em var(--aiw-mono);
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-border);
    }
  `,
];
