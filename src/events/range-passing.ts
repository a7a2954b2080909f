import { AiwEvent } from './aiw-event.ts';

/** The window on screen (a TimeWindow; written out so that the published types stand alone). */
interface PassingThrough {
  readonly from: Date;
  readonly to: Date;
}

/**
 * `<aiw-timeline>`: the window on screen at each frame while the user drags, pinches or wheels
 * it, for what the page draws beside the timeline to follow it. aiw-range-change still comes once
 * at the end of the gesture.
 */
export class AiwRangePassingEvent extends AiwEvent<PassingThrough> {
  static readonly eventName = 'aiw-range-passing';
  constructor(window: PassingThrough) {
    super(AiwRangePassingEvent.eventName, { from: window.from, to: window.to });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-range-passing': AiwRangePassingEvent;
  }
}
