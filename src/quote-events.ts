/**
 * The events of the quote search, the comparison and the pairs list. All bubble and cross
 * shadow roots (composed), and are fired for what the user did, never for a property set
 * by code.
 */
import type { QuoteFilters } from './model/quote-filters.ts';

/** The user edited the query (debounced while typing) or a filter. */
export class AiwSearchChangeEvent extends Event {
  static readonly eventName = 'aiw-search-change';
  constructor(readonly query: string, readonly filters: QuoteFilters) {
    super(AiwSearchChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user asked to see a quote on the timeline. */
export class AiwShowOnTimelineEvent extends Event {
  static readonly eventName = 'aiw-show-on-timeline';
  constructor(readonly id: string) {
    super(AiwShowOnTimelineEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user asked to add a quote to the comparison. */
export class AiwCompareAddEvent extends Event {
  static readonly eventName = 'aiw-compare-add';
  constructor(readonly id: string) {
    super(AiwCompareAddEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * The comparison the user wants now: after a removal, a move or clearing it (and once, when
 * a `storage-key` restores a saved comparison).
 */
export class AiwCompareChangeEvent extends Event {
  static readonly eventName = 'aiw-compare-change';
  constructor(readonly ids: string[]) {
    super(AiwCompareChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user picked a curated pair: compare exactly these quotes. */
export class AiwCompareSetEvent extends Event {
  static readonly eventName = 'aiw-compare-set';
  constructor(readonly ids: string[]) {
    super(AiwCompareSetEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-search-change': AiwSearchChangeEvent;
    'aiw-show-on-timeline': AiwShowOnTimelineEvent;
    'aiw-compare-add': AiwCompareAddEvent;
    'aiw-compare-change': AiwCompareChangeEvent;
    'aiw-compare-set': AiwCompareSetEvent;
  }
}
