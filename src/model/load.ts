/**
 * Loading a Dataset: schema checks record by record, then the rules that span records
 * (unique ids, references, end not before start). Every problem becomes one line that names
 * the file or URL, the record and the field:
 *   events.json: event "lighthill-report" (index 12): date "1973-13" is not a date
 * A bad record never stops the others: the result always carries the records that passed.
 */
import { markChecked } from './checked.ts';
import type { z } from 'zod';
import { endsBeforeStart } from './dates.ts';
export { localize } from './text.ts';
import { COLLECTIONS, LANES, type CollectionName, type Dataset, Dataset as DatasetSchema, type LaneDef } from './schema.ts';

export interface DatasetIssue {
  /** The file name ("events.json") or the URL the problem was found in. */
  file: string;
  collection?: CollectionName;
  index?: number;
  id?: string;
  /** The field path inside the record, e.g. "sources[0].url". */
  field?: string;
  /** The whole line, ready to show to a person. */
  message: string;
}

export interface LoadResult {
  /** True when every record passed and nothing was dropped for being invalid. */
  ok: boolean;
  /** The records that passed (null when the document itself could not be read). */
  dataset: Dataset | null;
  /** Records or fields that were rejected. */
  errors: DatasetIssue[];
  /** Harmless repairs: e.g. a source URL that was not http(s) and was dropped. */
  notices: DatasetIssue[];
}

type Parts = Record<CollectionName, unknown>;
type Files = Record<CollectionName, string>;
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Validates one Dataset document (what a user's `src` points at). */
export function validateDocument(doc: unknown, file: string): LoadResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return failed(file, 'is not a dataset: expected an object with "version", "eras", "events", "quotes" and "pairs"');
  }
  const record = doc as Record<string, unknown>;
  const errors: DatasetIssue[] = [];
  const version = DatasetSchema.shape.version.safeParse(record.version);
  if (!version.success) {
    errors.push(issue(file, `version ${record.version === undefined ? 'is missing' : `${show(record.version)} is not supported`} (expected 1)`));
  }
  const title = record.title === undefined ? undefined : DatasetSchema.shape.title.safeParse(record.title);
  if (title && !title.success) errors.push(issue(file, `title ${firstMessage(title.error)}`));
  const lanes = record.lanes === undefined ? undefined : DatasetSchema.shape.lanes.safeParse(record.lanes);
  if (lanes && !lanes.success) errors.push(issue(file, `lanes ${firstMessage(lanes.error)} (expected a list of { "id", "title" })`));
  const files = Object.fromEntries(NAMES.map((n) => [n, file])) as Files;
  const result = validateParts(record as Parts, files, lanes?.success ? lanes.data : undefined);
  let dataset = result.dataset;
  if (dataset && title?.success) dataset = { ...dataset, title: title.data };
  if (dataset && lanes?.success && lanes.data) dataset = { ...dataset, lanes: lanes.data };
  return finish(dataset, [...errors, ...result.errors], result.notices);
}

/** Validates the four collections, each possibly from its own file (the project's data/). */
export function validateParts(parts: Parts, files: Files, lanes?: LaneDef[]): LoadResult {
  const errors: DatasetIssue[] = [];
  const notices: DatasetIssue[] = [];
  const valid: Record<CollectionName, Array<{ id: string } & Record<string, unknown>>> = { eras: [], events: [], quotes: [], pairs: [] };
  const positions = new Map<Record<string, unknown>, number>();

  for (const name of NAMES) {
    const { record: schema, noun } = COLLECTIONS[name];
    const list = parts[name];
    const file = files[name];
    const label = file === COLLECTIONS[name].file ? '' : `${name} `;
    if (!Array.isArray(list)) {
      const problem = list === undefined ? 'is missing' : 'is not a list';
      errors.push({ file, collection: name, message: `${file}: ${label}${problem} (expected a list of ${noun}s)` });
      continue;
    }
    list.forEach((raw, index) => {
      const ctx = { file, collection: name, index, noun, raw };
      const cleaned = dropUnsafeUrls(raw, (field, value) =>
        notices.push(at(ctx, field, `${field} ${show(value)} is not an http(s) URL and was dropped`)),
      );
      const parsed = (schema as z.ZodType).safeParse(cleaned);
      if (parsed.success) {
        const rec = parsed.data as { id: string } & Record<string, unknown>;
        valid[name].push(rec);
        positions.set(rec, index);
      } else {
        for (const zi of parsed.error.issues) errors.push(fromZod(ctx, cleaned, zi));
      }
    });
  }

  const rawIds = (name: CollectionName) =>
    new Set(Array.isArray(parts[name]) ? (parts[name] as Array<{ id?: unknown } | null>).map((r) => r?.id).filter((id) => typeof id === 'string') : []);
  const laneIds = lanes?.length ? lanes.map((l) => l.id) : [...LANES];
  const kept = checkAcrossRecords(valid, files, positions, errors, notices, { events: rawIds('events'), quotes: rawIds('quotes') }, laneIds);
  return finish({ version: 1, ...kept } as Dataset, errors, notices);
}

