import { describe, expect, it } from 'vitest';
import { MAX_COMPARE, readStoredComparison, sharedTerms, storedComparisonValue, termRanges, yearsApart } from './compare.ts';

const known = new Set(['q-a', 'q-b', 'q-c', 'q-d', 'q-e']);

describe('shared terms', () => {
  it('finds the words two quotes share, folding case, plurals and endings', () => {
    expect(sharedTerms(['The Bubble will burst.', 'Bubbles always burst, said the experts.'])).toEqual(['bubble', 'burst']);
    expect(sharedTerms(['Funding was cut.', 'They are cutting funding.'])).toEqual(['funding', 'cut']);
  });

  it('leaves out stop words and words only one quote uses', () => {
    expect(sharedTerms(['It is what it is, and the winter came.', 'It was the best of times.'])).toEqual([]);
  });

  it('counts a term shared by any two of the quotes', () => {
    expect(sharedTerms(['robots are coming', 'nothing changes', 'the robot changed'])).toEqual(['robots', 'changes']);
  });

  it('finds Chinese runs of two or more characters, the longest one only', () => {
    const terms = sharedTerms(['人工智能的寒冬来了。', '这是人工智能寒冬的开始。']);
    expect(terms).toContain('人工智能');
    expect(terms).not.toContain('人工');
    expect(terms.every((t) => t.length >= 2)).toBe(true);
  });

  it('does not count a single shared Chinese character or a particle', () => {
    expect(sharedTerms(['泡沫的破裂', '冬天的来临'])).toEqual([]);
  });

  it('locates the shared terms in each text as inclusive ranges', () => {
    const text = 'Bubbles burst; the bubble of 人工智能.';
    const ranges = termRanges(text, ['bubble', '人工智能']);
    expect(ranges.map(([s, e]) => text.slice(s, e + 1))).toEqual(['Bubbles', 'bubble', '人工智能']);
  });
});

describe('years apart', () => {
  it('counts whole years between two dates, in either order', () => {
    expect(yearsApart('1973', '1984-08')).toBe(11);
    expect(yearsApart('1984-08', '1973')).toBe(11);
    expect(yearsApart('1984-08-06', '2024-06-13')).toBe(40);
    expect(yearsApart('2024-01', '2024-12')).toBe(1);
    expect(yearsApart('2024-01', '2024-03')).toBe(0);
  });

  it('is NaN for a date it cannot read', () => {
    expect(yearsApart('soon', '1984')).toBeNaN();
  });
});

describe('stored comparison', () => {
  it('round-trips the ids', () => {
    expect(readStoredComparison(storedComparisonValue(['q-b', 'q-a']), known)).toEqual({ ids: ['q-b', 'q-a'] });
  });

  it('reads nothing, silently, when nothing was stored', () => {
    expect(readStoredComparison(null, known)).toEqual({ ids: [] });
    expect(readStoredComparison('', known)).toEqual({ ids: [] });
  });

  it('drops ids no longer in the dataset with a warning', () => {
    expect(readStoredComparison(storedComparisonValue(['q-a', 'q-gone', 'q-b']), known)).toEqual({
      ids: ['q-a', 'q-b'],
      warning: '1 saved quote is no longer in the dataset and was removed.',
    });
  });

  it('drops invalid JSON, the wrong shape and an old version with a warning, never throwing', () => {
    const cases: Array<[string, string]> = [
      ['{not json', 'The saved comparison could not be read and was cleared.'],
      ['42', 'The saved comparison could not be read and was cleared.'],
      ['null', 'The saved comparison could not be read and was cleared.'],
      ['{"version":1,"ids":"q-a"}', 'The saved comparison could not be read and was cleared.'],
      ['{"version":1,"ids":[1,2]}', 'The saved comparison could not be read and was cleared.'],
      ['{"version":99,"ids":["q-a"]}', 'The saved comparison could not be read and was cleared.'],
      ['["q-a","q-b"]', 'The saved comparison was from an older version and was cleared.'],
      ['{"version":0,"ids":["q-a"]}', 'The saved comparison was from an older version and was cleared.'],
    ];
    for (const [raw, warning] of cases) expect(readStoredComparison(raw, known), raw).toEqual({ ids: [], warning });
  });

  it('keeps at most MAX_COMPARE quotes, saying so', () => {
    const raw = JSON.stringify({ version: 1, ids: ['q-a', 'q-b', 'q-c', 'q-d', 'q-e'] });
    const read = readStoredComparison(raw, known);
    expect(read.ids).toHaveLength(MAX_COMPARE);
    expect(read.warning).toBe('The saved comparison had more than 4 quotes; the first 4 were kept.');
  });

  it('warns in Chinese for a Chinese reader', () => {
    expect(readStoredComparison('{oops', known, 'zh').warning).toBe('保存的对比无法读取，已清除。');
  });

  it('writes a versioned value without duplicates', () => {
    expect(JSON.parse(storedComparisonValue(['q-a', 'q-a', 'q-b']))).toEqual({ version: 1, ids: ['q-a', 'q-b'] });
  });
});
