/**
 * The Rhyme view's model: two eras side by side on a relative axis ("years since each began",
 * or since an anchor event in each), the curated pairs that cross between them, and the
 * `rhyme` / `anchor` / `lanes` / `years` URL parameters. Pure, so it is tested in node.
 *
 * A relative window is a window measured in milliseconds from an anchor: { from: -1 year,
 * to: +6 years } is "from a year before the anchor to six years after it". Each timeline shows
 * it from its own anchor, so the two anchors always sit at the same fraction of the width.
 */
import { eraAt } from './eras.ts';
import { startOf } from './dates.ts';
import { quoteValue } from './problem-text.ts';
import type { Dataset, Era, HistoryEvent, Lang, Pair, Quote } from './schema.ts';
import type { TimeWindow } from './time-window.ts';
import { pickLanes } from './timeline-entries.ts';

export const YEAR_MS = 365.25 * 24 * 3600 * 1000;

/**
 * Two eras and, for each, the event their relative axis counts from (null: the era's start);
 * the lanes both timelines show (unset: DEFAULT_RHYME_LANES); and the window both show, in
 * milliseconds from their anchors (unset: the opening window, both eras whole).
 */
export interface Rhyme {
  readonly eras: readonly [string, string];
  readonly anchors: readonly [string | null, string | null];
  readonly lanes?: readonly string[];
  readonly window?: RelativeWindow;
}

/** The lanes the Rhyme view opens on: the money and the voices, read across (two short timelines that fit one screen with the lines between them). */
export const DEFAULT_RHYME_LANES: readonly string[] = ['funding', 'voices'];

/** The lanes a Rhyme view shows, of the data's (in its order): those chosen, else the default ones, else (a dataset with none of those) all. */
export function rhymeLanes(rhyme: Rhyme, all: readonly string[]): string[] {
  const chosen = all.filter((id) => (rhyme.lanes ?? DEFAULT_RHYME_LANES).includes(id));
  return chosen.length ? chosen : [...all];
}

/** What the "Set two eras side by side" button opens: the expert-systems boom against the generative-AI boom, from Strategic Computing and ChatGPT. */
export const DEFAULT_RHYME: Rhyme = {
  eras: ['era-expert-systems-boom', 'era-generative-ai-boom'],
  anchors: ['strategic-computing-initiative', 'chatgpt-launch'],
};

/** A window in milliseconds from an anchor. */
export interface RelativeWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The window a Rhyme view opens on: from a quarter year before the earlier of the two era starts
 * (counted from each side's anchor) to eight and a half years after the anchors. For the default
 * pair that is 1979-10 to 1992-04 above and 2018-11 to 2031-05 below.
 */
export function openingWindow(data: Dataset, rhyme: Rhyme): RelativeWindow {
  const before = ([0, 1] as const).map((side) => {
    const start = anchorTime(data, rhyme.eras[side], null).getTime();
    return start - anchorTime(data, rhyme.eras[side], rhyme.anchors[side]).getTime();
  });
  return { from: Math.min(0, ...before) - YEAR_MS / 4, to: 8.5 * YEAR_MS };
}

/** The instant a side counts from: its anchor event's date, else its era's start. */
export function anchorTime(data: Dataset, era: string, anchor: string | null): Date {
  const event = anchor ? data.events.find((e) => e.id === anchor) : undefined;
  if (event) return startOf(event.date);
  const found = data.eras.find((e) => e.id === era);
  return found ? startOf(found.start) : new Date(0);
}

/** Two relative windows the same but for the URL's rounding: within two days at each end (it keeps a hundredth of a year, 3.65 days). */
export function sameRelative(a: RelativeWindow, b: RelativeWindow): boolean {
  return Math.abs(a.from - b.from) < 2 * 864e5 && Math.abs(a.to - b.to) < 2 * 864e5;
}

/** A relative window shown from an anchor: the absolute window of that side. */
export function absoluteWindow(anchor: Date, relative: RelativeWindow): TimeWindow {
  return { from: new Date(anchor.getTime() + relative.from), to: new Date(anchor.getTime() + relative.to) };
}

/** An absolute window seen from an anchor: the relative window. */
export function toRelative(anchor: Date, window: TimeWindow): RelativeWindow {
  return { from: window.from.getTime() - anchor.getTime(), to: window.to.getTime() - anchor.getTime() };
}

/** The window of side B that matches a window of side A: the same distance from each anchor, the same width. */
export function relativeWindow(anchorA: Date, anchorB: Date, window: TimeWindow): TimeWindow {
  return absoluteWindow(anchorB, toRelative(anchorA, window));
}

/** A tick of the shared axis: whole years from the anchors, and where it falls across the width (0–1). */
export interface RelativeTick {
  readonly years: number;
  readonly fraction: number;
}

/** Whole-year ticks across a relative window, every 1, 2, 5, 10… years so that at most `most` fit. */
export function relativeTicks(window: RelativeWindow, most = 8): RelativeTick[] {
  const width = window.to - window.from;
  if (!(width > 0) || most < 1) return [];
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => (width / YEAR_MS) / s <= most) ?? 1000;
  const ticks: RelativeTick[] = [];
  // "+ 0" turns -0 into 0: the first tick of a window starting just before the anchor is year 0.
  for (let y = Math.ceil(window.from / YEAR_MS / step) * step + 0; y * YEAR_MS <= window.to; y += step) {
    ticks.push({ years: y, fraction: (y * YEAR_MS - window.from) / width });
  }
  return ticks;
}

