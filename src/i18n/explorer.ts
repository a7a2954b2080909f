/**
 * UI strings of the era strip, the era panel, the about page and the embed-code panel, in
 * English and Chinese. Content (era titles, summaries, sources) comes from the dataset.
 */
import type { Lang } from '../model/schema.ts';
import type { SourceGroup } from '../model/sources.ts';

const en = {
  // era strip
  eras: 'Eras',
  kind: { boom: 'Boom', winter: 'Winter', transition: 'Transition' },
  contested: 'Contested',
  contestedHint: 'historians disagree',
  // era panel
  eraPosition: (n: number, total: number) => `Era ${n} of ${total}`,
  noEra: 'Choose an era above to read what happened in it.',
  historiansDisagree: 'Historians disagree',
  keyEvents: 'Key events',
  noEvents: 'No events in the dataset are dated inside this era.',
  voices: 'Voices of the time',
  noQuotes: 'No quotes in the dataset are dated inside this era.',
  landmark: 'Landmark',
  unverified: 'Unverified',
  eraNavigation: 'Previous and next era',
  previousEra: 'Previous era',
  nextEra: 'Next era',
  // about
  aboutHeading: 'About this timeline',
  aboutIntro:
    'The AI Winter Timeline follows seventy years of artificial intelligence through its booms and busts: the eras when money and promises ran high, the “winters” when they dried up, and what people said at the time. Every era, event and quote cites its sources, in English and Chinese, and every quote says how far we could check it.',
  verifiedHeading: 'What counts as verified',
  verification: {
    primary: 'Primary',
    secondary: 'Secondary',
    unverified: 'Unverified',
  },
  verificationText: {
    primary: 'We read the words in the original, or in a faithful reprint or transcript (a machine-made transcript is flagged as such).',
    secondary: 'We read the words in a reputable outlet, book or paper quoting the speaker; the source’s note says where a reader can see them.',
    unverified:
      'Commonly attributed, but not seen, or not found again on checking. Each carries a note on what has been compared and why we doubt it, and never anchors a pair of quotes.',
  },
  quoteShare: (primary: number, secondary: number, unverified: number, seedLines: number) =>
    `Of the ${primary + secondary + unverified} ${primary + secondary + unverified === 1 ? 'quote' : 'quotes'} in the dataset: ${primary} primary, ${secondary} secondary, ${unverified} unverified (${Math.round(((primary + secondary) / Math.max(1, primary + secondary + unverified)) * 100)}% verified).` +
    (seedLines === 1
      ? ' The seed article’s own line is counted apart: it shows what the article says, not what anyone said.'
      : seedLines
        ? ` The seed article’s own ${seedLines} lines are counted apart: they show what the article says, not what anyone said.`
        : ''),
  seedHeading: 'The seed article',
  seedBefore: 'The project began from a 2024 Chinese article, ',
  seedAfter:
    ' (ByteAILab, GPTNB, 13 June 2024), on the first large-model unicorns “squeezing the bubble”. Where it is wrong (Stability AI “near $30B”, Perplexity’s merger talks, Reka “announcing” its sale, the 1984 panel lines), the event states the article’s claim, then the correction, and cites both; where it is incomplete (Moonshot’s “$800M Series B” was the round’s first close, not its total of over $1B), it says so. Its four “1984 panel” lines are kept word for word as quotes marked unverified, with no speaker named.',
  seedTitle: '第一批大模型独角兽开始“挤泡沫”',
  sourcesHeading: (n: number) => `Sources (${n})`,
  sourcesIntro:
    'Every source cited by an era, an event or a quote, listed once (same title and address). They are grouped by what they are, judged from the title and publisher: books and scholarly papers; reports, laws and official documents; news, interviews and web pages. Within a group they are sorted by title.',
  group: { scholarly: 'Books & papers', documents: 'Reports & documents', press: 'News & web' } as Record<SourceGroup, string>,
  groupHeading: (name: string, n: number) => `${name} (${n})`,
  groupsNav: 'Kinds of source',
  noData: 'The dataset has not loaded yet.',
  // embed code
  embedHeading: 'Embed this view',
  embedIntro: 'Paste one of these into your own page to show the timeline as it is set here.',
  embedForecasts: 'Include the lane of forecasts and what became of them',
  componentHeading: 'Web component',
  componentHelp: 'Runs inside your page; style it with the --aiw-* custom properties.',
  iframeHeading: 'Iframe',
  iframeHelp: 'Stays separate from your page; the short script lets it set its own height.',
  copy: 'Copy',
  copyComponent: 'Copy the web component code',
  copyIframe: 'Copy the iframe code',
  copied: 'Copied',
  copyFailed: 'The browser refused to copy. The code is selected: press Ctrl+C (⌘C on a Mac).',
  preview: 'Preview',
  previewTitle: 'Preview of the embedded timeline',
  frameTitle: 'AI Winter Timeline',
};

