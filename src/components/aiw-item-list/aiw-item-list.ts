import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AiwItemActivateEvent } from '../../events/item-activate.ts';
import { strings } from '../../i18n/strings.ts';
import type { ListedItem } from '../../model/dataset-index.ts';
import type { Lang } from '../../model/schema.ts';
import { styles } from './aiw-item-list.styles.ts';

/**
 * The items in the timeline's visible window as a real list: what keyboard and screen-reader
 * users move through, since the vis-timeline drawing has no keyboard support. One option
 * holds the tab stop (roving tabindex); arrows move it, Home/End jump, Enter opens.
 * It sits in a disclosure, closed at first, so it does not push what follows the timeline down
 * the page: its summary ("12 items in view") is the tab stop before the list, and Enter opens it.
 *
 * @summary Keyboard list of the items in view.
 * @fires aiw-item-activate - the reader opened an item: `{ id }`.
 */
@customElement('aiw-item-list')
export class AiwItemList extends LitElement {
  static override styles = styles;

  /** The items in view, in date order. */
  @property({ attribute: false }) items: ListedItem[] = [];
  @property({ attribute: false }) selectedId: string | null = null;
  @property() override lang: Lang = 'en';
  /** The most options rendered at once (the rest are counted). */
  @property({ type: Number }) limit = 150;

  @state() private activeId: string | null = null;
  /** The disclosure is open (the reader opened it, or focus was moved into the list). */
  @state() private open = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const shown = this.items.slice(0, this.limit);
    if (changed.has('selectedId') && this.selectedId && shown.some((i) => i.id === this.selectedId)) this.activeId = this.selectedId;
    if (!shown.some((i) => i.id === this.activeId)) this.activeId = shown[0]?.id ?? null;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const shown = this.items.slice(0, this.limit);
    const at = shown.findIndex((i) => i.id === this.activeId);
    const moves: Record<string, number> = {
      ArrowDown: at + 1, ArrowRight: at + 1, ArrowUp: at - 1, ArrowLeft: at - 1, Home: 0, End: shown.length - 1,
      PageDown: at + 10, PageUp: at - 10,
    };
    if (e.key in moves) {
      e.preventDefault();
      this.focusItem(shown[Math.max(0, Math.min(shown.length - 1, moves[e.key]))]?.id);
    } else if ((e.key === 'Enter' || e.key === ' ') && this.activeId) {
      e.preventDefault();
      this.dispatchEvent(new AiwItemActivateEvent(this.activeId));
    }
  }

  /** A click on an option opens it, as Enter does on the active one. */
  private onClick(e: Event): void {
    const id = (e.target as Element).closest<HTMLElement>('[role="option"]')?.dataset.id;
    if (!id) return;
    this.activeId = id;
    this.dispatchEvent(new AiwItemActivateEvent(id));
  }

  private async focusItem(id: string | undefined): Promise<void> {
    if (!id) return;
    this.activeId = id;
    this.open = true;
    await this.updateComplete;
    const option = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    option?.focus();
    option?.scrollIntoView({ block: 'nearest' });
  }

  /** Moves keyboard focus into the list (to the active option). */
  override focus(): void {
    void this.focusItem(this.activeId ?? this.items[0]?.id);
  }

  override render() {
    const t = strings(this.lang);
    const shown = this.items.slice(0, this.limit);
    return html`
      <details ?open=${this.open} @toggle=${(e: Event) => (this.open = (e.target as HTMLDetailsElement).open)}>
      <summary class="count" id="count">${t.itemCount(this.items.length)}</summary>
      <ul role="listbox" aria-label=${t.itemList} aria-describedby="count" @keydown=${this.onKeyDown} @click=${this.onClick}>
        ${shown.map(
          (item) => html`<li
            role="option"
            data-id=${item.id}
            tabindex=${item.id === this.activeId ? 0 : -1}
            aria-selected=${item.id === this.selectedId ? 'true' : 'false'}
          >
            <span class="date">${item.dateText}</span><span class="label">${item.label}</span>
          </li>`,
        )}
        ${this.items.length > shown.length ? html`<li class="more" role="presentation">${t.moreItems(this.items.length - shown.length)}</li>` : nothing}
      </ul>
      </details>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-item-list': AiwItemList;
  }
}