/** "year 0", "+2", "−4" / "第0年", "第2年", "前4年": a tick's label. */
export function tickLabel(years: number, lang: Lang): string {
  if (lang === 'zh') return years < 0 ? `前${-years}年` : `第${years}年`;
  return years === 0 ? 'year 0' : years > 0 ? `+${years}` : `−${-years}`;
}

/** A curated pair across the two eras: its quote in the first era (top) and in the second (bottom). */
export interface CrossingPair {
  readonly pair: Pair;
  readonly top: Quote;
  readonly bottom: Quote;
}

/** The curated pairs with one quote in each of the two eras, in the order of their top quotes. */
export function pairsAcross(data: Dataset, eraA: string, eraB: string): CrossingPair[] {
  const byId = new Map(data.quotes.map((q) => [q.id, q]));
  const eraOf = (q: Quote) => eraAt(data.eras, q.date)?.id;
  const found: CrossingPair[] = [];
  for (const pair of data.pairs ?? []) {
    const [a, b] = pair.quotes.map((id) => byId.get(id));
    if (!a || !b) continue;
    if (eraOf(a) === eraA && eraOf(b) === eraB) found.push({ pair, top: a, bottom: b });
    else if (eraOf(b) === eraA && eraOf(a) === eraB) found.push({ pair, top: b, bottom: a });
  }
  return found.sort((x, y) => startOf(x.top.date).getTime() - startOf(y.top.date).getTime());
}

/** The events that fall in an era (the anchor picker's choices), in time order. */
export function eventsIn(data: Dataset, era: string): HistoryEvent[] {
  return data.events
    .filter((e) => eraAt(data.eras, e.date)?.id === era)
    .sort((a, b) => startOf(a.date).getTime() - startOf(b.date).getTime());
}

/** How far from its anchor a window given by `years` may reach: further than any data goes. */
const MAX_YEARS = 500;

/** "-0.25,8.5": the window in years from the anchors, or null when it is not one. */
function parseYears(text: string): RelativeWindow | null {
  const parts = text.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => !/^[-+]?\d+(\.\d+)?$/.test(p))) return null;
  const [from, to] = parts.map(Number);
  if (!(from < to) || Math.abs(from) > MAX_YEARS || Math.abs(to) > MAX_YEARS) return null;
  return { from: from * YEAR_MS, to: to * YEAR_MS };
}

/** A window in years from the anchors, to a hundredth of a year (about four days), for the URL. */
function yearsText(window: RelativeWindow): string {
  const years = (ms: number) => String(Math.round((ms / YEAR_MS) * 100) / 100);
  return `${years(window.from)},${years(window.to)}`;
}

