/** UI strings of the search panel (the search over everything), in English and Chinese; the timeline's own are in strings.ts. */
import type { SearchKind } from '../model/search-kinds.ts';
import type { Lang } from '../model/schema.ts';

const en = {
  searchLabel: 'Search',
  searchPlaceholder: 'Events, quotes, eras, forecasts… (e.g. Lighthill, Symbolics, bubble, 寒冬)',
  kinds: 'Look in',
  kindName: { event: 'Events', quote: 'Quotes', era: 'Eras', forecast: 'Forecasts' } as Record<SearchKind, string>,
  filters: 'Filters',
  era: 'Era',
  anyEra: 'Any era',
  stance: 'Stance',
  anyStance: 'Any stance',
  speaker: 'Speaker',
  anySpeaker: 'Anyone',
  fromYear: 'From year',
  toYear: 'To year',
  verification: 'Verification',
  anyVerification: 'Any',
  language: 'Original language',
  anyLanguage: 'Either',
  langName: { en: 'English', zh: 'Chinese' } as Record<Lang, string>,
  quoteOnlyFilters: 'Stance, speaker, verification and language describe quotes: while one is set, only quotes and their forecasts are shown.',
  clearFilters: 'Clear all filters',
  clearFilter: (name: string) => `Clear ${name}`,
  count: (n: number) => (n === 0 ? 'Nothing found' : n === 1 ? '1 match' : `${n} matches`),
  groupCount: (name: string, n: number) => `${name} (${n})`,
  emptyFiltered: 'Nothing matches. Try clearing a filter:',
  emptyQuery: (q: string) => `Nothing matches “${q}”. Check the spelling, or use fewer words.`,
  showMore: (n: number) => `Show ${n} more`,
  showOnTimeline: 'Show on timeline',
  showEraOnTimeline: 'Show this era',
  forecastOf: 'Forecast, from',
};

export type SearchStrings = typeof en;

const zh: SearchStrings = {
  searchLabel: '搜索',
  searchPlaceholder: '事件、言论、时代、预测……（如 Lighthill、Symbolics、泡沫、寒冬）',
  kinds: '搜索范围',
  kindName: { event: '事件', quote: '言论', era: '时代', forecast: '预测' },
  filters: '筛选',
  era: '时代',
  anyEra: '所有时代',
  stance: '立场',
  anyStance: '所有立场',
  speaker: '发言者',
  anySpeaker: '所有人',
  fromYear: '起始年份',
  toYear: '截止年份',
  verification: '核实情况',
  anyVerification: '全部',
  language: '原文语言',
  anyLanguage: '不限',
  langName: { en: '英文', zh: '中文' },
  quoteOnlyFilters: '立场、发言者、核实情况和原文语言只适用于言论：设定其中任何一项时，只显示言论及其预测。',
  clearFilters: '清除全部筛选',
  clearFilter: (name: string) => `清除“${name}”`,
  count: (n: number) => (n === 0 ? '没有找到' : `找到 ${n} 项`),
  groupCount: (name: string, n: number) => `${name}（${n}）`,
  emptyFiltered: '没有匹配的结果。试试清除一项筛选：',
  emptyQuery: (q: string) => `没有与“${q}”匹配的结果。请检查拼写，或减少关键词。`,
  showMore: (n: number) => `再显示 ${n} 项`,
  showOnTimeline: '在时间线上显示',
  showEraOnTimeline: '显示这个时代',
  forecastOf: '预测，出自',
};

export function searchStrings(lang: Lang): SearchStrings {
  return lang === 'zh' ? zh : en;
}
