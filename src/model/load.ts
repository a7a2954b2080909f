/**
 * Loading a Dataset: schema checks record by record, then the rules that span records
 * (cross-checks.ts: unique ids, references, end not before start). Every problem becomes one
 * line that names the file or URL, the record and the field (dataset-issues.ts):
 *   events.json: event "lighthill-report" (index 12): date "1973-13" is not a date
 * A bad record never stops the others: the result always carries the records that passed.
 */
import type { z } from 'zod';
import { markChecked } from './checked.ts';
import { checkAcrossRecords } from './cross-checks.ts';
import { checkSeriesPoints } from './series-check.ts';
import { fileIssue, firstMessage, recordIssue, schemaIssue, showValue, type DatasetIssue } from './dataset-issues.ts';
import { jsonErrorPosition } from './json-error-position.ts';
import { COLLECTIONS, LANES, type CollectionName, type Dataset, Dataset as DatasetSchema, type LaneDef } from './schema.ts';

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

/** The collections as read, each perhaps from its own file (forecasts and series may be absent). */
type Parts = Partial<Record<CollectionName, unknown>>;
type Files = Partial<Record<CollectionName, string>>;
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
    errors.push(fileIssue(file, `version ${record.version === undefined ? 'is missing' : `${showValue(record.version)} is not supported`} (expected 1)`));
  }
  const title = record.title === undefined ? undefined : DatasetSchema.shape.title.safeParse(record.title);
  if (title && !title.success) errors.push(fileIssue(file, `title ${firstMessage(title.error)}`));
  const lanes = record.lanes === undefined ? undefined : DatasetSchema.shape.lanes.safeParse(record.lanes);
  if (lanes && !lanes.success) errors.push(fileIssue(file, `lanes ${firstMessage(lanes.error)} (expected a list of { "id", "title" })`));
  const files = Object.fromEntries(NAMES.map((n) => [n, file])) as Files;
  const result = validateParts(record as Parts, files, lanes?.success ? lanes.data : undefined);
  let dataset = result.dataset;
  if (dataset && title?.success) dataset = { ...dataset, title: title.data };
  if (dataset && lanes?.success && lanes.data) dataset = { ...dataset, lanes: lanes.data };
  return finish(dataset, [...errors, ...result.errors], result.notices);
}

/** Validates the four collections, each possibly from its own file (the project's data/). */
export function validateParts(parts: Parts, given: Files, lanes?: LaneDef[]): LoadResult {
  const files = Object.fromEntries(NAMES.map((n) => [n, given[n] ?? COLLECTIONS[n].file])) as Record<CollectionName, string>;
  const errors: DatasetIssue[] = [];
  const notices: DatasetIssue[] = [];
  const valid = Object.fromEntries(NAMES.map((n) => [n, []])) as unknown as Record<CollectionName, Array<{ id: string } & Record<string, unknown>>>;
  const positions = new Map<Record<string, unknown>, number>();

  for (const name of NAMES) {
    const { record: schema, noun } = COLLECTIONS[name];
    const list = parts[name];
    const file = files[name];
    const label = file === COLLECTIONS[name].file ? '' : `${name} `;
    if (list === undefined && 'optional' in COLLECTIONS[name]) continue;
    if (!Array.isArray(list)) {
      const problem = list === undefined ? 'is missing' : 'is not a list';
      errors.push({ file, collection: name, message: `${file}: ${label}${problem} (expected a list of ${noun}s)` });
      continue;
    }
    list.forEach((raw, index) => {
      const ctx = { file, collection: name, index, noun, raw };
      const cleaned = dropUnsafeUrls(raw, (field, value, dropped) =>
        notices.push(recordIssue(ctx, field, `${field} ${showValue(value)} is not an http(s) URL${dropped}`)),
      );
      const parsed = (schema as z.ZodType).safeParse(cleaned);
      if (parsed.success) {
        const rec = parsed.data as { id: string } & Record<string, unknown>;
        // A series keeps the points that pass and names each one left out.
        if (name === 'series' && !checkSeriesPoints(rec, ctx, errors)) return;
        valid[name].push(rec);
        positions.set(rec, index);
      } else {
        for (const zi of parsed.error.issues) errors.push(schemaIssue(ctx, cleaned, zi));
      }
    });
  }

  const rawIds = (name: CollectionName) =>
    new Set(Array.isArray(parts[name]) ? (parts[name] as Array<{ id?: unknown } | null>).map((r) => r?.id).filter((id) => typeof id === 'string') : []);
  const laneIds = lanes?.length ? lanes.map((l) => l.id) : [...LANES];
  const kept = checkAcrossRecords(valid, files, positions, errors, notices, { events: rawIds('events'), quotes: rawIds('quotes') }, laneIds);
  // The optional collections stay out of the dataset when the document leaves them out.
  const { forecasts, series, ...required } = kept;
  const dataset = { version: 1, ...required, ...(parts.forecasts !== undefined && { forecasts }), ...(parts.series !== undefined && { series }) };
  return finish(dataset as Dataset, errors, notices);
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
    const imported = fromTimelineJs(doc as Record<string, unknown>, file);
    const result = validateDocument(imported.document, file);
    const errors = [...imported.errors, ...result.errors];
    return { ...result, ok: result.ok && errors.length === 0, errors, notices: [...imported.notices, ...result.notices] };
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

/**
 * Copies a record without links that are not http(s), reporting each one dropped: a source
 * loses its url, an event its media (a media is nothing without its url).
 */
function dropUnsafeUrls(raw: unknown, report: (field: string, value: string, dropped: string) => void): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const rec = { ...(raw as Record<string, unknown>) };
  const unsafe = (url: unknown): url is string => typeof url === 'string' && !/^https?:\/\//i.test(url.trim());
  const clean = (src: unknown, field: string): unknown => {
    if (typeof src !== 'object' || src === null || Array.isArray(src)) return src;
    const url = (src as { url?: unknown }).url;
    if (!unsafe(url)) return src;
    report(`${field}.url`, url, ' and was dropped');
    const { url: _dropped, ...rest } = src as Record<string, unknown>;
    return rest;
  };
  if (Array.isArray(rec.sources)) rec.sources = rec.sources.map((s, i) => clean(s, `sources[${i}]`));
  if (Array.isArray(rec.outcomeSources)) rec.outcomeSources = rec.outcomeSources.map((s, i) => clean(s, `outcomeSources[${i}]`));
  if ('source' in rec) rec.source = clean(rec.source, 'source');
  if (Array.isArray(rec.points)) {
    rec.points = rec.points.map((p, i) =>
      typeof p === 'object' && p !== null && 'source' in p ? { ...(p as object), source: clean((p as { source: unknown }).source, `points[${i}].source`) } : p,
    );
  }
  const media = rec.media as { url?: unknown } | null | undefined;
  if (typeof media === 'object' && media !== null && unsafe(media.url)) {
    report('media.url', media.url, ', so the media was dropped');
    delete rec.media;
  }
  return rec;
}

function failed(file: string, detail: string): LoadResult {
  return { ok: false, dataset: null, errors: [fileIssue(file, detail)], notices: [] };
}

function finish(dataset: Dataset | null, errors: DatasetIssue[], notices: DatasetIssue[]): LoadResult {
  // What is returned holds only valid records, whatever was dropped: no need to check it again.
  if (dataset) markChecked(dataset);
  return { ok: errors.length === 0 && dataset !== null, dataset, errors, notices };
}
