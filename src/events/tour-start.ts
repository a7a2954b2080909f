import { AiwEvent } from './aiw-event.ts';

/** The tour picker: the reader started a tour (`{ id }`). */
export class AiwTourStartEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-tour-start';
  constructor(id: string) {
    super(AiwTourStartEvent.eventName, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-tour-start': AiwTourStartEvent;
  }
}
