import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

/** Single keys (as KeyboardEvent.key) and what they do. */
export type KeyMap = Record<string, (event: KeyboardEvent) => void>;

/**
 * Keyboard shortcuts on a host element: keys pressed anywhere inside it (its shadow root
 * included) run their action, unless a child already handled the key (defaultPrevented) or
 * the key is typed into a text field or pressed with Ctrl, Alt or Meta.
 */
export class KeyboardShortcuts implements ReactiveController {
  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey) return;
    const target = e.composedPath()[0];
    if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    const action = this.keys()[e.key];
    if (!action) return;
    e.preventDefault();
    action(e);
  };

  constructor(
    private readonly host: Host,
    private readonly keys: () => KeyMap,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown as EventListener);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown as EventListener);
  }
}
