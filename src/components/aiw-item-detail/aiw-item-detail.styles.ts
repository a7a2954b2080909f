import { css } from 'lit';
import { quoteStyles } from '../../styles/quote.ts';
import { badges, hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  quoteStyles,
  hostBlock(1.5),
  badges,
  css`
    article {
      position: relative;
      padding: 12px 16px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .close {
      all: unset;
      position: absolute;
      top: 6px;
      inset-inline-end: 6px;
      width: 44px;
      height: 44px;
      text-align: center;
      font-size: 1.4em;
      line-height: 44px;
      border-radius: var(--aiw-radius);
      cursor: pointer;
    }
    .close:hover {
      background: var(--aiw-grid);
    }
    .close:focus-visible {
      outline: 2px solid var(--aiw-focus);
    }
    .kind {
      margin: 0;
      color: var(--aiw-muted);
      font-size: 0.85em;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    h2 {
      margin: 2px 40px 4px 0;
      font-size: 1.15em;
    }
    h3 {
      margin: 12px 0 4px;
      font-size: 0.95em;
    }
    .meta,
    .label {
      color: var(--aiw-muted);
    }
    .meta {
      margin: 0 0 8px;
    }
    .media {
      margin: 8px 0;
    }
    .media img {
      display: block;
      max-width: 100%;
      max-height: 320px;
      border-radius: var(--aiw-radius);
    }
    .media figcaption {
      margin-top: 4px;
      color: var(--aiw-muted);
      font-size: 0.9em;
    }
    .credit {
      font-style: italic;
    }
    ul:not(.sources),
    ol {
      padding-inline-start: 20px;
    }
    figure {
      margin: 8px 40px 8px 0;
    }
    blockquote {
      font-size: 1.1em;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .badge {
      padding: 1px 8px;
    }
    .note {
      padding: 6px 10px;
      border-inline-start: 3px solid var(--aiw-border);
      background: var(--aiw-bg);
    }
    .sources {
      margin: 0;
      padding-inline-start: 20px;
      font-size: 0.92em;
      overflow-wrap: anywhere;
    }
    a {
      color: var(--aiw-link);
    }
    .source-note {
      color: var(--aiw-muted);
    }
  `,
];
