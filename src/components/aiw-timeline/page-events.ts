import { AiwErrorEvent } from '../../events/error.ts';
import { AiwLoadEvent } from '../../events/load.ts';
import { AiwMatchesEvent } from '../../events/matches.ts';
import { AiwRangeChangeEvent } from '../../events/range-change.ts';
import { AiwRangePassingEvent } from '../../events/range-passing.ts';
import { AiwSelectEvent } from '../../events/select.ts';
import type { Matches } from '../../controllers/search-matches.ts';
import type { Dataset } from '../../model/schema.ts';
import type { TimeWindow } from '../../model/time-window.ts';
import type { ViewEffect } from '../../model/view-state.ts';

/**
 * Everything the widget tells the page it is on, from its host element: the reader's own moves
 * and picks, a load, what a search found, and what could not be used (once each, also as a console warning, so that
 * a page without listeners still shows it to its developer).
 */
export class PageEvents {
  private readonly reported = new Set<string>();

  constructor(private readonly host: HTMLElement) {}

  /** What a change of the view means for the page. */
  tell(effect: ViewEffect): void {
    if (effect.type === 'moved') this.host.dispatchEvent(new AiwRangeChangeEvent(effect.window));
    else if (effect.type === 'picked') this.host.dispatchEvent(new AiwSelectEvent(effect.id, effect.kind));
    else this.problem(effect.message);
  }

  /** A frame of the reader's own move, before it ends. */
  passing(window: TimeWindow): void {
    this.host.dispatchEvent(new AiwRangePassingEvent(window));
  }

  loaded(d: Dataset): void {
    this.host.dispatchEvent(new AiwLoadEvent({ eras: d.eras.length, events: d.events.length, quotes: d.quotes.length }));
  }

  /** What the search found changed (null: it ended). */
  matched(matches: Matches | null): void {
    this.host.dispatchEvent(new AiwMatchesEvent(matches?.query ?? '', matches?.inTime ?? []));
  }

  /** A new load: what it cannot use is told again, even if an earlier load said the same (a retry that failed again). */
  newLoad(): void {
    this.reported.clear();
  }

  problem(message: string): void {
    if (this.reported.has(message)) return;
    this.reported.add(message);
    console.warn(`<${this.host.localName}>: ${message}`);
    this.host.dispatchEvent(new AiwErrorEvent(message));
  }
}
