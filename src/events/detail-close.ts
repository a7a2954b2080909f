import { AiwEvent } from './aiw-event.ts';

/** An item's detail: the reader asked to close it. Stays inside the tree that shows it (not composed). */
export class AiwDetailCloseEvent extends AiwEvent<null> {
  static readonly eventName = 'aiw-detail-close';
  constructor() {
    super(AiwDetailCloseEvent.eventName, null, { composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-detail-close': AiwDetailCloseEvent;
  }
}
