import { describe, expect, it } from 'vitest';
import { projectDataset } from './fixtures/project-data.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { QuoteIndex, type QuoteHit } from './quote-search.ts';
import { MAX_QUERY_LENGTH } from './quote-terms.ts';
import type { Quote } from './schema.ts';

const data = projectDataset();
const index = new QuoteIndex(data.quotes, data.eras);
const ids = (hits: QuoteHit[]) => hits.map((h) => h.quote.id);
const top = (query: string, n = 5) => ids(index.search(query, {}, 'en')).slice(0, n);

/** Ten copies of a quote that differ only in id and date, for ties and filters. */
function family(): Quote[] {
  const base = minimalDataset().quotes[0];
  return ['1990', '1975-02', '1975-01', '2001', '1980'].map((date, i) => ({ ...base, id: `q-${i}`, date }));
}

describe('quote search finds what people type', () => {
  it('finds a quote from a misspelt word: bubbel, Lighthil, Schenk, Minksy', () => {
    expect(top('bubbel')).toContain('q-seed-1984-panel-bubble-wont-burst');
    expect(ids(index.search('Lighthil', {}, 'en')).filter((id) => id.startsWith('q-lighthill')).length).toBeGreaterThanOrEqual(5);
    expect(top('Schenk').every((id) => id.startsWith('q-schank'))).toBe(true);
    expect(top('Minksy', 3).every((id) => id.includes('minsky') || id.includes('dartmouth'))).toBe(true);
  });

  it('a misspelling ranks below the correct spelling of the same word', () => {
    const exact = index.search('bubble', {}, 'en')[0];
    const typo = index.search('bubbel', {}, 'en')[0];
    expect(exact.score).toBeLessThan(typo.score);
  });

  it('ignores word order: "mirage robot" finds what "robot mirage" finds', () => {
    expect(top('mirage robot')).toEqual(top('robot mirage'));
    expect(top('robot mirage', 1)).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
  });

  it('needs every word: adding a word narrows the results', () => {
    const one = index.search('winter', {}, 'en').length;
    const two = index.search('winter panel', {}, 'en').length;
    expect(two).toBeGreaterThan(0);
    expect(two).toBeLessThan(one);
  });

  it('finds words as they are being typed (a prefix)', () => {
    expect(top('lighth')).toEqual(expect.arrayContaining([expect.stringMatching(/^q-lighthill/)]));
    expect(top('percept', 2).sort()).toEqual(['q-minsky-papert-1969-extension-is-sterile', 'q-rosenblatt-1958-perceptron-may-eventually']);
  });

  it('searches speaker, role, context, tags and source title too', () => {
    expect(top('Rosenblatt', 1)).toEqual(['q-rosenblatt-1958-perceptron-may-eventually']);
    const byTag = index.search('machine-translation', {}, 'en');
    expect(byTag.some((h) => h.matches.some((m) => m.field.startsWith('tags[')))).toBe(true);
    const bySource = index.search('Electronic Translator', {}, 'en');
    expect(ids(bySource)[0]).toBe('q-dostert-1954-three-years-hence');
    expect(bySource[0].matches.map((m) => m.field)).toContain('source.title');
  });
});

