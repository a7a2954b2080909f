import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AiwLedgerChangeEvent } from '../../events/ledger-change.ts';
import { AiwShowOnTimelineEvent } from '../../events/show-on-timeline.ts';
import { ledgerStrings } from '../../i18n/ledger.ts';
import { strings } from '../../i18n/strings.ts';
import { DatasetIndex } from '../../model/dataset-index.ts';
import { formatPartialDate } from '../../model/dates.ts';
import { eraSummaries, filterLedger, ledgerEntries, monthsLeft, speakerKey, type LedgerEntry, type LedgerFilters } from '../../model/forecast-ledger.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { langTag, localize } from '../../model/text.ts';
import { LANGS, OUTCOMES } from '../../model/vocabulary.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { translationLine } from '../shared/translation-line.ts';
import { styles } from './aiw-forecast-ledger.styles.ts';

/**
 * The ledger of forecasts: each read from a quote, ordered by when it fell due, with what
 * became of it and the source that settles it; filters by outcome, era, speaker and language;
 * a line per era summing up how its forecasts turned out (computed, unverified quotes aside).
 *
 * @summary Promises and what became of them.
 * @attr lang - "en" or "zh".
 * @fires aiw-ledger-change - the user changed a filter: `detail.filters`.
 * @fires aiw-show-on-timeline - the user asked to see a forecast on the timeline: `detail.id`.
 * @csspart forecast - one forecast.
 */
@customElement('aiw-forecast-ledger')
export class AiwForecastLedger extends LitElement {
  static override styles = styles;

  private entries: LedgerEntry[] = [];
  private speakers: string[] = [];

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';
  /** The filters (the owner's: the explorer keeps them in the URL). */
  @property({ attribute: false }) filters: LedgerFilters = {};
  /** Today, for the time left on pending forecasts. */
  @property({ attribute: false }) now = new Date();

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('data')) return;
    this.entries = this.data ? ledgerEntries(DatasetIndex.of(this.data)) : [];
    this.speakers = [...new Set(this.entries.map((e) => speakerKey(e.quote)))].sort();
  }

  private setFilter(key: keyof LedgerFilters, value: string): void {
    const filters = { ...this.filters, [key]: value || undefined };
    for (const k of Object.keys(filters) as Array<keyof LedgerFilters>) if (!filters[k]) delete filters[k];
    this.dispatchEvent(new AiwLedgerChangeEvent(filters));
  }

  override render() {
    const t = ledgerStrings(this.lang);
    const shown = filterLedger(this.entries, this.filters);
    const eras = this.data ? DatasetIndex.of(this.data).eras : [];
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${t.heading}</h2>
        <p class="intro">${t.intro}</p>
        <h3>${t.summaryHeading}</h3>
        <ul class="summary">
          ${eraSummaries(this.entries, eras).map((s) => html`<li>${this.summaryLine(s.era.title, s.total, s.counts, s.uncounted)}</li>`)}
        </ul>
        <fieldset class="filters">
          <legend>${t.filters}</legend>
          ${this.select('outcome', t.outcome, OUTCOMES.map((o) => [o, strings(this.lang).outcome[o]]))}
          ${this.select('era', t.era, eras.map((e) => [e.id, localize(e.title, this.lang)]))}
          ${this.select('speaker', t.speaker, this.speakers.map((s) => [s, s]))}
          ${this.select('lang', t.language, LANGS.map((l) => [l, t.languages[l]]))}
        </fieldset>
        <p class="count" role="status">${t.shown(shown.length, this.entries.length)}</p>
        ${shown.length ? html`<ol class="forecasts">${shown.map((e) => this.renderEntry(e))}</ol>` : html`<p class="intro">${t.none}</p>`}
      </section>
    `;
  }

  private summaryLine(era: Dataset['eras'][number]['title'], total: number, counts: Array<[string, number]>, uncounted: number) {
    const t = ledgerStrings(this.lang);
    const outcomes = strings(this.lang).outcome as Record<string, string>;
    const parts = counts.map(([o, n]) => t.part(n, outcomes[o])).join(this.lang === 'zh' ? '，' : ', ');
    return `${t.summary(total, localize(era, this.lang), parts)}${uncounted ? t.uncounted(uncounted) : ''}`;
  }

  private select(key: keyof LedgerFilters, label: string, options: Array<[string, string]>) {
    const t = ledgerStrings(this.lang);
    const value = this.filters[key] ?? '';
    return html`<label>
      <span>${label}</span>
      <select @change=${(e: Event) => this.setFilter(key, (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value}>${t.any}</option>
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </label>`;
  }

  private renderEntry({ forecast: f, quote: q, uncounted }: LedgerEntry) {
    const t = ledgerStrings(this.lang);
    const s = strings(this.lang);
    const date = (d: string) => formatPartialDate(d, this.lang);
    return html`<li part="forecast" class="forecast">
      <p class="head">
        <span class="badge outcome-${f.outcome}">${s.outcome[f.outcome]}</span>
        <span class="due">${t.due(date(f.dueBy))}</span>
        ${f.outcome === 'pending' ? html`<span class="left">${t.left(monthsLeft(f.dueBy, this.now))}</span>` : nothing}
        ${uncounted ? html`<span class="badge verification-unverified">${t.unverifiedQuote}</span>` : nothing}
      </p>
      <p class="claim">${localize(f.claim, this.lang)}</p>
      <figure>
        <blockquote lang=${langTag(q.lang)}>${q.text}</blockquote>
        ${translationLine(q, this.lang)}
        <figcaption>— <strong>${localize(q.speaker, this.lang)}</strong>, ${t.made(date(f.madeOn))}</figcaption>
      </figure>
      <p class="verdict">${localize(f.outcomeNote, this.lang)}</p>
      ${f.outcomeSources.length
        ? html`<p class="source"><span class="label">${t.settledBy}:</span> ${sourceCitation(f.outcomeSources[0], this.lang)}</p>`
        : nothing}
      <button type="button" @click=${() => this.dispatchEvent(new AiwShowOnTimelineEvent(f.id))}>${t.showOnTimeline}</button>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-forecast-ledger': AiwForecastLedger;
  }
}
