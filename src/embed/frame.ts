/**
 * The iframe page (dist/embed.html): the widget alone, full width, configured by the same
 * query parameters as its attributes, telling its parent page how tall it wants to be:
 *   parent.postMessage({ type: 'aiw-embed-height', height: <CSS pixels> }, '*')
 */
import { appStrings } from '../i18n/app.ts';

export const EMBED_PARAMS = ['src', 'lang', 'era', 'from', 'to', 'selected', 'theme', 'forecasts', 'lanes', 'query', 'query-kinds'] as const;
export const HEIGHT_MESSAGE = 'aiw-embed-height';

const timeline = document.querySelector('aiw-timeline');
if (timeline) {
  const params = new URLSearchParams(location.search);
  for (const name of EMBED_PARAMS) {
    const value = params.get(name);
    // Attributes only: the widget reads them as text and reports what it cannot use.
    if (value !== null && value.length <= 2000) timeline.setAttribute(name, value);
  }
  if (params.get('lang') === 'zh') {
    // The tab and a screen reader's page title in the widget's language too.
    document.documentElement.lang = 'zh-Hans';
    document.title = appStrings('zh').title;
  } else if (params.has('lang')) document.documentElement.lang = 'en';
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.scrollHeight);
    if (height === last || window.parent === window) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
