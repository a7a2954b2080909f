/**
 * Side-by-side comparison of quotes ("history rhymes"): the words they share, how far apart
 * they are, the plain text a reader copies, and the saved comparison in localStorage.
 */
import { formatPartialDate, parsePartialDate, startOf } from './dates.ts';
import { mergeRanges } from './match-ranges.ts';
import { storedComparisonText } from './stored-comparison-text.ts';
import { localize } from './text.ts';
import { FUNCTION_WORDS, HAN, stem, words, ZH_EDGE } from './tokens.ts';
import type { Lang, Quote, Source } from './schema.ts';

/** The most quotes a comparison holds. */
export const MAX_COMPARE = 4;
/** The version of what storedComparisonValue writes. */
export const STORED_VERSION = 1;

function latinWords(text: string): Array<{ word: string; key: string; start: number; end: number }> {
  const out: Array<{ word: string; key: string; start: number; end: number }> = [];
  for (const m of words(text, { apostrophes: true })) {
    if (HAN.test(m[0])) continue;
    const folded = m[0].toLowerCase();
    if (FUNCTION_WORDS.has(folded.replace(/’/g, "'")) || folded.length < 3 || /^\d+$/.test(folded)) continue;
    out.push({ word: folded, key: stem(m[0]), start: m.index, end: m.index + m[0].length - 1 });
  }
  return out;
}

/** The Chinese runs of two or more characters that both texts contain, longest first. */
function commonRuns(a: string, b: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i + 1 < a.length; i++) {
    if (!HAN.test(a[i]) || !HAN.test(a[i + 1])) continue;
    for (let j = b.indexOf(a.slice(i, i + 2)); j >= 0; j = b.indexOf(a.slice(i, i + 2), j + 1)) {
      if (i > 0 && j > 0 && a[i - 1] === b[j - 1] && HAN.test(a[i - 1])) continue; // not maximal on the left
      let n = 2;
      while (i + n < a.length && j + n < b.length && a[i + n] === b[j + n] && HAN.test(a[i + n])) n++;
      let run = a.slice(i, i + n);
      while (run.length && ZH_EDGE.has(run[0])) run = run.slice(1);
      while (run.length && ZH_EDGE.has(run[run.length - 1])) run = run.slice(0, -1);
      if (run.length >= 2) found.add(run);
    }
  }
  return [...found];
}

/**
 * The terms that at least two of the texts share: English words after case, stop-word and
 * light-stem folding (given as they first appear, lower-cased), and Chinese runs of two or
 * more characters. Longer Chinese runs hide the shorter runs inside them.
 */
export function sharedTerms(texts: string[]): string[] {
  const seen = new Map<string, { word: string; texts: Set<number> }>();
  texts.forEach((text, i) => {
    for (const w of latinWords(text)) {
      const entry = seen.get(w.key) ?? { word: w.word, texts: new Set() };
      entry.texts.add(i);
      seen.set(w.key, entry);
    }
  });
  const latin = [...seen.values()].filter((e) => e.texts.size >= 2).map((e) => e.word);
  const runs = new Set<string>();
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) for (const r of commonRuns(texts[i], texts[j])) runs.add(r);
  const zh = [...runs].sort((x, y) => y.length - x.length || x.localeCompare(y)).filter((r, _, all) => !all.some((o) => o !== r && o.includes(r)));
  return [...latin, ...zh];
}

/** Where the terms (from sharedTerms) occur in a text: inclusive [start, end] ranges, merged. */
export function termRanges(text: string, terms: string[]): Array<[number, number]> {
  const keys = new Set(terms.filter((t) => !HAN.test(t)).map(stem));
  const ranges: Array<[number, number]> = latinWords(text).filter((w) => keys.has(w.key)).map((w) => [w.start, w.end]);
  for (const run of terms.filter((t) => HAN.test(t))) {
    for (let at = text.indexOf(run); at >= 0; at = text.indexOf(run, at + run.length)) ranges.push([at, at + run.length - 1]);
  }
  return mergeRanges(ranges);
}

/**
 * How many whole years lie between two partial dates (never negative). When either date is
 * only a year, the difference of the years; otherwise the time between them, rounded.
 * NaN when a date cannot be read.
 */
export function yearsApart(a: string, b: string): number {
  const pa = parsePartialDate(a);
  const pb = parsePartialDate(b);
  if (!pa || !pb) return Number.NaN;
  if (pa.precision === 'year' || pb.precision === 'year') return Math.abs(pa.year - pb.year);
  return Math.round(Math.abs(startOf(a).getTime() - startOf(b).getTime()) / (365.2425 * 864e5));
}

