/** The Predictions panel's words, in English and Chinese. */
import type { Lang } from '../model/schema.ts';

const en = {
  heading: 'Promises and what became of them',
  intro:
    'Every boom was announced by forecasts with a date on them, and every winter followed when the dates came due. Here are those forecasts, each read from a quote we hold, with what became of it and the source that settles it. Forecasts on unverified quotes are listed but not counted.',
  filters: 'Filter the forecasts',
  outcome: 'Outcome',
  era: 'Made in',
  speaker: 'Speaker',
  language: 'Language',
  any: 'Any',
  languages: { en: 'English', zh: 'Chinese' },
  summaryHeading: 'Era by era',
  // An era's title starts a sentence ("The founding boom"); mid-sentence its article is lower case.
  summary: (total: number, era: string, parts: string) => `Of ${total} ${total === 1 ? 'forecast' : 'forecasts'} made in ${era.replace(/^The /, 'the ')}: ${parts}.`,
  part: (n: number, outcome: string) => `${n} ${outcome.toLowerCase()}`,
  uncounted: (n: number) => ` (${n} more on unverified quotes, not counted)`,
  shown: (n: number, total: number) => (n === total ? `${n} forecasts` : `${n} of ${total} forecasts`),
  due: (date: string) => `Due ${date}`,
  made: (date: string) => `made ${date}`,
  left: (months: number) =>
    months < 0 ? `overdue by ${span(-months)}` : months === 0 ? 'due this month' : `${span(months)} left`,
  unverifiedQuote: 'quote unverified: not counted',
  settledBy: 'Settled by',
  showOnTimeline: 'Show on the timeline',
  none: 'No forecast matches these filters.',
};

function span(months: number): string {
  if (months < 12) return `${months} ${months === 1 ? 'month' : 'months'}`;
  const years = Math.round(months / 12);
  return `${years} ${years === 1 ? 'year' : 'years'}`;
}

export type LedgerStrings = typeof en;

const zh: LedgerStrings = {
  heading: '预言与下文',
  intro: '每一轮繁荣都伴随着标明日期的预言，每一次寒冬都在这些期限到来时降临。这里列出的预言，都出自本数据集收录的言论，并注明后来的结果和判定依据。依据未经核实言论的预言照样列出，但不计入统计。',
  filters: '筛选预言',
  outcome: '结果',
  era: '作出时期',
  speaker: '发言者',
  language: '语言',
  any: '全部',
  languages: { en: '英文', zh: '中文' },
  summaryHeading: '按时代统计',
  summary: (total, era, parts) => `${era}作出的 ${total} 条预言中：${parts}。`,
  part: (n, outcome) => `${outcome} ${n} 条`,
  uncounted: (n) => `（另有 ${n} 条依据未经核实的言论，不计入）`,
  shown: (n, total) => (n === total ? `共 ${n} 条预言` : `${total} 条预言中的 ${n} 条`),
  due: (date) => `期限：${date}`,
  made: (date) => `作于${date}`,
  left: (months) => (months < 0 ? `已逾期 ${spanZh(-months)}` : months === 0 ? '本月到期' : `还剩 ${spanZh(months)}`),
  unverifiedQuote: '所依据的言论未经核实：不计入统计',
  settledBy: '判定依据',
  showOnTimeline: '在时间线上查看',
  none: '没有符合这些条件的预言。',
};

function spanZh(months: number): string {
  return months < 12 ? `${months} 个月` : `${Math.round(months / 12)} 年`;
}

export function ledgerStrings(lang: Lang): LedgerStrings {
  return lang === 'zh' ? zh : en;
}


