/**
 * One search result of each kind, with the words that matched marked: an event (title, date,
 * era, summary, source), a quote (its words, translation, speaker, verdicts of its forecasts),
 * an era (title, years, summary) and a forecast (claim, outcome, whose quote). Text from data is
 * never markup: `marked` builds it as text with <mark> around the matches.
 */
import { html, nothing } from 'lit';
import { quoteStrings } from '../../i18n/quotes.ts';
import { searchStrings } from '../../i18n/search.ts';
import { strings } from '../../i18n/strings.ts';
import { MAX_COMPARE } from '../../model/compare.ts';
import { DatasetIndex } from '../../model/dataset-index.ts';
import { formatDateRange, formatPartialDate } from '../../model/dates.ts';
import { localizedField } from '../../model/quote-fields.ts';
import type { Dataset, Era, Lang, LocalizedText } from '../../model/schema.ts';
import type { SiteHit } from '../../model/site-search.ts';
import { firstSentence, langTag, localize } from '../../model/text.ts';
import { forecastVerdicts } from '../shared/forecast-verdicts.ts';
import { marked } from '../shared/marked.ts';
import { sourceCitation } from '../shared/source-citation.ts';

export interface HitContext {
  lang: Lang;
  data: Dataset;
  /** The era a dated record falls in. */
  eraOf: (date: string) => Era | undefined;
  compareIds: readonly string[];
  show: (id: string) => void;
  addToCompare: (id: string) => void;
}

/** The text of a localized field in the reader's language (else the other), and the ranges matched in it. */
function field(hit: SiteHit, name: string, value: LocalizedText | undefined, lang: Lang) {
  if (value === undefined) return { text: '', ranges: [] as Array<[number, number]> };
  const text = localize(value, lang);
  const path = typeof value === 'string' ? name : text === value[lang] ? `${name}.${lang}` : `${name}.${lang === 'en' ? 'zh' : 'en'}`;
  return { text, ranges: hit.matches.find((m) => m.field === path)?.ranges ?? [] };
}

const eraChip = (era: Era | undefined, lang: Lang) => (era ? html` · <span class="era era-${era.kind}">${localize(era.title, lang)}</span>` : nothing);

export function renderHit(hit: SiteHit, c: HitContext) {
  const t = searchStrings(c.lang);
  const show = (label = t.showOnTimeline) => html`<button type="button" @click=${() => c.show(hit.id)}>${label}</button>`;
  switch (hit.kind) {
    case 'event': {
      const e = hit.record;
      const title = field(hit, 'title', e.title, c.lang);
      const summary = field(hit, 'summary', e.summary, c.lang);
      return html`<li part="result" data-id=${e.id} data-kind="event">
        <p class="title"><strong>${marked(title.text, title.ranges)}</strong></p>
        <p class="meta"><time datetime=${e.date}>${e.end ? formatDateRange(e.date, e.end, c.lang) : formatPartialDate(e.date, c.lang)}</time>${eraChip(c.eraOf(e.date), c.lang)}</p>
        <p class="summary">${summary.ranges.length ? marked(summary.text, summary.ranges) : firstSentence(summary.text)}</p>
        ${e.sources[0] ? html`<p class="source"><span class="label">${strings(c.lang).source}:</span> ${sourceCitation(e.sources[0], c.lang)}</p>` : nothing}
        <div class="actions">${show()}</div>
      </li>`;
    }
    case 'era': {
      const e = hit.record;
      const title = field(hit, 'title', e.title, c.lang);
      const summary = field(hit, 'summary', e.summary, c.lang);
      return html`<li part="result" data-id=${e.id} data-kind="era">
        <p class="title"><strong class="era era-${e.kind}">${marked(title.text, title.ranges)}</strong></p>
        <p class="meta">${formatDateRange(e.start, e.end, c.lang)}</p>
        <p class="summary">${summary.ranges.length ? marked(summary.text, summary.ranges) : firstSentence(summary.text)}</p>
        <div class="actions">${show(t.showEraOnTimeline)}</div>
      </li>`;
    }
    case 'forecast': {
      const f = hit.record;
      const claim = field(hit, 'claim', f.claim, c.lang);
      const note = field(hit, 'outcomeNote', f.outcomeNote, c.lang);
      const who = hit.quote ? localize(hit.quote.speaker, c.lang) : '';
      return html`<li part="result" data-id=${f.id} data-kind="forecast">
        <p class="title"><strong>${marked(claim.text, claim.ranges)}</strong>
          <span class="badge outcome-${f.outcome}">${strings(c.lang).outcome[f.outcome]}</span></p>
        <p class="meta">${t.forecastOf} ${who} · <time datetime=${f.madeOn}>${formatPartialDate(f.madeOn, c.lang)}</time> → <time datetime=${f.dueBy}>${formatPartialDate(f.dueBy, c.lang)}</time></p>
        <p class="summary">${note.ranges.length ? marked(note.text, note.ranges) : firstSentence(note.text)}</p>
        <div class="actions">${show()}</div>
      </li>`;
    }
    case 'quote':
      return quoteHit(hit, c);
  }
}

function quoteHit(hit: SiteHit & { kind: 'quote' }, c: HitContext) {
  const t = quoteStrings(c.lang);
  const q = hit.record;
  const ranges = (path: string) => hit.matches.find((m) => m.field === path)?.ranges ?? [];
  const other: Lang = q.lang === 'en' ? 'zh' : 'en';
  const translation = q.translation === undefined ? undefined : localizedField(q, 'translation', other);
  const speaker = localizedField(q, 'speaker', c.lang);
  const role = localizedField(q, 'speakerRole', c.lang);
  const context = localizedField(q, 'context', c.lang);
  const inCompare = c.compareIds.includes(q.id);
  const full = !inCompare && c.compareIds.length >= MAX_COMPARE;
  return html`<li part="result" data-id=${q.id} data-kind="quote">
    <figure>
      <blockquote lang=${langTag(q.lang)}>${marked(q.text, ranges('text'))}</blockquote>
      ${translation?.text ? html`<p class="translation" lang=${langTag(other)}><span class="label">${t.translationLabel}</span>${marked(translation.text, ranges(translation.field))}</p>` : nothing}
      <figcaption>— <strong>${marked(speaker.text, ranges(speaker.field))}</strong>${role.text ? html`, ${marked(role.text, ranges(role.field))}` : nothing}
        · <time datetime=${q.date}>${formatPartialDate(q.date, c.lang)}</time>${eraChip(c.eraOf(q.date), c.lang)}
        <span class="badge verification-${q.verification}">${strings(c.lang).verification[q.verification]}</span></figcaption>
    </figure>
    ${ranges(context.field).length ? html`<p class="context"><span class="label">${strings(c.lang).context}:</span> ${marked(context.text, ranges(context.field))}</p>` : nothing}
    ${forecastVerdicts(DatasetIndex.of(c.data).forecastsOf(q.id), c.lang)}
    <p class="source"><span class="label">${strings(c.lang).source}:</span> ${sourceCitation(q.source, c.lang)}</p>
    <div class="actions">
      <button type="button" @click=${() => c.show(q.id)}>${t.showOnTimeline}</button>
      <button type="button" class="add" ?disabled=${inCompare || full} @click=${() => c.addToCompare(q.id)}>
        ${inCompare ? t.inComparison : full ? t.comparisonFull(MAX_COMPARE) : t.addToComparison}</button>
    </div>
  </li>`;
}
