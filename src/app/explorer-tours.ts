/**
 * The explorer's guided tours: which tours there are (tours.json, checked against the dataset
 * as the build checks it), where the reader is in one, and the page's opening (Take a tour /
 * Explore) with the tour bar under it. A step is an ordinary explorer state (the step's view
 * applied, tour-url.ts) plus `tour=<id>&step=<n>` in the URL: every step is its own history
 * entry, so Back and Forward walk the steps, and leaving keeps the view where it is.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../components/aiw-tour-bar/aiw-tour-bar.ts';
import type { AiwTourStartEvent } from '../events/tour-start.ts';
import type { AiwTourStepEvent } from '../events/tour-step.ts';
import { tourStrings } from '../i18n/tour.ts';
import type { DatasetIndex } from '../model/dataset-index.ts';
import { parseToursText } from '../model/load-tours.ts';
import type { Tour } from '../model/tour-schema.ts';
import { readTourPlace, stateForStep, tourParams, type TourPlace } from '../model/tour-url.ts';
import type { ExplorerState } from '../model/url-state.ts';

/** What the tours need of the page that owns the state. */
export interface ToursHost extends ReactiveControllerHost {
  readonly state: ExplorerState;
  readonly renderRoot: ParentNode;
  /** `push`: a history entry of its own, whatever changed. */
  change(patch: Partial<ExplorerState>, push?: boolean): void;
}

export class TourGuide implements ReactiveController {
  tours: Tour[] = [];
  /** The tour being taken and its step, or null. */
  place: TourPlace | null = null;
  /** The picker is open (the reader asked for a tour and has not chosen one yet). */
  picking = false;

  constructor(private readonly host: ToursHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts fetching tours.json (alongside the dataset): its text, or null when it cannot be had. */
  fetch(url: string): Promise<string | null> {
    return fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.text();
      })
      .catch((e: unknown) => {
        console.warn(`aiw-explorer: no tours (${e instanceof Error ? e.message : String(e)})`);
        return null;
      });
  }

  /** Checks the tours against the dataset; a tour with a problem is left out (console warning), the rest kept. Without tours the page works as before. */
  use(text: string | null, index: DatasetIndex): void {
    const result = text === null ? { tours: [], errors: [] } : parseToursText(text, 'tours.json', index);
    for (const line of result.errors) console.warn(`aiw-explorer: ${line}`);
    this.tours = result.tours;
  }

  /** The state a URL asks for, with its tour step's view applied, and what in `tour`/`step` could not be used. */
  restore(search: string, state: ExplorerState): { state: ExplorerState; problems: string[] } {
    const { place, problems } = readTourPlace(search, this.tours, state.lang);
    this.place = place;
    if (place) this.picking = false;
    return { state: place ? stateForStep(place.tour.steps[place.step - 1].view, state) : state, problems };
  }

  /** The URL parameters for where the reader is in a tour ('' outside one). */
  query(): string {
    return tourParams(this.place);
  }

  /** Opens the picker (leaving the tour being taken, if any: the view stays). */
  pick(): void {
    this.picking = true;
    if (this.place) {
      this.place = null;
      this.host.change({}, true);
    } else this.host.requestUpdate();
    this.focusBar();
  }

  start(id: string): void {
    const tour = this.tours.find((t) => t.id === id);
    if (!tour) return;
    this.picking = false;
    this.go(tour, 1);
    this.focusBar();
  }

  step(n: number): void {
    if (this.place) this.go(this.place.tour, n);
  }

  /** Leaves the tour (or closes the picker): the view stays, the URL loses `tour` and `step`. */
  leave(): void {
    this.picking = false;
    if (this.place) {
      this.place = null;
      this.host.change({}, true);
    } else this.host.requestUpdate();
  }

  private go(tour: Tour, step: number): void {
    this.place = { tour, step };
    this.host.change(stateForStep(tour.steps[step - 1].view, this.host.state), true);
  }

  private focusBar(): void {
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector('aiw-tour-bar')?.focus());
  }

  /** "Explore": keyboard focus to the timeline's drawing, where its keys work. */
  private explore(): void {
    const timeline = this.host.renderRoot.querySelector('aiw-timeline');
    const canvas = timeline?.renderRoot.querySelector<HTMLElement>('[part~="canvas"]');
    canvas?.scrollIntoView({ block: 'nearest' });
    canvas?.focus();
  }

  /** The opening's two buttons, for the page's top bar. */
  renderOpening() {
    const t = tourStrings(this.host.state.lang);
    return html`<div class="opening" role="group" aria-label=${t.openingLabel}>
      ${this.tours.length
        ? html`<button type="button" class="primary" aria-expanded=${this.picking || this.place ? 'true' : 'false'} aria-controls="tour"
            @click=${() => this.pick()}>${t.takeTour}</button>`
        : nothing}
      <button type="button" @click=${() => this.explore()}>${t.explore}</button>
    </div>`;
  }

  /** The tour bar (a step, or the picker), when a tour is taken or being chosen. */
  renderBar() {
    if (!this.place && !this.picking) return nothing;
    return html`<aiw-tour-bar id="tour" .tours=${this.tours} lang=${this.host.state.lang} tour=${this.place?.tour.id ?? ''} step=${this.place?.step ?? 1}
      @aiw-tour-start=${(e: AiwTourStartEvent) => this.start(e.detail.id)}
      @aiw-tour-step=${(e: AiwTourStepEvent) => this.step(e.detail.step)}
      @aiw-tour-leave=${() => this.leave()}></aiw-tour-bar>`;
  }
}
