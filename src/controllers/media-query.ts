import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks a CSS media query (e.g. prefers-reduced-motion) and updates the host when it flips. */
export class MediaQueryController implements ReactiveController {
  matches = false;
  private readonly query: MediaQueryList;
  private readonly onChange = (e: MediaQueryListEvent) => {
    this.matches = e.matches;
    this.changed?.(e.matches);
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    media: string,
    private readonly changed?: (matches: boolean) => void,
  ) {
    this.query = matchMedia(media);
    this.matches = this.query.matches;
    host.addController(this);
  }

  hostConnected(): void {
    this.matches = this.query.matches;
    this.query.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query.removeEventListener('change', this.onChange);
  }
}
