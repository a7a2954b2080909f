import { LitElement, css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../components/aiw-timeline/aiw-timeline.ts';
import { fetchDataset } from '../model/fetch-dataset.ts';
import type { DatasetIssue } from '../model/load.ts';
import type { Dataset } from '../model/schema.ts';

/**
 * The explorer: owns the state (for now the dataset) and composes the views.
 *
 * @summary The AI Winter Timeline Explorer page.
 */
@customElement('aiw-explorer')
export class AiwExplorer extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 1400px;
      margin: 0 auto;
      padding: 16px;
    }
    h1 {
      margin: 0 0 4px;
      font-size: 1.5rem;
    }
    .lede {
      margin: 0 0 16px;
      max-width: 70ch;
    }
    .error {
      padding: 12px;
      border: 1px solid #cf222e;
      border-radius: 6px;
    }
  `;

  @state() private data: Dataset | null = null;
  @state() private errors: DatasetIssue[] = [];
  @state() private loading = true;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.loading = true;
    const result = await fetchDataset(new URL(`${import.meta.env.BASE_URL}dataset.json`, location.href).href);
    this.loading = false;
    this.errors = result.errors;
    this.data = result.dataset;
  }

  override render() {
    return html`
      <header>
        <h1>AI Winter Timeline Explorer</h1>
        <p class="lede">
          Seventy years of artificial intelligence in booms and busts: the eras, the events and what people said at
          the time. Zoom with the buttons, drag to move, Ctrl + wheel to zoom.
        </p>
      </header>
      ${this.loading ? html`<p role="status">Loading the dataset…</p>` : nothing}
      ${this.errors.length
        ? html`<div class="error" role="alert">
            <strong>Some of the dataset could not be used:</strong>
            <ul>${this.errors.slice(0, 10).map((e) => html`<li>${e.message}</li>`)}</ul>
          </div>`
        : nothing}
      ${this.data ? html`<aiw-timeline .dataset=${this.data}></aiw-timeline>` : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-explorer': AiwExplorer;
  }
}
