import { describe, expect, it } from 'vitest';
import { ledgerStrings } from './ledger.ts';

describe("the ledger's summary line", () => {
  it('puts an era title that starts with "The" in lower case mid-sentence, and leaves other titles as they are', () => {
    const t = ledgerStrings('en');
    expect(t.summary(6, 'The founding boom', '4 failed, 2 came true')).toBe('Of 6 forecasts made in the founding boom: 4 failed, 2 came true.');
    expect(t.summary(1, 'First boom', '1 failed')).toBe('Of 1 forecast made in First boom: 1 failed.');
  });
});
