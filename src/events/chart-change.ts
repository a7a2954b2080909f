import { AiwEvent } from './aiw-event.ts';

/** The chart band: the user picked the series to draw under the timeline ('' for none). */
export class AiwChartChangeEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-chart-change';
  constructor(id: string) {
    super(AiwChartChangeEvent.eventName, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-chart-change': AiwChartChangeEvent;
  }
}
