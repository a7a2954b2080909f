/**
 * Every source the dataset cites (eras, events, quotes), listed once and grouped by what it
 * is. Two citations are the same source when their title and URL are the same (notes and
 * pages may differ: the first citation met is kept).
 *
 * The group is judged from the title and publisher, first rule that fits:
 *   documents  reports, laws and official papers: a council, agency, commission, statute,
 *              government body, laboratory memo, archived file or a "final report"
 *   scholarly  books and papers: a journal volume "12(4)", proceedings, arXiv, a thesis,
 *              a book publisher or an encyclopedia
 *   press      everything else: news, interviews, blogs, podcasts, web pages
 * It is a reading aid, not a catalogue: a source that fits none goes to press.
 */
import type { Dataset, Source } from './schema.ts';

export const SOURCE_GROUPS = ['scholarly', 'documents', 'press'] as const;
export type SourceGroup = (typeof SOURCE_GROUPS)[number];

export interface CitedSource {
  source: Source;
  group: SourceGroup;
  /** Ids of the records that cite it, in dataset order (eras, events, quotes). */
  citedBy: string[];
}

export interface SourceList {
  /** How many distinct sources. */
  total: number;
  /** The non-empty groups, in SOURCE_GROUPS order, each sorted by title. */
  groups: Array<{ group: SourceGroup; sources: CitedSource[] }>;
}

const DOCUMENT_PUBLISHER = new RegExp(
  [
    String.raw`\b(?:council|commission|agency|darpa|dtic|statutes|government|presidency|congress|parliament|ministry|white house|office of)\b`,
    String.raw`\b(?:hansard|hmso|rand corporation|technical (?:note|report)|ai memo|project mac|sail file|goldman sachs)\b`,
    '国务院|政府网?$',
  ].join('|'),
  'i',
);
const DOCUMENT_TITLE = /\bfinal report\b|\breport (?:of|to|for) the\b|^public law\b|^a proposal for\b|白皮书|发展规划|通知$/i;

const SCHOLARLY_PUBLISHER = new RegExp(
  [
    String.raw`\d+\s*\(\d+(?:[-–]\d+)?\)`, // a volume and issue: "AI Magazine 12(4)"
    String.raw`\b(?:(?<!street )journal|proceedings|conference|transactions|convention record|magazine|thesis|arxiv|neurips|nips|ijcai|aaai-\d+)\b`,
    String.raw`\bencyclopedia of\b|^(?:nature|science|mind|neural computation|ai & society)\b`,
    String.raw`(?:university|academic|academy|mit) press\b|\bfree press\b`,
    String.raw`\b(?:basic books|addison-wesley|w\. h\. freeman|elsevier|north-holland|springer|wiley|prentice[- ]hall|mcgraw-hill|harper & row|morgan kaufmann|manning|sams publishing)\b`,
    String.raw`^artificial intelligence \d`,
  ].join('|'),
  'i',
);

/** Which group a source belongs in (see the module comment for the rules). */
export function sourceGroup(s: Source): SourceGroup {
  const publisher = s.publisher ?? '';
  if (DOCUMENT_PUBLISHER.test(publisher) || DOCUMENT_TITLE.test(s.title)) return 'documents';
  if (SCHOLARLY_PUBLISHER.test(publisher)) return 'scholarly';
  return 'press';
}

/** The identity of a source: its title and URL. */
export function sourceKey(s: Source): string {
  return `${s.title.trim()}\n${s.url?.trim() ?? ''}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The title as it sorts: without leading quotes, brackets or an English article. */
export function sortTitle(title: string): string {
  return title
    .trim()
    .replace(/^[\p{P}\s]+/u, '')
    .replace(/^(?:the|an?)\s+/i, '');
}

/** Every source cited anywhere in the dataset, once each, grouped and sorted. */
export function collectSources(dataset: Pick<Dataset, 'eras' | 'events' | 'quotes'>): SourceList {
  const byKey = new Map<string, CitedSource>();
  const cite = (s: Source, by: string) => {
    const key = sourceKey(s);
    const known = byKey.get(key);
    if (known) {
      if (!known.citedBy.includes(by)) known.citedBy.push(by);
    } else {
      byKey.set(key, { source: s, group: sourceGroup(s), citedBy: [by] });
    }
  };
  for (const era of dataset.eras) for (const s of era.sources) cite(s, era.id);
  for (const event of dataset.events) for (const s of event.sources) cite(s, event.id);
  for (const quote of dataset.quotes) cite(quote.source, quote.id);

  const all = [...byKey.values()].sort(
    (a, b) => collator.compare(sortTitle(a.source.title), sortTitle(b.source.title)) || (a.source.url ?? '').localeCompare(b.source.url ?? ''),
  );
  const groups = SOURCE_GROUPS.map((group) => ({ group, sources: all.filter((c) => c.group === group) })).filter((g) => g.sources.length > 0);
  return { total: all.length, groups };
}
