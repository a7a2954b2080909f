/**
 * TimelineJS3 JSON → our Dataset, as the file's author meant it: events keep their dates (to
 * the second, and before 1 AD), their display_date, their paragraphs and lists (as plain text:
 * see timelinejs-text.ts), their media (an image, or a captioned link); groups with events
 * become lanes, eras become bands. Nothing from the file is ever kept as markup.
 *
 * What cannot be used is reported here, in the author's terms: the record is named by its
 * headline and the field by TimelineJS's name ("start_date"), never by a JSON fragment. The
 * loader then validates what this produces. Loaded on demand, by the loader.
 */
import { endsBeforeStart, formatPartialDate, isoYear, partialDateProblem } from './dates.ts';
import { showValue, type DatasetIssue } from './dataset-issues.ts';
import type { CollectionName } from './schema.ts';
import { htmlToBlocks, htmlToText } from './timelinejs-text.ts';
import { firstWords } from './timeline-entries.ts';

export { htmlToBlocks, htmlToText };

type Json = Record<string, unknown>;

/** A converted document, and what the conversion could not use (the loader's issues come on top). */
export interface TimelineJsImport {
  document: Json;
  errors: DatasetIssue[];
  notices: DatasetIssue[];
}

/** The result of reading a TimelineJS date: a PartialDate string, or why there is none. */
export type TimelineJsDate = { date: string } | { problem: string };

const PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
/** Image files, by the extension TimelineJS also goes by (its "image" media type). */
const IMAGE = /\.(jpe?g|png|gif|svg|webp|avif)$/i;

/**
 * A TimelineJS date object ({ year, month?, day?, hour?, minute?, second? }, numbers or
 * strings) as a PartialDate at its precision. TimelineJS shows year -500 as "500 BCE", so that
 * is what it becomes ("-0499", astronomical); year 0 is taken as 1 BCE. Hours and minutes are
 * kept as written and read as UTC; milliseconds are dropped.
 */
export function toPartialDate(date: unknown): TimelineJsDate {
  if (typeof date !== 'object' || date === null || Array.isArray(date)) return { problem: 'is missing' };
  const d = date as Json;
  const n: Partial<Record<(typeof PARTS)[number], number>> = {};
  for (const part of PARTS) {
    const v = d[part];
    if (v === undefined || v === null || v === '') continue;
    const num = typeof v === 'number' ? v : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isInteger(num)) return { problem: `(${part} ${showValue(v)}) is not a whole number` };
    n[part] = num;
  }
  if (n.year === undefined) return { problem: 'has no year' };
  const year = n.year < 0 ? n.year + 1 : n.year;
  if (!Number.isSafeInteger(year) || Math.abs(year) > 999_999) return { problem: `(${describe(n)}) ${RANGE}` };
  let text = isoYear(year);
  if (n.month !== undefined) {
    text += `-${pad(n.month)}`;
    if (n.day !== undefined) {
      text += `-${pad(n.day)}`;
      if (n.hour !== undefined || n.minute !== undefined || n.second !== undefined) {
        text += `T${pad(n.hour ?? 0)}:${pad(n.minute ?? 0)}${n.second !== undefined ? `:${pad(n.second)}` : ''}`;
      }
    }
  }
  const problem = partialDateProblem(text);
  if (problem === null) return { date: text };
  return { problem: `(${describe(n)}) ${problem === 'is not a date' ? 'is not on the calendar' : RANGE}` };
}

const RANGE = 'is beyond the dates a timeline can show (271,822 BCE to AD 275,760)';

