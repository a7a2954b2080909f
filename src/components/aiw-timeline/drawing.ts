/**
 * What a drawing of the timeline is, whichever draws it: the still drawing (Lit, shown first)
 * or vis-timeline (behind its adapter, built when the reader reaches for it). The element gives
 * both the same view and hears from both alike; it never asks which one it has.
 */
import type { Lang } from '../../model/schema.ts';
import type { TimeWindow, WindowLimits } from '../../model/time-window.ts';
import type { TimelineEntry } from '../../model/timeline-entries.ts';

export interface Lane {
  id: string;
  label: string;
}

/** Everything a drawing shows. A new value for each change; unchanged parts keep their identity. */
export interface DrawnView {
  lanes: readonly Lane[];
  entries: readonly TimelineEntry[];
  lang: Lang;
  window: TimeWindow;
  /** The data's span: the bounds zoom and pan keep inside, and the deepest zoom. */
  limits: WindowLimits;
  selectedId: string | null;
  /** While a search is on, the ids it found (the rest fade); null otherwise. */
  matches: ReadonlySet<string> | null;
  /** Move smoothly to a new window (off under reduced motion). */
  animate: boolean;
  /** The wheel zooms without Ctrl, because the drawing has focus. */
  wheelZoom: boolean;
}

/** What the reader did in a drawing, in the widget's own terms. */
export interface DrawingHooks {
  /** The reader moved the window (a drag, the wheel, a pinch, a "+N" opened), once at the end of the gesture. */
  moved(window: TimeWindow): void;
  /** The reader picked an item or an era, or clicked where there is none (null). */
  picked(id: string | null): void;
  /**
   * The window on screen at each frame of a move (animations and gestures alike): for what is
   * drawn beside the timeline to follow it (the chart band), and `byUser` when the reader's
   * own gesture moves it (the page hears those). It changes nothing in the view.
   */
  passing(window: TimeWindow, byUser: boolean): void;
}

export interface Drawing {
  /** Draws the view, changing in place only what differs from the last one shown. */
  show(view: DrawnView): void;
  /** Takes the drawing down and lets go of everything it holds. */
  destroy(): void;
}
