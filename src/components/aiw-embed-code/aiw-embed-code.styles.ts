import { css } from 'lit';
import { buttons, hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.5),
  buttons,
  css`
    .switch {
      display: flex;
      gap: 8px;
      align-items: center;
      min-height: 44px;
    }
    .switch input {
      width: 20px;
      height: 20px;
    }
    h2 {
      margin: 0 0 4px;
      font-size: 1.3em;
    }
    h3 {
      margin: 20px 0 2px;
      font-size: 1em;
    }
    .help {
      margin: 0 0 6px;
      color: var(--aiw-muted);
    }
    pre {
      margin: 0;
      padding: 10px 12px;
      background: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      font: 0.85em / 1.5 var(--aiw-mono);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 12px;
      margin-top: 6px;
    }
    button {
      padding: 0 16px;
      background: var(--aiw-bg);
      border-color: var(--aiw-item-border);
    }
    button:hover {
      background: var(--aiw-surface);
    }
    .status {
      margin: 0;
    }
    .status.copied {
      color: var(--aiw-verified);
    }
    .status.failed {
      color: var(--aiw-error);
    }
    iframe {
      display: block;
      width: 100%;
      min-height: 200px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      background: var(--aiw-bg);
    }
  `,
];
