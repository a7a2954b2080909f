// The widget's entry (dist/embed/aiw-timeline.js): defines <aiw-timeline>, and finds the
// built-in dataset next to this module, wherever the folder is copied.
import { setDefaultDatasetUrl } from './components/aiw-timeline/aiw-timeline.ts';
// The validator (zod), the JSON error locator and the TimelineJS importer sit in chunks beside
// this file, loaded only for a dataset given by `src` or `dataset`: the built-in one was
// checked when it was built.

setDefaultDatasetUrl(new URL('./dataset.json', import.meta.url).href);

export { AiwTimeline, setDefaultDatasetUrl } from './components/aiw-timeline/aiw-timeline.ts';
export { AiwErrorEvent, AiwLoadEvent, AiwRangeChangeEvent, AiwSelectEvent } from './events.ts';
export type { Dataset } from './model/schema.ts';
