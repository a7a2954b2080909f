/**
 * TimelineJS3 JSON → our Dataset. Authors of existing TimelineJS timelines can point the
 * widget at their file: events keep their dates and words, groups become lanes, eras become
 * bands. TimelineJS text is HTML; it is reduced to plain text here (htmlparser2), so nothing
 * from the file is ever injected as markup.
 */
import { Parser } from 'htmlparser2';
// This module is loaded on demand: it imports nothing else of ours, so the widget's bundle
// keeps its own code in one file. The loader validates what this produces.

type Json = Record<string, unknown>;

/** Plain text of an HTML fragment: tags dropped, script and style content skipped, entities decoded. */
export function htmlToText(html: unknown): string {
  if (typeof html !== 'string') return '';
  let text = '';
  let skip = 0;
  const parser = new Parser(
    {
      onopentagname(name) {
        if (name === 'script' || name === 'style') skip++;
        else if (/^(p|br|div|li|h\d)$/.test(name)) text += ' ';
      },
      onclosetag(name) {
        if (name === 'script' || name === 'style') skip = Math.max(0, skip - 1);
      },
      ontext(data) {
        if (!skip) text += data;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return text.replace(/\s+/g, ' ').trim();
}

/** A TimelineJS date object ({ year, month?, day? }) as a PartialDate string (the loader checks the calendar), or null. */
export function toPartialDate(date: unknown): string | null {
  if (typeof date !== 'object' || date === null) return null;
  const d = date as Json;
  const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN);
  const year = num(d.year);
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  let out = String(year).padStart(4, '0');
  const month = num(d.month);
  if (Number.isInteger(month)) {
    out += `-${String(month).padStart(2, '0')}`;
    const day = num(d.day);
    if (Number.isInteger(day)) out += `-${String(day).padStart(2, '0')}`;
  }
  return out;
}

/** Converts a TimelineJS document. Records it cannot read keep their problems for the loader to report. */
export function fromTimelineJs(doc: Json, fileUrl: string): Json {
  const title = htmlToText((doc.title as Json | undefined)?.text && ((doc.title as Json).text as Json).headline) || undefined;
  const fileSource = { title: title ?? 'TimelineJS timeline', ...(isHttp(fileUrl) ? { url: fileUrl } : {}), note: 'Imported from a TimelineJS file' };
  const used = new Set<string>();
  const groups = new Map<string, string>();
  const laneFor = (group: unknown) => {
    const name = htmlToText(group) || 'events';
    const base = slug(name) || 'lane';
    if (!groups.has(name)) groups.set(name, uniqueId(['eras', 'voices'].includes(base) ? `${base}-lane` : base, used));
    return groups.get(name)!;
  };
  const events = (Array.isArray(doc.events) ? doc.events : []).map((raw, i) => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const e = raw as Json;
    const text = (e.text ?? {}) as Json;
    const headline = htmlToText(text.headline);
    const body = htmlToText(text.text);
    const media = (e.media ?? {}) as Json;
    const sources = [fileSource];
    if (typeof media.url === 'string' && isHttp(media.url)) {
      sources.push({ title: htmlToText(media.caption) || htmlToText(media.credit) || media.url, url: media.url, note: 'Media of the TimelineJS slide' });
    }
    const end = toPartialDate(e.end_date);
    return {
      id: uniqueId(slug(String(e.unique_id ?? '')) || `event-${i + 1}`, used),
      date: toPartialDate(e.start_date) ?? JSON.stringify(e.start_date ?? null),
      ...(end ? { end } : {}),
      lane: laneFor(e.group),
      importance: 2,
      title: headline || body.slice(0, 80) || `Event ${i + 1}`,
      summary: body || headline || '—',
      tags: [],
      sources,
    };
  });
  const eras = (Array.isArray(doc.eras) ? doc.eras : []).map((raw, i) => {
    const e = (typeof raw === 'object' && raw !== null ? raw : {}) as Json;
    const text = (e.text ?? {}) as Json;
    return {
      id: uniqueId(`era-${i + 1}`, used),
      kind: 'transition',
      title: htmlToText(text.headline) || `Era ${i + 1}`,
      start: toPartialDate(e.start_date) ?? JSON.stringify(e.start_date ?? null),
      end: toPartialDate(e.end_date) ?? JSON.stringify(e.end_date ?? null),
      summary: htmlToText(text.text) || htmlToText(text.headline) || '—',
      sources: [fileSource],
    };
  });
  return {
    version: 1,
    ...(title ? { title } : {}),
    lanes: [...groups].map(([name, id]) => ({ id, title: name })),
    eras,
    events,
    quotes: [],
    pairs: [],
  };
}

function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url) && URL.canParse(url);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
}

/** `base` is a slug (lower-case kebab-case by construction) or a fixed prefix with a number. */
function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
