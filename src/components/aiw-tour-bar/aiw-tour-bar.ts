import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { AiwTourLeaveEvent } from '../../events/tour-leave.ts';
import { AiwTourStartEvent } from '../../events/tour-start.ts';
import { AiwTourStepEvent } from '../../events/tour-step.ts';
import { tourStrings } from '../../i18n/tour.ts';
import type { Lang } from '../../model/schema.ts';
import type { Tour } from '../../model/tour-schema.ts';
import { styles } from './aiw-tour-bar.styles.ts';

/**
 * A guided tour's bar: the step's title and text, where the reader is ("3 of 12"), and
 * previous / next / leave. Without a tour it is the tour picker: every tour with its summary
 * and a button to start it. It only reports what the reader asked for; the page that owns
 * the state moves the timeline to the step's view and writes the URL.
 *
 * Keys, while focus is inside the bar: ← and → move between steps, Escape leaves the tour
 * (or closes the picker).
 *
 * @summary Guided tours: the picker and the current step.
 * @attr lang - "en" or "zh".
 * @attr tour - id of the tour being taken ('' shows the picker).
 * @attr step - the step shown, counted from 1.
 * @fires aiw-tour-start - the reader started a tour from the picker: `{ id }`.
 * @fires aiw-tour-step - the reader moved to another step: `{ step }` (from 1).
 * @fires aiw-tour-leave - the reader left the tour or closed the picker.
 * @csspart step - the current step (title, text, position).
 * @csspart controls - the previous / next / leave buttons.
 * @csspart tour - one tour in the picker.
 */
@customElement('aiw-tour-bar')
export class AiwTourBar extends LitElement {
  static override styles = styles;

  /** The tours to offer (checked: load-tours.ts). */
  @property({ attribute: false }) tours: Tour[] = [];
  @property() override lang: Lang = 'en';
  @property() tour = '';
  @property({ type: Number }) step = 1;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeyDown);
  }

  private get current(): Tour | undefined {
    return this.tours.find((t) => t.id === this.tour);
  }

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      this.dispatchEvent(new AiwTourLeaveEvent());
      return;
    }
    const move = { ArrowLeft: -1, ArrowRight: 1 }[e.key];
    if (move === undefined || !this.current) return;
    e.preventDefault();
    this.go(this.step + move);
  };

  /** Asks for another step, if the tour has it. */
  private go(step: number): void {
    const total = this.current?.steps.length ?? 0;
    if (step < 1 || step > total || step === this.step) return;
    this.dispatchEvent(new AiwTourStepEvent(step));
  }

  /** Moves keyboard focus into the bar: the step (or the picker's first tour). */
  override focus(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-focus]')?.focus());
  }

  override render() {
    return this.current ? this.renderStep(this.current) : this.renderPicker();
  }

  private renderStep(tour: Tour) {
    const t = tourStrings(this.lang);
    const lang = this.lang;
    const total = tour.steps.length;
    const n = Math.min(Math.max(1, this.step), total);
    const step = tour.steps[n - 1];
    const last = n === total;
    return html`
      <section class="bar" aria-labelledby="step-title" part="step">
        <p class="tour-title">${t.tourLabel(tour.title[lang])}</p>
        <p class="position" aria-live="polite">${t.position(n, total)}</p>
        <h2 id="step-title" tabindex="-1" data-focus>${step.title[lang]}</h2>
        <p class="text">${step.text[lang]}</p>
        <div class="controls" part="controls">
          <button type="button" ?disabled=${n === 1} @click=${() => this.go(n - 1)}>← ${t.previous}</button>
          ${last
            ? html`<button type="button" class="primary" @click=${() => this.dispatchEvent(new AiwTourLeaveEvent())}>${t.finish}</button>`
            : html`<button type="button" class="primary" @click=${() => this.go(n + 1)}>${t.next} →</button>`}
          <button type="button" class="leave" @click=${() => this.dispatchEvent(new AiwTourLeaveEvent())}>${t.leave}</button>
          <button type="button" class="print" @click=${() => window.print()}>${t.printTour}</button>
        </div>
        <p class="hint">${t.keysHint}</p>
      </section>
    `;
  }

  private renderPicker() {
    const t = tourStrings(this.lang);
    const lang = this.lang;
    return html`
      <section class="picker" aria-labelledby="picker-title">
        <h2 id="picker-title" tabindex="-1" data-focus>${t.pickerTitle}</h2>
        <p class="hint">${t.pickerHint}</p>
        <ul>
          ${this.tours.map(
            (tour) => html`<li part="tour">
              <h3 id="tour-${tour.id}">${tour.title[lang]}</h3>
              <p>${tour.summary[lang]}</p>
              <p class="count">${t.stepsCount(tour.steps.length)}</p>
              <button type="button" class="primary" aria-describedby="tour-${tour.id}" data-id=${tour.id}
                @click=${() => this.dispatchEvent(new AiwTourStartEvent(tour.id))}>${t.start}</button>
            </li>`,
          )}
        </ul>
        <button type="button" class="leave" @click=${() => this.dispatchEvent(new AiwTourLeaveEvent())}>${t.close}</button>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-tour-bar': AiwTourBar;
  }
}
