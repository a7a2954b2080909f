import { html, nothing } from 'lit';
import type { AiwItemActivateEvent } from '../../events/item-activate.ts';
import type { strings } from '../../i18n/strings.ts';
import type { ListedItem } from '../../model/dataset-index.ts';
import { formatInstant } from '../../model/dates.ts';
import type { Lang } from '../../model/schema.ts';
import type { ViewAction, ViewState } from '../../model/view-state.ts';

/**
 * What comes under the drawing: the keyboard help, the list of items in view (the keyboard and
 * screen-reader route through the timeline), the selected item's detail (unless the page shows
 * it itself), and what a screen reader is told when the window or the selection changes.
 */
export function belowDrawing(t: ReturnType<typeof strings>, lang: Lang, items: readonly ListedItem[], view: ViewState, noDetail: boolean, act: (action: ViewAction) => void) {
  const { window, selectedId, index } = view;
  const selected = selectedId ? index?.get(selectedId) : undefined;
  const years = (d: Date) => formatInstant(d, lang, { year: 'numeric' });
  return html`
    <p class="keys" id="keys">${t.keyboardHelp}</p>
    <div class="below">
      <aiw-item-list part="list" lang=${lang} .items=${items} .selectedId=${selectedId}
        @aiw-item-activate=${(e: AiwItemActivateEvent) => act({ type: 'pick', id: e.detail.id })}></aiw-item-list>
      ${selected && !noDetail
        ? html`<aiw-item-detail part="detail" lang=${lang} .item=${selected} @aiw-detail-close=${() => act({ type: 'pick', id: null })}></aiw-item-detail>`
        : nothing}
    </div>
    <div class="visually-hidden" aria-live="polite">${t.rangeAnnouncement(years(window.from), years(window.to), items.length)}</div>
    <div class="visually-hidden" aria-live="polite">${selected ? t.selectedAnnouncement(index?.label(selected, lang) ?? '') : ''}</div>
  `;
}

/** Moves keyboard focus into the list of items in view (opening it): Enter on the drawing. */
export function focusItemList(root: ParentNode): void {
  root.querySelector('aiw-item-list')?.focus();
}
