import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back when the host's width changes (a window resized, a phone turned), not on its
 * first observation. Observes while connected.
 */
export class WidthWatch implements ReactiveController {
  private width = -1;
  private readonly observer = new ResizeObserver(([entry]) => {
    const width = Math.round(entry.contentRect.width);
    if (this.width >= 0 && width !== this.width) this.changed(width);
    this.width = width;
  });

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly changed: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.width = -1;
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}
