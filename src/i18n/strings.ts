/** UI strings in English and Chinese. Content strings come from the dataset, not from here. */
import type { Dataset, Lang } from '../model/schema.ts';
import { localize } from '../model/text.ts';
import { lanesOf, type EntryOptions } from '../model/timeline-entries.ts';

const en = {
  lanes: { eras: 'Eras', research: 'Research', funding: 'Funding & policy', industry: 'Industry & deals', media: 'Media', voices: 'Voices', forecasts: 'Forecasts' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not load its data',
  moreErrors: (n: number) => `…and ${n} more`,
  retry: 'Retry',
  dismiss: 'Dismiss',
  skipped: (n: number) => (n === 1 ? '1 problem in the dataset; the rest is shown:' : `${n} problems in the dataset; the rest is shown:`),
  timelineLabel: 'Timeline of AI booms and winters',
  boom: 'Boom',
  winter: 'Winter',
  transition: 'Transition',
  contested: 'contested',
  close: 'Close',
  sources: 'Sources',
  source: 'Source',
  context: 'Context',
  translationLabel: 'Translation: ',
  contestedNote: 'Historians disagree',
  verification: { primary: 'Verified: primary source', secondary: 'Verified: secondary source', unverified: 'Unverified' },
  stance: { optimistic: 'optimistic', cautionary: 'cautionary', neutral: 'neutral' },
  kind: { event: 'Event', quote: 'Quote', era: 'Era', forecast: 'Forecast' },
  outcome: { 'came-true': 'Came true', 'came-true-late': 'Came true late', partly: 'Partly', failed: 'Failed', pending: 'Pending', unfalsifiable: 'Cannot be tested' },
  forecastDates: (made: string, due: string, stated: boolean) => `Made ${made} · due ${due} (${stated ? 'the speaker’s horizon' : 'a horizon we infer'})`,
  outcomeOn: (date: string) => `on ${date}`,
  settledBy: 'What settled it',
  unverifiedForecast: 'The quote this forecast rests on is unverified: it is listed, but left out of the ledger’s figures.',
  laneName: (lane: string) => ({ research: 'Research', funding: 'Funding & policy', industry: 'Industry & deals', media: 'Media' })[lane] ?? lane,
  itemList: 'Items in view',
  itemCount: (n: number) => (n === 1 ? '1 item in view' : `${n} items in view`),
  moreItems: (n: number) => `${n} more: zoom in to list them`,
  rangeAnnouncement: (from: string, to: string, n: number) => `Showing ${from} to ${to}, ${n} ${n === 1 ? 'item' : 'items'}`,
  // while a search is on (the `query` attribute)
  // Items: what the timeline draws and n / Shift+N step through (events, quotes, forecasts); matching eras are counted on their bars.
  matchesOnTimeline: (n: number, q: string) => (n === 0 ? `No item matches “${q}”` : n === 1 ? `1 item matches “${q}”` : `${n} items match “${q}”`),
  nextMatch: 'Next match (n)',
  previousMatch: 'Previous match (Shift+N)',
  eraMatches: (n: number) => (n === 1 ? '1 match' : `${n} matches`),
  selectedAnnouncement: (label: string) => `Selected: ${label}`,
  previousEra: 'Previous era',
  nextEra: 'Next era',
  keyboardHelp: 'Keys: arrows move, Enter lists the items in view (Enter again opens one), Escape closes, + and − zoom, [ and ] change era, n and Shift+N step through a search’s matches',
  pages: (p: string) => (/^[\d\s–—,-]+$/.test(p) ? `pp. ${p}` : p),
};

export type Strings = typeof en;

const zh: Strings = {
  lanes: { eras: '时代', research: '研究', funding: '资金与政策', industry: '产业与交易', media: '媒体', voices: '言论', forecasts: '预测' },
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  loading: '正在加载时间线…',
  loadFailed: '时间线无法加载数据',
  moreErrors: (n: number) => `……另有 ${n} 条`,
  retry: '重试',
  dismiss: '关闭提示',
  skipped: (n: number) => `数据集中有 ${n} 处问题，其余内容照常显示：`,
  timelineLabel: '人工智能繁荣与寒冬时间线',
  boom: '繁荣',
  winter: '寒冬',
  transition: '过渡',
  contested: '有争议',
  close: '关闭',
  sources: '来源',
  source: '来源',
  context: '背景',
  translationLabel: '译文：',
  contestedNote: '史家看法不一',
  verification: { primary: '已核实：原始来源', secondary: '已核实：二手来源', unverified: '未经核实' },
  stance: { optimistic: '乐观', cautionary: '审慎', neutral: '中立' },
  kind: { event: '事件', quote: '言论', era: '时代', forecast: '预测' },
  outcome: { 'came-true': '如期应验', 'came-true-late': '迟到应验', partly: '部分应验', failed: '落空', pending: '尚待分晓', unfalsifiable: '无从检验' },
  forecastDates: (made: string, due: string, stated: boolean) => `${made}作出 · 期限 ${due}（${stated ? '发言者自己给出的期限' : '我们推断的期限'}）`,
  outcomeOn: (date: string) => `（${date}）`,
  settledBy: '判定依据',
  unverifiedForecast: '这条预测所依据的言论未经核实：列出以供参考，但不计入预测账本的统计。',
  laneName: (lane: string) => ({ research: '研究', funding: '资金与政策', industry: '产业与交易', media: '媒体' })[lane] ?? lane,
  itemList: '当前可见条目',
  itemCount: (n: number) => `当前可见 ${n} 条`,
  moreItems: (n: number) => `另有 ${n} 条：放大后可列出`,
  rangeAnnouncement: (from: string, to: string, n: number) => `显示 ${from} 至 ${to}，共 ${n} 条`,
  matchesOnTimeline: (n: number, q: string) => (n === 0 ? `没有与“${q}”匹配的条目` : `“${q}”：${n} 个条目匹配`),
  nextMatch: '下一项匹配（n）',
  previousMatch: '上一项匹配（Shift+N）',
  eraMatches: (n: number) => `${n} 项匹配`,
  selectedAnnouncement: (label: string) => `已选中：${label}`,
  previousEra: '上一个时代',
  nextEra: '下一个时代',
  keyboardHelp: '按键：方向键移动，回车列出视图中的条目（再按回车打开），Esc 关闭，+ 和 − 缩放，[ 和 ] 切换时代，n 和 Shift+N 逐一查看搜索结果',
  pages: (p: string) => (/^[\d\s–—,-]+$/.test(p) ? `第 ${p} 页` : p),
};

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}

/**
 * The lanes a dataset is drawn with, titled in a language: the Eras row first, then its own
 * lanes (their titles) or the built-in ones (our names for them).
 */
export function laneTitles(dataset: Dataset | null, lang: Lang, options: EntryOptions = {}): Array<{ id: string; label: string }> {
  const t = strings(lang);
  const builtIn = t.lanes as Record<string, string>;
  const lanes = dataset ? lanesOf(dataset, options) : [];
  return [{ id: 'eras', label: t.lanes.eras }, ...lanes.map((l) => ({ id: l.id, label: l.title ? localize(l.title, lang) : (builtIn[l.id] ?? l.id) }))];
}

/** The language an element speaks: its own `lang`, else the nearest ancestor's, else the page's; Chinese or English. */
export function elementLang(element: Element, own: string): Lang {
  const tag = own || element.parentElement?.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  return tag.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
