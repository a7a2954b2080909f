import { describe, expect, it } from 'vitest';
import { startOf } from './dates.ts';
import type { TimelineEntry } from './timeline-entries.ts';
import { planItems } from './timeline-plan.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { toTimelineEntries } from './timeline-entries.ts';

const event = (id: string, date: string, importance: 1 | 2 | 3, end?: string): TimelineEntry => ({
  id, kind: 'event', lane: 'research', start: startOf(date), end: end ? startOf(end) : undefined, importance, label: id,
});
const era: TimelineEntry = {
  id: 'era-a', kind: 'era', lane: null, start: startOf('1974'), end: startOf('1980'), importance: 3, label: 'A winter', eraKind: 'winter', contested: true,
};
const crowd = Array.from({ length: 30 }, (_, i) => event(`e${i}`, String(1960 + i), i % 10 === 0 ? 3 : 1));

describe('planItems', () => {
  it('draws every era as a band behind the lanes and a bar in the Eras lane', () => {
    const { items } = planItems([era, ...crowd], { from: startOf('1950'), to: startOf('2030'), widthPx: 800 });
    const band = items.find((i) => i.id === 'band:era-a');
    const bar = items.find((i) => i.id === 'era-a');
    expect(band).toMatchObject({ role: 'band', lane: null, type: 'background', className: 'era-band era-winter era-contested' });
    expect(bar).toMatchObject({ role: 'era', lane: 'eras', type: 'range', align: 'auto' });
  });

  it('accounts for every item once: drawn with a label or counted in a cluster', () => {
    const { items, clusters } = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 600 });
    const drawn = items.filter((i) => i.role === 'item').map((i) => i.id);
    const folded = clusters.flatMap((c) => c.ids);
    expect([...drawn, ...folded].sort()).toEqual(crowd.map((e) => e.id).sort());
    expect(items.filter((i) => i.role === 'cluster')).toHaveLength(clusters.length);
  });

  it('always draws the pinned item, and only what `only` lets through', () => {
    const pinned = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 300, pinned: 'e7' });
    expect(pinned.items.some((i) => i.id === 'e7')).toBe(true);
    const landmarks = planItems(crowd, { from: startOf('1950'), to: startOf('2030'), widthPx: 2000 }, (e) => e.importance === 3);
    expect(landmarks.items.map((i) => i.id)).toEqual(['e0', 'e10', 'e20']);
  });

  it('draws spans as bars and puts late labels to the left of their date', () => {
    const { items } = planItems([event('span', '1990', 2, '1995'), event('late', '2020', 2)], { from: startOf('1980'), to: startOf('2030'), widthPx: 2000 });
    expect(items.find((i) => i.id === 'span')).toMatchObject({ type: 'range', align: 'auto' });
    expect(items.find((i) => i.id === 'late')).toMatchObject({ type: 'box', align: 'right' });
  });

  it('draws a span too short for its title at this zoom as a label at its start, and as a bar once zoomed in', () => {
    const short = event('short', '1985', 2, '1987');
    // 50 years over 1000 px: two years are 40 px, less than a title needs.
    const far = planItems([short], { from: startOf('1980'), to: startOf('2030'), widthPx: 1000 }).items.find((i) => i.id === 'short');
    expect(far).toMatchObject({ type: 'box', align: 'left', end: undefined });
    // 10 years over 1000 px: two years are 200 px.
    const near = planItems([short], { from: startOf('1980'), to: startOf('1990'), widthPx: 1000 }).items.find((i) => i.id === 'short');
    expect(near).toMatchObject({ type: 'range', align: 'auto' });
    expect(near!.end).toEqual(startOf('1987'));
  });
});

describe('planItems while a search is on', () => {
  it('marks matches, fades the rest, and counts the matches in clusters and eras', () => {
    const entries = toTimelineEntries(minimalDataset(), 'en');
    const window = { from: new Date(Date.UTC(1950, 0)), to: new Date(Date.UTC(2030, 0)) };
    const plain = planItems(entries, { ...window, widthPx: 1200 });
    expect(plain.items.some((i) => / (match|faded)\b/.test(i.className))).toBe(false);
    const searching = planItems(entries, { ...window, widthPx: 1200, matches: new Set(['lighthill-report', 'q-seed']) });
    const cls = (id: string) => searching.items.find((i) => i.id === id)?.className ?? '';
    expect(cls('lighthill-report')).toMatch(/\bmatch\b/);
    expect(cls('sur-program')).toMatch(/\bfaded\b/);
    expect(searching.items.find((i) => i.id === 'era-first-boom')?.matches).toBe(1);
    expect(searching.items.find((i) => i.id === 'era-first-winter')?.matches).toBe(0);
    // A crowd folds into clusters at full span: each counts the matches it holds.
    const wanted = new Set(['e3', 'e4', 'e17']);
    const crowded = planItems([era, ...crowd], { from: startOf('1955'), to: startOf('1995'), widthPx: 600, matches: wanted });
    const clusters = crowded.items.filter((i) => i.role === 'cluster');
    expect(clusters.length).toBeGreaterThan(0);
    expect(clusters.reduce((n, c) => n + c.matches!, 0) + crowded.items.filter((i) => i.role === 'item' && wanted.has(i.id)).length).toBe(3);
    for (const c of clusters) {
      expect(c.matches).toBe(c.cluster!.ids.filter((id) => wanted.has(id)).length);
      expect(c.className).toMatch(c.matches ? /\bmatch\b/ : /\bfaded\b/);
    }
  });
});
