import { css } from 'lit';
import { hostBlock, visuallyHidden } from '../../styles/shared.ts';
import { tokens } from '../../styles/tokens.ts';

export const styles = [
  tokens,
  hostBlock(1.4),
  visuallyHidden,
  css`
    ol {
      position: relative;
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(9.5rem, 1fr);
      gap: 6px;
      margin: 0;
      padding: 4px 4px 8px;
      list-style: none;
      overflow-x: auto;
      scroll-snap-type: x proximity;
      overscroll-behavior-x: contain;
    }
    li {
      display: flex;
      scroll-snap-align: start;
    }
    .era {
      all: unset;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: 2px;
      width: 100%;
      min-height: 44px;
      padding: 8px 10px 10px;
      background-color: var(--aiw-surface);
      border: 1px solid var(--aiw-border);
      border-radius: var(--aiw-radius);
      cursor: pointer;
      text-align: start;
    }
    /* The kind's colour, as on the timeline's bands, over the surface; contested eras striped. */
    .kind-boom {
      --kind-bg: var(--aiw-boom);
    }
    .kind-winter {
      --kind-bg: var(--aiw-winter);
    }
    .kind-transition {
      --kind-bg: var(--aiw-transition);
    }
    .era {
      background-image: linear-gradient(var(--kind-bg), var(--kind-bg));
    }
    .era.contested {
      background-image: repeating-linear-gradient(135deg, transparent 0 10px, var(--aiw-contested-stripe) 10px 12px),
        linear-gradient(var(--kind-bg), var(--kind-bg));
    }
    .era:hover {
      border-color: var(--aiw-item-border);
    }
    .era:focus-visible {
      outline: 3px solid var(--aiw-focus);
      outline-offset: 2px;
    }
    .era[aria-current='true'] {
      border: 2px solid var(--aiw-focus);
      box-shadow: inset 0 -4px 0 var(--aiw-focus);
      padding: 7px 9px 13px;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 6px;
      font-size: 0.8em;
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    .kind {
      font-weight: 600;
    }
    .years {
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .title {
      font-weight: 600;
    }
    .summary {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
      line-clamp: 3;
      overflow: hidden;
      font-size: 0.88em;
    }
    :host([compact]) .mark {
      margin-top: 2px;
    }
    .mark {
      align-self: flex-start;
      margin-top: auto;
      padding: 0 6px;
      border: 1px dashed currentColor;
      border-radius: 8px;
      background: var(--aiw-bg);
      font-size: 0.8em;
    }
    @media (prefers-reduced-motion: no-preference) {
      ol {
        scroll-behavior: smooth;
      }
    }
    @media print {
      ol {
        grid-auto-flow: row;
        grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
        overflow: visible;
      }
      .era {
        background: none !important;
        border: 1px solid #000 !important;
        box-shadow: none !important;
        color: #000;
      }
    }
    .found {
      display: block;
      margin-top: 4px;
      font-weight: 600;
      color: var(--aiw-focus);
    }
  `,
];
