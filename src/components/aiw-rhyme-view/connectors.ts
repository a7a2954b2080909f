/**
 * The band between the Rhyme view's two timelines: the shared relative axis ("year 0, +2 …")
 * and a line for each curated pair, from its quote's x in the top timeline to the other
 * quote's x in the bottom one. Each line is a focusable button named after both speakers.
 */
import { html, svg, nothing } from 'lit';
import type { RhymeStrings } from '../../i18n/rhyme.ts';
import { startOf } from '../../model/dates.ts';
import { fractionOf, type TimeWindow } from '../../model/time-window.ts';
import { relativeTicks, tickLabel, type CrossingPair, type RelativeWindow } from '../../model/rhyme.ts';
import type { Lang } from '../../model/schema.ts';
import { localize } from '../../model/text.ts';

/** Where a timeline draws its dates, in px from the band's left edge: the drawing after the lane titles. */
export interface Track {
  readonly left: number;
  readonly width: number;
}

/**
 * Reads where a timeline's drawing is, through its public `canvas` part and its
 * `--aiw-lanes-width` token (the lane-title column), never through vis-timeline itself.
 */
export function measureTrack(timeline: HTMLElement, band: HTMLElement): Track | null {
  const canvas = timeline.shadowRoot?.querySelector<HTMLElement>('[part~="canvas"]');
  if (!canvas) return null;
  const box = canvas.getBoundingClientRect();
  const lanes = parseFloat(getComputedStyle(canvas).getPropertyValue('--aiw-lanes-width')) || 0;
  return { left: box.left - band.getBoundingClientRect().left + lanes, width: Math.max(box.width - lanes, 0) };
}

/** The x of a date in a track showing a window. */
export function xOf(track: Track, window: TimeWindow, date: Date): number {
  return track.left + fractionOf(window, date) * track.width;
}

export interface Band {
  readonly pairs: readonly CrossingPair[];
  readonly windows: readonly [TimeWindow, TimeWindow];
  readonly tracks: readonly [Track, Track];
  readonly relative: RelativeWindow;
  readonly lang: Lang;
  readonly t: RhymeStrings;
  readonly pick: (pair: CrossingPair) => void;
}

export const BAND_HEIGHT = 132;
const AXIS_Y = 22;
/** Lines start under the axis, so that its labels stay readable. */
const LINE_TOP = AXIS_Y + 8;

/** A line is drawn when either end is in view (the pairs list below names them all). */
export function inView(band: Band, p: CrossingPair): boolean {
  const within = (w: TimeWindow, date: string) => fractionOf(w, startOf(date)) >= 0 && fractionOf(w, startOf(date)) <= 1;
  return within(band.windows[0], p.top.date) || within(band.windows[1], p.bottom.date);
}

export function renderBand(band: Band) {
  const { tracks, windows, t, lang } = band;
  const [top, bottom] = tracks;
  const ticks = relativeTicks(band.relative, Math.max(2, Math.floor(top.width / 70)));
  const shown = band.pairs.filter((p) => inView(band, p));
  const width = Math.max(top.left + top.width, bottom.left + bottom.width);
  const onKey = (e: KeyboardEvent, p: CrossingPair) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    band.pick(p);
  };
  return html`<svg class="band" width=${width} height=${BAND_HEIGHT} viewBox="0 0 ${width} ${BAND_HEIGHT}" role="group" aria-label=${t.axis}>
    <g class="axis" aria-hidden="true">
      <line x1=${top.left} x2=${top.left + top.width} y1=${AXIS_Y} y2=${AXIS_Y}></line>
      ${ticks.map((tick) => {
        const x = top.left + tick.fraction * top.width;
        return svg`<line class="tick" x1=${x} x2=${x} y1=${AXIS_Y - 5} y2=${AXIS_Y + 5}></line>
          <text x=${x} y=${AXIS_Y - 9} text-anchor="middle" class=${tick.years === 0 ? 'zero' : ''}>${tickLabel(tick.years, lang)}</text>`;
      })}
    </g>
    ${shown.map((p) => {
      const x1 = xOf(top, windows[0], startOf(p.top.date));
      const x2 = xOf(bottom, windows[1], startOf(p.bottom.date));
      const name = t.connector(localize(p.top.speaker, lang), p.top.date.slice(0, 4), localize(p.bottom.speaker, lang), p.bottom.date.slice(0, 4));
      return svg`<g class="connector" role="button" tabindex="0" aria-label=${name} data-pair=${p.pair.id}
        @click=${() => band.pick(p)} @keydown=${(e: KeyboardEvent) => onKey(e, p)}>
        <title>${name}</title>
        <line class="hit" x1=${x1} y1=${LINE_TOP} x2=${x2} y2=${BAND_HEIGHT}></line>
        <line class="link" x1=${x1} y1=${LINE_TOP} x2=${x2} y2=${BAND_HEIGHT}></line>
        <circle cx=${x1} cy=${LINE_TOP + 4} r="4"></circle><circle cx=${x2} cy=${BAND_HEIGHT - 4} r="4"></circle>
      </g>`;
    })}
  </svg>
  ${band.pairs.length > shown.length ? html`<p class="out-of-view">${t.outOfView(band.pairs.length - shown.length)}</p>` : nothing}`;
}
