/**
 * The kinds of record a search looks through, as written in a URL (`qkind=event,quote`) or an
 * attribute (`query-kinds="event quote"`): apart from the search itself, so that reading them
 * does not load it.
 */
import { SEARCH_KINDS } from './vocabulary.ts';

export type SearchKind = (typeof SEARCH_KINDS)[number];

/** The kinds named in a list (commas or spaces), in their usual order, and the words that are not kinds. */
export function parseKinds(text: string | null | undefined): { kinds: SearchKind[]; unknown: string[] } {
  const words = (text ?? '').split(/[\s,]+/).filter(Boolean);
  const unknown = words.filter((w) => !(SEARCH_KINDS as readonly string[]).includes(w));
  return { kinds: SEARCH_KINDS.filter((k) => words.includes(k)), unknown };
}

/** The kinds as a URL value ('' for all of them, or none named). */
export function kindsText(kinds: readonly SearchKind[] | undefined): string {
  const chosen = SEARCH_KINDS.filter((k) => kinds?.includes(k));
  return chosen.length === 0 || chosen.length === SEARCH_KINDS.length ? '' : chosen.join(',');
}
