/**
 * The quote search's filters, and their URL parameters (qera, stance, speaker, qfrom, qto,
 * verified, qlang). Apart from the search itself, so that reading a URL does not load it.
 */
import type { Lang } from './schema.ts';
import { problemText } from './problem-text.ts';
import { ID_PATTERN, LANGS, STANCES, VERIFICATIONS } from './vocabulary.ts';

export type Stance = (typeof STANCES)[number];
export type Verification = (typeof VERIFICATIONS)[number];

export interface QuoteFilters {
  /** An era id: quotes dated inside the era. */
  era?: string;
  stance?: Stance;
  /** A speaker's name in either language (see QuoteIndex.speakers()). */
  speaker?: string;
  /** First year, inclusive. */
  from?: number;
  /** Last year, inclusive. */
  to?: number;
  verification?: Verification;
  /** The language the quote was said or written in. */
  lang?: Lang;
}

const PARAM = { era: 'qera', stance: 'stance', speaker: 'speaker', from: 'qfrom', to: 'qto', verification: 'verified', lang: 'qlang' } as const;

/**
 * Reads the filters from URL parameters; every invalid value is left out and reported in one
 * line. Pass the dataset's era ids to also report an era that does not exist.
 */
export function filtersFromParams(params: URLSearchParams, known?: { eraIds?: Iterable<string>; lang?: Lang }): { filters: QuoteFilters; problems: string[] } {
  const filters: QuoteFilters = {};
  const problems: string[] = [];
  const t = problemText(known?.lang);
  const read = (name: string) => {
    const v = params.get(name);
    return v === null || v.trim() === '' ? undefined : v.trim();
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[]): T | undefined => {
    const v = read(name);
    if (v === undefined) return undefined;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    problems.push(t.notOneOf(name, v, allowed));
    return undefined;
  };
  const era = read(PARAM.era);
  const eraIds = known?.eraIds ? new Set(known.eraIds) : undefined;
  if (era !== undefined) {
    if (!ID_PATTERN.test(era) || (eraIds && !eraIds.has(era))) problems.push(t.notEra(PARAM.era, era));
    else filters.era = era;
  }
  const stance = oneOf(PARAM.stance, STANCES);
  if (stance) filters.stance = stance;
  const speaker = read(PARAM.speaker);
  if (speaker !== undefined) filters.speaker = speaker.slice(0, 200);
  for (const key of ['from', 'to'] as const) {
    const v = read(PARAM[key]);
    if (v === undefined) continue;
    if (/^\d{4}$/.test(v)) filters[key] = Number(v);
    else problems.push(t.notYear(PARAM[key], v));
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    problems.push(t.yearsBackwards(PARAM.from, filters.from, PARAM.to, filters.to));
    delete filters.from;
    delete filters.to;
  }
  const verification = oneOf(PARAM.verification, VERIFICATIONS);
  if (verification) filters.verification = verification;
  const lang = oneOf(PARAM.lang, LANGS);
  if (lang) filters.lang = lang;
  return { filters, problems };
}

/** The filters as URL parameters (only those that are set). */
export function filtersToParams(filters: QuoteFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(PARAM) as Array<keyof QuoteFilters>) {
    const v = filters[key];
    if (v !== undefined && v !== '') out[PARAM[key]] = String(v);
  }
  return out;
}
