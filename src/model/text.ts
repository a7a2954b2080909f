import type { LocalizedText } from './schema.ts';

/** The text of a LocalizedText in a language, falling back to the other one. */
export function localize(value: LocalizedText | undefined, lang: string): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  const primary = lang === 'zh' ? value.zh : value.en;
  const other = lang === 'zh' ? value.en : value.zh;
  return primary?.trim() ? primary : (other ?? '');
}
