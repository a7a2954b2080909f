import { AiwEvent } from './aiw-event.ts';

/** The quote search: the user asked to see a quote on the timeline. */
export class AiwShowOnTimelineEvent extends AiwEvent<{ id: string }> {
  static readonly eventName = 'aiw-show-on-timeline';
  constructor(id: string) {
    super(AiwShowOnTimelineEvent.eventName, { id });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-show-on-timeline': AiwShowOnTimelineEvent;
  }
}
