// The widget's entry (dist/embed/aiw-timeline.js): defines <aiw-timeline>, and finds the
// built-in dataset next to this module, wherever the folder is copied.
import { setDefaultDatasetUrl } from './controllers/dataset-source.ts';
// The validator (zod), the JSON error locator and the TimelineJS importer sit in chunks beside
// this file, loaded only for a dataset given by `src` or `data`: the built-in one was
// checked when it was built.

setDefaultDatasetUrl(new URL('./dataset.json', import.meta.url).href);

export { AiwTimeline } from './components/aiw-timeline/aiw-timeline.ts';
export { setDefaultDatasetUrl } from './controllers/dataset-source.ts';
export { AiwErrorEvent } from './events/error.ts';
export { AiwLoadEvent } from './events/load.ts';
export { AiwRangeChangeEvent } from './events/range-change.ts';
export { AiwSelectEvent, type SelectKind } from './events/select.ts';
export type { TimeWindow } from './model/time-window.ts';
export type { Dataset } from './model/schema.ts';
