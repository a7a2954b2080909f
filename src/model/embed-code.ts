/**
 * The "embed this view" snippets, as text: the web component (a module script and an
 * <aiw-timeline> with only the attributes that are set) and the iframe (dist/embed.html with
 * the same settings as query parameters, plus a few lines that let it set its own height).
 * Every value is escaped for an HTML attribute, so whatever a setting holds, the snippet
 * stays one element with the attributes it shows.
 */

/** The settings an embed carries, in the order they are written (frame.ts reads the same names). */
export const EMBED_SETTINGS = ['lang', 'era', 'from', 'to', 'selected', 'theme', 'forecasts', 'query'] as const;
/** Settings that are on or off: written as a bare attribute, and as "1" in the iframe's URL. */
const SWITCHES: readonly EmbedSetting[] = ['forecasts'];
export type EmbedSetting = (typeof EMBED_SETTINGS)[number];

export type EmbedView = Partial<Record<EmbedSetting, string | null | undefined>>;

export interface EmbedOptions extends EmbedView {
  /** URL of the deployed dist/ folder (absolute, or relative to the embedding page). Default "./". */
  base?: string;
  /** The iframe's accessible title. */
  title?: string;
}

/** The message embed.html posts to its parent when its height changes. */
export const HEIGHT_MESSAGE = 'aiw-embed-height';

/** Escapes text for a double-quoted HTML attribute value (and for text content). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', "'": '&#39;', '<': '&lt;', '>': '&gt;' })[c] as string);
}

/** The base URL with exactly one trailing slash; "./" when empty. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  return trimmed === '' ? './' : trimmed.replace(/\/*$/, '/');
}

/** The settings that have a value (trimmed), in EMBED_SETTINGS order. */
export function embedSettings(view: EmbedView): Array<[EmbedSetting, string]> {
  return EMBED_SETTINGS.flatMap((name) => {
    const value = view[name]?.trim();
    return value ? [[name, value] as [EmbedSetting, string]] : [];
  });
}

/** The web-component snippet: the module script, then the element with the set attributes. */
export function componentSnippet(options: EmbedOptions): string {
  const base = normalizeBase(options.base);
  const attrs = embedSettings(options)
    .map(([name, value]) => (SWITCHES.includes(name) ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  return [
    `<script type="module" src="${escapeAttribute(`${base}embed/aiw-timeline.js`)}"></script>`,
    `<aiw-timeline${attrs}></aiw-timeline>`,
  ].join('\n');
}

/** The iframe page's URL with the set settings as query parameters (not escaped for HTML). */
export function iframeUrl(options: EmbedOptions): string {
  const query = new URLSearchParams(embedSettings(options).map(([name, value]) => [name, SWITCHES.includes(name) ? '1' : value])).toString();
  return `${normalizeBase(options.base)}embed.html${query ? `?${query}` : ''}`;
}

/**
 * The resizing script for the embedding page: it listens for the frame's height messages,
 * only from that frame (event.source), and only to numbers.
 */
export const RESIZE_SCRIPT = [
  `((frame) => addEventListener('message', ({ source, data }) => {`,
  `  if (source !== frame.contentWindow || data?.type !== '${HEIGHT_MESSAGE}') return;`,
  `  const height = Number(data.height);`,
  `  if (height > 0) frame.style.height = \`\${Math.ceil(height)}px\`;`,
  `}))(document.currentScript.previousElementSibling);`,
].join('\n');

/** The iframe snippet: the iframe, then the script that resizes it (it must follow the iframe). */
export function iframeSnippet(options: EmbedOptions): string {
  const title = options.title?.trim() || 'AI Winter Timeline';
  return [
    `<iframe src="${escapeAttribute(iframeUrl(options))}" title="${escapeAttribute(title)}" style="width:100%;border:0" loading="lazy"></iframe>`,
    `<script>`,
    RESIZE_SCRIPT,
    `</script>`,
  ].join('\n');
}
