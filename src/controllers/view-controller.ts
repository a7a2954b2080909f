import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { initialView, reduceView, type ViewAction, type ViewEffect, type ViewState } from '../model/view-state.ts';

/**
 * The one holder of a timeline's view (window, selection, requests waiting for data) inside
 * its element. Everything that changes the view is an action given to `dispatch`; the host
 * re-renders when the view changes, and hears the effects (what to tell the page).
 */
export class ViewController implements ReactiveController {
  private current: ViewState = initialView;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly effect: (effect: ViewEffect) => void,
  ) {
    host.addController(this);
  }

  get state(): ViewState {
    return this.current;
  }

  /** The selection as a page reads it back: what is selected, or what was asked for while the data is on its way. */
  get selected(): string {
    const { pending, selectedId } = this.current;
    return ('selected' in pending ? pending.selected : selectedId) ?? '';
  }

  dispatch(action: ViewAction): void {
    const { state, effects } = reduceView(this.current, action);
    if (state !== this.current) {
      this.current = state;
      this.host.requestUpdate();
    }
    effects.forEach(this.effect);
  }

  hostConnected(): void {}
}
