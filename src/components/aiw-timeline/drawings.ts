/**
 * Which drawing the reader sees, and when vis-timeline is built. The still drawing shows the
 * view at once; vis-timeline is built when it is wanted (at once, or for `lazy` when the
 * reader reaches for the drawing), hidden under the still one, and takes its place once it
 * has drawn. Until then both are shown every view, so the swap keeps the window and selection.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TimeWindow } from '../../model/time-window.ts';
import type { ViewAction } from '../../model/view-state.ts';
import type { Drawing, DrawingHooks, DrawnView } from './drawing.ts';
import { loadVis, loadVisOnFirstSign, visModule } from './load-vis.ts';
import { StillDrawing } from './still-drawing.ts';

type Host = ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode; lazy: boolean };

export class Drawings implements ReactiveController {
  /** vis-timeline is wanted: at once, or (lazy) once the reader reaches for the drawing. */
  private live = false;
  private still: Drawing | null = null;
  private vis: Drawing | null = null;
  /** vis-timeline is on screen (it is built hidden, under the still drawing). */
  private visShown = false;
  private view: DrawnView | null = null;
  private stopWaiting: (() => void) | null = null;
  /** What the reader does in either drawing, as actions on the view. */
  private readonly hooks: DrawingHooks;

  constructor(
    private readonly host: Host,
    act: (action: ViewAction) => void,
    private readonly report: (message: string) => void,
    passing: (window: TimeWindow, byUser: boolean) => void = () => {},
  ) {
    this.hooks = { moved: (window) => act({ type: 'move', window, by: 'user' }), picked: (id) => act({ type: 'pick', id }), passing };
    host.addController(this);
  }

  /** vis-timeline is not (yet) on screen: the still drawing is, and vis-timeline, if built, is hidden under it. */
  get stillShown(): boolean {
    return !this.visShown;
  }

  hostConnected(): void {
    this.live ||= !this.host.lazy;
    // Not lazy: vis-timeline loads while the data does. Lazy: once the reader shows signs of life.
    if (this.live) loadVis().catch(() => {}); // reported when a drawing is built with it
    else this.stopWaiting = loadVisOnFirstSign();
    // Back in the page after a move: drawn again, on the same view.
    if (this.view) this.draw(this.view);
  }

  hostDisconnected(): void {
    this.stopWaiting?.();
    this.still?.destroy();
    this.vis?.destroy();
    this.still = this.vis = null;
    this.visShown = false;
  }

  /** The reader reaches for the drawing (points at, touches or focuses it): vis-timeline is built if it was not. */
  wake(): void {
    if (this.live) return;
    this.live = true;
    if (this.view) this.buildVis();
  }

  /** Shows a view in the drawings; null while there is no data (what is drawn stays, emptied). */
  show(view: DrawnView | null): void {
    if (!view) {
      if (this.view && this.view.entries.length) this.show({ ...this.view, entries: [] });
      return;
    }
    if (this.view && sameView(view, this.view)) return;
    this.view = view;
    this.draw(view);
  }

  private draw(view: DrawnView): void {
    if (!this.visShown) {
      this.still ??= new StillDrawing(this.container('.still-host'), this.hooks);
      this.still.show(view);
    }
    if (this.vis) this.vis.show(view);
    else if (this.live) this.buildVis();
  }

  private buildVis(): void {
    if (!visModule) {
      // Meanwhile the still drawing shows the data; if vis-timeline cannot be loaded, it stays.
      loadVis().then(
        () => this.buildVis(),
        (error: unknown) => this.report(`the interactive drawing could not be loaded (${error instanceof Error ? error.message : String(error)}); the still drawing stays`),
      );
      return;
    }
    if (this.vis || !this.view || !this.host.isConnected) return;
    this.vis = new visModule.TimelineAdapter(this.container('.vis-host'), this.hooks, this.view, () => {
      this.visShown = true;
      this.still?.destroy();
      this.still = null;
      this.host.requestUpdate();
    });
  }

  private container(selector: string): HTMLElement {
    return this.host.renderRoot.querySelector<HTMLElement>(selector)!;
  }
}

function sameView(a: DrawnView, b: DrawnView): boolean {
  return (Object.keys(a) as Array<keyof DrawnView>).every((key) => a[key] === b[key]);
}
