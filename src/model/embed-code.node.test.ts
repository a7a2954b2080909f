import { describe, expect, it } from 'vitest';
import { componentSnippet, escapeAttribute, iframeSnippet, iframeUrl, normalizeBase, RESIZE_SCRIPT } from './embed-code.ts';

describe('componentSnippet', () => {
  it('writes the module script from the base and an element with the set attributes in a fixed order', () => {
    expect(componentSnippet({ base: 'https://example.org/aiw/', theme: 'dark', era: 'era-second-winter', lang: 'zh' })).toBe(
      '<script type="module" src="https://example.org/aiw/embed/aiw-timeline.js"></script>\n' +
        '<aiw-timeline lang="zh" era="era-second-winter" theme="dark"></aiw-timeline>',
    );
  });

  it('defaults to the relative base "./" and writes a bare element when nothing is set', () => {
    expect(componentSnippet({})).toBe('<script type="module" src="./embed/aiw-timeline.js"></script>\n<aiw-timeline></aiw-timeline>');
  });

  it('leaves out empty, blank, null and undefined settings', () => {
    const snippet = componentSnippet({ lang: 'en', era: '', from: '   ', to: null, selected: undefined, theme: '' });
    expect(snippet.split('\n')[1]).toBe('<aiw-timeline lang="en"></aiw-timeline>');
  });

  it('escapes quotes, ampersands and angle brackets so a value cannot leave its attribute', () => {
    const line = componentSnippet({ selected: `x" onload="alert(1)`, era: `a&b<script>'c'` }).split('\n')[1];
    expect(line).toBe('<aiw-timeline era="a&amp;b&lt;script&gt;&#39;c&#39;" selected="x&quot; onload=&quot;alert(1)"></aiw-timeline>');
    const el = new DOMParserLike(line);
    expect(el.attributes).toEqual({ era: `a&b<script>'c'`, selected: `x" onload="alert(1)` });
  });

  it('escapes the base too', () => {
    expect(componentSnippet({ base: 'https://example.org/"><b>' }).split('\n')[0]).toBe(
      '<script type="module" src="https://example.org/&quot;&gt;&lt;b&gt;/embed/aiw-timeline.js"></script>',
    );
  });
});

describe('iframeUrl and iframeSnippet', () => {
  it('puts the set settings in the query string, percent-encoded', () => {
    expect(iframeUrl({ base: 'https://example.org/aiw', lang: 'zh', era: 'a&b=c', selected: 'q <1>' })).toBe(
      'https://example.org/aiw/embed.html?lang=zh&era=a%26b%3Dc&selected=q+%3C1%3E',
    );
    expect(iframeUrl({})).toBe('./embed.html');
  });

  it('writes the iframe with the URL and title attribute-escaped, then the resize script', () => {
    const [iframe, open, ...rest] = iframeSnippet({ lang: 'en', from: '1984', to: '1990', title: 'AI "winters" & <booms>' }).split('\n');
    expect(iframe).toBe(
      '<iframe src="./embed.html?lang=en&amp;from=1984&amp;to=1990" title="AI &quot;winters&quot; &amp; &lt;booms&gt;" style="width:100%;border:0" loading="lazy"></iframe>',
    );
    expect(open).toBe('<script>');
    expect(rest.join('\n')).toBe(`${RESIZE_SCRIPT}\n</script>`);
  });

  it('keeps a double quote in a parameter percent-encoded, so the src attribute stays closed', () => {
    const iframe = iframeSnippet({ era: '"><img src=x onerror=alert(1)>' }).split('\n')[0];
    expect(iframe).toContain('src="./embed.html?era=%22%3E%3Cimg+src%3Dx+onerror%3Dalert%281%29%3E"');
    expect(iframe.match(/"/g)).toHaveLength(8); // src, title, style and loading: four pairs
  });

  it('has a resize script of five lines that checks the message source and type', () => {
    expect(RESIZE_SCRIPT.split('\n')).toHaveLength(5);
    expect(RESIZE_SCRIPT).toContain('source !== frame.contentWindow');
    expect(RESIZE_SCRIPT).toContain("data?.type !== 'aiw-embed-height'");
  });
});

describe('the resize script, run', () => {
  type Listener = (e: { source: unknown; data: unknown }) => void;
  function run() {
    let listener: Listener = () => {};
    const frame = { contentWindow: {}, style: { height: '' } };
    const addEventListener = (_: string, l: Listener) => (listener = l);
    const document = { currentScript: { previousElementSibling: frame } };
    new Function('addEventListener', 'document', RESIZE_SCRIPT)(addEventListener, document);
    return { frame, send: (source: unknown, data: unknown) => listener({ source, data }) };
  }

  it('sets the frame height from its own height messages', () => {
    const { frame, send } = run();
    send(frame.contentWindow, { type: 'aiw-embed-height', height: 612.4 });
    expect(frame.style.height).toBe('613px');
  });

  it('ignores messages from other windows, of other types, or without a positive number', () => {
    const { frame, send } = run();
    send({}, { type: 'aiw-embed-height', height: 900 });
    send(frame.contentWindow, { type: 'other', height: 900 });
    send(frame.contentWindow, { type: 'aiw-embed-height', height: '100px;background:red' });
    send(frame.contentWindow, { type: 'aiw-embed-height', height: -5 });
    send(frame.contentWindow, null);
    expect(frame.style.height).toBe('');
  });
});

describe('escapeAttribute and normalizeBase', () => {
  it('escapes the five characters that matter and nothing else', () => {
    expect(escapeAttribute(`&"'<>中文 x=1`)).toBe('&amp;&quot;&#39;&lt;&gt;中文 x=1');
  });

  it('ends the base with exactly one slash', () => {
    expect(normalizeBase('https://example.org/aiw')).toBe('https://example.org/aiw/');
    expect(normalizeBase('https://example.org/aiw///')).toBe('https://example.org/aiw/');
    expect(normalizeBase('  ')).toBe('./');
    expect(normalizeBase(undefined)).toBe('./');
  });
});

/** Reads the attributes of one start tag the way an HTML parser does for double-quoted values. */
class DOMParserLike {
  readonly attributes: Record<string, string> = {};
  constructor(tag: string) {
    const entities: Record<string, string> = { amp: '&', quot: '"', '#39': "'", lt: '<', gt: '>' };
    for (const m of tag.matchAll(/\s([a-z-]+)="([^"]*)"/g)) this.attributes[m[1]] = m[2].replace(/&(amp|quot|#39|lt|gt);/g, (_, e: string) => entities[e]);
  }
}

describe('the forecasts switch', () => {
  it('writes a bare attribute in the component and forecasts=1 in the iframe URL, and nothing when off', () => {
    expect(componentSnippet({ era: 'era-second-winter', forecasts: '1' })).toContain('<aiw-timeline era="era-second-winter" forecasts></aiw-timeline>');
    expect(iframeUrl({ era: 'era-second-winter', forecasts: '1' })).toBe('./embed.html?era=era-second-winter&forecasts=1');
    expect(iframeUrl({ forecasts: '' })).toBe('./embed.html');
  });
});

describe('an embed of a search', () => {
  it('carries the query as an attribute and as the iframe page’s parameter, escaped', () => {
    expect(componentSnippet({ query: 'Lisp "machines"' })).toContain('<aiw-timeline query="Lisp &quot;machines&quot;"></aiw-timeline>');
    expect(iframeUrl({ query: 'Lisp & co' })).toBe('./embed.html?query=Lisp+%26+co');
  });
});
