import { describe, expect, it } from 'vitest';
import { projectDataset } from './fixtures/project-data.ts';
import { startOf } from './dates.ts';
import {
  absoluteWindow, anchorTime, openingWindow, DEFAULT_RHYME, DEFAULT_RHYME_LANES, eventsIn, pairsAcross, parseRhyme, relativeTicks, relativeWindow,
  rhymeLanes, rhymeToParams, sameRelative, sameRhyme, tickLabel, toRelative, YEAR_MS,
} from './rhyme.ts';

const data = projectDataset();
const [ES, GEN] = DEFAULT_RHYME.eras;

describe('relative windows', () => {
  const a = startOf('1983-10-28');
  const b = startOf('2022-11-30');

  it('moves a window to the other anchor keeping its width and its distance from the anchor', () => {
    const w = relativeWindow(a, b, { from: startOf('1982'), to: startOf('1990') });
    expect(w.to.getTime() - w.from.getTime()).toBe(startOf('1990').getTime() - startOf('1982').getTime());
    expect(w.from.getTime() - b.getTime()).toBe(startOf('1982').getTime() - a.getTime());
  });

  it('puts the two anchors at the same fraction of their windows', () => {
    const top = { from: startOf('1981-03'), to: startOf('1986-07') };
    const bottom = relativeWindow(a, b, top);
    const fraction = (at: Date, w: typeof top) => (at.getTime() - w.from.getTime()) / (w.to.getTime() - w.from.getTime());
    expect(fraction(b, bottom)).toBeCloseTo(fraction(a, top), 12);
  });

  it('goes there and back unchanged', () => {
    const rel = { from: -2 * YEAR_MS, to: 5 * YEAR_MS };
    expect(toRelative(a, absoluteWindow(a, rel))).toEqual(rel);
  });
});

describe('the opening window', () => {
  it('shows the whole of both eras from the earlier start, 1979 to 1992 above and 2018 to 2031 below', () => {
    const rel = openingWindow(data, DEFAULT_RHYME);
    const top = absoluteWindow(anchorTime(data, ES, DEFAULT_RHYME.anchors[0]), rel);
    const bottom = absoluteWindow(anchorTime(data, GEN, DEFAULT_RHYME.anchors[1]), rel);
    expect([top.from, top.to, bottom.from, bottom.to].map((d) => d.toISOString().slice(0, 7))).toEqual(['1979-10', '1992-04', '2018-11', '2031-05']);
  });

  it('starts just before the anchors when they are the era starts', () => {
    expect(openingWindow(data, { eras: [ES, GEN], anchors: [null, null] }).from).toBe(-YEAR_MS / 4);
  });
});

describe('the shared axis', () => {
  it('ticks whole years, every two when eight years are shown', () => {
    const ticks = relativeTicks({ from: -1 * YEAR_MS, to: 8 * YEAR_MS }, 5);
    expect(ticks.map((t) => t.years)).toEqual([0, 2, 4, 6, 8]);
    expect(ticks[0].fraction).toBeCloseTo(1 / 9, 12);
  });

  it('has no ticks for an empty window', () => {
    expect(relativeTicks({ from: 0, to: 0 })).toEqual([]);
  });

  it('labels years in both languages', () => {
    expect([0, 2, -4].map((y) => tickLabel(y, 'en'))).toEqual(['year 0', '+2', '−4']);
    expect([0, 2, -4].map((y) => tickLabel(y, 'zh'))).toEqual(['第0年', '第2年', '前4年']);
  });
});

describe('anchors and pairs', () => {
  it('counts from the anchor event, or from the era start without one', () => {
    expect(anchorTime(data, ES, 'strategic-computing-initiative').toISOString()).toBe('1983-10-28T00:00:00.000Z');
    expect(anchorTime(data, GEN, null).toISOString()).toBe('2022-11-01T00:00:00.000Z');
  });

  it('offers the events of an era as anchors, the defaults among them', () => {
    expect(eventsIn(data, ES).map((e) => e.id)).toContain('strategic-computing-initiative');
    expect(eventsIn(data, GEN).map((e) => e.id)).toContain('chatgpt-launch');
    expect(eventsIn(data, GEN).map((e) => e.id)).not.toContain('strategic-computing-initiative');
  });

  it('finds the pairs with one quote in each era, the first era on top', () => {
    const across = pairsAcross(data, ES, GEN);
    expect(across.length).toBeGreaterThanOrEqual(10);
    expect(across.map((p) => p.pair.id)).toContain('pair-darpa-1983-son-2025-megaprograms');
    expect(across.every((p) => p.top.date < '1987' && p.bottom.date >= '2022-11')).toBe(true);
    expect(pairsAcross(data, GEN, ES).map((p) => p.top.id).sort()).toEqual(across.map((p) => p.bottom.id).sort());
  });

  it('finds none between an era and itself', () => {
    expect(pairsAcross(data, ES, ES)).toEqual([]);
  });
});

