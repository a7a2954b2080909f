/** The chart band's words, in English and Chinese. */
import type { Lang } from '../model/schema.ts';

const en = {
  label: 'Numbers',
  choose: 'Numbers to draw under the timeline',
  none: 'None',
  unit: (unit: string) => `in ${unit}`,
  showTable: 'Show as table',
  csv: 'Download CSV',
  json: 'Download JSON',
  caveat: 'What you should know',
  point: (date: string, value: string, unit: string) => `${date}: ${value} ${unit}`,
  counted: (n: number) => `counted from ${n} ${n === 1 ? 'record' : 'records'} of this collection`,
  total: (from: string, to: string) => `total for ${from} – ${to}`,
  date: 'Date',
  value: 'Value',
  source: 'Source',
  skipped: (n: number) => `${n} ${n === 1 ? 'point' : 'points'} outside this window`,
};

export type ChartStrings = typeof en;

const zh: ChartStrings = {
  label: '数据',
  choose: '在时间线下方绘制的数据',
  none: '不显示',
  unit: (unit) => `单位：${unit}`,
  showTable: '以表格显示',
  csv: '下载 CSV',
  json: '下载 JSON',
  caveat: '需要了解的情况',
  point: (date, value, unit) => `${date}：${value} ${unit}`,
  counted: (n) => `根据本数据集中的 ${n} 条记录统计`,
  total: (from, to) => `${from} 至 ${to} 合计`,
  date: '日期',
  value: '数值',
  source: '来源',
  skipped: (n) => `${n} 个数据点在当前窗口之外`,
};

export function chartStrings(lang: Lang): ChartStrings {
  return lang === 'zh' ? zh : en;
}
