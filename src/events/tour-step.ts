import { AiwEvent } from './aiw-event.ts';

/** The tour bar: the reader moved to another step (`{ step }`, counted from 1). */
export class AiwTourStepEvent extends AiwEvent<{ step: number }> {
  static readonly eventName = 'aiw-tour-step';
  constructor(step: number) {
    super(AiwTourStepEvent.eventName, { step });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-tour-step': AiwTourStepEvent;
  }
}
