import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { explorerStrings } from '../../i18n/explorer.ts';
import { componentSnippet, HEIGHT_MESSAGE, iframeSnippet, iframeUrl, type EmbedOptions } from '../../model/embed-code.ts';
import type { Lang } from '../../model/schema.ts';
import { styles } from './aiw-embed-code.styles.ts';

type Snippet = 'component' | 'iframe';
type CopyStatus = 'copied' | 'failed';
const INPUTS = ['base', 'lang', 'era', 'from', 'to', 'selected', 'theme', 'forecasts', 'query'] as const;

/**
 * "Embed this view": the code for the current view as a web component and as an iframe, each
 * with a copy button, and a live preview of the iframe. The code is shown as text; every value
 * in it is escaped for an HTML attribute.
 *
 * @summary Copyable embed code for the current view.
 * @attr base - URL of the deployed dist/ folder (default "./").
 * @attr lang - "en" or "zh": the language of this panel and of the embedded view.
 * @attr era - era id to open the embed on.
 * @attr from - start of the window ("1984" or "1984-08").
 * @attr to - end of the window.
 * @attr selected - id of the event or quote to select.
 * @attr theme - "light" or "dark".
 * @attr forecasts - include the lane of forecasts (the reader can switch it).
 * @attr query - a search to show on the embedded timeline.
 * @attr no-preview - do not show (or load) the live preview.
 * @csspart code - a snippet's code block.
 * @csspart copy - a copy button.
 * @csspart preview - the preview iframe.
 */
@customElement('aiw-embed-code')
export class AiwEmbedCode extends LitElement {
  static override styles = styles;

  private snippets: Record<Snippet, string> = { component: '', iframe: '' };
  private previewUrl: string | null = null;

  @state() private status: Partial<Record<Snippet, CopyStatus>> = {};
  @state() private previewHeight = 480;

  @property() base = './';
  @property() override lang: Lang = 'en';
  @property() era = '';
  @property() from = '';
  @property() to = '';
  @property() selected = '';
  @property() theme = '';
  /** A search shown on the embedded timeline (what it finds stays, the rest fades). */
  @property() query = '';
  /** Show the ledger of forecasts' lane in the embedded timeline. */
  @property({ type: Boolean }) forecasts = false;
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('message', this.onMessage);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (!INPUTS.some((name) => changed.has(name))) return;
    const { base, lang, era, from, to, selected, theme, query } = this;
    const options: EmbedOptions = { base, lang, era, from, to, selected, theme, query, forecasts: this.forecasts ? '1' : '', title: explorerStrings(lang).frameTitle };
    this.snippets = { component: componentSnippet(options), iframe: iframeSnippet(options) };
    // The preview loads only http(s) pages (never a javascript: or data: base).
    const url = new URL(iframeUrl(options), location.href);
    this.previewUrl = /^https?:$/.test(url.protocol) ? url.href : null;
    this.status = {};
  }

  private onMessage = (event: MessageEvent): void => {
    const frame = this.renderRoot.querySelector('iframe');
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (!frame || event.source !== frame.contentWindow || data?.type !== HEIGHT_MESSAGE) return;
    const height = Number(data.height);
    if (height > 0) this.previewHeight = Math.ceil(height);
  };

  private async copy(which: Snippet): Promise<void> {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(this.snippets[which]);
      this.status = { ...this.status, [which]: 'copied' };
    } catch {
      this.status = { ...this.status, [which]: 'failed' };
      const code = this.renderRoot.querySelector(`#code-${which}`);
      const selection = getSelection();
      if (code && selection) selection.selectAllChildren(code);
    }
  }

  private renderSnippet(which: Snippet, heading: string, help: string, copyLabel: string) {
    const t = explorerStrings(this.lang);
    const status = this.status[which];
    return html`<section aria-labelledby="title-${which}">
      <h3 id="title-${which}">${heading}</h3>
      <p class="help">${help}</p>
      <pre part="code"><code id="code-${which}" translate="no">${this.snippets[which]}</code></pre>
      <div class="actions">
        <button type="button" part="copy" aria-label=${copyLabel} @click=${() => this.copy(which)}>${t.copy}</button>
        <p class="status ${status ?? ''}" role="status">${status === 'copied' ? t.copied : status === 'failed' ? t.copyFailed : ''}</p>
      </div>
    </section>`;
  }

  protected override updated(): void {
    // Through the CSSOM, not a style attribute, which a strict Content-Security-Policy refuses.
    this.renderRoot.querySelector<HTMLIFrameElement>('iframe[part="preview"]')?.style.setProperty('height', `${this.previewHeight}px`);
  }

  override render() {
    const t = explorerStrings(this.lang);
    return html`
      <h2>${t.embedHeading}</h2>
      <p>${t.embedIntro}</p>
      <label class="switch"><input type="checkbox" .checked=${this.forecasts} @change=${(e: Event) => (this.forecasts = (e.target as HTMLInputElement).checked)} />
        ${t.embedForecasts}</label>
      ${this.renderSnippet('component', t.componentHeading, t.componentHelp, t.copyComponent)}
      ${this.renderSnippet('iframe', t.iframeHeading, t.iframeHelp, t.copyIframe)}
      ${this.noPreview || !this.previewUrl
        ? nothing
        : html`<section aria-labelledby="title-preview">
            <h3 id="title-preview">${t.preview}</h3>
            <iframe
              part="preview"
              src=${this.previewUrl}
              title=${t.previewTitle}
              sandbox="allow-scripts allow-same-origin"
              loading="lazy"
            ></iframe>
          </section>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aiw-embed-code': AiwEmbedCode;
  }
}
