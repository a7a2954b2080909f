import { AiwEvent } from './aiw-event.ts';

/** `<aiw-timeline>`: something given to it could not be used (data, an attribute, a request); one line. */
export class AiwErrorEvent extends AiwEvent<{ message: string }> {
  static readonly eventName = 'aiw-error';
  constructor(message: string) {
    super(AiwErrorEvent.eventName, { message });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-error': AiwErrorEvent;
  }
}