const problems = {
  en: {
    count: (p: string, v: string) => `${p} ${quoteValue(v)} needs two ids separated by a comma`,
    notEra: (v: string) => `rhyme: ${quoteValue(v)} is not an era in the dataset`,
    notInEra: (v: string, era: string) => `anchor: ${quoteValue(v)} is not an event in ${era}; its era's start is used`,
    noRhyme: (p: string) => `${p} is only read with rhyme: it was left out`,
    notLane: (v: string) => `lanes: ${quoteValue(v)} is not a lane in the dataset`,
    badYears: (v: string) => `years: ${quoteValue(v)} needs two numbers of years from the anchors, the first smaller, within ±${MAX_YEARS}; both eras are shown whole`,
  },
  zh: {
    count: (p: string, v: string) => `${p} ${quoteValue(v)} 需要两个用逗号分隔的 id`,
    notEra: (v: string) => `rhyme：${quoteValue(v)} 不是数据集中的时代`,
    notInEra: (v: string, era: string) => `anchor：${quoteValue(v)} 不是 ${era} 中的事件，改从该时代的开端算起`,
    noRhyme: (p: string) => `${p} 只与 rhyme 一起使用，已忽略`,
    notLane: (v: string) => `lanes：${quoteValue(v)} 不是数据集中的泳道`,
    badYears: (v: string) => `years：${quoteValue(v)} 需要两个距锚点的年数（前小后大，不超过 ±${MAX_YEARS}），改为完整显示两个时代`,
  },
};

/**
 * Reads `rhyme=<era>,<era>`, `anchor=<event>,<event>` and `lanes=<lane>,…`. Each problem is one
 * line in the reader's language; what can be used still is (an anchor outside its era falls
 * back to the era's start, an unknown lane is left out, and a bad `rhyme` leaves the view
 * closed without touching the rest of the URL).
 */
export function parseRhyme(params: URLSearchParams, data: Dataset, lang: Lang): { rhyme: Rhyme | null; problems: string[] } {
  const t = problems[lang];
  const found: string[] = [];
  const rhymeText = params.get('rhyme');
  const anchorText = params.get('anchor');
  const lanesText = params.get('lanes');
  const yearsParam = params.get('years');
  if (rhymeText === null) {
    const alone = { anchor: anchorText, lanes: lanesText, years: yearsParam };
    return { rhyme: null, problems: Object.entries(alone).flatMap(([name, value]) => (value === null ? [] : [t.noRhyme(name)])) };
  }
  const eras = rhymeText.split(',').map((s) => s.trim());
  if (eras.length !== 2 || eras.some((e) => !e)) return { rhyme: null, problems: [t.count('rhyme', rhymeText)] };
  const bad = eras.filter((id) => !data.eras.some((e: Era) => e.id === id));
  if (bad.length) return { rhyme: null, problems: bad.map((id) => t.notEra(id)) };
  const anchors: [string | null, string | null] = [null, null];
  if (anchorText !== null) {
    const ids = anchorText.split(',').map((s) => s.trim());
    if (ids.length !== 2) found.push(t.count('anchor', anchorText));
    else
      ids.forEach((id, side) => {
        if (!id) return; // "anchor=,chatgpt-launch": the first side counts from its era's start
        if (eventsIn(data, eras[side]).some((e) => e.id === id)) anchors[side] = id;
        else found.push(t.notInEra(id, eras[side]));
      });
  }
  const lanes = lanesText === null ? { lanes: [], unknown: [] } : pickLanes(data, lanesText);
  found.push(...lanes.unknown.map((id) => t.notLane(id)));
  const window = yearsParam === null ? null : parseYears(yearsParam);
  if (yearsParam !== null && !window) found.push(t.badYears(yearsParam));
  return {
    rhyme: { eras: [eras[0], eras[1]], anchors, ...(lanes.lanes.length ? { lanes: lanes.lanes } : {}), ...(window ? { window } : {}) },
    problems: found,
  };
}

/** The URL parameters of a Rhyme view (none when it is closed; `anchor` only when one is set, `lanes` only when not the default ones, `years` once the reader has moved). */
export function rhymeToParams(rhyme: Rhyme | null): Record<string, string> {
  if (!rhyme) return {};
  const params: Record<string, string> = { rhyme: rhyme.eras.join(',') };
  if (rhyme.anchors.some(Boolean)) params.anchor = rhyme.anchors.map((a) => a ?? '').join(',');
  if (rhyme.lanes?.length && rhyme.lanes.join() !== DEFAULT_RHYME_LANES.join()) params.lanes = rhyme.lanes.join(',');
  if (rhyme.window) params.years = yearsText(rhyme.window);
  return params;
}

/** The same view: eras and anchors (the lanes and the window are ways of reading it). */
export function sameRhyme(a: Rhyme | null, b: Rhyme | null): boolean {
  return rhymeToParams(a).rhyme === rhymeToParams(b).rhyme && rhymeToParams(a).anchor === rhymeToParams(b).anchor;
}
