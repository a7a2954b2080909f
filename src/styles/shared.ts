/**
 * Rules every component would otherwise repeat: the :host preamble, text only screen readers
 * read, plain buttons, badges (and the colours of a quote's verification), and marked words.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * For an element that goes on other people's pages: nothing the page sets on an ancestor is
 * inherited past the host (text-align, direction, line-height, letter- and word-spacing,
 * white-space, text-indent, text-transform, font-variant, writing-mode…), so the page can size
 * and place the element but never move or restyle what is drawn inside. Custom properties
 * (the --aiw-* tokens) still come through: they are how a page themes it. Put it first.
 */
export const hostReset = css`
  :host {
    all: initial;
    direction: ltr;
    unicode-bidi: isolate;
  }
`;

/** A block element in the widget's font and colours, hidden by `hidden`; line height per component. */
export function hostBlock(lineHeight: 1.4 | 1.5 | 1.6): CSSResult {
  return css`
    :host {
      display: block;
      font: var(--aiw-font-size) / ${unsafeCSS(String(lineHeight))} var(--aiw-font);
      color: var(--aiw-fg);
    }
    :host([hidden]) {
      display: none;
    }
  `;
}

/** Read by screen readers, not shown. */
/**
 * A plain button: a 44 px touch target, the component's font, a border, the focus ring and a
 * dimmed disabled state. Put it before the component's own rules, which change what differs
 * (background, padding, a primary button).
 */
export const buttons = css`
  button {
    min-width: 44px;
    min-height: 44px;
    padding: 0 14px;
    font: inherit;
    color: var(--aiw-fg);
    background: var(--aiw-surface);
    border: 1px solid var(--aiw-border);
    border-radius: var(--aiw-radius);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--aiw-focus);
    outline-offset: 2px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.7;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A small rounded label; a quote's verification in green (primary, secondary) or red (unverified); a forecast's outcome in its colour. */
export const badges = css`
  .badge {
    display: inline-block;
    padding: 0 8px;
    border: 1px solid var(--aiw-border);
    border-radius: 10px;
    font-size: 0.85em;
  }
  .verification-primary,
  .verification-secondary {
    border-color: var(--aiw-verified);
    color: var(--aiw-verified);
  }
  .verification-unverified {
    border-color: var(--aiw-error);
    color: var(--aiw-error);
  }
  .outcome-came-true {
    border-color: var(--aiw-came-true);
    color: var(--aiw-came-true);
  }
  .outcome-came-true-late {
    border-color: var(--aiw-came-true-late);
    color: var(--aiw-came-true-late);
  }
  .outcome-partly {
    border-color: var(--aiw-partly);
    color: var(--aiw-partly);
  }
  .outcome-failed {
    border-color: var(--aiw-failed);
    color: var(--aiw-failed);
  }
  .outcome-pending,
  .outcome-unfalsifiable {
    border-color: var(--aiw-pending);
    color: var(--aiw-pending);
  }
`;

/** Words a search matched or two quotes share, in light and dark. */
export const marks = css`
  mark {
    background: var(--aiw-mark-bg, #fff3b0);
    color: inherit;
    border-radius: 2px;
    box-shadow: 0 0 0 1px var(--aiw-mark-bg, #fff3b0);
  }
  :host([theme='dark']) mark {
    background: #5c4a00;
    box-shadow: 0 0 0 1px #5c4a00;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) mark {
      background: #5c4a00;
      box-shadow: 0 0 0 1px #5c4a00;
    }
  }
`;
