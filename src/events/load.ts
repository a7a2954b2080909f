import { AiwEvent } from './aiw-event.ts';

/** `<aiw-timeline>`: a dataset loaded; how many records of each kind it shows. */
export class AiwLoadEvent extends AiwEvent<{ eras: number; events: number; quotes: number }> {
  static readonly eventName = 'aiw-load';
  constructor(counts: { eras: number; events: number; quotes: number }) {
    super(AiwLoadEvent.eventName, { eras: counts.eras, events: counts.events, quotes: counts.quotes });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-load': AiwLoadEvent;
  }
}
