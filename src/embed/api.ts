/**
 * The widget's published contract: what `aiw-timeline/embed` gives a TypeScript user, with no
 * reference to the libraries the module bundles (Lit, vis-timeline, zod), so that it compiles
 * in any project, `skipLibCheck: false` included, without them installed. The element's class
 * is checked against it where src/embed.ts exports it, and the Dataset types against the
 * schema in api-check.ts: a change to either that the other does not follow fails the type check.
 * The build adds `HTMLElementTagNameMap['aiw-timeline']` to the published declarations (inside
 * the project, aiw-timeline.ts declares it with the class itself).
 */
import type { AiwErrorEvent } from '../events/error.ts';
import type { AiwLoadEvent } from '../events/load.ts';
import type { AiwMatchesEvent } from '../events/matches.ts';
import type { AiwRangeChangeEvent } from '../events/range-change.ts';
import type { AiwRangePassingEvent } from '../events/range-passing.ts';
import type { AiwSelectEvent } from '../events/select.ts';

/** Text in one language, or in both. */
export type LocalizedText = string | { en?: string; zh?: string };

/** Where something was read: a book, a paper, a page. */
export interface Source {
  title: string;
  author?: string;
  publisher?: string;
  /** A partial date: "1973", "1973-03" or "1973-03-15". */
  date?: string;
  /** http or https only. */
  url?: string;
  pages?: string;
  /** The edition a figure comes from, when a source is revised between editions. */
  edition?: string;
  note?: string;
}

/** An image or a link shown with an event. */
export interface Media {
  url: string;
  kind: 'image' | 'link';
  caption?: LocalizedText;
  credit?: LocalizedText;
  alt?: LocalizedText;
}

/** A boom, a winter, or a time between: a coloured band. */
export interface Era {
  id: string;
  kind: 'boom' | 'winter' | 'transition';
  title: LocalizedText;
  start: string;
  end: string;
  summary: LocalizedText;
  contested?: LocalizedText;
  sources: Source[];
}

/** Something that happened: a point in time, or a span with `end`. */
export interface HistoryEvent {
  id: string;
  /** A partial date ("1973", "1973-03", "1973-03-15", "1969-07-20T20:17"; "-0599" is 600 BCE). */
  date: string;
  end?: string;
  /** "research", "funding", "industry", "media", or one of the dataset's own `lanes`. */
  lane: string;
  /** 3: a landmark shown at every zoom; 2: notable; 1: a detail that folds into a cluster. */
  importance: 1 | 2 | 3;
  title: LocalizedText;
  summary: LocalizedText;
  displayDate?: LocalizedText;
  media?: Media;
  tags: string[];
  sources: Source[];
}

/** Something someone said, verbatim, in its original language. */
export interface Quote {
  id: string;
  text: string;
  lang: 'en' | 'zh';
  translation?: LocalizedText;
  speaker: LocalizedText;
  speakerRole?: LocalizedText;
  date: string;
  context: LocalizedText;
  stance: 'optimistic' | 'cautionary' | 'neutral';
  eventId?: string;
  tags: string[];
  source: Source;
  verification: 'primary' | 'secondary' | 'unverified';
  verificationNote?: LocalizedText;
}

/** Two quotes that rhyme across the years. */
export interface Pair {
  id: string;
  quotes: [string, string];
  note: LocalizedText;
}

/** A dated forecast read from a quote, with what became of it. */
export interface Forecast {
  id: string;
  quoteId: string;
  /** Our reading of what the quote predicts. */
  claim: LocalizedText;
  /** The quote's date. */
  madeOn: string;
  /** The horizon: the one the speaker gave ("stated"), or the one a fair reader infers. */
  dueBy: string;
  horizon: 'stated' | 'inferred';
  horizonNote: LocalizedText;
  outcome: 'came-true' | 'came-true-late' | 'partly' | 'failed' | 'pending' | 'unfalsifiable';
  outcomeDate?: string;
  outcomeNote: LocalizedText;
  /** At least one, unless the outcome is pending. */
  outcomeSources: Source[];
}

/** One number of a series: at a date, or a total over a span (date to end). */
export interface SeriesPoint {
  date: string;
  end?: string;
  value: number;
  /** Required in a sourced series: where this number is printed. */
  source?: Source;
  /** In a derived series: how many records the value is counted from. */
  n?: number;
  note?: LocalizedText;
}

