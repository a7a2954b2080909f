import type { LedgerFilters } from '../model/forecast-ledger.ts';
import { AiwEvent } from './aiw-event.ts';

/** The ledger of forecasts: the user changed a filter. */
export class AiwLedgerChangeEvent extends AiwEvent<{ filters: LedgerFilters }> {
  static readonly eventName = 'aiw-ledger-change';
  constructor(filters: LedgerFilters) {
    super(AiwLedgerChangeEvent.eventName, { filters });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-ledger-change': AiwLedgerChangeEvent;
  }
}
