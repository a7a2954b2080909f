import { css } from 'lit';

/**
 * The design tokens (--aiw-*), declared on :host with light defaults, dark values under
 * prefers-color-scheme and the theme attribute. Pages override any of them on the element.
 */
const light = css`
  --aiw-font: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Noto Sans CJK SC', sans-serif;
  --aiw-mono: ui-monospace, 'SFMono-Regular', Menlo, monospace;
  --aiw-font-size: 15px;
  --aiw-radius: 6px;
  /* The column of lane titles: the drawing and the chart under it start at the same x. */
  --aiw-lanes-width: 150px;
  --aiw-fg: #1b1f24;
  --aiw-muted: #57606a;
  --aiw-bg: #ffffff;
  --aiw-surface: #f6f8fa;
  --aiw-border: #d0d7de;
  --aiw-grid: #eaeef2;
  --aiw-focus: #0969da;
  --aiw-item-bg: #ffffff;
  --aiw-item-border: #8c959f;
  --aiw-selected-bg: #ddf4ff;
  --aiw-cluster-bg: #eaeef2;
  --aiw-boom: rgba(255, 176, 59, 0.22);
  --aiw-winter: rgba(84, 160, 255, 0.2);
  --aiw-transition: rgba(140, 149, 159, 0.12);
  --aiw-contested-stripe: rgba(84, 110, 140, 0.18);
  --aiw-error: #cf222e;
  --aiw-error-bg: #ffebe9;
  --aiw-verified: #1a7f37;
  --aiw-link: #0969da;
  --aiw-mark-bg: #fff1a8;
  --aiw-came-true: #1a7f37;
  --aiw-came-true-late: #0f7b8a;
  --aiw-partly: #9a6700;
  --aiw-failed: #cf222e;
  --aiw-pending: #57606a;
`;

const dark = css`
  --aiw-fg: #e6edf3;
  --aiw-muted: #9da7b3;
  --aiw-bg: #0d1117;
  --aiw-surface: #161b22;
  --aiw-border: #30363d;
  --aiw-grid: #21262d;
  --aiw-focus: #58a6ff;
  --aiw-item-bg: #161b22;
  --aiw-item-border: #6e7681;
  --aiw-selected-bg: #1f3a5f;
  --aiw-cluster-bg: #30363d;
  --aiw-boom: rgba(255, 166, 43, 0.2);
  --aiw-winter: rgba(88, 166, 255, 0.2);
  --aiw-transition: rgba(110, 118, 129, 0.16);
  --aiw-contested-stripe: rgba(200, 215, 235, 0.14);
  --aiw-error: #ff7b72;
  --aiw-error-bg: #3d1418;
  --aiw-verified: #3fb950;
  --aiw-link: #58a6ff;
  --aiw-mark-bg: #5c4a00;
  --aiw-came-true: #3fb950;
  --aiw-came-true-late: #39c5cf;
  --aiw-partly: #d29922;
  --aiw-failed: #ff7b72;
  --aiw-pending: #9da7b3;
`;

export const tokens = css`
  :host {
    ${light}
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
`;