/** The text a quote has in a language: the original, or its translation. */
export function quoteTextIn(q: Quote, lang: Lang): string | undefined {
  if (q.lang === lang) return q.text;
  const t = q.translation;
  return t === undefined ? undefined : typeof t === 'string' ? t : t[lang];
}

/**
 * The words the copied comparison is written with, in the reader's language. The caller
 * passes them (the quote strings of src/i18n have them all), so that the copied text reads
 * as the page does without the model reaching up into the UI's strings.
 */
export interface ComparisonLabels {
  textTitle(n: number): string;
  textTranslation: string;
  textContext: string;
  textSource: string;
  textVerification: Record<string, string>;
  sameYear: string;
  yearsBefore(n: number): string;
  yearsAfter(n: number): string;
  pages(p: string): string;
}

/** One source as a plain-text citation: author, title. publisher, date, pages. URL */
export function citationText(s: Source, lang: Lang, labels: Pick<ComparisonLabels, 'pages'>): string {
  const tail = [s.publisher, s.date ? formatPartialDate(s.date, lang) : undefined, s.pages ? labels.pages(s.pages) : undefined].filter(Boolean);
  const url = s.url && /^https?:\/\//i.test(s.url) ? ` ${s.url}` : '';
  return `${s.author ? `${s.author}, ` : ''}${s.title}${tail.length ? `. ${tail.join(', ')}` : ''}.${url}`;
}

/** The comparison as plain text with full citations, for the clipboard. */
export function comparisonText(quotes: Quote[], lang: Lang, labels: ComparisonLabels): string {
  const blocks = quotes.map((q, i) => {
    const other: Lang = q.lang === 'en' ? 'zh' : 'en';
    const translation = quoteTextIn(q, other);
    const role = localize(q.speakerRole, lang);
    const lines = [`${i + 1}. “${q.text}”`];
    if (translation) lines.push(`   ${labels.textTranslation}: ${translation}`);
    lines.push(`   — ${localize(q.speaker, lang)}${role ? `, ${role}` : ''}, ${formatPartialDate(q.date, lang)}`);
    lines.push(`   ${labels.textContext}: ${localize(q.context, lang)}`);
    lines.push(`   ${labels.textSource}: ${citationText(q.source, lang, labels)} (${labels.textVerification[q.verification]})`);
    if (i > 0) {
      const n = yearsApart(quotes[i - 1].date, q.date);
      if (!Number.isNaN(n)) lines.unshift(`   [${n === 0 ? labels.sameYear : startOf(q.date) < startOf(quotes[i - 1].date) ? labels.yearsBefore(n) : labels.yearsAfter(n)}]`, '');
    }
    return lines.join('\n');
  });
  return `${labels.textTitle(quotes.length)}\n\n${blocks.join('\n\n')}\n`;
}

/** What the comparison is saved as in localStorage. */
export function storedComparisonValue(ids: string[]): string {
  return JSON.stringify({ version: STORED_VERSION, ids: [...new Set(ids)].slice(0, MAX_COMPARE) });
}

/**
 * Reads a saved comparison. Anything unusable — not JSON, the wrong shape, an older version,
 * ids no longer in the dataset, too many ids — is dropped with a warning, never thrown.
 */
export function readStoredComparison(raw: string | null, knownIds: Set<string>, lang: Lang = 'en'): { ids: string[]; warning?: string } {
  const t = storedComparisonText(lang);
  if (raw === null || raw === '') return { ids: [] };
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    return { ids: [], warning: t.corrupt };
  }
  if (Array.isArray(doc)) return { ids: [], warning: t.old }; // before versions: a bare list
  if (typeof doc !== 'object' || doc === null) return { ids: [], warning: t.corrupt };
  const { version, ids } = doc as { version?: unknown; ids?: unknown };
  if (typeof version === 'number' && version < STORED_VERSION) return { ids: [], warning: t.old };
  if (version !== STORED_VERSION || !Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) {
    return { ids: [], warning: t.corrupt };
  }
  const unique = [...new Set(ids as string[])];
  const known = unique.filter((id) => knownIds.has(id));
  const warnings: string[] = [];
  if (known.length < unique.length) warnings.push(t.missing(unique.length - known.length));
  if (known.length > MAX_COMPARE) warnings.push(t.tooMany(MAX_COMPARE));
  const result: { ids: string[]; warning?: string } = { ids: known.slice(0, MAX_COMPARE) };
  if (warnings.length) result.warning = warnings.join(' ');
  return result;
}
