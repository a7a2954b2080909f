/**
 * A tour as a printed handout: shown only in print (the explorer's print styles hide the rest
 * while a tour is taken). Every step's title and text, then the records its view names with
 * their sources, unverified ones marked, so the paper carries what the screen carries.
 */
import { html } from 'lit';
import { sourceCitation } from '../components/shared/source-citation.ts';
import { tourStrings } from '../i18n/tour.ts';
import { formatPartialDate } from '../model/dates.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import type { Lang } from '../model/schema.ts';
import { handoutItems } from '../model/tour-handout.ts';
import type { Tour } from '../model/tour-schema.ts';

export function renderHandout(tour: Tour, index: DatasetIndex, lang: Lang) {
  const t = tourStrings(lang);
  const date = (d: string) => formatPartialDate(d, lang);
  return html`<article class="handout">
    <h2>${tour.title[lang]}</h2>
    <p>${tour.summary[lang]}</p>
    <ol>
      ${tour.steps.map(
        (step, i) => html`<li class="handout-step">
          <h3>${t.position(i + 1, tour.steps.length)} · ${step.title[lang]}</h3>
          <p>${step.text[lang]}</p>
          <h4>${t.handoutItems}</h4>
          <ul>
            ${handoutItems(step.view, index, lang).map(
              (item) => html`<li>
                <strong>${item.label}</strong> (${date(item.date)}${item.end ? html`–${date(item.end)}` : ''})${item.unverified
                  ? html` <em>[${t.unverified}]</em>`
                  : ''}
                <ul class="sources">${item.sources.map((s) => html`<li>${sourceCitation(s, lang)}</li>`)}</ul>
              </li>`,
            )}
          </ul>
        </li>`,
      )}
    </ol>
  </article>`;
}
