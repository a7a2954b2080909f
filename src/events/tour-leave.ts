import { AiwEvent } from './aiw-event.ts';

/** The tour bar: the reader left the tour, or closed the picker (the view stays as it is). */
export class AiwTourLeaveEvent extends AiwEvent<Record<string, never>> {
  static readonly eventName = 'aiw-tour-leave';
  constructor() {
    super(AiwTourLeaveEvent.eventName, {});
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-tour-leave': AiwTourLeaveEvent;
  }
}