/** Converts a TimelineJS document, reporting by headline each event or era it cannot use. */
export function fromTimelineJs(doc: Json, file: string): TimelineJsImport {
  const errors: DatasetIssue[] = [];
  const notices: DatasetIssue[] = [];
  const titleSlide = (doc.title ?? {}) as Json;
  const title = htmlToText((titleSlide.text as Json | undefined)?.headline) || undefined;
  const fileSource = { title: title ?? 'TimelineJS timeline', ...(isHttp(file) ? { url: file } : {}), note: 'Imported from a TimelineJS file' };
  const used = new Set<string>();
  const groups = new Map<string, string>();
  const laneFor = (group: unknown) => {
    const name = htmlToText(group) || 'events';
    const base = slug(name) || 'lane';
    if (!groups.has(name)) groups.set(name, uniqueId(['eras', 'voices'].includes(base) ? `${base}-lane` : base, used));
    return groups.get(name)!;
  };

  const events: Json[] = [];
  (Array.isArray(doc.events) ? doc.events : []).forEach((raw: unknown, index) => {
    const e = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Json;
    const text = (typeof e.text === 'object' && e.text !== null ? e.text : {}) as Json;
    const headline = htmlToText(text.headline);
    const body = htmlToBlocks(text.text);
    const name = headline || firstWords(htmlToText(text.text), 8);
    const report = (list: DatasetIssue[], field: string, detail: string) => list.push(issue(file, 'events', 'event', index, name, field, detail));
    const start = toPartialDate(e.start_date);
    if ('problem' in start) return report(errors, 'start_date', `start_date ${start.problem}`);
    let end = e.end_date === undefined || e.end_date === null ? undefined : toPartialDate(e.end_date);
    if (end && 'problem' in end) {
      report(notices, 'end_date', `end_date ${end.problem}: the event is shown at its start`);
      end = undefined;
    } else if (end && endsBeforeStart(start.date, end.date)) {
      report(notices, 'end_date', `end_date is before start_date: the event is shown at its start`);
      end = undefined;
    }
    const media = toMedia(e.media, (detail) => report(notices, 'media', detail));
    const displayDate = displayDateOf(e, end !== undefined);
    events.push({
      id: uniqueId(slug(String(e.unique_id ?? '')) || slug(headline) || `event-${index + 1}`, used),
      date: start.date,
      ...(end ? { end: end.date } : {}),
      lane: laneFor(e.group),
      importance: 2,
      title: name || htmlToText((e.media as Json | undefined)?.caption) || displayDate || datesText(start.date, end?.date),
      summary: body || name || displayDate || datesText(start.date, end?.date),
      ...(displayDate ? { displayDate } : {}),
      ...(media ? { media } : {}),
      tags: [],
      sources: [fileSource],
    });
  });

  const eras: Json[] = [];
  (Array.isArray(doc.eras) ? doc.eras : []).forEach((raw: unknown, index) => {
    const e = (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? raw : {}) as Json;
    const text = (typeof e.text === 'object' && e.text !== null ? e.text : {}) as Json;
    const headline = htmlToText(text.headline);
    const report = (field: string, detail: string) => errors.push(issue(file, 'eras', 'era', index, headline, field, detail));
    const start = toPartialDate(e.start_date);
    const end = toPartialDate(e.end_date);
    if ('problem' in start) return report('start_date', `start_date ${start.problem}`);
    if ('problem' in end) return report('end_date', `end_date ${end.problem}`);
    if (endsBeforeStart(start.date, end.date)) return report('end_date', 'end_date is before start_date');
    eras.push({
      id: uniqueId(`era-${index + 1}`, used),
      kind: 'transition',
      title: headline || datesText(start.date, end.date),
      start: start.date,
      end: end.date,
      summary: htmlToBlocks(text.text) || headline || datesText(start.date, end.date),
      sources: [fileSource],
    });
  });

  return {
    document: {
      version: 1,
      ...(title ? { title } : {}),
      // Only groups that kept an event: a group whose events were all refused draws no empty lane.
      lanes: [...groups].map(([group, id]) => ({ id, title: group })),
      eras,
      events,
      quotes: [],
      pairs: [],
    },
    errors,
    notices,
  };
}

/** Dates as readers read them, in both languages: for a record with no words at all. */
function datesText(start: string, end?: string): { en: string; zh: string } {
  const text = (lang: string) => (end ? `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}` : formatPartialDate(start, lang));
  return { en: text('en'), zh: text('zh') };
}

/**
 * The date as the author wrote it for readers: the slide's display_date, else the start's and
 * end's own display_date when every date given has one ("Spring 1973 – 1975").
 */
function displayDateOf(e: Json, hasEnd: boolean): string | undefined {
  const slide = htmlToText(e.display_date);
  if (slide) return slide;
  const start = htmlToText((e.start_date as Json | undefined)?.display_date);
  const end = hasEnd ? htmlToText((e.end_date as Json | undefined)?.display_date) : '';
  if (!start || (hasEnd && !end)) return undefined;
  return hasEnd ? `${start} – ${end}` : start;
}

/**
 * An event's media: an image when its URL names an image file, else a link; caption and credit
 * as plain text. Anything but an http(s) URL (embedded HTML, a javascript: link) is dropped.
 */
function toMedia(raw: unknown, notice: (detail: string) => void): Json | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const m = raw as Json;
  const url = typeof m.url === 'string' ? m.url.trim() : '';
  if (!url) return undefined;
  if (!isHttp(url)) {
    notice(url.startsWith('<') ? 'media is embedded HTML, not an http(s) link, and was dropped' : `media url ${showValue(url)} is not an http(s) URL and was dropped`);
    return undefined;
  }
  const caption = htmlToText(m.caption);
  const credit = htmlToText(m.credit);
  const alt = htmlToText(m.alt);
  const { hostname, pathname } = new URL(url);
  // A Wikipedia or Commons "File:" page names an image but is a page: TimelineJS fetches the image through an API.
  const page = /(^|\.)(wikipedia|wikimedia)\.org$/i.test(hostname) && pathname.startsWith('/wiki/');
  return {
    url,
    kind: IMAGE.test(pathname) && !page ? 'image' : 'link',
    ...(caption ? { caption } : {}),
    ...(credit ? { credit } : {}),
    ...(alt ? { alt } : {}),
  };
}

/** A problem with one event or era, named by its headline (or its first words), else by its index. */
function issue(file: string, collection: CollectionName, noun: string, index: number, name: string, field: string, detail: string): DatasetIssue {
  const label = name ? `${noun} ${showValue(name)} (index ${index})` : `${noun} at index ${index}`;
  return { file, collection, index, field, message: `${file}: ${label}: ${detail}` };
}

/** "year 1973, month 2, day 30": a TimelineJS date as its author wrote it. */
function describe(n: Partial<Record<(typeof PARTS)[number], number>>): string {
  return PARTS.filter((p) => n[p] !== undefined).map((p) => `${p} ${n[p]}`).join(', ');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
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
