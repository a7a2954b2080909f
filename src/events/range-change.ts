import { AiwEvent } from './aiw-event.ts';

/** The window moved to (a TimeWindow; written out so that the published types stand alone). */
interface MovedTo {
  readonly from: Date;
  readonly to: Date;
}

/** `<aiw-timeline>`: the user moved or zoomed the window (once, at the end of the gesture). */
export class AiwRangeChangeEvent extends AiwEvent<MovedTo> {
  static readonly eventName = 'aiw-range-change';
  constructor(window: MovedTo) {
    super(AiwRangeChangeEvent.eventName, { from: window.from, to: window.to });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-range-change': AiwRangeChangeEvent;
  }
}
