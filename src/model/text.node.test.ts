import { describe, expect, it } from 'vitest';
import { clip, firstSentence, langTag, localize, textBlocks } from './text.ts';

describe('localize', () => {
  it('gives the text in the language asked for, else the other one', () => {
    expect(localize({ en: 'Boom', zh: '繁荣' }, 'zh')).toBe('繁荣');
    expect(localize({ en: 'Boom', zh: ' ' }, 'zh')).toBe('Boom');
    expect(localize('Plain', 'zh')).toBe('Plain');
    expect(localize(undefined, 'en')).toBe('');
  });
});

describe('firstSentence', () => {
  it('ends at the first full stop before a capital, not after an initial', () => {
    expect(firstSentence('J. McCarthy wrote it in 1955. Then came more.')).toBe('J. McCarthy wrote it in 1955.');
    expect(firstSentence('AlexNet won (see Fig. 2). Money returned.')).toBe('AlexNet won (see Fig. 2).');
    expect(firstSentence('自1956年起，研究开始。随后资金涌入。')).toBe('自1956年起，研究开始。');
    expect(firstSentence('No full stop here')).toBe('No full stop here');
  });
});

describe('clip', () => {
  it('shortens a long text at a word, with an ellipsis, and Chinese anywhere', () => {
    expect(clip('one two three four five six', 15)).toBe('one two three…');
    expect(clip('one two, three four', 12)).toBe('one two…');
    expect(clip('短句。', 15)).toBe('短句。');
    expect(clip('这是一段很长很长很长的中文言论没有空格', 10)).toBe('这是一段很长很长很…');
  });
});

describe('langTag', () => {
  it('tags Chinese as simplified script, and English as English', () => {
    expect(langTag('zh')).toBe('zh-Hans');
    expect(langTag('en')).toBe('en');
  });
});

describe('textBlocks', () => {
  it('reads paragraphs from blank lines and lines from single line breaks', () => {
    expect(textBlocks('One.\n\nTwo,\nstill two.\n\n\n')).toEqual([
      { kind: 'paragraph', lines: ['One.'] },
      { kind: 'paragraph', lines: ['Two,', 'still two.'] },
    ]);
  });

  it('reads a paragraph of "• " lines as a list, and of "1. " lines as a numbered list', () => {
    expect(textBlocks('Before\n\n• one\n• two\n\n1. first\n2. second')).toEqual([
      { kind: 'paragraph', lines: ['Before'] },
      { kind: 'list', ordered: false, items: ['one', 'two'] },
      { kind: 'list', ordered: true, items: ['first', 'second'] },
    ]);
  });

  it('keeps a paragraph that only starts with a bullet as a paragraph', () => {
    expect(textBlocks('• a point\nand a sentence')).toEqual([{ kind: 'paragraph', lines: ['• a point', 'and a sentence'] }]);
    expect(textBlocks('')).toEqual([]);
  });
});
