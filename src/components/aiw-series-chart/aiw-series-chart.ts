import { LitElement, html, nothing, svg, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { AiwChartChangeEvent } from '../../events/chart-change.ts';
import { chartStrings } from '../../i18n/chart.ts';
import { formatPartialDate } from '../../model/dates.ts';
import type { Lang, Series, SeriesPoint } from '../../model/schema.ts';
import { chartLayout, seriesCsv, type ChartLayout } from '../../model/series-chart.ts';
import { localize } from '../../model/text.ts';
import { DEFAULT_SPAN, type TimeWindow } from '../../model/time-window.ts';
import { sourceCitation } from '../shared/source-citation.ts';
import { styles } from './aiw-series-chart.styles.ts';

const HEIGHT = 120;

/**
 * A band of numbers under the timeline, on its own axis: the chosen series follows the
 * timeline's window (a date sits at the same x in both), gaps drawn as gaps, totals over a span
 * as bars. Each point can be focused or hovered for its value, date and source; the same
 * numbers come as a table and as CSV or JSON downloads, each with its sources.
 *
 * @summary Numbers on the timeline's axis.
 * @attr lang - "en" or "zh".
 * @attr series-id - the id of the series to draw ('' for none).
 * @fires aiw-chart-change - the user picked a series: `detail.id`.
 * @csspart plot - the drawing.
 */
@customElement('aiw-series-chart')
export class AiwSeriesChart extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) series: readonly Series[] = [];
  @property({ attribute: 'series-id' }) seriesId = '';
  @property({ attribute: false }) window: TimeWindow = DEFAULT_SPAN.window;
  @property() override lang: Lang = 'en';

  @state() private width = 0;
  @state() private table = false;
  /** The point whose value, date and source are shown (hovered or focused). */
  @state() private active: number | null = null;
  private layout: ChartLayout | null = null;
  private readonly resize = new ResizeObserver(([entry]) => (this.width = Math.floor(entry.contentRect.width)));

  private get chosen(): Series | undefined {
    return this.series.find((s) => s.id === this.seriesId);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override firstUpdated(): void {
    const plot = this.renderRoot.querySelector('.plot');
    if (plot) this.resize.observe(plot);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('seriesId')) this.active = null;
    const s = this.chosen;
    this.layout = s && this.width > 0 ? chartLayout(s, this.window, this.width, HEIGHT) : null;
  }

  private pick(id: string): void {
    this.seriesId = id;
    this.dispatchEvent(new AiwChartChangeEvent(id));
  }

  private download(kind: 'csv' | 'json'): void {
    const s = this.chosen;
    if (!s) return;
    const body = kind === 'csv' ? seriesCsv(s) : `${JSON.stringify(s, null, 2)}\n`;
    const url = URL.createObjectURL(new Blob([body], { type: kind === 'csv' ? 'text/csv' : 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${s.id}.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  override render() {
    const t = chartStrings(this.lang);
    const s = this.chosen;
    return html`<section aria-labelledby="label">
      <div class="bar">
        <label><span id="label">${t.label}</span>
          <select aria-label=${t.choose} @change=${(e: Event) => this.pick((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!s}>${t.none}</option>
            ${this.series.map((o) => html`<option value=${o.id} ?selected=${o.id === this.seriesId}>${localize(o.title, this.lang)}</option>`)}
          </select>
        </label>
        ${s
          ? html`<span class="unit">${t.unit(localize(s.unit, this.lang))}</span>
              <button type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>${t.showTable}</button>
              <button type="button" @click=${() => this.download('csv')}>${t.csv}</button>
              <button type="button" @click=${() => this.download('json')}>${t.json}</button>`
          : nothing}
      </div>
      <div class="row ${s ? '' : 'empty'}" ?hidden=${!s || this.table}>
        <div class="axis" aria-hidden="true">${this.layout?.ticks.map((k) => html`<span class="tick" data-y=${k.y}>${k.value.toLocaleString(this.lang)}</span>`)}</div>
        <div class="plot" part="plot">${s && this.layout ? this.renderPlot(s, this.layout) : nothing}</div>
      </div>
      ${s && !this.table ? this.renderTip(s) : nothing}
      ${s ? this.renderAbout(s) : nothing}
      ${s && this.table ? this.renderTable(s) : nothing}
    </section>`;
  }

  protected override updated(): void {
    // Tick labels sit at their value's height (through the CSSOM: no style attributes under a strict CSP).
    this.renderRoot.querySelectorAll<HTMLElement>('.tick').forEach((t) => t.style.setProperty('top', `${Number(t.dataset.y)}px`));
  }

  private renderPlot(s: Series, layout: ChartLayout) {
    const label = (p: SeriesPoint) => this.pointLabel(s, p);
    const hover = (i: number | null) => () => (this.active = i);
    return html`<svg width=${this.width} height=${HEIGHT} role="group" aria-label=${localize(s.title, this.lang)}>
        ${layout.ticks.map((k) => svg`<line class="grid" x1="0" x2=${this.width} y1=${k.y} y2=${k.y}></line>`)}
        ${layout.bars.map((b) => svg`<rect class="span" x=${b.x} y=${b.y} width=${Math.max(1, b.x2 - b.x)} height=${HEIGHT - b.y} tabindex="0" role="img"
          aria-label=${label(b.point)} @mouseenter=${hover(b.index)} @focus=${hover(b.index)}></rect>`)}
        ${layout.lines.map((d) => svg`<path class="line" d=${d}></path>`)}
        ${layout.dots.map((d) => svg`<circle class="dot" cx=${d.x} cy=${d.y} r="3.5" tabindex="0" role="img"
          aria-label=${label(d.point)} @mouseenter=${hover(d.index)} @focus=${hover(d.index)}></circle>`)}
      </svg>`;
  }

  /** The value, date and source of the point hovered or focused, under the plot. */
  private renderTip(s: Series) {
    const p = this.active === null ? undefined : s.points[this.active];
    return html`<p class="tip" role="status">${p ? html`<strong>${this.pointLabel(s, p)}</strong> — ${this.pointSource(s, p)}` : nothing}</p>`;
  }

  private pointLabel(s: Series, p: SeriesPoint): string {
    const t = chartStrings(this.lang);
    const date = p.end ? t.total(formatPartialDate(p.date, this.lang), formatPartialDate(p.end, this.lang)) : formatPartialDate(p.date, this.lang);
    return t.point(date, p.value.toLocaleString(this.lang), localize(s.unit, this.lang));
  }

  private pointSource(s: Series, p: SeriesPoint) {
    const t = chartStrings(this.lang);
    if (s.kind === 'derived') return html`<span class="muted">${t.counted(p.n ?? 0)}</span>`;
    return html`${p.source ? sourceCitation(p.source, this.lang) : nothing}${p.note ? html` <span class="muted">${localize(p.note, this.lang)}</span>` : nothing}`;
  }

  private renderAbout(s: Series) {
    const t = chartStrings(this.lang);
    return html`<p class="definition">${localize(s.definition, this.lang)}</p>
      <details><summary>${t.caveat}</summary><p>${localize(s.caveat, this.lang)}</p></details>`;
  }

  private renderTable(s: Series) {
    const t = chartStrings(this.lang);
    return html`<table>
      <caption>${localize(s.title, this.lang)} (${localize(s.unit, this.lang)})</caption>
      <thead><tr><th scope="col">${t.date}</th><th scope="col">${t.value}</th><th scope="col">${t.source}</th></tr></thead>
      <tbody>
        ${s.points.map(
          (p) => html`<tr>
            <td>${p.end ? t.total(formatPartialDate(p.date, this.lang), formatPartialDate(p.end, this.lang)) : formatPartialDate(p.date, this.lang)}</td>
            <td class="num">${p.value.toLocaleString(this.lang)}</td>
            <td>${this.pointSource(s, p)}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-series-chart': AiwSeriesChart;
  }
}
