import type { SiteFilters } from '../model/site-search.ts';
import { AiwEvent } from './aiw-event.ts';

/** The search panel: the user edited the query (debounced while typing) or a filter. */
export class AiwSearchChangeEvent extends AiwEvent<{ query: string; filters: SiteFilters }> {
  static readonly eventName = 'aiw-search-change';
  constructor(query: string, filters: SiteFilters) {
    super(AiwSearchChangeEvent.eventName, { query, filters });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-search-change': AiwSearchChangeEvent;
  }
}
