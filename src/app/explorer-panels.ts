/**
 * The explorer's lower half: the selected item's detail, and the tabbed panels (eras, quote
 * search, comparison, curated pairs, about). Panels the first view does not need are loaded
 * when first opened, so they stay out of the first chunk.
 */
import { html, nothing } from 'lit';
import type { AiwCompareAddEvent } from '../events/compare-add.ts';
import type { AiwCompareChangeEvent } from '../events/compare-change.ts';
import type { AiwCompareSetEvent } from '../events/compare-set.ts';
import type { AiwEraChooseEvent } from '../events/era-choose.ts';
import type { AiwItemChooseEvent } from '../events/item-choose.ts';
import type { AiwLedgerChangeEvent } from '../events/ledger-change.ts';
import type { AiwRhymeChangeEvent } from '../events/rhyme-change.ts';
import type { AiwSearchChangeEvent } from '../events/search-change.ts';
import type { AiwShowOnTimelineEvent } from '../events/show-on-timeline.ts';
import { appStrings } from '../i18n/app.ts';
import { rhymeStrings } from '../i18n/rhyme.ts';
import { DEFAULT_RHYME } from '../model/rhyme.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import type { Dataset } from '../model/schema.ts';
import { PANELS, type ExplorerState, type Panel } from '../model/url-state.ts';

/** What the panels read from the page that owns the state, and the changes they ask of it. */
export interface PanelsHost {
  readonly state: ExplorerState;
  readonly data: Dataset | null;
  readonly index: DatasetIndex | null;
  readonly renderRoot: ParentNode;
  readonly updateComplete: Promise<boolean>;
  change(patch: Partial<ExplorerState>): void;
  chooseEra(id: string): void;
  chooseItem(id: string | null): void;
  addToCompare(id: string): void;
  setPanel(panel: Panel): void;
}

const lazy: Record<Panel, () => Promise<unknown>> = {
  eras: () => import('../components/aiw-era-panel/aiw-era-panel.ts'),
  search: () => import('../components/aiw-search/aiw-search.ts'),
  compare: () => import('../components/aiw-quote-compare/aiw-quote-compare.ts'),
  rhymes: () => Promise.all([import('../components/aiw-pair-list/aiw-pair-list.ts'), import('../components/aiw-rhyme-view/aiw-rhyme-view.ts')]),
  predictions: () => import('../components/aiw-forecast-ledger/aiw-forecast-ledger.ts'),
  about: () => import('../components/aiw-about/aiw-about.ts'),
};
const loaded = new Set<Panel>();

function ensure(panel: Panel): void {
  if (loaded.has(panel)) return;
  loaded.add(panel);
  lazy[panel]().catch((e) => console.error(`aiw-explorer: the ${panel} panel could not be loaded`, e));
}

/** Arrow keys move between tabs (and open them), as in any tab list. */
function onTabKey(explorer: PanelsHost, e: KeyboardEvent): void {
  const at = PANELS.indexOf(explorer.state.panel);
  const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: PANELS.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  const next = PANELS[(to + PANELS.length) % PANELS.length];
  explorer.setPanel(next);
  void explorer.updateComplete.then(() => explorer.renderRoot.querySelector<HTMLElement>(`#tab-${next}`)?.focus());
}

