/**
 * Malformed dataset documents, generated from a seed: truncated JSON, wrong types in every
 * field, missing fields, huge strings, deep nesting, duplicate ids, dangling references,
 * impossible dates, ends before starts. The same seed gives the same documents, so a failure
 * names a document that can be made again. Plain TypeScript, no DOM.
 */
import { MAX_COMPARE, storedComparisonValue } from '../model/compare.ts';
import { minimalDataset } from '../model/fixtures/minimal.ts';
import { XSS_PAYLOADS } from './xss-payloads.ts';

/** mulberry32: a small, fast, seeded PRNG (numbers in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface MalformedDoc {
  /** What was broken, e.g. "wrong type: events[1].importance = []". */
  kind: string;
  /** The document as text (what a server would send). */
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const WRONG_VALUES: Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER, '', ' ', 'x', '1973-02-30', [], [null], {}, { en: 1 }, { zh: [] },
  'constructor', '__proto__', '\u0000', '\uD800', 'a'.repeat(300),
];
const BAD_DATES = ['1973-02-30', '1973-13', '1973-00', '1900-02-29', '2023-02-29', '0000', '-100', '19730', '1973-1-1', '1973/03/01', '73', '1973-03-32', '1e3', ' 1973', 'today', '9999-99-99'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}

/** Every path to a leaf (or a record) in a JSON value. */
function paths(value: Json, prefix: Array<string | number> = [], out: Array<Array<string | number>> = []): Array<Array<string | number>> {
  if (prefix.length) out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: Json, path: Array<string | number>, value: Json | undefined): void {
  let node = root as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path[path.length - 1];
  if (value === undefined) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else delete node[last];
  } else node[last] = value;
}

const show = (path: Array<string | number>) => path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').slice(1);
const base = (): Json => minimalDataset() as unknown as Json;

