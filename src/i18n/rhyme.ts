/** UI strings of the Rhyme view (two eras side by side on a relative axis), in English and Chinese. */
import type { Lang } from '../model/schema.ts';

const en = {
  open: 'Set two eras side by side',
  heading: 'History rhymes: two eras side by side',
  intro: 'Both timelines count years from their anchor and move together. Lines join the curated pairs of quotes, one in each era; pick a line to compare the two.',
  close: 'Back to the list of pairs',
  side: (n: 1 | 2): string => (n === 1 ? 'Top timeline' : 'Bottom timeline'),
  era: 'Era',
  anchor: 'Count years from',
  lanes: 'Lanes in both timelines',
  eraStart: (year: string) => `the era's start (${year})`,
  axis: 'Years since each anchor',
  timeline: (era: string) => `Timeline of ${era}`,
  connector: (top: string, topYear: string, bottom: string, bottomYear: string) => `Compare ${top} (${topYear}) with ${bottom} (${bottomYear})`,
  pairsHeading: (n: number) => (n === 1 ? 'One pair across the two eras' : `${n} pairs across the two eras`),
  noPairs: 'No curated pair has one quote in each of these eras.',
  compare: 'Compare',
  outOfView: (n: number) => (n === 1 ? 'One pair is outside the window: move or zoom out to see its line.' : `${n} pairs are outside the window: move or zoom out to see their lines.`),
};

const zh: typeof en = {
  open: '把两个时代并排对照',
  heading: '历史的押韵：两个时代并排对照',
  intro: '两条时间轴都从各自的锚点起算年份，并同步移动和缩放。连线连接精选的成对引语，一句在上方的时代，一句在下方的时代；选择一条连线即可对比这两句话。',
  close: '返回成对引语列表',
  side: (n: 1 | 2) => (n === 1 ? '上方时间轴' : '下方时间轴'),
  era: '时代',
  anchor: '起算点',
  lanes: '两条时间轴显示的泳道',
  eraStart: (year: string) => `该时代的开端（${year}）`,
  axis: '距各自锚点的年数',
  timeline: (era: string) => `${era}的时间轴`,
  connector: (top: string, topYear: string, bottom: string, bottomYear: string) => `对比${top}（${topYear}）与${bottom}（${bottomYear}）`,
  pairsHeading: (n: number) => `跨越这两个时代的成对引语：${n}组`,
  noPairs: '没有哪组精选引语恰好一句在这个时代、一句在那个时代。',
  compare: '对比',
  outOfView: (n: number) => `有${n}组不在当前窗口内：平移或缩小即可看到连线。`,
};

export type RhymeStrings = typeof en;

export function rhymeStrings(lang: Lang): RhymeStrings {
  return lang === 'zh' ? zh : en;
}
