import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AiwEraChooseEvent } from '../../events/era-choose.ts';
import { explorerStrings } from '../../i18n/explorer.ts';
import { strings } from '../../i18n/strings.ts';
import { erasInOrder, eraYears, matchesByEra } from '../../model/eras.ts';
import { firstSentence, localize } from '../../model/text.ts';
import type { Dataset, Era, Lang } from '../../model/schema.ts';
import { styles } from './aiw-era-strip.styles.ts';

/**
 * The eras in order, as a strip of buttons: kind (with the timeline's band colours), years,
 * title, the summary's first sentence and a mark on contested eras. One button is in the tab
 * order (the current era's); the arrow keys, Home and End move between them.
 *
 * @summary A strip of the eras to choose from.
 * @attr lang - "en" or "zh".
 * @attr current - id of the era shown as current (`aria-current`).
 * @attr compact - kind, years and title only, without the summaries (during a tour, so that the timeline comes up the page).
 * While a search is on (`matchIds`), each era says how many of its matches fall in it.
 * @fires aiw-era-choose - the user picked an era: `{ id }` (click, Enter or Space).
 * @csspart list - the list of eras.
 * @csspart era - one era's button.
 * @csspart contested - the "contested" mark.
 * @csspart matches - how many of a search's matches fall in the era.
 * @cssprop --aiw-boom - background of boom eras.
 * @cssprop --aiw-winter - background of winter eras.
 * @cssprop --aiw-transition - background of transition eras.
 */
@customElement('aiw-era-strip')
export class AiwEraStrip extends LitElement {
  static override styles = styles;

  private eras: Era[] = [];

  /** The era the roving tab stop is on, once the user has moved it. */
  @state() private focusId: string | null = null;

  /** The dataset (named `data`: `dataset` is HTMLElement's). */
  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  @property() current: string | null = null;
  @property({ type: Boolean, reflect: true }) compact = false;
  /** While a search is on, the ids it found: each era shows how many fall in it. Null when no search is on. */
  @property({ attribute: false }) matchIds: readonly string[] | null = null;
  private counts = new Map<string, number>();

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data')) this.eras = erasInOrder(this.data);
    if (changed.has('data') || changed.has('matchIds')) this.counts = this.data && this.matchIds ? matchesByEra(this.data, this.matchIds) : new Map();
    if (changed.has('current')) this.focusId = null;
  }

  override updated(changed: PropertyValues<this>): void {
    // Keep the current era in view when the strip scrolls sideways (narrow screens).
    if (!changed.has('current') || !this.current) return;
    const list = this.renderRoot.querySelector('ol');
    const button = this.renderRoot.querySelector<HTMLElement>(`button[data-id="${CSS.escape(this.current)}"]`);
    if (!list || !button) return;
    const left = button.offsetLeft; // the list is the offset parent
    if (left < list.scrollLeft || left + button.offsetWidth > list.scrollLeft + list.clientWidth) list.scrollTo({ left: left - 4, behavior: 'instant' });
  }

  /** The id of the one button in the tab order. */
  private get tabStop(): string | undefined {
    const ids = this.eras.map((e) => e.id);
    return [this.focusId, this.current].find((id) => id && ids.includes(id)) ?? ids[0];
  }

  private choose(id: string): void {
    this.focusId = id;
    this.dispatchEvent(new AiwEraChooseEvent(id));
  }

  private async onKeyDown(event: KeyboardEvent): Promise<void> {
    const ids = this.eras.map((e) => e.id);
    const at = ids.indexOf((event.target as HTMLElement).dataset.id ?? '');
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.focusId = ids[Math.max(0, Math.min(ids.length - 1, next))];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`button[data-id="${CSS.escape(this.focusId)}"]`)?.focus();
  }

  /** Moves focus to the strip's tab stop (the current era, or the first). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus(options);
  }

  override render() {
    if (!this.eras.length) return nothing;
    const t = explorerStrings(this.lang);
    const stop = this.tabStop;
    return html`
      <nav aria-label=${t.eras}>
        <ol part="list" @keydown=${this.onKeyDown}>
          ${this.eras.map((era) => {
            const current = era.id === this.current;
            return html`<li>
              <button
                type="button"
                part="era"
                class="era kind-${era.kind} ${era.contested ? 'contested' : ''}"
                data-id=${era.id}
                tabindex=${era.id === stop ? 0 : -1}
                aria-current=${current ? 'true' : nothing}
                @click=${() => this.choose(era.id)}
              >
                <span class="meta"><span class="kind">${t.kind[era.kind]}</span> <span class="years">${eraYears(era)}</span></span>
                <span class="title">${localize(era.title, this.lang)}</span>
                ${this.compact ? nothing : html`<span class="summary">${firstSentence(localize(era.summary, this.lang))}</span>`}
                ${this.matchIds ? html`<span class="found" part="matches">${strings(this.lang).eraMatches(this.counts.get(era.id) ?? 0)}</span>` : nothing}
                ${era.contested
                  ? html`<span class="mark" part="contested" title=${t.contestedHint}>${t.contested}<span class="visually-hidden">: ${t.contestedHint}</span></span>`
                  : nothing}
              </button>
            </li>`;
          })}
        </ol>
      </nav>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-era-strip': AiwEraStrip;
  }
}
