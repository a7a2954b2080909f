/** The explorer page's own UI strings (its components bring theirs). */
import type { Lang } from '../model/schema.ts';

const en = {
  title: 'AI Winter Timeline Explorer',
  lede: 'Seventy years of artificial intelligence in booms and busts: the eras, the events and what people said at the time, every item sourced and every doubt marked. Take a guided tour through the winters and today’s boom, or explore the timeline on your own.',
  /** The page's description (meta description, Open Graph, Twitter) and its social card's alt text. */
  description: "A zoomable, sourced, bilingual timeline of AI's booms and busts, from 1956 to today.",
  cardAlt: "The explorer's timeline: eras of boom and winter as coloured bands, events in lanes, from 1950 to today.",
  /** The social card (public/, made by src/tools/site-images.mjs): the title, lede and timeline in this language. */
  card: '/social-card.png',
  /** Open Graph locale: this language, and the other one. */
  ogLocale: ['en_US', 'zh_CN'] as readonly [string, string],
  language: 'Language',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Could not copy: select the address bar and copy it yourself',
  embed: 'Embed this view',
  loading: 'Loading the history…',
  loadFailed: 'The dataset could not be loaded:',
  retry: 'Retry',
  urlProblems: 'Some of the link could not be used and was left out:',
  dismiss: 'Dismiss',
  tabs: { eras: 'Eras', search: 'Search', compare: 'Compare', rhymes: 'History rhymes', predictions: 'Predictions', about: 'About' },
  panelsLabel: 'Explore',
  compareCount: (n: number) => `Compare (${n})`,
  addToCompare: 'Add to comparison',
  inCompare: 'In the comparison',
  compareFull: 'The comparison already holds four quotes: remove one first.',
  start: 'Start with the first boom',
  intro:
    'AI has risen and fallen in cycles: bursts of confident promises and money, then disappointment, cuts and a "winter". Pick an era above, or start at the beginning, and follow the cycle to 2024, when AI start-ups began to "squeeze the bubble".',
  closeDetail: 'Close',
  selectedItem: 'Selected item',
};
export type AppStrings = typeof en;

const zh: AppStrings = {
  title: '人工智能寒冬时间线',
  lede: '七十年人工智能的繁荣与萧条：各个时代、重大事件，以及当时人们说过的话，每一条都注明来源，每一处存疑都加以标注。你可以跟随导览走过几次寒冬和今天的热潮，也可以自己浏览时间线。',
  description: '一条可缩放、注明来源的中英双语时间线，记录人工智能从1956年至今的繁荣与萧条。',
  cardAlt: '时间线探索器：繁荣与寒冬的时代以色带标出，事件分列各泳道，从1950年至今。',
  card: '/social-card-zh.png',
  ogLocale: ['zh_CN', 'en_US'],
  language: '语言',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  copyFailed: '无法复制：请在地址栏中手动复制',
  embed: '嵌入此视图',
  loading: '正在加载历史数据…',
  loadFailed: '数据集无法加载：',
  retry: '重试',
  urlProblems: '链接中有部分参数无法使用，已忽略：',
  dismiss: '关闭提示',
  tabs: { eras: '时代', search: '搜索', compare: '对比', rhymes: '历史的押韵', predictions: '预言账本', about: '关于' },
  panelsLabel: '浏览',
  compareCount: (n: number) => `对比（${n}）`,
  addToCompare: '加入对比',
  inCompare: '已在对比中',
  compareFull: '对比中已有四条言论：请先移除一条。',
  start: '从第一次繁荣开始',
  intro:
    '人工智能一次次在周期中起落：先是信心满满的承诺与滚滚而来的资金，继而是失望、削减经费和“寒冬”。请在上方选择一个时代，或从头开始，沿着这一周期一路走到 2024 年——那一年，AI 初创公司开始“挤泡沫”。',
  closeDetail: '关闭',
  selectedItem: '所选条目',
};

export function appStrings(lang: Lang): AppStrings {
  return lang === 'zh' ? zh : en;
}
