// The widget's entry (dist/embed/aiw-timeline.js): defines <aiw-timeline>, and finds the
// built-in dataset next to this module, wherever the folder is copied or bundled (the build
// writes this URL back in the plain form bundlers recognise: see vite.config.ts).
// Its declarations are the package's types: they name only src/embed/api.ts, the events and
// dataset-url.ts, never Lit, vis-timeline or zod, which the module bundles.
import { AiwTimeline as AiwTimelineElement } from './components/aiw-timeline/aiw-timeline.ts';
import { setDefaultDatasetUrl } from './controllers/dataset-url.ts';
import type { AiwTimeline as AiwTimelineApi, AiwTimelineConstructor } from './embed/api.ts';
// The validator (zod), the JSON error locator and the TimelineJS importer sit in chunks beside
// this file, loaded only for a dataset given by `src` or `data`: the built-in one was
// checked when it was built.

setDefaultDatasetUrl(new URL(/* @vite-ignore */ './dataset.json', import.meta.url).href);

/** `<aiw-timeline>`'s class, typed by its published API (the class must fit it, or the type check fails). */
export const AiwTimeline: AiwTimelineConstructor = AiwTimelineElement;
export type AiwTimeline = AiwTimelineApi;
export { setDefaultDatasetUrl } from './controllers/dataset-url.ts';
export { AiwErrorEvent } from './events/error.ts';
export { AiwLoadEvent } from './events/load.ts';
export { AiwMatchesEvent } from './events/matches.ts';
export { AiwRangeChangeEvent } from './events/range-change.ts';
export { AiwRangePassingEvent } from './events/range-passing.ts';
export { AiwSelectEvent, type SelectKind } from './events/select.ts';
export type { AiwTimelineConstructor, AiwTimelineEventMap, AiwTimelineProperties, Dataset, Era, Forecast, HistoryEvent, LaneDef, LocalizedText, Media, Pair, Quote, Series, SeriesPoint, Source, TimeWindow } from './embed/api.ts';
