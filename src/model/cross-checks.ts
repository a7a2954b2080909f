/**
 * The rules that span records, run on the records that passed the schema: an id is used
 * once across all collections, an event's lane is one the dataset has, nothing ends before
 * it starts, and references (a quote's event, a pair's quotes) lead somewhere. A record that
 * breaks one is left out with an error line; the others are kept.
 */
import { comparePartialDates, endsBeforeStart } from './dates.ts';
import { recordIssue, showValue, type DatasetIssue, type RecordContext } from './dataset-issues.ts';
import { COLLECTIONS, type CollectionName, type Forecast } from './schema.ts';

type Records = Record<CollectionName, Array<{ id: string } & Record<string, unknown>>>;
const NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/**
 * Filters the valid records by the cross-record rules and returns what is kept. `positions`
 * holds each record's index in its file; `present` the ids of events and quotes that were
 * in the files at all, valid or not.
 */
export function checkAcrossRecords(
  valid: Records,
  files: Record<CollectionName, string>,
  positions: Map<Record<string, unknown>, number>,
  errors: DatasetIssue[],
  notices: DatasetIssue[],
  present: { events: Set<unknown>; quotes: Set<unknown> },
  laneIds: string[],
): Records {
  const seen = new Map<string, string>();
  const ctxOf = (name: CollectionName, rec: Record<string, unknown>): RecordContext => ({
    file: files[name], collection: name, index: positions.get(rec) ?? -1, noun: COLLECTIONS[name].noun, raw: rec,
  });
  const keep = (name: CollectionName, test: (rec: Record<string, unknown>, ctx: RecordContext) => string | null) =>
    (valid[name] = valid[name].filter((rec) => {
      const ctx = ctxOf(name, rec);
      const problem = test(rec, ctx);
      if (problem) errors.push(recordIssue(ctx, problem.split(' ')[0], problem));
      return problem === null;
    }));

  for (const name of NAMES) {
    keep(name, (rec, ctx) => {
      const other = seen.get(rec.id as string);
      if (other) return `id ${showValue(rec.id)} is already used by ${other}`;
      seen.set(rec.id as string, `${ctx.noun} at index ${ctx.index} of ${files[name]}`);
      return null;
    });
  }
  const laneList = laneIds.map((l) => JSON.stringify(l));
  const laneChoice = laneList.length > 1 ? `${laneList.slice(0, -1).join(', ')} or ${laneList[laneList.length - 1]}` : laneList[0];
  keep('events', (rec) => (laneIds.includes(rec.lane as string) ? null : `lane ${showValue(rec.lane)} must be ${laneChoice}`));
  for (const name of ['eras', 'events'] as const) {
    const startField = name === 'eras' ? 'start' : 'date';
    keep(name, (rec) =>
      typeof rec.end === 'string' && endsBeforeStart(rec[startField] as string, rec.end)
        ? `end ${showValue(rec.end)} is before ${startField} ${showValue(rec[startField])}`
        : null,
    );
  }
  // A reference to a record that exists but was rejected is not a second error: the quote
  // loses its eventId, the pair is skipped with a notice; a reference to nothing is an error.
  const eventIds = new Set(valid.events.map((e) => e.id));
  keep('quotes', (rec) => {
    if (typeof rec.eventId !== 'string' || eventIds.has(rec.eventId)) return null;
    if (!present.events.has(rec.eventId)) return `eventId ${showValue(rec.eventId)} is not an event in the dataset`;
    delete rec.eventId;
    return null;
  });
  const quoteIds = new Set(valid.quotes.map((q) => q.id));
  keep('pairs', (rec, ctx) => {
    const [a, b] = rec.quotes as [string, string];
    if (a === b) return `quotes ${showValue(a)} is paired with itself`;
    const missing = [a, b].findIndex((id) => !quoteIds.has(id));
    if (missing < 0) return null;
    const id = [a, b][missing];
    if (!present.quotes.has(id)) return `quotes[${missing}] ${showValue(id)} is not a quote in the dataset`;
    notices.push(recordIssue(ctx, `quotes[${missing}]`, `skipped: quote ${showValue(id)} could not be used`));
    return '';
  });
  const quoteDates = new Map(valid.quotes.map((q) => [q.id, q.date as string]));
  keep('forecasts', (rec, ctx) => {
    const date = quoteDates.get(rec.quoteId as string);
    if (date === undefined) {
      if (!present.quotes.has(rec.quoteId)) return `quoteId ${showValue(rec.quoteId)} is not a quote in the dataset`;
      notices.push(recordIssue(ctx, 'quoteId', `skipped: quote ${showValue(rec.quoteId)} could not be used`));
      return '';
    }
    return forecastDatesProblem(rec as unknown as Forecast, date);
  });
  return valid;
}

/** A forecast's dates agree with its quote and its outcome: made when said, settled after. */
function forecastDatesProblem(f: Forecast, quoteDate: string): string | null {
  if (f.madeOn !== quoteDate) return `madeOn ${showValue(f.madeOn)} is not its quote's date ${showValue(quoteDate)}`;
  if (endsBeforeStart(f.madeOn, f.dueBy)) return `dueBy ${showValue(f.dueBy)} is before madeOn ${showValue(f.madeOn)}`;
  if (f.outcomeDate && endsBeforeStart(f.madeOn, f.outcomeDate)) return `outcomeDate ${showValue(f.outcomeDate)} is before madeOn ${showValue(f.madeOn)}`;
  const late = f.outcomeDate !== undefined && comparePartialDates(f.outcomeDate, f.dueBy) > 0 && !f.outcomeDate.startsWith(f.dueBy);
  if (f.outcome === 'came-true-late' && !f.outcomeDate) return 'outcomeDate is missing: a forecast that came true late says when';
  if (f.outcome === 'came-true-late' && !late) return `outcomeDate ${showValue(f.outcomeDate)} is not after dueBy ${showValue(f.dueBy)}, so it did not come true late`;
  if (f.outcome === 'came-true' && late) return `outcomeDate ${showValue(f.outcomeDate)} is after dueBy ${showValue(f.dueBy)}: it came true late`;
  return null;
}