/** Kinds of breakage, each a generator of one document. */
const GENERATORS: Array<(rand: () => number) => MalformedDoc> = [
  // truncated JSON
  (rand) => {
    const text = JSON.stringify(base());
    const cut = 1 + Math.floor(rand() * (text.length - 2));
    return { kind: `truncated at ${cut} of ${text.length}`, text: text.slice(0, cut) };
  },
  // a wrong type somewhere
  (rand) => {
    const doc = base();
    const all = paths(doc);
    const path = pick(rand, all);
    const value = pick(rand, WRONG_VALUES);
    setAt(doc, path, value);
    return { kind: `wrong type: ${show(path)} = ${JSON.stringify(value)?.slice(0, 30)}`, text: JSON.stringify(doc) };
  },
  // a missing field
  (rand) => {
    const doc = base();
    const path = pick(rand, paths(doc));
    setAt(doc, path, undefined);
    return { kind: `missing: ${show(path)}`, text: JSON.stringify(doc) };
  },
  // several things wrong at once
  (rand) => {
    const doc = base();
    const n = 2 + Math.floor(rand() * 6);
    const done: string[] = [];
    for (let i = 0; i < n; i++) {
      const all = paths(doc);
      if (!all.length) break;
      const path = pick(rand, all);
      const value = rand() < 0.3 ? undefined : pick(rand, WRONG_VALUES);
      try {
        setAt(doc, path, value);
        done.push(show(path));
      } catch {
        /* the path went away with an earlier change */
      }
    }
    return { kind: `several: ${done.join(', ')}`, text: JSON.stringify(doc) };
  },
  // invalid dates and ends before starts
  (rand) => {
    const doc = base() as { events: Array<Record<string, Json>>; eras: Array<Record<string, Json>>; quotes: Array<Record<string, Json>> };
    const where = pick(rand, ['events.date', 'events.end', 'eras.start', 'eras.end', 'quotes.date', 'source.date', 'end-before-start'] as const);
    const date = pick(rand, BAD_DATES);
    if (where === 'events.date') doc.events[0].date = date;
    else if (where === 'events.end') doc.events[1].end = date;
    else if (where === 'eras.start') doc.eras[0].start = date;
    else if (where === 'eras.end') doc.eras[1].end = date;
    else if (where === 'quotes.date') doc.quotes[0].date = date;
    else if (where === 'source.date') (doc.events[0].sources as Array<Record<string, Json>>)[0].date = date;
    else {
      doc.events[1].date = '1990';
      doc.events[1].end = '1971-02';
      doc.eras[0].end = '1901';
    }
    return { kind: `date: ${where} ${where === 'end-before-start' ? '' : date}`, text: JSON.stringify(doc) };
  },
  // duplicate ids and dangling references
  (rand) => {
    const doc = base() as { events: Array<Record<string, Json>>; eras: Array<Record<string, Json>>; quotes: Array<Record<string, Json>>; pairs: Array<Record<string, Json>> };
    const what = pick(rand, ['dup-event', 'dup-across', 'dangling-event', 'dangling-pair', 'self-pair', 'all-dup'] as const);
    if (what === 'dup-event') doc.events.push({ ...doc.events[0] });
    else if (what === 'dup-across') doc.quotes[0].id = doc.eras[0].id;
    else if (what === 'dangling-event') doc.quotes[0].eventId = 'no-such-event';
    else if (what === 'dangling-pair') doc.pairs[0].quotes = ['q-seed', 'no-such-quote'];
    else if (what === 'self-pair') doc.pairs[0].quotes = ['q-seed', 'q-seed'];
    else for (const list of [doc.events, doc.eras, doc.quotes]) for (const r of list) r.id = 'same-id';
    return { kind: `ids: ${what}`, text: JSON.stringify(doc) };
  },
  // not a dataset at all
  (rand) => {
    const text = pick(rand, [
      '', ' ', 'null', 'true', '0', '"text"', '[]', '[1,2,3]', '{}', '{"version":2}', '{"version":1}', '<!doctype html><p>Not found</p>',
      '\uFEFF{"version":1,"eras":[],"events":[],"quotes":[],"pairs":[]}', '{"version":1,"eras":{},"events":"","quotes":null,"pairs":0}',
      '{"__proto__":{"polluted":1},"version":1,"eras":[],"events":[],"quotes":[],"pairs":[]}', '{"version":1,"events":[{"start_date":null}]}',
      '{"events":[{"start_date":{"year":"x"},"text":7}],"eras":"no"}', '{"events":[{"start_date":{"year":1973,"month":2,"day":30}}]}',
      '{"a":1,"a":2}', 'NaN', '{"version":1e999}', '\u0000', '{"version":1,"eras":[],"events":[],"quotes":[],"pairs":[]', ']',
    ]);
    return { kind: `not a dataset: ${JSON.stringify(text.slice(0, 40))}`, text };
  },
  // huge strings
  (rand) => {
    const doc = base() as { events: Array<Record<string, Json>>; quotes: Array<Record<string, Json>> };
    const size = 100_000 + Math.floor(rand() * 900_000);
    const what = pick(rand, ['title', 'summary', 'text', 'id', 'tag'] as const);
    const huge = pick(rand, ['a', 'ab ', '词', '<b>', '\u0301']).repeat(size / 3);
    if (what === 'title') doc.events[0].title = huge;
    else if (what === 'summary') doc.events[0].summary = { en: huge, zh: huge };
    else if (what === 'text') doc.quotes[0].text = huge;
    else if (what === 'id') doc.events[0].id = huge;
    else doc.events[0].tags = [huge];
    return { kind: `huge ${what} (${huge.length} chars)`, text: JSON.stringify(doc) };
  },
  // deep nesting
  (rand) => {
    const depth = 1000 + Math.floor(rand() * 9000);
    const where = pick(rand, ['title', 'root', 'sources'] as const);
    const nest = (open: string, close: string, inner: string) => open.repeat(depth) + inner + close.repeat(depth);
    const doc = JSON.stringify(base());
    const text =
      where === 'root' ? nest('[', ']', doc)
      : where === 'title' ? doc.replace('"title":{"en":"Test","zh":"测试"}', `"title":${nest('{"en":', '}', '"x"')}`)
      : doc.replace('"sources":[', `"sources":[${nest('[', ']', '1')},`);
    return { kind: `nested ${depth} deep in ${where}`, text };
  },
];

