import { CSSResult, type CSSResultOrNative } from 'lit';
import { dateFormat } from '../../model/dates.ts';

/**
 * Does, while the data is on its way, the one-off work of a page's first drawing that does not
 * need it, as two tasks each short enough not to hold up a tap: the first Intl.DateTimeFormat
 * loads the locale and time-zone data (about 12 ms), and the stylesheets (vis-timeline's among
 * them) are parsed.
 */
export function prepareFirstDrawing(lang: string, styles: readonly CSSResultOrNative[]): void {
  whenIdle(() => dateFormat(lang, { year: 'numeric' }).format(0));
  whenIdle(() => styles.forEach((s) => s instanceof CSSResult && s.styleSheet));
}

function whenIdle(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 500 });
  else setTimeout(work, 1);
}
