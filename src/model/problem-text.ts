/**
 * The lines that say what in a link (URL parameters) could not be used, in English and
 * Chinese: the explorer shows them in the reader's language. Values are shown quoted and cut
 * short; parameter names stay as they are written in the link.
 */
import type { Lang } from './schema.ts';

/** Shows a value in a message, cut short and quoted. */
export function quoteValue(value: string): string {
  const v = value.length > 40 ? `${value.slice(0, 37)}…` : value;
  return JSON.stringify(v);
}

export interface ProblemText {
  notLang(value: string): string;
  notYearOrDate(param: string, value: string): string;
  windowBackwards(from: string, to: string): string;
  notEra(param: string, value: string): string;
  notItem(value: string): string;
  queryTooLong(max: number): string;
  notQuote(value: string): string;
  tooManyToCompare(max: number): string;
  notOneOf(param: string, value: string, allowed: readonly string[]): string;
  notYear(param: string, value: string): string;
  yearsBackwards(fromParam: string, from: number, toParam: string, to: number): string;
}

const q = quoteValue;

const en: ProblemText = {
  notLang: (v) => `lang ${q(v)} is not "en" or "zh"`,
  notYearOrDate: (p, v) => `${p} ${q(v)} is not a year or a date (use 1984 or 1984-08)`,
  windowBackwards: (from, to) => `from ${q(from)} is after to ${q(to)}: the window was left as it was`,
  notEra: (p, v) => `${p} ${q(v)} is not an era in the dataset`,
  notItem: (v) => `item ${q(v)} is not an event or a quote in the dataset`,
  queryTooLong: (max) => `q is longer than ${max} characters: the rest was left out`,
  notQuote: (v) => `compare: ${q(v)} is not a quote in the dataset`,
  tooManyToCompare: (max) => `compare: at most ${max} quotes side by side; the first ${max} were kept`,
  notOneOf: (p, v, allowed) => `${p} ${q(v)} is not one of ${allowed.join(', ')}`,
  notYear: (p, v) => `${p} ${q(v)} is not a year (use four digits, like 1984)`,
  yearsBackwards: (fp, from, tp, to) => `${fp} ${from} is after ${tp} ${to}: both were ignored`,
};

const zh: ProblemText = {
  notLang: (v) => `lang 参数 ${q(v)} 不是 "en" 或 "zh"`,
  notYearOrDate: (p, v) => `${p} 参数 ${q(v)} 不是年份或日期（请写成 1984 或 1984-08）`,
  windowBackwards: (from, to) => `from ${q(from)} 晚于 to ${q(to)}：时间窗口保持不变`,
  notEra: (p, v) => `${p} 参数 ${q(v)} 不是数据集中的时代`,
  notItem: (v) => `item 参数 ${q(v)} 不是数据集中的事件或言论`,
  queryTooLong: (max) => `q 参数超过 ${max} 个字符：超出部分已略去`,
  notQuote: (v) => `compare 参数中的 ${q(v)} 不是数据集中的言论`,
  tooManyToCompare: (max) => `compare 参数最多并列 ${max} 条言论：已保留前 ${max} 条`,
  notOneOf: (p, v, allowed) => `${p} 参数 ${q(v)} 不是以下之一：${allowed.join('、')}`,
  notYear: (p, v) => `${p} 参数 ${q(v)} 不是年份（请写四位数字，如 1984）`,
  yearsBackwards: (fp, from, tp, to) => `${fp} ${from} 晚于 ${tp} ${to}：两者均已忽略`,
};

export function problemText(lang: Lang = 'en'): ProblemText {
  return lang === 'zh' ? zh : en;
}
