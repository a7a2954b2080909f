import { AiwEvent } from './aiw-event.ts';

/**
 * Two eras side by side, each counted from an anchor event (null: the era's start), the lanes
 * both show (unset: the default ones) and the window both show, in ms from their anchors
 * (unset: both eras whole). Written out so the event stands alone.
 */
interface RhymeChoice {
  readonly eras: readonly [string, string];
  readonly anchors: readonly [string | null, string | null];
  readonly lanes?: readonly string[];
  readonly window?: { readonly from: number; readonly to: number };
}

/** `<aiw-rhyme-view>` and the pairs list: the user chose two eras (or anchors, lanes, or moved the window) to set side by side, or closed the view (`rhyme` null). */
export class AiwRhymeChangeEvent extends AiwEvent<{ rhyme: RhymeChoice | null }> {
  static readonly eventName = 'aiw-rhyme-change';
  constructor(rhyme: RhymeChoice | null) {
    super(AiwRhymeChangeEvent.eventName, { rhyme });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aiw-rhyme-change': AiwRhymeChangeEvent;
  }
}
