import { AiwEvent } from './aiw-event.ts';

/**
 * The comparison: the quotes the user wants compared now, after a removal, a move or clearing
 * it (and once, when a `storage-key` restores a saved comparison).
 */
export class AiwCompareChangeEvent extends AiwEvent<{ ids: string[] }> {
  static readonly eventName = 'aiw-compare-change';
  constructor(ids: string[]) {
    super(AiwCompareChangeEvent.eventName, { ids });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-compare-change': AiwCompareChangeEvent;
  }
}
