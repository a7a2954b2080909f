/**
 * The points of a number series, checked one by one: a point that is not a number, has no
 * source in a sourced series, or falls outside the series' coverage is left out with a line
 * naming the file, the series, the point and the field; the rest of the series is kept.
 */
import { comparePartialDates, endsBeforeStart } from './dates.ts';
import { recordIssue, schemaIssue, showValue, type DatasetIssue, type RecordContext } from './dataset-issues.ts';
import { SeriesPoint } from './schema.ts';

/** Filters `rec.points` in place; false when no point is left (the series is left out, with a line). */
export function checkSeriesPoints(rec: Record<string, unknown>, ctx: RecordContext, errors: DatasetIssue[]): boolean {
  const raw = rec.points as unknown[];
  const coverage = rec.coverage as { start: string; end: string } | undefined;
  const kept: unknown[] = [];
  raw.forEach((point, i) => {
    const field = `points[${i}]`;
    const parsed = SeriesPoint.safeParse(point);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) errors.push(schemaIssue(ctx, rec, { ...zi, path: ['points', i, ...zi.path] }));
      return;
    }
    const p = parsed.data;
    if (rec.kind === 'sourced' && !p.source) errors.push(recordIssue(ctx, `${field}.source`, `${field} (${p.date}) names no source: every number of a sourced series has its own`));
    else if (p.end && endsBeforeStart(p.date, p.end)) errors.push(recordIssue(ctx, `${field}.end`, `${field}.end ${showValue(p.end)} is before its date ${showValue(p.date)}`));
    else if (coverage && (comparePartialDates(p.date, coverage.start) < 0 || comparePartialDates(p.end ?? p.date, coverage.end) > 0)) {
      errors.push(recordIssue(ctx, `${field}.date`, `${field}.date ${showValue(p.date)} is outside the series' coverage (${coverage.start} to ${coverage.end})`));
    } else kept.push(p);
  });
  rec.points = kept;
  if (kept.length) return true;
  errors.push(recordIssue(ctx, 'points', raw.length ? 'has no usable point, so the series was left out' : 'has no points, so the series was left out'));
  return false;
}
