/**
 * The Dataset contract, written once: zod gives the TypeScript types, the runtime checks
 * and (through z.toJSONSchema) the JSON Schema that dataset authors get as dataset.schema.json.
 * Cross-record rules (unique ids, references, end before start) live in load.ts.
 */
import { z } from 'zod';
import { PARTIAL_DATE_PATTERN, partialDateProblem } from './dates.ts';

import { ERA_KINDS, HORIZONS, ID_PATTERN, LANES, LANGS, MEDIA_KINDS, OUTCOMES, SERIES_KINDS, STANCES, VERIFICATIONS } from './vocabulary.ts';

export { ERA_KINDS, HORIZONS, ID_PATTERN, LANES, LANGS, MEDIA_KINDS, OUTCOMES, SERIES_KINDS, STANCES, VERIFICATIONS };

// No code generation: zod's JIT uses new Function, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

const text = (what = 'text') => z.string({ error: `must be ${what}` }).min(1, { error: 'must not be empty' });

export const Id = z
  .string({ error: 'must be an id' })
  .regex(ID_PATTERN, { error: 'is not a lower-case kebab-case id' })
  .meta({ description: 'Lower-case kebab-case, unique across the whole dataset.' });

export const PartialDate = z
  .string({ error: 'must be a date' })
  .check((ctx) => {
    const problem = partialDateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  })
  .meta({
    description:
      'A date as precise as is known: "1973", "1973-03", "1973-03-15", or with a time of day in UTC, "1969-07-20T20:17" ' +
      '(seconds optional). Years are ISO 8601 astronomical years: four digits, or a sign and 4-6 digits ' +
      '("0000" is 1 BCE, "-0599" is 600 BCE), from "-271821-04-20" to "+275760-09-12".',
    pattern: PARTIAL_DATE_PATTERN,
  });

export const LocalizedText = z
  .union([z.string(), z.object({ en: z.string().optional(), zh: z.string().optional() })], {
    error: 'must be text or { "en", "zh" }',
  })
  .refine((v) => (typeof v === 'string' ? v.trim() !== '' : Boolean(v.en?.trim() || v.zh?.trim())), {
    error: 'must not be empty',
  })
  .meta({ description: 'Text, or { "en", "zh" } with at least one non-empty.' });

