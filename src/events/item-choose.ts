import { AiwEvent } from './aiw-event.ts';

/** The era panel: the user picked an event or a quote (from an era's key events or voices). */
export class AiwItemChooseEvent extends AiwEvent<{ id: string; kind: 'event' | 'quote' }> {
  static readonly eventName = 'aiw-item-choose';
  constructor(id: string, kind: 'event' | 'quote') {
    super(AiwItemChooseEvent.eventName, { id, kind });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-item-choose': AiwItemChooseEvent;
  }
}
