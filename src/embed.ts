// The widget's entry (dist/embed/aiw-timeline.js): defines <aiw-timeline>, and finds the
// built-in dataset next to this module, wherever the folder is copied.
import { setDefaultDatasetUrl } from './components/aiw-timeline/aiw-timeline.ts';
// The widget validates every dataset it shows: keep the validator in this one file (the
// explorer loads it lazily instead). Only the JSON error locator and the TimelineJS importer
// stay in small chunks beside it, loaded when needed.
import './model/load.ts';

setDefaultDatasetUrl(new URL('./dataset.json', import.meta.url).href);

export { AiwTimeline, setDefaultDatasetUrl } from './components/aiw-timeline/aiw-timeline.ts';
export { AiwErrorEvent, AiwLoadEvent, AiwRangeChangeEvent, AiwSelectEvent } from './events.ts';
export type { Dataset } from './model/schema.ts';