export function renderPanels(explorer: PanelsHost) {
  const { state, data, index } = explorer;
  const t = appStrings(state.lang);
  const lang = state.lang;
  ensure(state.panel);
  const selected = state.item ? index?.get(state.item) : undefined;
  // A quote goes into the comparison; so does the quote a forecast reads (its verdict shows beside it there).
  const compareable = selected?.kind === 'quote' ? selected.record.id : selected?.kind === 'forecast' ? selected.record.quoteId : null;
  const label = (p: Panel) => (p === 'compare' && state.compare.length ? t.compareCount(state.compare.length) : t.tabs[p]);
  return html`
    <div class="lower">
      ${selected
        ? html`<section class="detail" aria-label=${t.selectedItem}>
            <aiw-item-detail lang=${lang} .item=${selected} @aiw-detail-close=${() => explorer.chooseItem(null)}>
              ${compareable
                ? html`<button slot="actions" type="button" class="action" ?disabled=${state.compare.includes(compareable)}
                    @click=${() => explorer.addToCompare(compareable)}>
                    ${state.compare.includes(compareable) ? t.inCompare : t.addToCompare}
                  </button>`
                : nothing}
            </aiw-item-detail>
          </section>`
        : nothing}
      <section class="panels" aria-label=${t.panelsLabel}>
        <div role="tablist" aria-label=${t.panelsLabel} @keydown=${(e: KeyboardEvent) => onTabKey(explorer, e)}>
          ${PANELS.map(
            (p) => html`<button role="tab" id="tab-${p}" aria-controls="panel" aria-selected=${p === state.panel ? 'true' : 'false'}
              tabindex=${p === state.panel ? 0 : -1} @click=${() => explorer.setPanel(p)}>${label(p)}</button>`,
          )}
        </div>
        <div role="tabpanel" id="panel" aria-labelledby="tab-${state.panel}" class="panel panel-${state.panel}">${renderPanel(explorer)}</div>
      </section>
    </div>
  `;

  function renderPanel(e: PanelsHost) {
    switch (state.panel) {
      case 'eras':
        return state.era
          ? html`<aiw-era-panel .data=${data} lang=${lang} .eraId=${state.era}
              @aiw-era-choose=${(ev: AiwEraChooseEvent) => e.chooseEra(ev.detail.id)}
              @aiw-item-choose=${(ev: AiwItemChooseEvent) => e.chooseItem(ev.detail.id)}></aiw-era-panel>`
          : html`<div class="intro"><p>${t.intro}</p>
              <button type="button" class="action" @click=${() => e.chooseEra(index!.eras[0].id)}>${t.start}</button></div>`;
      case 'search':
        return html`<aiw-search .data=${data} lang=${lang} .query=${state.q} .filters=${state.filters} .compareIds=${state.compare}
          @aiw-search-change=${(ev: AiwSearchChangeEvent) => e.change({ q: ev.detail.query, filters: ev.detail.filters })}
          @aiw-show-on-timeline=${(ev: AiwShowOnTimelineEvent) => e.chooseItem(ev.detail.id)}
          @aiw-compare-add=${(ev: AiwCompareAddEvent) => e.addToCompare(ev.detail.id)}></aiw-search>`;
      case 'compare':
        return html`<aiw-quote-compare .data=${data} lang=${lang} .ids=${state.compare}
          @aiw-compare-change=${(ev: AiwCompareChangeEvent) => e.change({ compare: ev.detail.ids })}></aiw-quote-compare>`;
      case 'rhymes': {
        // Two modes: the list of pairs, or two eras side by side (the Rhyme view, state.rhyme).
        const compare = (ev: AiwCompareSetEvent) => e.change({ compare: ev.detail.ids, panel: 'compare' });
        return state.rhyme
          ? html`<aiw-rhyme-view .data=${data} lang=${lang} .rhyme=${state.rhyme} @aiw-compare-set=${compare}
              @aiw-rhyme-change=${(ev: AiwRhymeChangeEvent) => e.change({ rhyme: ev.detail.rhyme })}></aiw-rhyme-view>`
          : html`<button type="button" class="action" @click=${() => e.change({ rhyme: DEFAULT_RHYME })}>${rhymeStrings(lang).open}</button>
              <aiw-pair-list .data=${data} lang=${lang} @aiw-compare-set=${compare}></aiw-pair-list>`;
      }
      case 'predictions':
        return html`<aiw-forecast-ledger .data=${data} lang=${lang} .filters=${state.ledger}
          @aiw-ledger-change=${(ev: AiwLedgerChangeEvent) => e.change({ ledger: ev.detail.filters })}
          @aiw-show-on-timeline=${(ev: AiwShowOnTimelineEvent) => e.chooseItem(ev.detail.id)}></aiw-forecast-ledger>`;
      case 'about':
        return html`<aiw-about .data=${data} lang=${lang}></aiw-about>`;
    }
  }
}
