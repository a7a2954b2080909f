import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import { fieldMatches, mergeRanges } from './match-ranges.ts';
import { fold } from './tokens.ts';

describe('match ranges', () => {
  it('joins overlapping and touching ranges, in order', () => {
    expect(mergeRanges([[8, 9], [0, 2], [3, 4], [1, 1], [12, 15]])).toEqual([[0, 4], [8, 9], [12, 15]]);
  });

  it('points at a lone Chinese character inside the bigram that holds it', () => {
    const seed = minimalDataset().quotes[1];
    const text = seed.text;
    const [match] = fieldMatches(seed, [[text.slice(0, 2), 'last']], fold);
    expect(match.field).toBe('text');
    expect(match.ranges).toEqual([[1, 1]]);
  });
});
