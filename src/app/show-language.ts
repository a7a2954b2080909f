import type { Lang } from '../model/schema.ts';
import { appStrings } from '../i18n/app.ts';

/**
 * The page in the reader's language: <html lang>, the document's title, and the title and lede
 * the page shows above the explorer (index.html; by id, as the page's own static text is the
 * first thing on screen, before any script).
 */
export function showLanguage(lang: Lang): void {
  const t = appStrings(lang);
  document.documentElement.lang = lang === 'zh' ? 'zh-Hans' : 'en';
  document.title = t.title;
  for (const [id, text] of [['aiw-title', t.title], ['aiw-lede', t.lede]] as const) {
    const el = document.getElementById(id);
    if (el && el.textContent !== text) el.textContent = text;
  }
  // The page's description and social-card tags (index.html), for tools that read the live page.
  const metas = { 'name="description"': t.description, 'property="og:title"': t.title, 'property="og:description"': t.description,
    'property="og:locale"': t.ogLocale[0], 'property="og:locale:alternate"': t.ogLocale[1], 'property="og:image"': t.card, 'property="og:image:alt"': t.cardAlt,
    'name="twitter:title"': t.title, 'name="twitter:image"': t.card, 'name="twitter:description"': t.description, 'name="twitter:image:alt"': t.cardAlt };
  for (const [attr, text] of Object.entries(metas)) {
    const meta = document.head.querySelector(`meta[${attr}]`);
    // A card made absolute by the build (AIW_SITE_URL) stays absolute, beside the one it replaces.
    const was = meta?.getAttribute('content') ?? '';
    meta?.setAttribute('content', text === t.card && /^https?:/.test(was) ? new URL(text.replace(/^\//, ''), was).href : text);
  }
}