describe('quote search in Chinese and across languages', () => {
  it('finds Chinese words without spaces: 泡沫 and 寒冬', () => {
    const bubble = index.search('泡沫', {}, 'zh');
    const winter = index.search('寒冬', {}, 'zh');
    expect(bubble.length).toBeGreaterThan(5);
    expect(winter.length).toBeGreaterThan(5);
    expect(ids(bubble)).toContain('q-seed-1984-panel-bubble-wont-burst');
    for (const h of winter) expect(JSON.stringify(h.quote)).toContain('寒冬');
  });

  it('finds a Chinese word written right after Latin letters: AI寒冬', () => {
    expect(ids(index.search('寒冬', {}, 'zh'))).toContain('q-mcdermott-1984-ai-winter-as-quoted');
    const hit = index.search('ai 寒冬', {}, 'zh').find((h) => h.quote.id === 'q-mcdermott-1984-ai-winter-as-quoted')!;
    const zh = (hit.quote.translation as { zh: string }).zh;
    const ranges = hit.matches.find((m) => m.field === 'translation.zh')!.ranges;
    expect(ranges.map(([s, e]) => zh.slice(s, e + 1))).toContain('AI寒冬');
  });

  it('finds a phrase inside a longer Chinese sentence: 海市蜃楼', () => {
    expect(ids(index.search('海市蜃楼', {}, 'zh'))).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
  });

  it('an English query finds a Chinese original through its English translation', () => {
    const zhOriginals = index.search('bubble', {}, 'en').filter((h) => h.quote.lang === 'zh');
    expect(zhOriginals.length).toBeGreaterThan(0);
    expect(zhOriginals[0].matches.map((m) => m.field)).toContain('translation.en');
  });

  it('a Chinese query finds an English original through its Chinese translation', () => {
    const hits = index.search('海市蜃楼', {}, 'zh');
    expect(hits[0].quote.lang).toBe('en');
    const match = hits[0].matches.find((m) => m.field === 'translation.zh')!;
    const translation = (hits[0].quote.translation as { zh: string }).zh;
    expect(translation.slice(match.ranges[0][0], match.ranges[0][1] + 1)).toBe('海市蜃楼');
  });

  it('mixes languages in one query', () => {
    const hits = index.search('Schank 寒冬', {}, 'en');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(JSON.stringify(h.quote)).toMatch(/Schank[\s\S]*寒冬|寒冬[\s\S]*Schank/);
  });
});

describe('match ranges for highlighting', () => {
  it('gives inclusive ranges that cover the matched word in its field', () => {
    const hit = index.search('mirage', {}, 'en')[0];
    const m = hit.matches.find((x) => x.field === 'text')!;
    expect(m.ranges.map(([s, e]) => hit.quote.text.slice(s, e + 1))).toEqual(['mirage']);
  });

  it('covers a misspelt word by the word that was found', () => {
    const hit = index.search('bubbel', {}, 'en').find((h) => h.quote.id === 'q-altman-2025-kind-of-bubbly')!;
    const m = hit.matches.find((x) => x.field === 'text')!;
    expect(m.ranges.map(([s, e]) => hit.quote.text.slice(s, e + 1).toLowerCase())).toContain('bubble');
  });

  it('has no ranges when the query is empty, and lists every quote by date', () => {
    const all = index.search('', {}, 'en');
    expect(all).toHaveLength(data.quotes.length);
    expect(all.every((h) => h.score === 0 && h.matches.length === 0)).toBe(true);
    const dates = all.map((h) => h.quote.date.slice(0, 4));
    expect(dates).toEqual([...dates].sort());
  });
});

describe('quote filters', () => {
  const eras = minimalDataset().eras;
  const small = new QuoteIndex(minimalDataset().quotes, eras);
  const many = new QuoteIndex(family(), eras);

  it('filters by era, stance, speaker, years, verification and language', () => {
    expect(ids(small.search('', { era: 'era-first-boom' }, 'en'))).toEqual(['q-lighthill']);
    expect(ids(small.search('', { stance: 'optimistic' }, 'en'))).toEqual(['q-seed']);
    expect(ids(small.search('', { speaker: '詹姆斯·莱特希尔' }, 'en'))).toEqual(['q-lighthill']);
    expect(ids(small.search('', { speaker: 'james lighthill' }, 'en'))).toEqual(['q-lighthill']);
    expect(ids(small.search('', { from: 1980 }, 'en'))).toEqual(['q-seed']);
    expect(ids(small.search('', { to: 1973 }, 'en'))).toEqual(['q-lighthill']);
    expect(ids(small.search('', { verification: 'unverified' }, 'en'))).toEqual(['q-seed']);
    expect(ids(small.search('', { lang: 'zh' }, 'en'))).toEqual(['q-seed']);
  });

  it('takes the year range inclusively at both ends', () => {
    expect(ids(many.search('', { from: 1975, to: 1980 }, 'en'))).toEqual(['q-2', 'q-1', 'q-4']);
  });

  it('combines filters with each other and with the text', () => {
    expect(ids(small.search('bubble', { lang: 'zh', stance: 'optimistic' }, 'en'))).toEqual(['q-seed']);
    expect(ids(small.search('bubble', { lang: 'zh', stance: 'cautionary' }, 'en'))).toEqual([]);
    expect(ids(small.search('robot', { era: 'era-first-boom', verification: 'primary', from: 1973, to: 1973 }, 'en'))).toEqual(['q-lighthill']);
    expect(ids(small.search('robot', { era: 'era-first-winter' }, 'en'))).toEqual([]);
    const real = index.search('winter', { lang: 'zh', from: 1980, to: 1995 }, 'en');
    expect(real.length).toBeGreaterThan(0);
    for (const h of real) expect(h.quote.lang === 'zh' && Number(h.quote.date.slice(0, 4)) >= 1980).toBe(true);
  });

  it('finds nothing for an era that is not in the dataset', () => {
    expect(small.search('', { era: 'era-nope' }, 'en')).toEqual([]);
  });

  it('lists speakers in the reader’s language for a filter menu', () => {
    expect(small.speakers('zh').map((s) => s.label)).toEqual(expect.arrayContaining(['詹姆斯·莱特希尔', '未具名创始人']));
    expect(small.speakers('en').find((s) => s.label === 'James Lighthill')?.value).toBe('James Lighthill');
  });
});

