/**
 * The copied comparison as a reader gets it: the model's plain text written with these
 * strings. Here rather than beside compare.ts, because the model does not import the UI's
 * strings, not even in its tests.
 */
import { describe, expect, it } from 'vitest';
import { comparisonText } from '../model/compare.ts';
import { minimalDataset } from '../model/fixtures/minimal.ts';
import { quoteStrings } from './quotes.ts';

const [lighthill, seed] = minimalDataset().quotes;

describe('comparison as text', () => {
  it('writes each quote with its translation, speaker, date, context and full source', () => {
    const text = comparisonText([lighthill, seed], 'en', quoteStrings('en'));
    expect(text).toBe(
      [
        'Comparison of 2 quotes',
        '',
        '1. “The general purpose robot, then, is a mirage.”',
        '   Translation: 通用机器人只是海市蜃楼。',
        '   — James Lighthill, Applied mathematician, May 9, 1973',
        '   Context: BBC debate.',
        '   Source: Controversy. BBC, 1973. (verified against a primary source)',
        '',
        '   [11 years after the previous quote]',
        '',
        '2. “泡沫不会破裂。”',
        '   Translation: The bubble will not burst.',
        '   — Unnamed founder, August 1984',
        '   Context: As reported.',
        '   Source: 第一批大模型独角兽开始“挤泡沫”. June 13, 2024. (unverified)',
        '',
      ].join('\n'),
    );
  });

  it('writes Chinese labels for a Chinese reader, with the source URL', () => {
    const q = { ...lighthill, source: { ...lighthill.source, url: 'https://example.org/bbc', author: 'BBC' } };
    const text = comparisonText([q], 'zh', quoteStrings('zh'));
    expect(text).toContain('— 詹姆斯·莱特希尔, 应用数学家, 1973年5月9日');
    expect(text).toContain('来源: BBC, Controversy. BBC, 1973年. https://example.org/bbc (已据原始来源核实)');
  });

  it('never writes a link that is not http(s)', () => {
    const q = { ...lighthill, source: { ...lighthill.source, url: 'javascript:alert(1)' } };
    expect(comparisonText([q], 'en', quoteStrings('en'))).not.toContain('javascript:');
  });
});
