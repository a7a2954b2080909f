import type { PickedKind } from '../model/view-state.ts';
import { AiwEvent } from './aiw-event.ts';

export type SelectKind = PickedKind;

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
