import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import { verifiedShare } from './verified-share.ts';

describe('verifiedShare', () => {
  it('counts quotes by verification, and the seed article’s own lines apart', () => {
    const d = minimalDataset();
    d.quotes[1].tags = ['seed-article'];
    d.quotes.push({ ...d.quotes[0], id: 'q-extra', verification: 'unverified', verificationNote: 'Not seen.' });
    expect(verifiedShare(d.quotes)).toEqual({ primary: 1, secondary: 0, unverified: 1, seedLines: 1 });
  });
});
