import { AiwEvent } from './aiw-event.ts';

/** The curated pairs: the user picked a pair; compare exactly these quotes. */
export class AiwCompareSetEvent extends AiwEvent<{ ids: string[] }> {
  static readonly eventName = 'aiw-compare-set';
  constructor(ids: string[]) {
    super(AiwCompareSetEvent.eventName, { ids });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-compare-set': AiwCompareSetEvent;
  }
}
