import { html, nothing } from 'lit';
import type { strings } from '../../i18n/strings.ts';
import type { ViewAction } from '../../model/view-state.ts';
import { ZOOM_STEP } from './keys.ts';

/**
 * The buttons above the drawing: zoom in and out, the whole span, the era before and after;
 * and, while the data loads, a status line. While a search is on (`searching`), how
 * many items it found and buttons to step through them. Each button is the reader's own move.
 */
export function toolbar(t: ReturnType<typeof strings>, loading: boolean, act: (action: ViewAction) => void, searching: boolean, matches: readonly string[] = [], query = '') {
  const button = (label: string, text: string, action: ViewAction) =>
    html`<button type="button" @click=${() => act(action)} aria-label=${label} title=${label}>${text}</button>`;
  return html`<div class="toolbar" part="toolbar">
    ${button(t.zoomIn, '+', { type: 'zoom', factor: ZOOM_STEP, by: 'user' })}
    ${button(t.zoomOut, '−', { type: 'zoom', factor: 1 / ZOOM_STEP, by: 'user' })}
    ${button(t.fit, '⤢', { type: 'fit', by: 'user' })}
    ${button(t.previousEra, '[', { type: 'step-era', step: -1, by: 'user' })}
    ${button(t.nextEra, ']', { type: 'step-era', step: 1, by: 'user' })}
    ${searching ? html`<span class="matches" role="status">${t.matchesOnTimeline(matches.length, query)}</span>
      ${matches.length ? html`${button(t.previousMatch, '‹', { type: 'step-match', ids: matches, step: -1 })}${button(t.nextMatch, '›', { type: 'step-match', ids: matches, step: 1 })}` : nothing}` : nothing}
    ${loading ? html`<span class="status" role="status"><span class="spinner" aria-hidden="true"></span>${t.loading}</span>` : nothing}
  </div>`;
}