export const HttpUrl = z
  .string({ error: 'must be a URL' })
  .regex(/^https?:\/\//i, { error: 'is not an http(s) URL' })
  .refine((v) => URL.canParse(v), { error: 'is not a URL' })
  .meta({ description: 'An http or https URL.' });

export const Source = z.object({
  title: text(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  date: PartialDate.optional(),
  url: HttpUrl.optional(),
  pages: z.string().optional(),
  /** The edition a figure comes from, when a source is revised between editions. */
  edition: z.string().optional(),
  note: z.string().optional(),
});

/** An image or a link shown with an event. */
export const Media = z.object({
  url: HttpUrl,
  kind: z.enum(MEDIA_KINDS, { error: 'must be "image" or "link"' }).meta({ description: '"image" is shown; "link" is a captioned link.' }),
  caption: LocalizedText.optional(),
  credit: LocalizedText.optional(),
  alt: LocalizedText.optional().meta({ description: 'What an image shows, for readers who cannot see it.' }),
});

const sources = z.array(Source, { error: 'must be a list of sources' }).min(1, { error: 'must name at least one source' });
const tags = z.array(z.string({ error: 'must be text' }), { error: 'must be a list of tags' });

export const Era = z.object({
  id: Id,
  kind: z.enum(ERA_KINDS, { error: 'must be "boom", "winter" or "transition"' }),
  title: LocalizedText,
  start: PartialDate,
  end: PartialDate,
  summary: LocalizedText,
  contested: LocalizedText.optional(),
  sources,
});

export const HistoryEvent = z.object({
  id: Id,
  date: PartialDate,
  end: PartialDate.optional(),
  // One of LANES, or of the dataset's own `lanes` (checked by the loader, which knows both).
  lane: z.string({ error: 'must be a lane id' }).regex(ID_PATTERN, { error: 'is not a lane id' }),
  importance: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1, 2 or 3' }),
  title: LocalizedText,
  summary: LocalizedText,
  displayDate: LocalizedText.optional().meta({
    description: 'The date as the author wants it read ("Spring 1973", "c. 600 BCE"), shown instead of the formatted date.',
  }),
  media: Media.optional(),
  tags,
  sources,
});

export const Quote = z.object({
  id: Id,
  text: text(),
  lang: z.enum(LANGS, { error: 'must be "en" or "zh"' }),
  translation: LocalizedText.optional(),
  speaker: LocalizedText,
  speakerRole: LocalizedText.optional(),
  date: PartialDate,
  context: LocalizedText,
  stance: z.enum(STANCES, { error: 'must be "optimistic", "cautionary" or "neutral"' }),
  eventId: Id.optional(),
  tags,
  source: Source,
  verification: z.enum(VERIFICATIONS, { error: 'must be "primary", "secondary" or "unverified"' }),
  verificationNote: LocalizedText.optional(),
});

export const Pair = z.object({
  id: Id,
  quotes: z.tuple([Id, Id], { error: 'must be two quote ids' }),
  note: LocalizedText,
});

/**
 * A dated forecast read from a quote: the quote stays verbatim, the claim is our reading of it,
 * and the outcome says what became of it, with the sources that settle it.
 */
export const Forecast = z
  .object({
    id: Id,
    quoteId: Id,
    claim: LocalizedText,
    madeOn: PartialDate.meta({ description: "The quote's date." }),
    dueBy: PartialDate.meta({ description: 'The horizon: the one the speaker gave, or the one a fair reader infers.' }),
    horizon: z.enum(HORIZONS, { error: 'must be "stated" or "inferred"' }),
    horizonNote: LocalizedText,
    outcome: z.enum(OUTCOMES, { error: `must be one of ${OUTCOMES.map((o) => `"${o}"`).join(', ')}` }),
    outcomeDate: PartialDate.optional(),
    outcomeNote: LocalizedText,
    outcomeSources: z.array(Source, { error: 'must be a list of sources' }),
  })
  .refine((f) => f.outcome === 'pending' || f.outcomeSources.length > 0, {
    error: 'must name at least one source that settles the outcome',
    path: ['outcomeSources'],
  });

/** One number of a series: at a date, or a total over a span (date to end), never spread over years. */
export const SeriesPoint = z.object({
  date: PartialDate,
  end: PartialDate.optional().meta({ description: 'For a total over a span: its last date.' }),
  value: z.number({ error: 'must be a number' }).refine(Number.isFinite, { error: 'must be a finite number' }),
  source: Source.optional().meta({ description: 'Required in a sourced series: where this number is printed (title, edition, table or page).' }),
  n: z.number().int().nonnegative().optional().meta({ description: 'In a derived series: how many records the value is counted from.' }),
  note: LocalizedText.optional(),
});

/**
 * Numbers on the timeline's own axis. A sourced series gives every point its own source; a
 * derived one is counted from this dataset (a measure of the collection, not of the world).
 * Points are checked one by one (series-check.ts): a bad point is left out, the rest kept.
 */
export const Series = z.object({
  id: Id,
  title: LocalizedText,
  definition: LocalizedText,
  unit: LocalizedText,
  kind: z.enum(SERIES_KINDS, { error: 'must be "sourced" or "derived"' }),
  caveat: LocalizedText.meta({ description: 'What a reader should know: coverage, breaks, revisions, the edition pinned.' }),
  coverage: z.object({ start: PartialDate, end: PartialDate }).optional().meta({ description: 'The dates the series covers; a point outside is left out.' }),
  points: z.array(z.unknown(), { error: 'must be a list of points' }),
});

/** A lane of the dataset's own (TimelineJS groups become these). */
export const LaneDef = z.object({ id: Id, title: LocalizedText });

export const Dataset = z
  .object({
    version: z.literal(1, { error: 'must be 1' }),
    title: LocalizedText.optional(),
    lanes: z.array(LaneDef).optional().meta({
      description: 'Lanes of your own; without them, events use "research", "funding", "industry" or "media".',
    }),
    eras: z.array(Era),
    events: z.array(HistoryEvent),
    quotes: z.array(Quote),
    pairs: z.array(Pair),
    forecasts: z.array(Forecast).optional(),
    series: z.array(Series.extend({ points: z.array(SeriesPoint) })).optional(),
  })
  .meta({ title: 'AI Winter Timeline dataset', description: 'Eras, events, quotes and pairs (and, optionally, forecasts and number series) for <aiw-timeline>.' });

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Source = z.infer<typeof Source>;
export type Media = z.infer<typeof Media>;
export type Era = z.infer<typeof Era>;
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type Quote = z.infer<typeof Quote>;
export type Pair = z.infer<typeof Pair>;
export type Forecast = z.infer<typeof Forecast>;
export type SeriesPoint = z.infer<typeof SeriesPoint>;
export type Series = Omit<z.infer<typeof Series>, 'points'> & { points: SeriesPoint[] };
export type Outcome = (typeof OUTCOMES)[number];
export type Dataset = z.infer<typeof Dataset>;
export type Lang = (typeof LANGS)[number];
export type Lane = string;
export type LaneDef = z.infer<typeof LaneDef>;

/** The record collections of a Dataset (forecasts and series may be left out), and the schema of one record of each. */
export const COLLECTIONS = {
  eras: { record: Era, noun: 'era', file: 'eras.json' },
  events: { record: HistoryEvent, noun: 'event', file: 'events.json' },
  quotes: { record: Quote, noun: 'quote', file: 'quotes.json' },
  pairs: { record: Pair, noun: 'pair', file: 'pairs.json' },
  forecasts: { record: Forecast, noun: 'forecast', file: 'forecasts.json', optional: true },
  series: { record: Series, noun: 'series', file: 'series.json', optional: true },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The JSON Schema for dataset authors (served as dataset.schema.json). */
export function datasetJsonSchema(): object {
  return { $id: 'dataset.schema.json', ...z.toJSONSchema(Dataset, { unrepresentable: 'any', io: 'input' }) };
}
