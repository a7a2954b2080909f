import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import type { Dataset, Source } from './schema.ts';
import { collectSources, sortTitle, sourceGroup, sourceKey } from './sources.ts';

const titles = (list: ReturnType<typeof collectSources>) => list.groups.flatMap((g) => g.sources.map((c) => c.source.title));

describe('collectSources', () => {
  it('gathers the sources of eras, events and quotes', () => {
    const list = collectSources(minimalDataset());
    expect(new Set(titles(list))).toEqual(
      new Set(['A history', 'How the AI Boom Went Bust', 'Artificial Intelligence: A General Survey', 'Review of the ARPA SUR project', 'Controversy', '第一批大模型独角兽开始“挤泡沫”']),
    );
    expect(list.total).toBe(6);
  });

  it('lists a source cited twice with the same title and URL once, naming both records', () => {
    const d = minimalDataset();
    d.events[1].sources.push({ title: 'A history', url: 'https://example.org/a', note: 'another note' });
    const list = collectSources(d);
    expect(list.total).toBe(6);
    const cited = list.groups.flatMap((g) => g.sources).find((c) => c.source.title === 'A history');
    expect(cited?.citedBy).toEqual(['era-first-boom', 'sur-program']);
    expect(cited?.source.note).toBeUndefined(); // the first citation is kept
  });

  it('keeps two sources apart when the same title has different URLs (or one has none)', () => {
    const d = minimalDataset();
    d.events[0].sources.push({ title: 'A history', url: 'https://example.org/b' }, { title: 'A history' });
    const list = collectSources(d);
    expect(titles(list).filter((t) => t === 'A history')).toHaveLength(3);
    expect(list.total).toBe(8);
  });

  it('sorts each group by title, ignoring leading quotes and English articles', () => {
    const d: Pick<Dataset, 'eras' | 'events' | 'quotes'> = {
      eras: [],
      quotes: [],
      events: [
        { ...minimalDataset().events[0], sources: [{ title: 'Zebra news' }, { title: '"Apple" news' }, { title: 'The Middle news' }, { title: 'an Owl news' }] },
      ],
    };
    expect(titles(collectSources(d))).toEqual(['"Apple" news', 'The Middle news', 'an Owl news', 'Zebra news']);
  });

  it('puts the groups in order (books & papers, documents, news & web) and leaves out empty ones', () => {
    const ev = minimalDataset().events[0];
    const blog = { title: 'Some blog', publisher: 'Axios' };
    const report = { title: 'Speech Understanding Systems: Final Report of a Study Group' };
    const paper = { title: 'A paper', publisher: 'AI Magazine 6(3)' };
    expect(collectSources({ eras: [], quotes: [], events: [{ ...ev, sources: [blog, report, paper] }] }).groups.map((g) => g.group)).toEqual([
      'scholarly',
      'documents',
      'press',
    ]);
    expect(collectSources({ eras: [], quotes: [], events: [{ ...ev, sources: [blog, report] }] }).groups.map((g) => g.group)).toEqual(['documents', 'press']);
  });
});

describe('sourceGroup', () => {
  const cases: Array<[Source, string]> = [
    [{ title: "Where's the AI?", publisher: 'AI Magazine 12(4)' }, 'scholarly'],
    [{ title: 'Deep Blue', publisher: 'Artificial Intelligence 134(1-2)' }, 'scholarly'],
    [{ title: 'Attention Is All You Need', publisher: 'arXiv (arXiv:1706.03762); NIPS 2017' }, 'scholarly'],
    [{ title: 'Machines Who Think', publisher: 'W. H. Freeman' }, 'scholarly'],
    [{ title: 'The Quest for Artificial Intelligence', publisher: 'Cambridge University Press' }, 'scholarly'],
    [{ title: 'High-Tech Ventures', publisher: 'Addison-Wesley', pages: '232' }, 'scholarly'],
    [{ title: 'Long Short-Term Memory', publisher: 'Neural Computation 9(8)' }, 'scholarly'],
    [{ title: 'A thesis', publisher: 'PhD thesis, Harvard University' }, 'scholarly'],
    [{ title: 'Speech Understanding Systems: Final Report of a Study Group', publisher: 'Carnegie-Mellon University; republished by North-Holland' }, 'documents'],
    [{ title: 'Strategic Computing', publisher: 'DARPA (DTIC copy)' }, 'documents'],
    [{ title: 'Google paid $2.7 billion', publisher: 'The Wall Street Journal', pages: 'B1' }, 'press'],
    [{ title: 'Artificial Intelligence: A General Survey', publisher: "Science Research Council, in 'Artificial Intelligence: a paper symposium'" }, 'documents'],
    [{ title: 'FTC Launches Inquiry', publisher: 'Federal Trade Commission' }, 'documents'],
    [{ title: '国务院关于印发新一代人工智能发展规划的通知', publisher: '国务院' }, 'documents'],
    [{ title: 'Public Law 91-121', publisher: 'United States Statutes at Large, vol. 83' }, 'documents'],
    [{ title: 'Stability AI CEO resigns', publisher: 'Axios', url: 'https://www.axios.com/x' }, 'press'],
    [{ title: 'The Press review', publisher: 'The Press (Christchurch), via Papers Past' }, 'press'],
    [{ title: 'Report on the final AlphaGo-Lee Sedol game', publisher: 'China Daily' }, 'press'],
    [{ title: 'Attributed slogan (talks, c. 2016-2017)' }, 'press'],
  ];
  it.each(cases)('puts "%o" in %s', (source, group) => {
    expect(sourceGroup(source)).toBe(group);
  });
});

describe('the project data', () => {
  const read = (f: string) => JSON.parse(readFileSync(new URL(`../../data/${f}`, import.meta.url), 'utf8'));
  const data = { eras: read('eras.json'), events: read('events.json'), quotes: read('quotes.json') } as Pick<Dataset, 'eras' | 'events' | 'quotes'>;
  const list = collectSources(data);

  it('lists every cited source exactly once, and nothing else', () => {
    const cited = new Set([...data.eras.flatMap((e) => e.sources), ...data.events.flatMap((e) => e.sources), ...data.quotes.map((q) => q.source)].map(sourceKey));
    const listed = list.groups.flatMap((g) => g.sources.map((c) => sourceKey(c.source)));
    expect(listed).toHaveLength(cited.size);
    expect(new Set(listed)).toEqual(cited);
    expect(list.total).toBe(cited.size);
  });

  it('fills all three groups', () => {
    expect(list.groups.map((g) => g.group)).toEqual(['scholarly', 'documents', 'press']);
    for (const g of list.groups) expect(g.sources.length).toBeGreaterThan(0);
  });
});

describe('sortTitle', () => {
  it('drops leading punctuation and an English article', () => {
    expect(sortTitle('“The Dark Ages”')).toBe('Dark Ages”');
    expect(sortTitle("'百模大战' chapter")).toBe("百模大战' chapter");
  });
});
