import { AiwEvent } from './aiw-event.ts';

/** The keyboard list of items in view: the reader opened an item. Stays inside the widget's tree (not composed). */
export class AiwItemActivateEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-item-activate';
  constructor(id: string) {
    super(AiwItemActivateEvent.eventName, { id }, { composed: false });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-item-activate': AiwItemActivateEvent;
  }
}
