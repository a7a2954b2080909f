/** UI strings of the guided tours: the tour bar, its picker, the page's opening and the printed handout. */
import type { Lang } from '../model/schema.ts';

const en = {
  takeTour: 'Take a tour',
  explore: 'Explore',
  openingLabel: 'Start here',
  pickerTitle: 'Guided tours',
  pickerHint: 'Each tour walks the timeline in a few short steps; you can leave it at any point and keep exploring from there.',
  start: 'Start',
  stepsCount: (n: number) => `${n} steps`,
  close: 'Close',
  tourLabel: (title: string) => `Tour: ${title}`,
  position: (n: number, total: number) => `${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  finish: 'Finish',
  leave: 'Leave tour',
  keysHint: '← and → move between steps, Esc leaves the tour.',
  printTour: 'Print this tour',
  handoutItems: 'On the timeline',
  handoutSources: 'Sources',
  unverified: 'Unverified',
  embedNote: 'The widget opens on this step’s view: its era, window and selected item. The tour’s own text belongs to the explorer and is not embedded.',
};
export type TourStrings = typeof en;

const zh: TourStrings = {
  takeTour: '跟随导览',
  explore: '自由浏览',
  openingLabel: '从这里开始',
  pickerTitle: '导览',
  pickerHint: '每条导览用几个简短的步骤带你走过时间线；你可以随时离开，从当前位置继续自由浏览。',
  start: '开始',
  stepsCount: (n: number) => `${n} 步`,
  close: '关闭',
  tourLabel: (title: string) => `导览：${title}`,
  position: (n: number, total: number) => `第 ${n} 步，共 ${total} 步`,
  previous: '上一步',
  next: '下一步',
  finish: '完成',
  leave: '退出导览',
  keysHint: '按 ← 和 → 切换步骤，按 Esc 退出导览。',
  printTour: '打印本导览',
  handoutItems: '时间线上的条目',
  handoutSources: '来源',
  unverified: '未经核实',
  embedNote: '嵌入的组件会从这一步的视图打开：它的时代、时间窗口和所选条目。导览文字本身属于探索器，不会被嵌入。',
};

export function tourStrings(lang: Lang): TourStrings {
  return lang === 'zh' ? zh : en;
}
