/** UI strings in English and Chinese. Content strings come from the dataset, not from here. */
import type { Lang } from '../model/schema.ts';

const en = {
  lanes: { eras: 'Eras', research: 'Research', funding: 'Funding & policy', industry: 'Industry & deals', media: 'Media', voices: 'Voices' },
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Show everything',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not load its data',
  moreErrors: (n: number) => `…and ${n} more`,
  retry: 'Retry',
  timelineLabel: 'Timeline of AI booms and winters',
  boom: 'Boom',
  winter: 'Winter',
  transition: 'Transition',
  contested: 'contested',
};

export type Strings = typeof en;

const zh: Strings = {
  lanes: { eras: '时代', research: '研究', funding: '资金与政策', industry: '产业与交易', media: '媒体', voices: '言论' },
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  loading: '正在加载时间线…',
  loadFailed: '时间线无法加载数据',
  moreErrors: (n: number) => `……另有 ${n} 条`,
  retry: '重试',
  timelineLabel: '人工智能繁荣与寒冬时间线',
  boom: '繁荣',
  winter: '寒冬',
  transition: '过渡',
  contested: '有争议',
};

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : en;
}