/**
 * Parses JSON text and validates it; a syntax error names the line and column (found by
 * jsonc-parser, loaded only when the text is not valid JSON).
 */
export async function parseDatasetText(text: string, file: string): Promise<LoadResult> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return failed(file, `is not valid JSON (${await jsonErrorPosition(text)})`);
  }
  if (isTimelineJs(doc)) {
    const { fromTimelineJs } = await import('./timelinejs.ts');
    return validateDocument(fromTimelineJs(doc as Record<string, unknown>, file), file);
  }
  return validateDocument(doc, file);
}

/** True for a document that looks like TimelineJS JSON (events with start_date) rather than ours. */
export function isTimelineJs(doc: unknown): boolean {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return false;
  const d = doc as Record<string, unknown>;
  if ('version' in d || 'quotes' in d) return false;
  return Array.isArray(d.events) && d.events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e);
}


// ---------------------------------------------------------------------------------------

interface RecordContext {
  file: string;
  collection: CollectionName;
  index: number;
  noun: string;
  raw: unknown;
}

function checkAcrossRecords(
  valid: Record<CollectionName, Array<{ id: string } & Record<string, unknown>>>,
  files: Files,
  positions: Map<Record<string, unknown>, number>,
  errors: DatasetIssue[],
  notices: DatasetIssue[],
  present: { events: Set<unknown>; quotes: Set<unknown> },
  laneIds: string[],
) {
  const seen = new Map<string, string>();
  const ctxOf = (name: CollectionName, rec: Record<string, unknown>): RecordContext => ({
    file: files[name], collection: name, index: positions.get(rec) ?? -1, noun: COLLECTIONS[name].noun, raw: rec,
  });
  const keep = (name: CollectionName, test: (rec: Record<string, unknown>, ctx: RecordContext) => string | null) =>
    (valid[name] = valid[name].filter((rec) => {
      const ctx = ctxOf(name, rec);
      const problem = test(rec, ctx);
      if (problem) errors.push(at(ctx, problem.split(' ')[0], problem));
      return problem === null;
    }));

  for (const name of NAMES) {
    keep(name, (rec, ctx) => {
      const other = seen.get(rec.id as string);
      if (other) return `id ${show(rec.id)} is already used by ${other}`;
      seen.set(rec.id as string, `${ctx.noun} at index ${ctx.index} of ${files[name]}`);
      return null;
    });
  }
  const laneList = laneIds.map((l) => JSON.stringify(l));
  const laneChoice = laneList.length > 1 ? `${laneList.slice(0, -1).join(', ')} or ${laneList[laneList.length - 1]}` : laneList[0];
  keep('events', (rec) => (laneIds.includes(rec.lane as string) ? null : `lane ${show(rec.lane)} must be ${laneChoice}`));
  for (const name of ['eras', 'events'] as const) {
    const startField = name === 'eras' ? 'start' : 'date';
    keep(name, (rec) =>
      typeof rec.end === 'string' && endsBeforeStart(rec[startField] as string, rec.end)
        ? `end ${show(rec.end)} is before ${startField} ${show(rec[startField])}`
        : null,
    );
  }
  // A reference to a record that exists but was rejected is not a second error: the quote
  // loses its eventId, the pair is skipped with a notice; a reference to nothing is an error.
  const eventIds = new Set(valid.events.map((e) => e.id));
  keep('quotes', (rec) => {
    if (typeof rec.eventId !== 'string' || eventIds.has(rec.eventId)) return null;
    if (!present.events.has(rec.eventId)) return `eventId ${show(rec.eventId)} is not an event in the dataset`;
    delete rec.eventId;
    return null;
  });
  const quoteIds = new Set(valid.quotes.map((q) => q.id));
  keep('pairs', (rec, ctx) => {
    const [a, b] = rec.quotes as [string, string];
    if (a === b) return `quotes ${show(a)} is paired with itself`;
    const missing = [a, b].findIndex((id) => !quoteIds.has(id));
    if (missing < 0) return null;
    const id = [a, b][missing];
    if (!present.quotes.has(id)) return `quotes[${missing}] ${show(id)} is not a quote in the dataset`;
    notices.push(at(ctx, `quotes[${missing}]`, `skipped: quote ${show(id)} could not be used`));
    return '';
  });
  return valid;
}

