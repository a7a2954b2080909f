/**
 * The project's own data (data/*.json) under the honesty rules: it loads with no errors,
 * everything is sourced, both languages everywhere, verification marked, references valid.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { derivedSeries } from './derived-series.ts';
import { verifiedShare } from './verified-share.ts';
import { comparePartialDates, endOf, startOf } from './dates.ts';
import { validateParts } from './load.ts';
import type { Dataset, LocalizedText } from './schema.ts';

const FILES = {
  eras: 'eras.json', events: 'events.json', quotes: 'quotes.json', pairs: 'pairs.json', forecasts: 'forecasts.json', series: 'series.json',
} as const;
const parts = Object.fromEntries(
  Object.entries(FILES).map(([name, file]) => [name, JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8'))]),
) as Record<keyof typeof FILES, unknown>;
const result = validateParts(parts, FILES);
const data = result.dataset as Dataset;

/** Every LocalizedText field of a record, by name. */
function localizedFields(record: Record<string, unknown>, names: string[]): Array<[string, LocalizedText]> {
  return names.filter((n) => record[n] !== undefined).map((n) => [n, record[n] as LocalizedText]);
}
const bilingual = (t: LocalizedText) => typeof t === 'object' && Boolean(t.en?.trim()) && Boolean(t.zh?.trim());