describe('quote ranking', () => {
  it('breaks ties in relevance by date, then by id', () => {
    const many = new QuoteIndex(family(), minimalDataset().eras);
    const hits = many.search('mirage', {}, 'en');
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
    expect(ids(hits)).toEqual(['q-2', 'q-1', 'q-4', 'q-0', 'q-3']);
  });

  it('puts a match in the quote itself above a match only in its context', () => {
    const hits = index.search('mirage', {}, 'en');
    expect(hits[0].matches[0].field).toBe('text');
    expect(hits[0].score).toBeLessThan(hits[hits.length - 1].score);
  });
});

describe('hostile queries', () => {
  const hostile = [
    'x'.repeat(10_000),
    'word '.repeat(2_000),
    '.*+?^${}()|[]\\/',
    '(a+)+$',
    '🤖🔥💥 👩‍🔬',
    'مرحبا بالعالم שלום',
    '\u202e\u200f\u200b',
    '   \t\n  ',
    '\u0000\uffff\ud800',
    '泡'.repeat(5_000),
  ];

  it('answers any query without throwing', () => {
    for (const q of hostile) expect(() => index.search(q, {}, 'en'), JSON.stringify(q.slice(0, 20))).not.toThrow();
  });

  it('treats blank and symbol-only queries as empty', () => {
    expect(index.search('   \t\n  ', {}, 'en')).toHaveLength(data.quotes.length);
    expect(index.search('🤖🔥💥', {}, 'en')).toHaveLength(data.quotes.length);
  });

  it('reads only the first MAX_QUERY_LENGTH characters', () => {
    const padded = `robot mirage${' '.repeat(MAX_QUERY_LENGTH)}zzzzqqqq`;
    expect(top(padded, 1)).toEqual(['q-lighthill-1973-general-purpose-robot-mirage']);
  });

  it('matches regex metacharacters literally, never as patterns', () => {
    expect(index.search('.*', {}, 'en')).toHaveLength(data.quotes.length);
    expect(index.search('zzz.*', {}, 'en')).toEqual([]);
  });

  it('survives filters of the wrong type from JavaScript callers', () => {
    expect(() => index.search(undefined as unknown as string, null as unknown as object, 'en')).not.toThrow();
  });
});

describe('forecasts in the quote search', () => {
  it('finds a quote by the claim of a forecast read from it, and says where it matched', () => {
    const d = minimalDataset();
    const forecast = {
      id: 'f-robot', quoteId: 'q-lighthill', madeOn: '1973-05-09', dueBy: '1998', horizon: 'inferred' as const, horizonNote: 'Later.',
      claim: { en: 'No household android within decades', zh: '几十年内不会有家用人形机器人' }, outcome: 'failed' as const, outcomeNote: 'Verdict.', outcomeSources: [{ title: 'A history' }],
    };
    const withForecasts = new QuoteIndex(d.quotes, d.eras, [forecast]);
    const hit = withForecasts.search('android', {}, 'en')[0];
    expect(hit?.quote.id).toBe('q-lighthill');
    expect(hit?.matches.map((m) => m.field)).toContain('forecast[0].en');
    expect(new QuoteIndex(d.quotes, d.eras).search('android', {}, 'en')).toEqual([]);
  });
});
