import { css } from 'lit';
import { hostBlock } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.6),
  css`
    article {
      max-width: 72ch;
      padding: 20px 24px 16px;
      background: var(--aiw-bg);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    .kind-boom {
      --kind-bg: var(--aiw-boom);
    }
    .kind-winter {
      --kind-bg: var(--aiw-winter);
    }
    .kind-transition {
      --kind-bg: var(--aiw-transition);
    }
    .eyebrow {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 4px 12px;
      margin: 0;
      color: var(--aiw-muted);
      font-size: 0.9em;
    }
    .kind {
      padding: 0 8px;
      border-radius: 10px;
      background: linear-gradient(var(--kind-bg), var(--kind-bg)), var(--aiw-surface);
      color: var(--aiw-fg);
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.04em;
      font-size: 0.85em;
    }
    .position {
      margin-inline-start: auto;
    }
    h2 {
      margin: 4px 0 8px;
      font-size: 1.5em;
      line-height: 1.25;
    }
    h2:focus {
      outline: none;
    }
    h2:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    h3 {
      margin: 24px 0 8px;
      font-size: 1em;
    }
    .summary {
      margin: 0 0 12px;
      font-size: 1.05em;
    }
    .contested {
      margin: 16px 0;
      padding: 4px 16px 8px;
      border: 1px dashed var(--aiw-item-border);
      border-inline-start: 4px solid var(--aiw-item-border);
      border-radius: var(--aiw-radius);
      background-color: var(--aiw-surface);
    }
    .contested h3 {
      margin: 6px 0 2px;
    }
    .contested p {
      margin: 0;
    }
    .items {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .items li + li {
      margin-top: 6px;
    }
    .item {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 2px 10px;
      width: 100%;
      min-height: 44px;
      padding: 8px 10px;
      border-radius: var(--aiw-radius);
      cursor: pointer;
    }
    .item:hover {
      background: var(--aiw-surface);
    }
    .item:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 1px;
    }
    .date {
      min-width: 7.5em;
      color: var(--aiw-muted);
      font-variant-numeric: tabular-nums;
    }
    .label {
      flex: 1 1 20ch;
      color: var(--aiw-link);
      font-weight: 600;
    }
    .gist {
      margin: -4px 0 0;
      padding-inline: 10px;
      color: var(--aiw-muted);
      font-size: 0.92em;
    }
    .quote {
      flex-direction: column;
      align-items: stretch;
      border-inline-start: 3px solid var(--aiw-border);
      border-radius: 0 var(--aiw-radius) var(--aiw-radius) 0;
    }
    q {
      color: var(--aiw-fg);
    }
    .translation {
      color: var(--aiw-muted);
      font-size: 0.92em;
    }
    .translation .label {
      color: inherit;
      font-weight: inherit;
    }
    .who {
      color: var(--aiw-muted);
      font-size: 0.92em;
    }
    .who .date {
      min-width: 0;
    }
    .badge {
      align-self: center;
      padding: 0 8px;
      border: 1px solid var(--aiw-border);
      border-radius: 10px;
      font-size: 0.8em;
    }
    .quote .badge {
      align-self: flex-start;
    }
    .badge.unverified {
      border-color: var(--aiw-error);
      color: var(--aiw-error);
    }
    .empty {
      color: var(--aiw-muted);
    }
    nav {
      display: flex;
      justify-content: space-between;
      gap: 12px;
      margin-top: 24px;
      padding-top: 12px;
      border-top: 1px solid var(--aiw-border);
    }
    .step {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      max-width: 48%;
      min-height: 44px;
      padding: 6px 12px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      cursor: pointer;
    }
    .step.next {
      margin-inline-start: auto;
      text-align: end;
    }
    .step:hover {
      background: var(--aiw-surface);
    }
    .step:focus-visible {
      outline: 2px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    .dir {
      color: var(--aiw-muted);
      font-size: 0.85em;
    }
    .name {
      font-weight: 600;
    }
    @media (max-width: 480px) {
      article {
        padding: 14px 12px 12px;
      }
    }
    @media print {
      :host {
        font-size: 11pt;
      }
      article {
        max-width: none;
        padding: 0;
        border: none;
      }
      /* Black on white, whatever the screen's theme. */
      article,
      article * {
        color: #000 !important;
        background: none !important;
        box-shadow: none !important;
      }
      .kind,
      .contested,
      .badge {
        border: 1px solid #000;
      }
      .item {
        min-height: 0;
        padding: 2px 0;
      }
      .quote {
        padding-inline-start: 8px;
      }
      h2,
      h3 {
        break-after: avoid;
      }
      li,
      .contested {
        break-inside: avoid;
      }
      nav {
        display: none;
      }
    }
  `,
];
