/**
 * vis-timeline (with its adapter) is a chunk of its own, about three quarters of the
 * widget's code: it is loaded when a drawing is to be built, once for the page. A failed
 * load (a network error) is not kept, so the next attempt tries again.
 */
import type * as VisAdapter from './vis-adapter.ts';

let loading: Promise<typeof VisAdapter> | null = null;
/** The module once loaded (so a drawing can be built in the same task), else null. */
export let visModule: typeof VisAdapter | null = null;

export function loadVis(): Promise<typeof VisAdapter> {
  loading ??= import('./vis-adapter.ts').then(
    (m) => (visModule = m),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

const SIGNS_OF_LIFE = ['pointermove', 'pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Starts loading vis-timeline at the reader's first sign of life in the page (a pointer
 * move, a touch, a key, a scroll), so that it is ready when they reach for the drawing.
 * Returns a function that stops listening.
 */
export function loadVisOnFirstSign(): () => void {
  const stop = () => SIGNS_OF_LIFE.forEach((type) => window.removeEventListener(type, start, { capture: true }));
  const start = () => {
    stop();
    loadVis().catch(() => {}); // reported when a drawing is built with it
  };
  SIGNS_OF_LIFE.forEach((type) => window.addEventListener(type, start, { capture: true, passive: true }));
  return stop;
}
