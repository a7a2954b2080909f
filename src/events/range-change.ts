import type { TimeWindow } from '../model/time-window.ts';
import { AiwEvent } from './aiw-event.ts';

/** `<aiw-timeline>`: the user moved or zoomed the window (once, at the end of the gesture). */
export class AiwRangeChangeEvent extends AiwEvent<TimeWindow> {
  static readonly eventName = 'aiw-range-change';
  constructor(window: TimeWindow) {
    super(AiwRangeChangeEvent.eventName, { from: window.from, to: window.to });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-range-change': AiwRangeChangeEvent;
  }
}