function fromZod(ctx: RecordContext, record: unknown, zi: z.core.$ZodIssue): DatasetIssue {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const value = valueAt(record, path);
  if (path.length === 0) return at(ctx, undefined, `is not a ${ctx.noun} (expected an object)`);
  if (value === undefined) return at(ctx, field, `${field} is missing`);
  const shown = value === null || typeof value !== 'object' ? ` ${show(value)}` : '';
  return at(ctx, field, `${field}${shown} ${zi.message}`);
}

function at(ctx: RecordContext, field: string | undefined, detail: string): DatasetIssue {
  const raw = ctx.raw as { id?: unknown } | null;
  const id = raw && typeof raw === 'object' && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const label = id !== undefined ? `${ctx.noun} ${show(id)} (index ${ctx.index})` : `${ctx.noun} at index ${ctx.index}`;
  return {
    file: ctx.file, collection: ctx.collection, index: ctx.index, id, field,
    message: `${ctx.file}: ${label}: ${detail}`,
  };
}

/** Copies a record without source URLs that are not http(s), reporting each one dropped. */
function dropUnsafeUrls(raw: unknown, report: (field: string, value: string) => void): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const rec = { ...(raw as Record<string, unknown>) };
  const clean = (src: unknown, field: string): unknown => {
    if (typeof src !== 'object' || src === null || Array.isArray(src)) return src;
    const url = (src as { url?: unknown }).url;
    if (typeof url !== 'string' || /^https?:\/\//i.test(url.trim())) return src;
    report(`${field}.url`, url);
    const { url: _dropped, ...rest } = src as Record<string, unknown>;
    return rest;
  };
  if (Array.isArray(rec.sources)) rec.sources = rec.sources.map((s, i) => clean(s, `sources[${i}]`));
  if ('source' in rec) rec.source = clean(rec.source, 'source');
  return rec;
}

function valueAt(root: unknown, path: Array<string | number>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}

/** A value as it appears in a message: JSON, cut short. */
function show(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return s.length > 60 ? `${s.slice(0, 57)}…${s.startsWith('"') ? '"' : ''}` : s;
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is not valid';
}

function issue(file: string, detail: string): DatasetIssue {
  return { file, message: `${file}: ${detail}` };
}

function failed(file: string, detail: string): LoadResult {
  return { ok: false, dataset: null, errors: [issue(file, detail)], notices: [] };
}

function finish(dataset: Dataset | null, errors: DatasetIssue[], notices: DatasetIssue[]): LoadResult {
  // What is returned holds only valid records, whatever was dropped: no need to check it again.
  if (dataset) markChecked(dataset);
  return { ok: errors.length === 0 && dataset !== null, dataset, errors, notices };
}

async function jsonErrorPosition(text: string): Promise<string> {
  const { parse, printParseErrorCode } = await import('jsonc-parser');
  const errors: import('jsonc-parser').ParseError[] = [];
  try {
    parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses: a text nested thousands deep overflows the stack. Say so plainly.
    return 'nested too deeply to read';
  }
  const first = errors[0];
  if (!first) return 'unexpected content';
  const before = text.slice(0, first.offset).split('\n');
  const what = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `${what} at line ${before.length}, column ${before[before.length - 1].length + 1}`;
}
