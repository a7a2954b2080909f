import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { quoteStrings } from '../../i18n/quotes.ts';
import { yearsApart } from '../../model/compare.ts';
import { comparePartialDates, formatPartialDate } from '../../model/dates.ts';
import { eraAt } from '../../model/eras.ts';
import { clip, langTag, localize } from '../../model/text.ts';
import type { Dataset, Lang, Pair, Quote } from '../../model/schema.ts';
import { AiwCompareSetEvent } from '../../events/compare-set.ts';
import { translationLine } from '../shared/translation-line.ts';
import { styles } from './aiw-pair-list.styles.ts';

/** How much of a quote (and of its translation) a pair shows; the comparison has it all. */
const EXCERPT = 140;

interface ShownPair {
  pair: Pair;
  quotes: [Quote, Quote];
  years: number;
}

/**
 * The curated pairs ("history rhymes"): two quotes, usually decades apart, that say nearly
 * the same thing, with the editors' note. Picking one asks for exactly that comparison.
 *
 * @summary The curated pairs of quotes.
 * @attr lang - "en" or "zh".
 * @fires aiw-compare-set - the user picked a pair: `ids` are its two quotes, earlier first.
 * @csspart pair - one pair.
 */
@customElement('aiw-pair-list')
export class AiwPairList extends LitElement {
  static override styles = styles;

  private pairs: ShownPair[] = [];

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';

  protected override willUpdate(changed: PropertyValues): void {
    if (!changed.has('data')) return;
    const byId = new Map((this.data?.quotes ?? []).map((q) => [q.id, q]));
    this.pairs = (this.data?.pairs ?? []).flatMap((pair) => {
      const [a, b] = pair.quotes.map((id) => byId.get(id));
      if (!a || !b) return [];
      const quotes: [Quote, Quote] = comparePartialDates(a.date, b.date) <= 0 ? [a, b] : [b, a];
      return [{ pair, quotes, years: yearsApart(a.date, b.date) }];
    });
  }

  private pick(p: ShownPair): void {
    this.dispatchEvent(new AiwCompareSetEvent(p.quotes.map((q) => q.id)));
  }

  override render() {
    const t = quoteStrings(this.lang);
    return html`
      <section aria-labelledby="heading">
        <h2 id="heading">${t.pairsHeading}</h2>
        <p class="intro">${t.pairsIntro}</p>
        ${this.pairs.length === 0 ? html`<p class="intro">${t.noPairs}</p>` : nothing}
        <ul class="pairs">
          ${this.pairs.map((p) => this.renderPair(p))}
        </ul>
      </section>
    `;
  }

  private renderPair(p: ShownPair) {
    const t = quoteStrings(this.lang);
    const [a, b] = p.quotes;
    const name = (q: Quote) => `${localize(q.speaker, this.lang)} (${q.date.slice(0, 4)})`;
    return html`<li part="pair" class="pair" data-id=${p.pair.id}>
      <div class="quotes">
        ${this.renderQuote(a)}
        <p class="apart"><span aria-hidden="true">↔</span> ${t.yearsApart(p.years)}</p>
        ${this.renderQuote(b)}
      </div>
      <p class="note">${localize(p.pair.note, this.lang)}</p>
      <button type="button" aria-label=${t.comparePairLabel(name(a), name(b))} @click=${() => this.pick(p)}>${t.comparePair}</button>
    </li>`;
  }

  private renderQuote(q: Quote) {
    const era = this.data ? eraAt(this.data.eras, q.date) : undefined;
    return html`<figure class="quote">
      <blockquote lang=${langTag(q.lang)}>${clip(q.text, EXCERPT)}</blockquote>
      ${translationLine(q, this.lang, EXCERPT)}
      <figcaption>
        — <strong>${localize(q.speaker, this.lang)}</strong>,
        <time datetime=${q.date}>${formatPartialDate(q.date, this.lang)}</time>
        ${era ? html`<span class="era era-${era.kind}">${localize(era.title, this.lang)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-pair-list': AiwPairList;
  }
}
