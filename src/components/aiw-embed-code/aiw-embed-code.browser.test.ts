import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AiwEmbedCode } from './aiw-embed-code.ts';
import './aiw-embed-code.ts';

const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwEmbedCode) => void = () => {}): Promise<AiwEmbedCode> {
  const el = document.createElement('aiw-embed-code');
  el.noPreview = true;
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const $ = (el: AiwEmbedCode, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: AiwEmbedCode, selector: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(selector));
const code = (el: AiwEmbedCode, which: 'component' | 'iframe') => $(el, `#code-${which}`)!;
const statuses = (el: AiwEmbedCode) => $$(el, '[role="status"]').map((s) => s.textContent?.trim());

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  vi.restoreAllMocks();
});

describe('<aiw-embed-code> shows the code', () => {
  it('writes the component snippet with only the attributes that are set', async () => {
    const el = await mount((e) => {
      e.base = 'https://example.org/aiw/';
      e.lang = 'zh';
      e.era = 'era-second-winter';
      e.theme = 'dark';
    });
    expect(code(el, 'component').textContent).toBe(
      '<script type="module" src="https://example.org/aiw/embed/aiw-timeline.js"></script>\n' +
        '<aiw-timeline lang="zh" era="era-second-winter" theme="dark"></aiw-timeline>',
    );
  });

  it('writes the iframe snippet with the settings in the URL, a title and the resize script', async () => {
    const el = await mount((e) => {
      e.from = '1984';
      e.to = '1990';
    });
    const lines = code(el, 'iframe').textContent!.split('\n');
    expect(lines[0]).toBe(
      '<iframe src="./embed.html?lang=en&amp;from=1984&amp;to=1990" title="AI Winter Timeline" style="width:100%;border:0" loading="lazy"></iframe>',
    );
    expect(lines[1]).toBe('<script>');
    expect(lines).toHaveLength(8);
    expect(lines.at(-1)).toBe('</script>');
  });

  it('shows values with markup as escaped text, never as elements', async () => {
    const el = await mount((e) => (e.selected = '"><img src=x onerror="window.__embedPwned=1">'));
    const component = code(el, 'component');
    expect(component.children).toHaveLength(0);
    expect(component.textContent).toContain('selected="&quot;&gt;&lt;img src=x onerror=&quot;window.__embedPwned=1&quot;&gt;"');
    expect(code(el, 'iframe').children).toHaveLength(0);
    expect($(el, 'img')).toBeNull();
  });

  it('writes the labels and the iframe title in Chinese when lang is zh', async () => {
    const el = await mount((e) => (e.lang = 'zh'));
    expect($$(el, 'h2, h3').map((h) => h.textContent)).toEqual(['嵌入当前视图', 'Web 组件', 'iframe']);
    expect(code(el, 'iframe').textContent).toContain('title="AI寒冬时间线"');
    expect($$(el, 'button').map((b) => b.textContent)).toEqual(['复制', '复制']);
  });
});

describe('<aiw-embed-code> copies', () => {
  it('copies a snippet to the clipboard and says "Copied"', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const el = await mount((e) => (e.era = 'era-long-thaw'));
    await userEvent.click($$(el, 'button')[1]);
    expect(write).toHaveBeenCalledWith(code(el, 'iframe').textContent);
    await el.updateComplete;
    expect(statuses(el)).toEqual(['', 'Copied']);
  });

  it('says how to copy by hand, with the code selected, when the browser refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const el = await mount();
    await userEvent.click($$(el, 'button')[0]);
    await el.updateComplete;
    expect(statuses(el)[0]).toBe('The browser refused to copy. The code is selected: press Ctrl+C (⌘C on a Mac).');
    expect(getSelection()?.anchorNode).toBe(code(el, 'component'));
    expect(getSelection()?.focusNode).toBe(code(el, 'component'));
  });

  it('clears the copy message when the view changes', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const el = await mount();
    await userEvent.click($$(el, 'button')[0]);
    await el.updateComplete;
    expect(statuses(el)[0]).toBe('Copied');
    el.era = 'era-first-boom';
    await el.updateComplete;
    expect(statuses(el)).toEqual(['', '']);
  });
});

describe('<aiw-embed-code> previews', () => {
  it('previews the iframe URL in a sandboxed, titled iframe', async () => {
    const el = await mount((e) => {
      e.noPreview = false;
      e.base = 'https://example.org/aiw';
      e.era = 'era-first-winter';
    });
    const frame = $(el, 'iframe') as HTMLIFrameElement;
    expect(frame.getAttribute('src')).toBe('https://example.org/aiw/embed.html?lang=en&era=era-first-winter');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-same-origin');
    expect(frame.title).toBe('Preview of the embedded timeline');
  });

  it('resolves a relative base against the page, and shows no preview for a non-http base or with no-preview', async () => {
    const el = await mount((e) => (e.noPreview = false));
    expect(($(el, 'iframe') as HTMLIFrameElement).src).toBe(new URL('./embed.html?lang=en', location.href).href);
    el.base = 'javascript:alert(1)//';
    await el.updateComplete;
    expect($(el, 'iframe')).toBeNull();
    el.base = './';
    el.noPreview = true;
    await el.updateComplete;
    expect($(el, 'iframe')).toBeNull();
  });

  it("takes the preview's height from its own height messages only", async () => {
    const el = await mount((e) => {
      e.noPreview = false;
      e.base = new URL('/__aiw-no-such-folder__/', location.href).href; // any http page gives the frame a window
    });
    const frame = $(el, 'iframe') as HTMLIFrameElement;
    window.dispatchEvent(new MessageEvent('message', { source: window, data: { type: 'aiw-embed-height', height: 999 } }));
    window.dispatchEvent(new MessageEvent('message', { source: frame.contentWindow, data: { type: 'other', height: 999 } }));
    await el.updateComplete;
    expect(frame.style.height).toBe('480px');
    window.dispatchEvent(new MessageEvent('message', { source: frame.contentWindow, data: { type: 'aiw-embed-height', height: 612.2 } }));
    await el.updateComplete;
    expect(frame.style.height).toBe('613px');
  });

  it('removes its message listener when it leaves the page', async () => {
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    for (let i = 0; i < 20; i++) (await mount()).remove();
    const count = (spy: typeof added) => spy.mock.calls.filter(([type]) => type === 'message').length;
    expect(count(added)).toBe(20);
    expect(count(removed)).toBe(20);
  });

  it('has no axe violations, preview included', async () => {
    const el = await mount((e) => {
      e.noPreview = false;
      e.base = 'https://example.org/aiw/';
      e.era = 'era-first-winter';
    });
    // The preview's own page is the widget's, tested with it; here only this panel is checked.
    const result = await axe.run(el as unknown as Element, { iframes: false });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
