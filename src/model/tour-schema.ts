/**
 * Guided tours (data/tours.json): a tour is a titled walk through the timeline in 8 to 15
 * steps, each with a short text in both languages and the view it shows. A step's view holds
 * exactly the explorer's URL parameters (url-state.ts), with the same names and meanings, so a
 * step is what a link to the explorer would show. The rules that need the dataset (an era id is
 * an era, an item is an event, quote or forecast) live in load-tours.ts.
 */
import { z } from 'zod';
import { PartialDate, Id } from './schema.ts';
import { PANELS } from './url-state.ts';

export const MIN_STEPS = 8;
export const MAX_STEPS = 15;

/** Text a tour shows: both languages, neither empty (a tour is never shown half-translated). */
const Bilingual = z.object(
  {
    en: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
    zh: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
  },
  { error: 'must be { "en", "zh" }' },
);

export const TourView = z
  .object(
    {
      era: Id.optional(),
      from: PartialDate.optional(),
      to: PartialDate.optional(),
      item: Id.optional(),
      panel: z.enum(PANELS, { error: `must be one of ${PANELS.map((p) => `"${p}"`).join(', ')}` }).optional(),
      compare: z.array(Id, { error: 'must be a list of quote ids' }).min(2, { error: 'must name at least two quotes' }).max(4, { error: 'must name at most four quotes' }).optional(),
      q: z.string({ error: 'must be text' }).max(500, { error: 'must be at most 500 characters' }).optional(),
    },
    { error: 'must be an object of URL parameters' },
  )
  .strict();

export const TourStep = z.object({ title: Bilingual, text: Bilingual, view: TourView });

export const Tour = z.object({
  id: Id,
  title: Bilingual,
  summary: Bilingual,
  steps: z
    .array(TourStep, { error: 'must be a list of steps' })
    .min(MIN_STEPS, { error: `must have at least ${MIN_STEPS} steps` })
    .max(MAX_STEPS, { error: `must have at most ${MAX_STEPS} steps` }),
});

export type TourView = z.infer<typeof TourView>;
export type TourStep = z.infer<typeof TourStep>;
export type Tour = z.infer<typeof Tour>;
