import { AiwEvent } from './aiw-event.ts';

/**
 * `<aiw-timeline>`: what its `query` found changed: `detail` is `{ query, ids }`, the ids of
 * the items found in time order (events, quotes and forecasts; eras aside); `query` is '' and
 * `ids` empty when the search ended.
 */
export class AiwMatchesEvent extends AiwEvent<{ query: string; ids: readonly string[] }> {
  static readonly eventName = 'aiw-matches';
  constructor(query: string, ids: readonly string[]) {
    super(AiwMatchesEvent.eventName, { query, ids });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-matches': AiwMatchesEvent;
  }
}
