import { describe, expect, it } from 'vitest';
import { projectDataset } from './fixtures/project-data.ts';
import { SiteIndex, type SiteHit } from './site-search.ts';

const data = projectDataset();
const index = new SiteIndex(data);
const ids = (hits: SiteHit[]) => hits.map((h) => h.id);
const dateOf = new Map<string, string>([
  ...data.events.map((e) => [e.id, e.date] as const),
  ...data.quotes.map((q) => [q.id, q.date] as const),
  ...data.eras.map((e) => [e.id, e.start] as const),
  ...data.forecasts!.map((f) => [f.id, f.madeOn] as const),
]);
const kinds = (hits: SiteHit[]) => new Set(hits.map((h) => h.kind));

describe('one search over everything', () => {
  it('finds events by their title, not only quotes: "Lighthill", "Symbolics"', () => {
    const lighthill = index.search('Lighthill', {}, 'en');
    expect(ids(lighthill)).toEqual(expect.arrayContaining(['lighthill-report', 'lighthill-bbc-debate', 'mccarthy-lighthill-review']));
    expect([...kinds(lighthill)]).toEqual(expect.arrayContaining(['event', 'quote']));
    const symbolics = ids(index.search('Symbolics', {}, 'en'));
    expect(symbolics).toEqual(expect.arrayContaining(['symbolics-founded', 'symbolics-bankruptcy']));
  });

  it('marks where an event matched, in its title', () => {
    const hit = index.search('Symbolics', {}, 'en').find((h) => h.id === 'symbolics-bankruptcy')!;
    const title = hit.matches.find((m) => m.field === 'title.en')!;
    expect(title.ranges).toEqual([[0, 8]]);
  });

  it('finds eras and forecasts, and an event by its Chinese title from a Chinese query', () => {
    expect(ids(index.search('second winter', { kinds: ['era'] }, 'en'))).toContain('era-second-winter');
    expect(ids(index.search('莱特希尔报告', {}, 'zh'))).toContain('lighthill-report');
    const forecasts = index.search('', { kinds: ['forecast'] }, 'en');
    expect(forecasts.length).toBe(data.forecasts!.length);
    expect(kinds(forecasts)).toEqual(new Set(['forecast']));
  });

  it('keeps to the kinds asked for', () => {
    const events = index.search('Lighthill', { kinds: ['event'] }, 'en');
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(kinds(events)).toEqual(new Set(['event']));
  });

  it('applies era and years to every kind by its date', () => {
    const hits = index.search('Lisp', { era: 'era-second-winter' }, 'en');
    expect(ids(hits)).toContain('lisp-machine-market-collapse');
    expect(ids(hits)).not.toContain('symbolics-founded');
    for (const h of hits) if (h.kind === 'event') expect(Number(h.record.date.slice(0, 4))).toBeGreaterThanOrEqual(1987);
    const years = index.search('Symbolics', { from: 1990, to: 1999 }, 'en');
    expect(ids(years)).toContain('symbolics-bankruptcy');
    expect(ids(years)).not.toContain('symbolics-founded');
    for (const h of years) if (h.kind !== 'era') expect(dateOf.get(h.id)!.slice(0, 4) >= '1990' && dateOf.get(h.id)!.slice(0, 4) <= '1999').toBe(true);
  });

  it('leaves events and eras out under a filter only quotes can answer, and keeps forecasts of the quotes that pass', () => {
    const hits = index.search('', { verification: 'primary' }, 'en');
    expect(kinds(hits).has('event')).toBe(false);
    expect(kinds(hits).has('era')).toBe(false);
    for (const h of hits) {
      if (h.kind === 'quote') expect(h.record.verification).toBe('primary');
      if (h.kind === 'forecast') expect(h.quote?.verification).toBe('primary');
    }
    expect(kinds(hits).has('forecast')).toBe(true);
  });

  it('gives the timeline the matching ids in time order, and nothing for an empty query', () => {
    const inTime = index.matchingIds('Symbolics', {}, 'en');
    const dates = inTime.map((id) => dateOf.get(id)!);
    expect(inTime.length).toBeGreaterThanOrEqual(4);
    expect([...dates].sort()).toEqual(dates);
    expect(index.matchingIds('   ', {}, 'en')).toEqual([]);
    // A query with no words marks nothing on the timeline (the panel lists everything for it).
    expect(index.matchingIds('!!! ???', {}, 'en')).toEqual([]);
  });
});
