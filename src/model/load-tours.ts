/**
 * Checking guided tours against the dataset they walk through. Every problem is one line that
 * names the file, the tour, the step (counted from 1, as a reader counts) and the field:
 *   data/tours.json: tour "two-winters", step 4: view.item "x" is not an event, quote or forecast
 * A tour with any problem is left out whole (a tour is never shown with a step missing); the
 * other tours are kept. Used by the build (which fails on any line) and by the explorer.
 */
import type { z } from 'zod';
import { endsBeforeStart } from './dates.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { showValue, valueAt } from './dataset-issues.ts';
import { Tour, type TourView } from './tour-schema.ts';

export interface ToursResult {
  tours: Tour[];
  /** One line per problem, ready to show to a person. */
  errors: string[];
}

/** Validates a parsed tours document (a list of tours). */
export function validateTours(doc: unknown, file: string, index: DatasetIndex): ToursResult {
  if (!Array.isArray(doc)) return { tours: [], errors: [`${file}: is not a list of tours`] };
  const tours: Tour[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  doc.forEach((raw, at) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' && rawId ? `tour ${showValue(rawId)}` : `tour at index ${at}`;
    const problems: string[] = [];
    const parsed = Tour.safeParse(raw);
    if (!parsed.success) problems.push(...parsed.error.issues.map((zi) => issueLine(zi, raw)));
    else {
      if (seen.has(parsed.data.id)) problems.push(`id ${showValue(parsed.data.id)} is already used by another tour`);
      parsed.data.steps.forEach((step, i) => problems.push(...viewProblems(step.view, index).map((p) => `step ${i + 1}: ${p}`)));
    }
    if (parsed.success) seen.add(parsed.data.id);
    if (problems.length === 0 && parsed.success) tours.push(parsed.data);
    else errors.push(...problems.map((p) => `${file}: ${name}, ${p}`));
  });
  return { tours, errors };
}

/** Parses the text of tours.json and validates it (a syntax error is one line too). */
export function parseToursText(text: string, file: string, index: DatasetIndex): ToursResult {
  try {
    return validateTours(JSON.parse(text), file, index);
  } catch (e) {
    return { tours: [], errors: [`${file}: is not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
}

/** What a step's view asks for that the dataset cannot show. */
export function viewProblems(view: TourView, index: DatasetIndex): string[] {
  const problems: string[] = [];
  if (!view.era && !view.item && !(view.from && view.to)) problems.push('view names none of era, from and to, or item: a step must show something');
  if (Boolean(view.from) !== Boolean(view.to)) problems.push(`view.${view.from ? 'to' : 'from'} is missing: from and to go together`);
  if (view.from && view.to && endsBeforeStart(view.from, view.to)) problems.push(`view.to ${showValue(view.to)} is before view.from ${showValue(view.from)}`);
  if (view.era && index.kindOf(view.era) !== 'era') problems.push(`view.era ${showValue(view.era)} is not an era`);
  const kind = view.item ? index.kindOf(view.item) : null;
  if (view.item && kind !== 'event' && kind !== 'quote' && kind !== 'forecast') problems.push(`view.item ${showValue(view.item)} is not an event, quote or forecast`);
  (view.compare ?? []).forEach((id, i) => {
    if (index.kindOf(id) !== 'quote') problems.push(`view.compare[${i}] ${showValue(id)} is not a quote`);
  });
  return problems;
}

/** A schema problem as "step 4: view.item is missing" (the step counted from 1). */
function issueLine(zi: z.core.$ZodIssue, raw: unknown): string {
  const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
  let prefix = '';
  let rest = path;
  if (path[0] === 'steps' && typeof path[1] === 'number') {
    prefix = `step ${path[1] + 1}: `;
    rest = path.slice(2);
  }
  const field = rest.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  if (zi.code === 'unrecognized_keys') return `${prefix}${field ? `${field} has` : 'has'} ${zi.keys.map((k) => showValue(k)).join(', ')}, which ${zi.keys.length > 1 ? 'are' : 'is'} not ${field === 'view' ? 'a parameter of the explorer' : 'expected'}`;
  if (!field) return `${prefix}is not a ${prefix ? 'step' : 'tour'} (expected an object)`;
  const value = valueAt(raw, path);
  if (value === undefined) return `${prefix}${field} is missing`;
  if (Array.isArray(value)) return `${prefix}${field} has ${value.length} ${field === 'steps' ? 'steps' : 'entries'}: it ${zi.message}`;
  const shown = value === null || typeof value !== 'object' ? ` ${showValue(value)}` : '';
  return `${prefix}${field}${shown} ${zi.message}`;
}
