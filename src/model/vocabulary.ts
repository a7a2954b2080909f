/**
 * The dataset's fixed vocabularies, apart from the schema so that views can use them without
 * loading the validator (zod), which only the loader needs.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANGS = ['en', 'zh'] as const;
export const LANES = ['research', 'funding', 'industry', 'media'] as const;
export const ERA_KINDS = ['boom', 'winter', 'transition'] as const;
export const STANCES = ['optimistic', 'cautionary', 'neutral'] as const;
export const VERIFICATIONS = ['primary', 'secondary', 'unverified'] as const;
export const MEDIA_KINDS = ['image', 'link'] as const;
/** What became of a forecast. */
export const OUTCOMES = ['came-true', 'came-true-late', 'partly', 'failed', 'pending', 'unfalsifiable'] as const;
export const HORIZONS = ['stated', 'inferred'] as const;
/** A series' numbers come from sources, or are counted from this dataset. */
export const SERIES_KINDS = ['sourced', 'derived'] as const;
/** The kinds of record the search looks through, in the order its results are grouped. */
export const SEARCH_KINDS = ['event', 'quote', 'era', 'forecast'] as const;
