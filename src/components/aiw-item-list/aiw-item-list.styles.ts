import { css } from 'lit';
import { hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.4),
  css`
    .count {
      margin: 0 0 4px;
      padding: 6px 0;
      color: var(--aiw-muted);
      font-size: 0.9em;
      cursor: pointer;
    }
    .count:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    [role='listbox'] {
      max-height: var(--aiw-list-height, 11em);
      overflow-y: auto;
      margin: 0;
      padding: 0;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      list-style: none;
    }
    [role='option'] {
      display: flex;
      gap: 8px;
      padding: 4px 8px;
      cursor: pointer;
      border-bottom: 1px solid var(--aiw-grid);
    }
    [role='option'][aria-selected='true'] {
      background: var(--aiw-selected-bg);
    }
    [role='option']:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: -2px;
    }
    .date {
      flex: none;
      min-width: 7.5em;
      color: var(--aiw-muted);
      font-variant-numeric: tabular-nums;
    }
    .more {
      padding: 4px 8px;
      color: var(--aiw-muted);
    }
  `,
];
