/**
 * What of an event, an era or a forecast is searched, and how much each part counts (a quote's
 * are in quote-fields.ts): titles and claims most, then tags, summaries, notes and the titles
 * of sources. Each field has a path ("title.zh", "tags[1]", "sources[0].title") under which the
 * search reports where it matched.
 */
import type { Era, Forecast, HistoryEvent, Lang, LocalizedText } from './schema.ts';
import type { Field } from './text-index.ts';
import { LANGS } from './vocabulary.ts';

const FIELD_WEIGHT: Record<string, number> = { title: 1, claim: 1, tags: 0.8, displayDate: 0.7, summary: 0.6, outcomeNote: 0.6, contested: 0.55, sources: 0.5, horizonNote: 0.4 };

function pushLocalized(out: Field[], name: string, value: LocalizedText | undefined): void {
  if (value === undefined) return;
  if (typeof value === 'string') out.push({ field: name, text: value });
  else for (const l of LANGS) if (value[l]) out.push({ field: `${name}.${l}`, text: value[l]! });
}

export function eventFields(e: HistoryEvent): Field[] {
  const out: Field[] = [];
  pushLocalized(out, 'title', e.title);
  pushLocalized(out, 'summary', e.summary);
  pushLocalized(out, 'displayDate', e.displayDate);
  e.tags.forEach((t, i) => out.push({ field: `tags[${i}]`, text: t }));
  e.sources.forEach((s, i) => out.push({ field: `sources[${i}].title`, text: s.title }));
  return out;
}

export function eraFields(e: Era): Field[] {
  const out: Field[] = [];
  pushLocalized(out, 'title', e.title);
  pushLocalized(out, 'summary', e.summary);
  pushLocalized(out, 'contested', e.contested);
  return out;
}

export function forecastFields(f: Forecast): Field[] {
  const out: Field[] = [];
  pushLocalized(out, 'claim', f.claim);
  pushLocalized(out, 'outcomeNote', f.outcomeNote);
  pushLocalized(out, 'horizonNote', f.horizonNote);
  return out;
}

/**
 * How much a match in a record's field counts for a reader of `lang`, from 0 to 1; a field in
 * the other language a little less, so that near-ties go to the reader's language.
 */
export function recordFieldWeight(field: string, lang: Lang): number {
  const base = field.replace(/[.[].*$/, '');
  return (FIELD_WEIGHT[base] ?? 0.5) * (/\.(en|zh)$/.test(field) && !field.endsWith(`.${lang}`) ? 0.97 : 1);
}
