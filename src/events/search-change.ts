import type { QuoteFilters } from '../model/quote-filters.ts';
import { AiwEvent } from './aiw-event.ts';

/** The quote search: the user edited the query (debounced while typing) or a filter. */
export class AiwSearchChangeEvent extends AiwEvent<{ query: string; filters: QuoteFilters }> {
  static readonly eventName = 'aiw-search-change';
  constructor(query: string, filters: QuoteFilters) {
    super(AiwSearchChangeEvent.eventName, { query, filters });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-search-change': AiwSearchChangeEvent;
  }
}
