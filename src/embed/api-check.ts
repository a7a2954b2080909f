// Type-level checks, no code: the published Dataset types (api.ts) and the schema's (zod's
// inference) describe the same documents, both ways, so that neither drifts from the other.
import type * as Api from './api.ts';
import type * as Schema from '../model/schema.ts';
import type { TimeWindow } from '../model/time-window.ts';

// Each assignable to the other, and the same member names (optional members included, which
// assignability alone would let one side lack).
type Assignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Same<A, B> = Assignable<A, B> extends true ? Assignable<keyof A, keyof B> : false;
type Holds<T extends true> = T;

export type PublishedTypesMatchTheSchema = [
  Holds<Same<Api.Dataset, Schema.Dataset>>,
  Holds<Same<Api.Era, Schema.Era>>,
  Holds<Same<Api.HistoryEvent, Schema.HistoryEvent>>,
  Holds<Same<Api.Quote, Schema.Quote>>,
  Holds<Same<Api.Pair, Schema.Pair>>,
  Holds<Same<Api.Source, Schema.Source>>,
  Holds<Same<Api.Media, Schema.Media>>,
  Holds<Same<Api.LocalizedText, Schema.LocalizedText>>,
  Holds<Same<Api.LaneDef, Schema.LaneDef>>,
  Holds<Same<Api.Forecast, Schema.Forecast>>,
  Holds<Same<Api.Series, Schema.Series>>,
  Holds<Same<Api.SeriesPoint, Schema.SeriesPoint>>,
  Holds<Same<Api.TimeWindow, TimeWindow>>,
];
