import { describe, expect, it } from 'vitest';
import { bigrams, fold, stem, words } from './tokens.ts';

const cut = (text: string, apostrophes = false) => [...words(text, { apostrophes })].map((m) => [m[0], m.index]);

describe('words', () => {
  it('cuts Latin words and Chinese runs apart, even without a space: AI寒冬', () => {
    expect(cut('The AI寒冬, 1987.')).toEqual([
      ['The', 0],
      ['AI', 4],
      ['寒冬', 6],
      ['1987', 10],
    ]);
  });

  it('keeps an apostrophe inside a word only when asked', () => {
    expect(cut('Minsky’s don’t')).toEqual([
      ['Minsky', 0],
      ['s', 7],
      ['don', 9],
      ['t', 13],
    ]);
    expect(cut('Minsky’s don’t', true)).toEqual([
      ['Minsky’s', 0],
      ['don’t', 9],
    ]);
  });

  it('reads a Chinese run through its bigrams, a lone character as itself', () => {
    expect(bigrams('泡沫破裂')).toEqual(['泡沫', '沫破', '破裂']);
    expect(bigrams('冬')).toEqual(['冬']);
  });

  it('folds case and accents', () => {
    expect(fold('Léon ÉCOLE')).toBe('leon ecole');
  });

  it('stems lightly', () => {
    expect(stem('Bubbles')).toBe(stem('bubble'));
    expect(stem('hyped')).toBe(stem('hype'));
    expect(stem('winters')).toBe(stem('winter'));
    expect(stem('cutting')).toBe(stem('cut'));
  });
});
