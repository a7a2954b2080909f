/**
 * The Dataset contract, written once: zod gives the TypeScript types, the runtime checks
 * and (through z.toJSONSchema) the JSON Schema that dataset authors get as dataset.schema.json.
 * Cross-record rules (unique ids, references, end before start) live in load.ts.
 */
import { z } from 'zod';
import { isPartialDate } from './dates.ts';

import { ERA_KINDS, ID_PATTERN, LANES, LANGS, STANCES, VERIFICATIONS } from './vocabulary.ts';

export { ERA_KINDS, ID_PATTERN, LANES, LANGS, STANCES, VERIFICATIONS };

// No code generation: zod's JIT uses new Function, which a strict Content-Security-Policy forbids.
z.config({ jitless: true });

const text = (what = 'text') => z.string({ error: `must be ${what}` }).min(1, { error: 'must not be empty' });

export const Id = z
  .string({ error: 'must be an id' })
  .regex(ID_PATTERN, { error: 'is not a lower-case kebab-case id' })
  .meta({ description: 'Lower-case kebab-case, unique across the whole dataset.' });

export const PartialDate = z
  .string({ error: 'must be a date' })
  .refine(isPartialDate, { error: 'is not a date' })
  .meta({ description: 'A date as precise as is known: "1973", "1973-03" or "1973-03-15".', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

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
  note: z.string().optional(),
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
  })
  .meta({ title: 'AI Winter Timeline dataset', description: 'Eras, events, quotes and pairs for <aiw-timeline>.' });

export type LocalizedText = z.infer<typeof LocalizedText>;
export type Source = z.infer<typeof Source>;
export type Era = z.infer<typeof Era>;
export type HistoryEvent = z.infer<typeof HistoryEvent>;
export type Quote = z.infer<typeof Quote>;
export type Pair = z.infer<typeof Pair>;
export type Dataset = z.infer<typeof Dataset>;
export type Lang = (typeof LANGS)[number];
export type Lane = string;
export type LaneDef = z.infer<typeof LaneDef>;

/** The four record collections of a Dataset, and the schema of one record of each. */
export const COLLECTIONS = {
  eras: { record: Era, noun: 'era', file: 'eras.json' },
  events: { record: HistoryEvent, noun: 'event', file: 'events.json' },
  quotes: { record: Quote, noun: 'quote', file: 'quotes.json' },
  pairs: { record: Pair, noun: 'pair', file: 'pairs.json' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The JSON Schema for dataset authors (served as dataset.schema.json). */
export function datasetJsonSchema(): object {
  return { $id: 'dataset.schema.json', ...z.toJSONSchema(Dataset, { unrepresentable: 'any', io: 'input' }) };
}
