import { css } from 'lit';
import { buttons } from '../styles/shared.ts';
import { tokens } from '../styles/tokens.ts';

export const styles = [
  tokens,
  buttons,
  css`
    :host {
      display: block;
      max-width: 1440px;
      margin: 0 auto;
      padding: 16px;
      font: var(--aiw-font-size) / 1.5 var(--aiw-font);
      color: var(--aiw-fg);
      background: var(--aiw-bg);
      box-sizing: border-box;
    }
    /* The opening's two buttons (left) and the language and link buttons (right); the page's
       title and lede are above (index.html). */
    .bar {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
    }
    .opening,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    button[aria-pressed='true'],
    button[aria-selected='true'] {
      background: var(--aiw-selected-bg);
      border-color: var(--aiw-focus);
      font-weight: 600;
    }
    button.primary {
      background: var(--aiw-focus);
      border-color: var(--aiw-focus);
      color: var(--aiw-bg);
      font-weight: 600;
    }
    .status:empty {
      display: none;
    }
    .status {
      margin: 8px 0 0;
      color: var(--aiw-muted);
    }
    .notice,
    .error {
      margin: 12px 0;
      padding: 8px 12px;
      border: 1px solid var(--aiw-border);
      border-inline-start: 4px solid var(--aiw-error);
      border-radius: var(--aiw-radius);
      overflow-wrap: anywhere;
    }
    .notice p,
    .error p {
      margin: 0;
    }
    .embed {
      margin: 12px 0;
      padding: 12px;
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
    }
    aiw-tour-bar {
      margin: 12px 0 0;
    }
    aiw-era-strip {
      margin: 16px 0 12px;
    }
    .embed-note {
      margin: 0 0 8px;
      color: var(--aiw-muted);
    }
    .handout {
      display: none;
    }
    aiw-timeline {
      display: block;
      /* Room reserved before the data arrives, so the page does not jump. */
      min-height: 760px;
    }
    .lower {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
      margin-top: 16px;
    }
    /* Wide screens use their width: the panels and the selected item's detail side by side. */
    @media (min-width: 1100px) {
      .lower:has(.detail) {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      }
      .lower .detail {
        position: sticky;
        top: 8px;
        align-self: start;
      }
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
      border-bottom: 1px solid var(--aiw-border);
      padding-bottom: 4px;
    }
    [role='tabpanel'] {
      padding-top: 12px;
    }
    .intro {
      max-width: 72ch;
    }
    .action {
      margin-top: 8px;
    }
    @media (max-width: 600px) {
      :host {
        padding: 10px;
      }
      [role='tablist'] button {
        flex: 1 1 auto;
      }
    }
    @media print {
      :host {
        max-width: none;
        padding: 0;
        color: #000;
        background: #fff;
      }
      .bar,
      .status,
      .notice,
      aiw-era-strip,
      aiw-timeline,
      [role='tablist'],
      .detail {
        display: none;
      }
      .lower {
        display: block;
      }
      /* A tour prints as a handout: its steps with their items and sources, nothing else. */
      main:has(.handout) > :not(.handout) {
        display: none;
      }
      .handout {
        display: block;
      }
      .handout > ol {
        padding: 0;
        list-style: none;
      }
      .handout-step {
        break-inside: avoid;
        margin-bottom: 12px;
      }
      .handout h3 {
        margin: 12px 0 4px;
      }
      .handout h4 {
        margin: 6px 0 2px;
        font-size: 0.95em;
      }
      .handout .sources {
        font-size: 0.9em;
      }
    }
  `,
];
