/**
 * What the reader is told when a comparison saved in this browser could not be used as it
 * was, in English and Chinese. Beside the reading of it (compare.ts), as problem-text.ts is
 * beside the reading of a link: the model says what went wrong in the reader's language
 * without reaching up into the UI's strings.
 */
import type { Lang } from './schema.ts';

export interface StoredComparisonText {
  corrupt: string;
  old: string;
  missing(n: number): string;
  tooMany(max: number): string;
}

const en: StoredComparisonText = {
  corrupt: 'The saved comparison could not be read and was cleared.',
  old: 'The saved comparison was from an older version and was cleared.',
  missing: (n) => (n === 1 ? '1 saved quote is no longer in the dataset and was removed.' : `${n} saved quotes are no longer in the dataset and were removed.`),
  tooMany: (max) => `The saved comparison had more than ${max} quotes; the first ${max} were kept.`,
};

const zh: StoredComparisonText = {
  corrupt: '保存的对比无法读取，已清除。',
  old: '保存的对比来自旧版本，已清除。',
  missing: (n) => `有 ${n} 条保存的言论已不在数据集中，已移除。`,
  tooMany: (max) => `保存的对比超过 ${max} 条，只保留了前 ${max} 条。`,
};

export function storedComparisonText(lang: Lang = 'en'): StoredComparisonText {
  return lang === 'zh' ? zh : en;
}