export type ExplorerStrings = typeof en;

const zh: ExplorerStrings = {
  eras: '时代',
  kind: { boom: '繁荣', winter: '寒冬', transition: '过渡' },
  contested: '有争议',
  contestedHint: '史家看法不一',
  eraPosition: (n: number, total: number) => `第 ${n} 个时代，共 ${total} 个`,
  noEra: '请在上方选择一个时代，阅读那段时间发生的事。',
  historiansDisagree: '史家看法不一',
  keyEvents: '关键事件',
  noEvents: '数据集中没有日期落在这个时代内的事件。',
  voices: '时人之言',
  noQuotes: '数据集中没有日期落在这个时代内的言论。',
  landmark: '里程碑',
  unverified: '未经核实',
  eraNavigation: '上一个和下一个时代',
  previousEra: '上一个时代',
  nextEra: '下一个时代',
  aboutHeading: '关于这条时间线',
  aboutIntro:
    '“AI寒冬时间线”梳理人工智能七十年来的繁荣与萧条：资金和承诺高涨的时代，资金和信心退潮的“寒冬”，以及时人当时说了什么。每个时代、事件和言论都注明来源，提供中英文两种语言，每条言论都说明我们能核实到什么程度。',
  verifiedHeading: '怎样才算已核实',
  verification: {
    primary: '原始来源',
    secondary: '二手来源',
    unverified: '未经核实',
  },
  verificationText: {
    primary: '我们读到了原文，或忠实的重印本、文字记录（机器转写的记录会特别注明）。',
    secondary: '我们在引用发言者的可靠媒体、书籍或论文中读到了这段话；来源备注写明读者可以在哪里看到。',
    unverified: '流传甚广，但我们没有见到原文，或复查时未能再次找到。每条都附有说明，写明核对过哪些版本或出处、为何存疑；这类言论不会作为对照组的依据。',
  },
  quoteShare: (primary: number, secondary: number, unverified: number, seedLines: number) =>
    `数据集共 ${primary + secondary + unverified} 条言论：原始来源 ${primary} 条，二手来源 ${secondary} 条，未经核实 ${unverified} 条（核实率 ${Math.round(((primary + secondary) / Math.max(1, primary + secondary + unverified)) * 100)}%）。` +
    (seedLines ? `起点文章自身的 ${seedLines} 句话另行计算：它们只能说明文章写了什么，不能说明有人说过这些话。` : ''),
  seedHeading: '起点文章',
  seedBefore: '本项目始于2024年的一篇中文文章',
  seedAfter:
    '（ByteAILab，GPTNB，2024年6月13日）。文章有误之处（Stability AI估值“近300亿美元”、Perplexity的并购洽谈、Reka“宣布”出售、1984年研讨会的几句话），相关事件先用我们自己的话转述文章的说法，再给出更正，并同时引用文章和更正所依据的来源；说法不完整之处（月之暗面“8亿美元B轮”是该轮的首次交割，全轮总额超过10亿美元），也会注明。文中四句“1984年研讨会”的话原样保留为言论，标为未经核实，不署发言者。',
  seedTitle: '《第一批大模型独角兽开始“挤泡沫”》',
  sourcesHeading: (n: number) => `来源（${n}）`,
  sourcesIntro:
    '时代、事件和言论引用过的全部来源，每个只列一次（标题和网址相同即视为同一来源）。按来源类型分组，依据标题和出版方判断：书籍与学术论文；报告、法规与官方文件；新闻、访谈与网页。组内按标题排序。',
  group: { scholarly: '书籍与论文', documents: '报告与文件', press: '新闻与网页' } as Record<SourceGroup, string>,
  groupHeading: (name: string, n: number) => `${name}（${n}）`,
  groupsNav: '来源类型',
  noData: '数据集尚未加载。',
  embedHeading: '嵌入当前视图',
  embedIntro: '把下面任意一段代码粘贴到你的网页中，即可按这里的设置显示时间线。',
  embedForecasts: '同时显示“预测”栏：各条预言及其下文',
  componentHeading: 'Web 组件',
  componentHelp: '直接在你的页面中运行；可用 --aiw-* 自定义属性调整样式。',
  iframeHeading: 'iframe',
  iframeHelp: '与你的页面相互隔离；附带的简短脚本让它自动调整高度。',
  copy: '复制',
  copyComponent: '复制 Web 组件代码',
  copyIframe: '复制 iframe 代码',
  copied: '已复制',
  copyFailed: '浏览器拒绝了复制。代码已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
  preview: '预览',
  previewTitle: '嵌入后时间线的预览',
  frameTitle: 'AI寒冬时间线',
};

export function explorerStrings(lang: Lang): ExplorerStrings {
  return lang === 'zh' ? zh : en;
}