describe('the rhyme and anchor URL parameters', () => {
  const parse = (search: string, lang: 'en' | 'zh' = 'en') => parseRhyme(new URLSearchParams(search), data, lang);

  it('reads two eras and two anchors, and writes them back', () => {
    const { rhyme, problems } = parse(`rhyme=${ES},${GEN}&anchor=strategic-computing-initiative,chatgpt-launch`);
    expect(problems).toEqual([]);
    expect(rhyme).toEqual(DEFAULT_RHYME);
    expect(rhymeToParams(rhyme)).toEqual({ rhyme: `${ES},${GEN}`, anchor: 'strategic-computing-initiative,chatgpt-launch' });
  });

  it('counts from the era starts when anchor is left out', () => {
    const { rhyme } = parse(`rhyme=${ES},${GEN}`);
    expect(rhyme?.anchors).toEqual([null, null]);
    expect(rhymeToParams(rhyme)).toEqual({ rhyme: `${ES},${GEN}` });
  });

  it('says in one line that an era is unknown, and leaves the view closed', () => {
    const { rhyme, problems } = parse(`rhyme=${ES},era-nope`);
    expect(rhyme).toBeNull();
    expect(problems).toEqual(['rhyme: "era-nope" is not an era in the dataset']);
  });

  it('keeps the eras when an anchor is not in its era, counting that side from its start', () => {
    const { rhyme, problems } = parse(`rhyme=${ES},${GEN}&anchor=chatgpt-launch,chatgpt-launch`, 'zh');
    expect(rhyme).toEqual({ eras: [ES, GEN], anchors: [null, 'chatgpt-launch'] });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('不是');
  });

  it('needs exactly two eras', () => {
    expect(parse(`rhyme=${ES}`).problems[0]).toContain('needs two ids');
    expect(parse('anchor=chatgpt-launch,x').problems).toEqual(['anchor is only read with rhyme: it was left out']);
    expect(parse('lanes=voices').problems).toEqual(['lanes is only read with rhyme: it was left out']);
    expect(parse('years=-1,6&anchor=x,y').problems).toEqual([
      'anchor is only read with rhyme: it was left out',
      'years is only read with rhyme: it was left out',
    ]);
  });

  it('reads the window in years from the anchors, and writes it to a hundredth of a year', () => {
    const { rhyme, problems } = parse(`rhyme=${ES},${GEN}&years=-1.5,6`);
    expect(problems).toEqual([]);
    expect(rhyme?.window).toEqual({ from: -1.5 * YEAR_MS, to: 6 * YEAR_MS });
    expect(rhymeToParams({ ...DEFAULT_RHYME, window: { from: -YEAR_MS / 3, to: 8.5 * YEAR_MS } }).years).toBe('-0.33,8.5');
    expect(sameRhyme(DEFAULT_RHYME, { ...DEFAULT_RHYME, window: { from: 0, to: YEAR_MS } })).toBe(true);
    // Read back from the URL, a window is the one written, but for that rounding.
    const written = { from: -YEAR_MS / 3, to: 8.5 * YEAR_MS };
    const read = parse(`rhyme=${ES},${GEN}&years=${rhymeToParams({ ...DEFAULT_RHYME, window: written }).years}`).rhyme!.window!;
    expect(sameRelative(read, written)).toBe(true);
    expect(sameRelative(read, { from: written.from + 5 * 864e5, to: written.to })).toBe(false);
  });

  it('shows the lanes chosen that the data has, in its order, else the default ones, else all', () => {
    const all = ['research', 'funding', 'industry', 'media', 'voices'];
    expect(rhymeLanes(DEFAULT_RHYME, all)).toEqual(['funding', 'voices']);
    expect(rhymeLanes({ ...DEFAULT_RHYME, lanes: ['voices', 'media', 'money'] }, all)).toEqual(['media', 'voices']);
    expect(rhymeLanes(DEFAULT_RHYME, ['policy', 'voices'])).toEqual(['voices']);
    expect(rhymeLanes(DEFAULT_RHYME, ['policy', 'people'])).toEqual(['policy', 'people']);
  });

  it('shows both eras whole when the window is not one, and says so in one line', () => {
    for (const bad of ['6,-1', '1', '1,2,3', 'a,b', '-1,9999', '1e3,2000', '']) {
      const { rhyme, problems } = parse(`rhyme=${ES},${GEN}&years=${bad}`);
      expect(rhyme?.window).toBeUndefined();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('needs two numbers of years from the anchors');
    }
    expect(parse(`rhyme=${ES},${GEN}&years=x`, 'zh').problems[0]).toContain('距锚点的年数');
  });

  it('reads the lanes both show, leaving out those the dataset has not, and writes them only when not the default ones', () => {
    const { rhyme, problems } = parse(`rhyme=${ES},${GEN}&lanes=industry,money,media`);
    expect(rhyme?.lanes).toEqual(['industry', 'media']);
    expect(problems).toEqual(['lanes: "money" is not a lane in the dataset']);
    expect(rhymeToParams(rhyme)).toEqual({ rhyme: `${ES},${GEN}`, lanes: 'industry,media' });
    expect(parse(`rhyme=${ES},${GEN}&lanes=money`, 'zh')).toEqual({ rhyme: { eras: [ES, GEN], anchors: [null, null] }, problems: ['lanes："money" 不是数据集中的泳道'] });
    expect(rhymeToParams({ ...DEFAULT_RHYME, lanes: DEFAULT_RHYME_LANES })).toEqual(rhymeToParams(DEFAULT_RHYME));
    // Other lanes are the same view, read another way: a history entry is for other eras or anchors.
    expect(sameRhyme(DEFAULT_RHYME, { ...DEFAULT_RHYME, lanes: ['media'] })).toBe(true);
    expect(sameRhyme(DEFAULT_RHYME, { ...DEFAULT_RHYME, anchors: [null, null] })).toBe(false);
  });
});
