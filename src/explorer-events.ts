/**
 * The events of the explorer's era strip, era panel, about page and embed-code panel. All
 * bubble and cross shadow roots (composed), and are fired for what the user did, never for a
 * property set by code.
 */

/** The user picked an era (in the strip, or with the panel's previous / next buttons). */
export class AiwEraChooseEvent extends Event {
  static readonly eventName = 'aiw-era-choose';
  constructor(readonly id: string) {
    super(AiwEraChooseEvent.eventName, { bubbles: true, composed: true });
  }
}

/** The user picked an event or a quote (e.g. from an era's key events or voices). */
export class AiwItemChooseEvent extends Event {
  static readonly eventName = 'aiw-item-choose';
  constructor(
    readonly id: string,
    readonly kind: 'event' | 'quote',
  ) {
    super(AiwItemChooseEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-era-choose': AiwEraChooseEvent;
    'aiw-item-choose': AiwItemChooseEvent;
  }
}
