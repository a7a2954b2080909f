import { AiwEvent } from './aiw-event.ts';

/** The quote search: the user asked to add a quote to the comparison. */
export class AiwCompareAddEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-compare-add';
  constructor(id: string) {
    super(AiwCompareAddEvent.eventName, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-compare-add': AiwCompareAddEvent;
  }
}