/** Numbers drawn on the timeline's own axis (the `chart` attribute). */
export interface Series {
  id: string;
  title: LocalizedText;
  definition: LocalizedText;
  unit: LocalizedText;
  /** "sourced": every point has its own source; "derived": counted from the dataset itself. */
  kind: 'sourced' | 'derived';
  caveat: LocalizedText;
  coverage?: { start: string; end: string };
  points: SeriesPoint[];
}

/** A lane of the dataset's own. */
export interface LaneDef {
  id: string;
  title: LocalizedText;
}

/** A dataset document: the format of `dataset.json`, of a `src` file and of the `data` property. */
export interface Dataset {
  version: 1;
  title?: LocalizedText;
  lanes?: LaneDef[];
  eras: Era[];
  events: HistoryEvent[];
  quotes: Quote[];
  pairs: Pair[];
  forecasts?: Forecast[];
  series?: Series[];
}

/** A window of time. */
export interface TimeWindow {
  readonly from: Date;
  readonly to: Date;
}

/** `<aiw-timeline>`: a zoomable timeline of eras, events and quotes (see the README for each member). */
export interface AiwTimeline extends HTMLElement {
  /** URL of a dataset (ours, or TimelineJS JSON); without it, the built-in dataset. */
  src: string;
  /** "en" or "zh"; defaults to the nearest `lang` attribute, else "en". */
  lang: string;
  /** "light" or "dark"; defaults to the reader's colour scheme. */
  theme: 'light' | 'dark' | '';
  /** id of the era to show. */
  era: string;
  /** Start of the window to show: a year ("1984"), a date ("1984-08") or a Date. Wins over `era`. */
  from: Date | string | null;
  /** End of the window to show. */
  to: Date | string | null;
  /** id of the event or quote to select, brought into view; reads back the selected one ('' for none). */
  get selected(): string;
  set selected(id: string | null);
  /** Do not show the selected item's detail inside the widget. */
  noDetail: boolean;
  /** Show a still drawing until the reader points at, touches or focuses the timeline. */
  lazy: boolean;
  /** Show the forecasts in a lane of their own, coloured by what became of them. */
  forecasts: boolean;
  /** Only these lanes, by id ("research funding industry media voices forecasts", or the data's own), the eras behind them; all when empty. */
  lanes: string;
  /** Draw a series under the timeline, on its axis: a series id, or "" to let the reader choose; null for none. */
  chart: string | null;
  /** Search text: what it finds stays as it is and the rest fades; n / Shift+N step through the matches. */
  query: string;
  /** The kinds of record the query looks in: any of "event quote era forecast" (all when empty). */
  queryKinds: string;
  /** A Dataset object; overrides `src`. */
  data: Dataset | null;
  /** The window now shown. */
  readonly visibleRange: TimeWindow;
  /** Resolves once the element has drawn what was last set. */
  readonly updateComplete: Promise<boolean>;
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  focusEra(id: string): void;
  showRange(from: Date, to: Date): void;
  stepEra(step: -1 | 1): void;
  select(id: string | null): void;
}

/** The element's class (what `customElements.get('aiw-timeline')` returns). */
export interface AiwTimelineConstructor {
  new (): AiwTimeline;
  readonly prototype: AiwTimeline;
  /** Does the one-off work of a page's first drawing while the data is on its way. */
  prepare(lang?: string): void;
}

/** What a framework sets on `<aiw-timeline>` from a template or JSX: its properties, each optional. */
export type AiwTimelineProperties = Partial<Pick<AiwTimeline, 'src' | 'lang' | 'theme' | 'era' | 'from' | 'to' | 'noDetail' | 'lazy' | 'forecasts' | 'lanes' | 'chart' | 'query' | 'queryKinds' | 'data'>> & {
  selected?: string | null;
};

/** The events `<aiw-timeline>` fires, by name (each a CustomEvent: the payload is in `detail`). */
export interface AiwTimelineEventMap {
  'aiw-select': AiwSelectEvent;
  'aiw-range-change': AiwRangeChangeEvent;
  'aiw-range-passing': AiwRangePassingEvent;
  'aiw-load': AiwLoadEvent;
  'aiw-matches': AiwMatchesEvent;
  'aiw-error': AiwErrorEvent;
}
