/**
 * What an item says inside its box, for both drawings: an era's title (with "?" when contested),
 * an event's title, a quote's or forecast's speaker and first words, a cluster's "+N", the year a
 * late forecast came true. Text only: data is never markup.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PlannedItem } from '../../model/timeline-plan.ts';

export function itemContent(item: PlannedItem): TemplateResult | typeof nothing {
  const e = item.entry;
  // While a search is on, a cluster and an era say how many matches they hold.
  const found = item.matches ? html`<span class="match-count">${item.matches}</span>` : nothing;
  if (item.cluster) return html`<span class="cluster-count">+${item.cluster.ids.length}</span>${found}`;
  if (!e) return nothing;
  // When a forecast that came true late did (the forecast itself is drawn as its span).
  if (item.role === 'marker') return html`<span class="outcome-mark">✓ ${item.start.getUTCFullYear()}</span>`;
  if (item.role === 'era') {
    return html`<span class="band-title" part="band-title">${e.label}${e.contested ? html`<span class="contested-mark">?</span>` : nothing}${found}</span>`;
  }
  return html`<span class="item-body"><span class="item-label">${e.label}</span>${e.excerpt ? html`<span class="item-excerpt">${e.excerpt}</span>` : nothing}</span>`;
}
