/**
 * How far the dataset's quotes could be checked, as readers are told it. The seed article's own
 * lines (tagged `seed-article`) are evidence of what the article says, not of what anyone said:
 * they are counted apart and left out of the share.
 */
import type { Quote } from './schema.ts';

/** The tag of the quotes that are the seed article's own lines. */
export const SEED_ARTICLE_TAG = 'seed-article';

export interface VerifiedShare {
  primary: number;
  secondary: number;
  unverified: number;
  /** The seed article's own lines, whatever their verification. */
  seedLines: number;
}

export function verifiedShare(quotes: readonly Quote[]): VerifiedShare {
  const share: VerifiedShare = { primary: 0, secondary: 0, unverified: 0, seedLines: 0 };
  for (const q of quotes) {
    if (q.tags.includes(SEED_ARTICLE_TAG)) share.seedLines++;
    else share[q.verification]++;
  }
  return share;
}
