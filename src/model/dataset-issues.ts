/**
 * The loader's problems and how they read. Every problem is one line, ready to show to a
 * person, that names the file or URL, the record and the field:
 *   events.json: event "lighthill-report" (index 12): date "1973-13" is not a date
 * and keeps those parts apart as well, for code that groups or filters them.
 */
import type { z } from 'zod';
import type { CollectionName } from './schema.ts';

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

/** Where a record came from, to name it in a line. */
export interface RecordContext {
  file: string;
  collection: CollectionName;
  index: number;
  noun: string;
  raw: unknown;
}

/** A problem with a whole document or collection, named by its file only. */
export function fileIssue(file: string, detail: string): DatasetIssue {
  return { file, message: `${file}: ${detail}` };
}

/** A problem with one record (and one of its fields), named by its id when it has a usable one. */
export function recordIssue(ctx: RecordContext, field: string | undefined, detail: string): DatasetIssue {
  const raw = ctx.raw as { id?: unknown } | null;
  const id = raw && typeof raw === 'object' && typeof raw.id === 'string' && raw.id !== '' ? raw.id : undefined;
  const label = id !== undefined ? `${ctx.noun} ${showValue(id)} (index ${ctx.index})` : `${ctx.noun} at index ${ctx.index}`;
  return {
    file: ctx.file, collection: ctx.collection, index: ctx.index, id, field,
    message: `${ctx.file}: ${label}: ${detail}`,
  };
}

/** A schema error as a line: the field's path, the value found there, and what zod expected. */
export function schemaIssue(ctx: RecordContext, record: unknown, zi: z.core.$ZodIssue): DatasetIssue {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  const value = valueAt(record, path);
  if (path.length === 0) return recordIssue(ctx, undefined, `is not a ${ctx.noun} (expected an object)`);
  if (value === undefined) return recordIssue(ctx, field, `${field} is missing`);
  const shown = value === null || typeof value !== 'object' ? ` ${showValue(value)}` : '';
  return recordIssue(ctx, field, `${field}${shown} ${zi.message}`);
}

export function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'is not valid';
}

/** A value as it appears in a message: JSON, cut short. */
export function showValue(value: unknown): string {
  const s = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return s.length > 60 ? `${s.slice(0, 57)}…${s.startsWith('"') ? '"' : ''}` : s;
}

/** The value at a path inside a parsed document (undefined where the path leaves it). */
export function valueAt(root: unknown, path: Array<string | number>): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[key];
  }
  return v;
}
