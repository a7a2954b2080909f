/**
 * What of a quote is searched, and how much each part counts: the quote's own words and their
 * translation most, then the speaker, the tags, the source's title, the speaker's role, the
 * claims of the forecasts read from it and the context. Each field has a path ("text", "translation.zh", "tags[2]") under which the
 * search reports where it matched.
 */
import { localize } from './text.ts';
import type { Forecast, Lang, LocalizedText, Quote } from './schema.ts';
import { LANGS } from './vocabulary.ts';

const FIELD_WEIGHT: Record<string, number> = { text: 1, translation: 1, speaker: 0.95, tags: 0.8, source: 0.75, speakerRole: 0.7, forecast: 0.65, context: 0.6 };

/** The searchable fields of a quote, each with its path and text. */
export function quoteFields(q: Quote, forecasts: readonly Forecast[] = []): Array<{ field: string; text: string }> {
  const out: Array<{ field: string; text: string }> = [{ field: 'text', text: q.text }];
  const localized = (name: string, value: LocalizedText | undefined) => {
    if (value === undefined) return;
    if (typeof value === 'string') out.push({ field: name, text: value });
    else for (const l of LANGS) if (value[l]) out.push({ field: `${name}.${l}`, text: value[l]! });
  };
  localized('translation', q.translation);
  localized('speaker', q.speaker);
  localized('speakerRole', q.speakerRole);
  localized('context', q.context);
  q.tags.forEach((t, i) => out.push({ field: `tags[${i}]`, text: t }));
  out.push({ field: 'source.title', text: q.source.title });
  forecasts.forEach((f, i) => localized(`forecast[${i}]`, f.claim));
  return out;
}

/**
 * How much a match in a field counts for a reader of `lang`, from 0 to 1. A field in the other
 * language counts a little less, so that near-ties go to the reader's language.
 */
export function fieldWeight(field: string, lang: Lang): number {
  const base = field.replace(/[.[].*$/, '');
  return (FIELD_WEIGHT[base] ?? 0.5) * (field.includes('.') && !field.endsWith(`.${lang}`) && base !== 'source' ? 0.97 : 1);
}

/** The text of a localized field in a language and the path the search reports it under. */
export function localizedField(q: Quote, name: 'translation' | 'speaker' | 'speakerRole' | 'context', lang: Lang): { field: string; text: string } {
  const value = q[name];
  if (value === undefined || typeof value === 'string') return { field: name, text: value ?? '' };
  const text = localize(value, lang);
  return { field: text === value[lang] ? `${name}.${lang}` : `${name}.${lang === 'en' ? 'zh' : 'en'}`, text };
}

/** The name a speaker filter uses for a quote: the English name, else the only one. */
export function speakerKey(q: Quote): string {
  return typeof q.speaker === 'string' ? q.speaker : (q.speaker.en ?? q.speaker.zh ?? '');
}

/** Every name of a speaker, in either language. */
export function speakerNames(value: LocalizedText): string[] {
  return typeof value === 'string' ? [value] : LANGS.map((l) => value[l]).filter((n): n is string => Boolean(n));
}
