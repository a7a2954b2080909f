import { AiwEvent } from './aiw-event.ts';

/** What was selected. Written out (not imported from the model) so that the published types stand alone. */
export type SelectKind = 'event' | 'quote' | 'era' | 'forecast';

/** `<aiw-timeline>`: the user selected an item, or cleared the selection (`id` and `kind` null). */
export class AiwSelectEvent extends AiwEvent<{ id: string | null; kind: SelectKind | null }> {
  static readonly eventName = 'aiw-select';
  constructor(id: string | null, kind: SelectKind | null) {
    super(AiwSelectEvent.eventName, { id, kind });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-select': AiwSelectEvent;
  }
}