describe('data/ loads cleanly', () => {
  it('has no errors and no notices', () => {
    expect(result.errors.map((e) => e.message)).toEqual([]);
    expect(result.notices.map((e) => e.message)).toEqual([]);
  });

  it('holds the history in depth: eras, 250 events, 180 quotes (40 of them Chinese originals), 40 pairs', () => {
    expect(data.eras.length).toBeGreaterThanOrEqual(5);
    expect(data.events.length).toBeGreaterThanOrEqual(250);
    expect(data.quotes.length).toBeGreaterThanOrEqual(180);
    expect(data.quotes.filter((q) => q.lang === 'zh').length).toBeGreaterThanOrEqual(40);
    expect(data.pairs.length).toBeGreaterThanOrEqual(40);
  });

  it('gives every decade from the 1950s on at least 10 events', () => {
    const decades = new Map<number, number>();
    for (const e of data.events) {
      const decade = Math.floor(startOf(e.date).getUTCFullYear() / 10) * 10;
      decades.set(decade, (decades.get(decade) ?? 0) + 1);
    }
    const thin: string[] = [];
    for (let decade = 1950; decade <= 2020; decade += 10) if ((decades.get(decade) ?? 0) < 10) thin.push(`${decade}s: ${decades.get(decade) ?? 0}`);
    expect(thin).toEqual([]);
  });

  it('spreads quotes over every era, optimists and sceptics alike', () => {
    for (const era of data.eras) {
      const inside = data.quotes.filter((q) => startOf(q.date) >= startOf(era.start) && startOf(q.date) < endOf(era.end));
      expect(inside.length, era.id).toBeGreaterThanOrEqual(2);
    }
    const stances = new Set(data.quotes.map((q) => q.stance));
    expect(stances).toEqual(new Set(['optimistic', 'cautionary', 'neutral']));
  });

  it('pairs quotes from different eras, the earlier one first', () => {
    const quotes = new Map(data.quotes.map((q) => [q.id, q]));
    const eraOf = (date: string) => data.eras.find((e) => startOf(date) >= startOf(e.start) && startOf(date) < endOf(e.end))?.id;
    const bad = data.pairs.filter((p) => {
      const [a, b] = p.quotes.map((id) => quotes.get(id)!);
      return eraOf(a.date) === eraOf(b.date) || startOf(a.date) > startOf(b.date);
    });
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('uses every lane, and both English and Chinese originals', () => {
    expect(new Set(data.events.map((e) => e.lane))).toEqual(new Set(['research', 'funding', 'industry', 'media']));
    expect(new Set(data.quotes.map((q) => q.lang))).toEqual(new Set(['en', 'zh']));
  });
});

describe('every text in both languages', () => {
  it('gives en and zh for every title, summary, name, role, context and note', () => {
    const missing: string[] = [];
    const check = (kind: string, rec: { id: string } & Record<string, unknown>, names: string[]) => {
      for (const [name, value] of localizedFields(rec, names)) if (!bilingual(value)) missing.push(`${kind} ${rec.id}: ${name}`);
    };
    data.eras.forEach((r) => check('era', r, ['title', 'summary', 'contested']));
    data.events.forEach((r) => check('event', r, ['title', 'summary']));
    data.quotes.forEach((r) => check('quote', r, ['speaker', 'speakerRole', 'context', 'verificationNote']));
    data.pairs.forEach((r) => check('pair', r, ['note']));
    expect(missing).toEqual([]);
  });

  it('translates every quote into the other language', () => {
    const untranslated = data.quotes
      .filter((q) => {
        const t = q.translation;
        const other = q.lang === 'en' ? 'zh' : 'en';
        return !t || typeof t === 'string' || !t[other]?.trim();
      })
      .map((q) => q.id);
    expect(untranslated).toEqual([]);
  });
});

describe('honesty', () => {
  it('sources every era and event, and every quote', () => {
    expect(data.eras.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
    expect(data.events.filter((e) => e.sources.length === 0).map((e) => e.id)).toEqual([]);
    expect(data.quotes.filter((q) => !q.source.title).map((q) => q.id)).toEqual([]);
  });

  it('verifies at least 90% of quotes (primary or secondary), the seed article’s own lines aside', () => {
    const { primary, secondary, unverified } = verifiedShare(data.quotes);
    expect((primary + secondary) / (primary + secondary + unverified)).toBeGreaterThanOrEqual(0.9);
  });

  it('anchors no pair on an unverified quote', () => {
    const unverified = new Set(data.quotes.filter((q) => q.verification === 'unverified').map((q) => q.id));
    expect(data.pairs.filter((p) => p.quotes.some((id) => unverified.has(id))).map((p) => p.id)).toEqual([]);
  });

  it('never tells readers how a source was looked up, only where it can be seen', () => {
    const notes = [
      ...data.events.flatMap((e) => e.sources.map((s) => [e.id, s.note ?? ''])),
      ...data.quotes.flatMap((q) => [[q.id, q.source.note ?? ''], [q.id, q.verificationNote ? JSON.stringify(q.verificationNote) : '']]),
    ];
    const lookup = /search(?:-| )corpus|code index|stored (?:copy|mirror)|research pack|meaning-based|informal notes|the copy I read/i;
    expect(notes.filter(([, note]) => lookup.test(note)).map(([id]) => id)).toEqual([]);
  });

  it('explains the doubt on every unverified quote', () => {
    expect(data.quotes.filter((q) => q.verification === 'unverified' && !q.verificationNote).map((q) => q.id)).toEqual([]);
  });

  it('has no two events with the same title on the same date', () => {
    const keys = data.events.map((e) => `${e.date} ${typeof e.title === 'string' ? e.title : e.title.en}`.toLowerCase());
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });
});

describe('eras', () => {
  const eras = [...data.eras].sort((a, b) => comparePartialDates(a.start, b.start));

  it('run in order from 1956 to today without gaps or overlaps', () => {
    expect(eras[0].start.slice(0, 4)).toBe('1956');
    expect(Number(eras[eras.length - 1].end.slice(0, 4))).toBeGreaterThanOrEqual(2025);
    const seams = eras.slice(1).map((era, i) => [eras[i].id, endOf(eras[i].end).getTime() === startOf(era.start).getTime()]);
    expect(seams.filter(([, ok]) => !ok)).toEqual([]);
  });

  it('has booms and winters, and marks the 1970s winter as contested', () => {
    expect(eras.filter((e) => e.kind === 'boom').length).toBeGreaterThanOrEqual(2);
    expect(eras.filter((e) => e.kind === 'winter').length).toBeGreaterThanOrEqual(2);
    const seventies = eras.find((e) => e.kind === 'winter' && e.start.startsWith('197'));
    expect(seventies?.contested).toBeDefined();
  });
});

describe('the numbers on the timeline (data/series.json)', () => {
  const sourced = (data.series ?? []).filter((s) => s.kind === 'sourced');

  it('holds at least 4 sourced series and 80 sourced points, every point with its own source', () => {
    expect(sourced.length).toBeGreaterThanOrEqual(4);
    expect(sourced.reduce((n, s) => n + s.points.length, 0)).toBeGreaterThanOrEqual(80);
    expect(sourced.flatMap((s) => s.points.filter((p) => !p.source?.title).map((p) => `${s.id} ${p.date}`))).toEqual([]);
  });

  it('says in both languages what each series counts, its unit and what a reader should know', () => {
    const missing = (data.series ?? []).flatMap((s) => (['title', 'definition', 'unit', 'caveat'] as const).filter((f) => !bilingual(s[f])).map((f) => `${s.id}.${f}`));
    expect(missing).toEqual([]);
  });

  it('gives a sourced point a place to check it: a page, table, edition, URL or note', () => {
    const vague = sourced.flatMap((s) => s.points.filter((p) => !(p.source?.pages || p.source?.edition || p.source?.url || p.source?.note)).map((p) => `${s.id} ${p.date}`));
    expect(vague).toEqual([]);
  });

  it('counts at least 2 derived series from the collection itself, labelled as such', () => {
    const derived = derivedSeries(data);
    expect(derived.length).toBeGreaterThanOrEqual(2);
    for (const s of derived) expect(typeof s.caveat === 'object' && s.caveat.en).toMatch(/collection/);
  });
});

describe('the ledger of forecasts (data/forecasts.json)', () => {
  const forecasts = data.forecasts ?? [];
  const quotes = new Map(data.quotes.map((q) => [q.id, q]));

  it('holds at least 40 forecasts, from the 1950s to the 2020s, English and Chinese speakers alike', () => {
    expect(forecasts.length).toBeGreaterThanOrEqual(40);
    const decades = new Set(forecasts.map((f) => Math.floor(startOf(f.madeOn).getUTCFullYear() / 10) * 10));
    for (const d of [1950, 1960, 1980, 2010, 2020]) expect(decades, String(d)).toContain(d);
    expect(forecasts.filter((f) => quotes.get(f.quoteId)?.lang === 'zh').length).toBeGreaterThanOrEqual(3);
  });

  it('reads every claim, horizon and verdict in both languages', () => {
    const missing = forecasts.flatMap((f) => (['claim', 'horizonNote', 'outcomeNote'] as const).filter((k) => !bilingual(f[k])).map((k) => `${f.id}.${k}`));
    expect(missing).toEqual([]);
  });

  it('settles every outcome but pending with a source, and dates each one after it was made', () => {
    expect(forecasts.filter((f) => f.outcome !== 'pending' && f.outcomeSources.length === 0).map((f) => f.id)).toEqual([]);
    expect(forecasts.filter((f) => f.outcomeDate && comparePartialDates(f.outcomeDate, f.madeOn) < 0).map((f) => f.id)).toEqual([]);
  });
});
