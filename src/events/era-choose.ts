import { AiwEvent } from './aiw-event.ts';

/** The era strip and panel: the user picked an era (in the strip, or with previous / next). */
export class AiwEraChooseEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-era-choose';
  constructor(id: string) {
    super(AiwEraChooseEvent.eventName, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-era-choose': AiwEraChooseEvent;
  }
}
