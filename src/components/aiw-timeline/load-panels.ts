import { html, nothing } from 'lit';
import type { strings } from '../../i18n/strings.ts';
import type { DatasetIssue } from '../../model/dataset-issues.ts';

type Strings = ReturnType<typeof strings>;
const SHOWN = 8;

function lines(t: Strings, errors: DatasetIssue[]) {
  const shown = errors.slice(0, SHOWN);
  return html`<ul>${shown.map((e) => html`<li>${e.message}</li>`)}</ul>
    ${errors.length > shown.length ? html`<p>${t.moreErrors(errors.length - shown.length)}</p>` : nothing}`;
}

/** Nothing in the dataset could be used: the loader's first lines, and Retry. */
export function errorPanel(t: Strings, errors: DatasetIssue[], retry: () => void) {
  return html`<div class="error" part="error" role="alert">
    <strong>${t.loadFailed}</strong>
    ${lines(t, errors)}
    <button type="button" @click=${retry}>${t.retry}</button>
  </div>`;
}

/** Some records were skipped: what and why, above the records that are shown. */
export function noticePanel(t: Strings, errors: DatasetIssue[], dismiss: () => void) {
  return html`<div class="notice" part="notice" role="status">
    <button type="button" class="dismiss" @click=${dismiss} aria-label=${t.dismiss} title=${t.dismiss}>×</button>
    <strong>${t.skipped(errors.length)}</strong>
    ${lines(t, errors)}
  </div>`;
}
