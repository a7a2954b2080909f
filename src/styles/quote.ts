import { css } from 'lit';

/** How a quote reads wherever it is shown: the words, their translation, the caption. */
export const quoteStyles = css`
  blockquote {
    margin: 0;
    padding-inline-start: 12px;
    border-inline-start: 3px solid var(--aiw-focus);
  }
  .translation {
    margin: 6px 0 0;
    padding-inline-start: 15px;
    color: var(--aiw-muted);
  }
  figcaption {
    margin-top: 6px;
  }
`;
