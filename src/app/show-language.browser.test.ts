import { afterEach, describe, expect, it } from 'vitest';
import { appStrings } from '../i18n/app.ts';
import { showLanguage } from './show-language.ts';

const added: Element[] = [];
function meta(attr: 'name' | 'property', key: string, content: string): HTMLMetaElement {
  const el = document.createElement('meta');
  el.setAttribute(attr, key);
  el.setAttribute('content', content);
  document.head.append(el);
  added.push(el);
  return el;
}

afterEach(() => {
  for (const el of added.splice(0)) el.remove();
  showLanguage('en');
});

describe('showLanguage', () => {
  it('puts the page and its social tags in the language, the card included', () => {
    const image = meta('property', 'og:image', '/social-card.png');
    const description = meta('name', 'description', appStrings('en').description);
    showLanguage('zh');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(description.content).toBe(appStrings('zh').description);
    expect(image.content).toBe('/social-card-zh.png');
  });

  it('keeps a card the build made absolute (AIW_SITE_URL) absolute, at the same site', () => {
    const image = meta('property', 'og:image', 'https://example.org/aiw/social-card.png');
    const twitter = meta('name', 'twitter:image', 'https://example.org/aiw/social-card.png');
    showLanguage('zh');
    expect(image.content).toBe('https://example.org/aiw/social-card-zh.png');
    expect(twitter.content).toBe('https://example.org/aiw/social-card-zh.png');
    showLanguage('en');
    expect(image.content).toBe('https://example.org/aiw/social-card.png');
  });
});
