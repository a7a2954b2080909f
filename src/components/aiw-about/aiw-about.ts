import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { explorerStrings } from '../../i18n/explorer.ts';
import type { Dataset, Lang } from '../../model/schema.ts';
import { VERIFICATIONS } from '../../model/vocabulary.ts';
import { collectSources, type SourceList } from '../../model/sources.ts';
import { verifiedShare, type VerifiedShare } from '../../model/verified-share.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { styles } from './aiw-about.styles.ts';


/**
 * What the project is, how it decides what counts as verified, the seed article it began from,
 * and every source the dataset cites: listed once, grouped by what it is (books and papers,
 * reports and documents, news and web), sorted by title, linked when it has a web address.
 *
 * @summary About the project, and its sources.
 * @attr lang - "en" or "zh".
 * @csspart about - the article.
 * @csspart sources - the whole sources section.
 * @csspart group - one group of sources.
 */
@customElement('aiw-about')
export class AiwAbout extends LitElement {
  static override styles = styles;

  private sources: SourceList = { total: 0, groups: [] };
  private counts: VerifiedShare = { primary: 0, secondary: 0, unverified: 0, seedLines: 0 };

  @property({ attribute: false }) data: Dataset | null = null;
  @property() override lang: Lang = 'en';

  override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('data')) return;
    this.sources = this.data ? collectSources(this.data) : { total: 0, groups: [] };
    this.counts = verifiedShare(this.data?.quotes ?? []);
  }

  /** Follows a link to a group inside the shadow root (a page's #fragment cannot reach it). */
  private jump(event: Event, group: string): void {
    event.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#group-${group}`);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  override render() {
    const t = explorerStrings(this.lang);
    const { primary, secondary, unverified, seedLines } = this.counts;
    return html`
      <article part="about" aria-labelledby="about-title">
        <h2 id="about-title">${t.aboutHeading}</h2>
        <p class="lede">${t.aboutIntro}</p>

        <section aria-labelledby="verified-title">
          <h3 id="verified-title">${t.verifiedHeading}</h3>
          <dl class="levels">
            ${VERIFICATIONS.map(
              (v) => html`<div>
                <dt><span class="badge verification-${v}">${t.verification[v]}</span></dt>
                <dd>${t.verificationText[v]}</dd>
              </div>`,
            )}
          </dl>
          ${this.data ? html`<p>${t.quoteShare(primary, secondary, unverified, seedLines)}</p>` : nothing}
        </section>

        <section aria-labelledby="seed-title">
          <h3 id="seed-title">${t.seedHeading}</h3>
          <p>${t.seedBefore}<cite lang="zh-Hans">${t.seedTitle}</cite>${t.seedAfter}</p>
        </section>

        <section part="sources" aria-labelledby="sources-title">
          <h3 id="sources-title">${t.sourcesHeading(this.sources.total)}</h3>
          ${this.data ? html`<p>${t.sourcesIntro}</p>` : html`<p class="empty">${t.noData}</p>`}
          ${this.sources.groups.length > 1
            ? html`<nav aria-label=${t.groupsNav}>
                <ul class="jump">
                  ${this.sources.groups.map(
                    ({ group, sources }) =>
                      html`<li><a href="#group-${group}" @click=${(e: Event) => this.jump(e, group)}>${t.groupHeading(t.group[group], sources.length)}</a></li>`,
                  )}
                </ul>
              </nav>`
            : nothing}
          ${this.sources.groups.map(
            ({ group, sources }) => html`<section part="group" class="group" aria-labelledby="group-${group}">
              <h4 id="group-${group}" tabindex="-1">${t.groupHeading(t.group[group], sources.length)}</h4>
              <ol class="sources">
                ${sources.map((c) => html`<li>${sourceCitation(c.source, this.lang)}</li>`)}
              </ol>
            </section>`,
          )}
        </section>
      </article>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-about': AiwAbout;
  }
}
