import { html, nothing, type TemplateResult } from 'lit';
import { strings } from '../../i18n/strings.ts';
import { formatPartialDate } from '../../model/dates.ts';
import type { Forecast, Lang } from '../../model/schema.ts';
import { localize } from '../../model/text.ts';

/**
 * What became of the forecasts read from a quote, beside it: the claim (our reading), the
 * outcome and the verdict. Nothing for a quote that forecast nothing.
 */
export function forecastVerdicts(forecasts: readonly Forecast[], lang: Lang): TemplateResult | typeof nothing {
  if (!forecasts.length) return nothing;
  const t = strings(lang);
  return html`<div class="forecast-verdicts">
    ${forecasts.map(
      (f) => html`<p class="forecast-verdict">
        <span class="label">${t.kind.forecast} (${formatPartialDate(f.dueBy, lang)}):</span> ${localize(f.claim, lang)}
        <span class="badge outcome-${f.outcome}">${t.outcome[f.outcome]}</span>
        <span class="verdict">${localize(f.outcomeNote, lang)}</span>
      </p>`,
    )}
  </div>`;
}
