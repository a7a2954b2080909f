import { describe, expect, it } from 'vitest';
import { editDistance, WordList } from './word-list.ts';

const list = new WordList(['minsky', 'minus', 'bubble', 'bubbly', 'lighthill', 'light', 'schank']);

describe('word list', () => {
  it('finds the longer words a typed prefix begins, in order', () => {
    expect(list.longer('ligh')).toEqual(['light', 'lighthill']);
    expect(list.longer('light')).toEqual(['lighthill']);
    expect(list.longer('zzz')).toEqual([]);
  });

  it('finds misspelt words, the fewer edits away the more similar, below a perfect match', () => {
    const near = new Map(list.near('minksy'));
    expect([...near.keys()].sort()).toEqual(['minsky', 'minus']);
    expect(near.get('minsky')!).toBeGreaterThan(near.get('minus')!);
    expect(near.get('minsky')!).toBeLessThan(0.8);
    expect(list.near('schenk').map(([w]) => w)).toEqual(['schank']);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('minksy', 'minsky')).toBe(1);
    expect(editDistance('bubbel', 'bubble')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
