/**
 * Series counted from this dataset itself, at build time: how optimistic the quotes collected
 * from each five years are, and how many events each lane holds per year. They measure this
 * collection — what was chosen and sourced here — not the world, and say so.
 */
import { isoYear as year, startOf } from './dates.ts';
import type { Dataset, Series } from './schema.ts';
import { LANES } from './vocabulary.ts';

const LANE_NAMES: Record<string, { en: string; zh: string }> = {
  research: { en: 'research', zh: '研究' },
  funding: { en: 'funding and policy', zh: '资金与政策' },
  industry: { en: 'industry and deals', zh: '产业与交易' },
  media: { en: 'media', zh: '媒体' },
};

const COLLECTION_CAVEAT = {
  en: 'Counted from this collection, not from the world: it shows what was chosen and sourced here. Recent years are covered more densely than early ones, and a few records can move a small bin a long way.',
  zh: '统计对象是本数据集，而不是现实世界：它反映的是这里收录并核实了哪些记录。近年的记录比早年密集，样本小的区间几条记录就能让数值大幅变化。',
};

/** The derived series of a dataset (none for a dataset without quotes or events). */
export function derivedSeries(data: Pick<Dataset, 'quotes' | 'events'>): Series[] {
  return [optimism(data), ...LANES.map((lane) => eventsPerYear(data, lane))].filter((s): s is Series => s !== null);
}

/** The share of optimistic quotes among the optimistic and cautionary ones, per five years (n = how many). */
function optimism({ quotes }: Pick<Dataset, 'quotes'>): Series | null {
  const bins = new Map<number, { optimistic: number; counted: number }>();
  for (const q of quotes) {
    if (q.stance === 'neutral') continue;
    const bin = Math.floor(startOf(q.date).getUTCFullYear() / 5) * 5;
    const b = bins.get(bin) ?? { optimistic: 0, counted: 0 };
    b.counted++;
    if (q.stance === 'optimistic') b.optimistic++;
    bins.set(bin, b);
  }
  if (!bins.size) return null;
  const points = [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([bin, b]) => ({ date: year(bin), end: year(bin + 4), value: Math.round((b.optimistic / b.counted) * 100), n: b.counted }));
  return {
    id: 'collection-optimism',
    kind: 'derived',
    title: { en: 'Optimism of the quotes collected here', zh: '本数据集所收言论的乐观程度' },
    definition: {
      en: 'Of the quotes in this collection dated in each five years and marked optimistic or cautionary, the share marked optimistic (neutral ones left out; n is how many were counted).',
      zh: '每五年中，本数据集里标为乐观或谨慎的言论里，乐观者所占的比例（中性言论不计；n 为计入的条数）。',
    },
    unit: { en: '% optimistic', zh: '乐观占比（%）' },
    caveat: COLLECTION_CAVEAT,
    points,
  };
}

/** How many of this collection's events each year holds in a lane. */
function eventsPerYear({ events }: Pick<Dataset, 'events'>, lane: string): Series | null {
  const years = new Map<number, number>();
  for (const e of events) if (e.lane === lane) years.set(startOf(e.date).getUTCFullYear(), (years.get(startOf(e.date).getUTCFullYear()) ?? 0) + 1);
  if (!years.size) return null;
  const [first, last] = [Math.min(...years.keys()), Math.max(...years.keys())];
  // Every year from the first to the last: a year with none is a count of 0, not a gap.
  const points = Array.from({ length: last - first + 1 }, (_, i) => ({ date: year(first + i), value: years.get(first + i) ?? 0, n: years.get(first + i) ?? 0 }));
  const name = LANE_NAMES[lane] ?? { en: lane, zh: lane };
  return {
    id: `collection-events-${lane}`,
    kind: 'derived',
    title: { en: `Events collected here per year: ${name.en}`, zh: `本数据集每年的事件数：${name.zh}` },
    definition: {
      en: `How many events in this collection's ${name.en} lane are dated in each year.`,
      zh: `本数据集“${name.zh}”栏中，每年日期落在该年的事件数。`,
    },
    unit: { en: 'events', zh: '件' },
    caveat: COLLECTION_CAVEAT,
    points,
  };
}
