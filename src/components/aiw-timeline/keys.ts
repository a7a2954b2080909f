import type { KeyMap } from '../../controllers/keyboard-shortcuts.ts';
import type { ViewAction } from '../../model/view-state.ts';

/** How much one step zooms in (and, inverted, out). */
export const ZOOM_STEP = 0.5;

/**
 * The widget's keys, pressed anywhere inside it: + and − zoom, [ and ] step through the eras,
 * Escape clears the selection; the arrows pan while the drawing has focus (elsewhere they
 * belong to the list), and Enter there goes to the list of the items in view (`toList`), where
 * Enter opens one; while a search is on, n and Shift+n (N) go to the next and previous match.
 * Each is the reader's own move.
 */
export function timelineKeys(drawingFocused: boolean, act: (action: ViewAction) => void, matches?: readonly string[], toList: () => void = () => {}): KeyMap {
  const zoom = (factor: number) => () => act({ type: 'zoom', factor, by: 'user' });
  const pan = (fraction: number) => () => act({ type: 'pan', fraction, by: 'user' });
  return {
    '+': zoom(ZOOM_STEP),
    '=': zoom(ZOOM_STEP),
    '-': zoom(1 / ZOOM_STEP),
    '[': () => act({ type: 'step-era', step: -1, by: 'user' }),
    ']': () => act({ type: 'step-era', step: 1, by: 'user' }),
    Escape: () => act({ type: 'pick', id: null }),
    ...(drawingFocused ? { ArrowLeft: pan(-0.2), ArrowRight: pan(0.2), Enter: toList } : {}),
    ...(matches?.length ? { n: () => act({ type: 'step-match', ids: matches, step: 1 }), N: () => act({ type: 'step-match', ids: matches, step: -1 }) } : {}),
  };
}
