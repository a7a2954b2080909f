/**
 * The widget's typed events. All bubble and cross shadow roots (composed), and are fired
 * for what the user did, never for a property set by code.
 */
export type SelectKind = 'event' | 'quote' | 'era';

export class AiwSelectEvent extends Event {
  static readonly eventName = 'aiw-select';
  constructor(readonly id: string | null, readonly kind: SelectKind | null) {
    super(AiwSelectEvent.eventName, { bubbles: true, composed: true });
  }
}

export class AiwRangeChangeEvent extends Event {
  static readonly eventName = 'aiw-range-change';
  constructor(readonly from: Date, readonly to: Date) {
    super(AiwRangeChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

export class AiwLoadEvent extends Event {
  static readonly eventName = 'aiw-load';
  constructor(readonly eras: number, readonly events: number, readonly quotes: number) {
    super(AiwLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

export class AiwErrorEvent extends Event {
  static readonly eventName = 'aiw-error';
  constructor(readonly message: string) {
    super(AiwErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-select': AiwSelectEvent;
    'aiw-range-change': AiwRangeChangeEvent;
    'aiw-load': AiwLoadEvent;
    'aiw-error': AiwErrorEvent;
  }
}