/** `count` malformed documents from a seed, cycling through every kind of breakage. */
export function malformedDocs(count: number, seed = 0x5eed): MalformedDoc[] {
  const rand = prng(seed);
  return Array.from({ length: count }, (_, i) => GENERATORS[i % GENERATORS.length](rand));
}

/** A valid dataset with `n` events (and a few eras and quotes), generated from a seed. */
export function manyEvents(n: number, seed = 7): Record<string, unknown> {
  const rand = prng(seed);
  const d = minimalDataset();
  const lanes = ['research', 'funding', 'industry', 'media'];
  const template = d.events[0];
  d.events = Array.from({ length: n }, (_, i) => ({
    ...template,
    id: `e-${i}`,
    date: `${1950 + Math.floor(rand() * 76)}-${String(1 + Math.floor(rand() * 12)).padStart(2, '0')}`,
    lane: lanes[i % 4],
    importance: (1 + Math.floor(rand() * 3)) as 1 | 2 | 3,
    title: `Event ${i}`,
  }));
  d.quotes = d.quotes.map((q) => ({ ...q, eventId: undefined }));
  return d as unknown as Record<string, unknown>;
}

/**
 * Values a saved comparison may turn out to hold (localStorage is shared with every script of
 * the origin): corrupt, outdated, foreign, huge or hostile; from a seed. Known quote ids: q-a … q-e.
 */
export function storedValues(count: number, seed = 42): string[] {
  const rand = prng(seed);
  const fixed = [
    '', ' ', '{', 'null', 'true', '0', '"q-a"', '[]', '["q-a","q-b"]', '{}', '{"version":0,"ids":["q-a"]}', '{"version":2,"ids":["q-a"]}',
    '{"version":"1","ids":["q-a"]}', '{"version":1}', '{"version":1,"ids":"q-a"}', '{"version":1,"ids":[1,2]}', '{"version":1,"ids":[null]}',
    '{"version":1,"ids":["q-x","q-y"]}', '{"version":1,"ids":["q-a","q-a","q-a"]}', storedComparisonValue(['q-a', 'q-b', 'q-c', 'q-d']),
    JSON.stringify({ version: 1, ids: ['q-a', 'q-b', 'q-c', 'q-d', 'q-e'].slice(0, MAX_COMPARE + 1) }), '{"__proto__":{"polluted":true},"version":1,"ids":["q-a"]}',
    '{"version":1,"ids":["q-a"],"constructor":{"prototype":{"polluted":true}}}', 'x'.repeat(5_000_000), '['.repeat(50_000),
    JSON.stringify({ version: 1, ids: Array.from({ length: 100_000 }, (_, i) => `q-${i}`) }), '\uD800', '{"version":1e999,"ids":[]}',
  ];
  const random = Array.from({ length: count - fixed.length }, () => {
    const pick = Math.floor(rand() * 4);
    if (pick === 0) return XSS_PAYLOADS[Math.floor(rand() * XSS_PAYLOADS.length)];
    if (pick === 1) return JSON.stringify({ version: 1, ids: [XSS_PAYLOADS[Math.floor(rand() * XSS_PAYLOADS.length)], 'q-b'] });
    if (pick === 2) return storedComparisonValue(['q-a', 'q-b']).slice(0, Math.floor(rand() * 30));
    return String.fromCharCode(...Array.from({ length: 1 + Math.floor(rand() * 40) }, () => Math.floor(rand() * 0xffff)));
  });
  return [...fixed, ...random];
}

