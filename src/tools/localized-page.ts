/**
 * The explorer's page in another language, made at build time from the built index.html: the
 * same page, with <html lang>, the title, the lede, the description and the Open Graph and
 * Twitter tags in that language. A link preview reads a page as served, before any script, so
 * a link shared from the Chinese page (/zh/) must carry Chinese tags in its HTML.
 * `data-aiw-lang` tells the explorer which language the page opens in.
 * Every replacement must find its tag: if index.html changes shape, the build fails here.
 */
import { appStrings } from '../i18n/app.ts';
import type { Lang } from '../model/schema.ts';

/** Text made safe inside an HTML attribute or element. */
export const escape = (text: string) => text.replace(/[&"<>]/g, (c) => ({ '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' })[c]!);
const pattern = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function localizedPage(html: string, lang: Lang): string {
  const t = appStrings(lang);
  const replacements: Array<[RegExp, string]> = [
    [/<html lang="[^"]*"[^>]*>/, `<html lang="${lang === 'zh' ? 'zh-Hans' : 'en'}" data-aiw-lang="${lang}">`],
    [/<title>[^<]*<\/title>/, `<title>${escape(t.title)}</title>`],
    [/(<h1 id="aiw-title">)[^<]*(<\/h1>)/, `$1${escape(t.title)}$2`],
    [/(<p class="lede" id="aiw-lede">)[^<]*(<\/p>)/, `$1${escape(t.lede)}$2`],
  ];
  const metas: Record<string, string> = {
    'name="description"': t.description,
    'property="og:title"': t.title,
    'property="og:description"': t.description,
    'property="og:locale"': t.ogLocale[0],
    'property="og:locale:alternate"': t.ogLocale[1],
    'property="og:image"': t.card,
    'property="og:image:alt"': t.cardAlt,
    'name="twitter:image"': t.card,
    'name="twitter:title"': t.title,
    'name="twitter:description"': t.description,
    'name="twitter:image:alt"': t.cardAlt,
  };
  for (const [attr, text] of Object.entries(metas)) replacements.push([new RegExp(`(<meta ${pattern(attr)} content=")[^"]*(")`), `$1${escape(text)}$2`]);
  let out = html;
  for (const [find, put] of replacements) {
    if (!find.test(out)) throw new Error(`index.html: no ${find.source} to put in ${lang}`);
    out = out.replace(find, put);
  }
  return out;
}
