/**
 * Script injection, the model's side: every payload in every field goes through the loader
 * and the TimelineJS import; what comes out is data (strings), source URLs that are not
 * http(s) are dropped with a notice, and the plain-text outputs (citation, comparison) carry
 * no javascript: link. The rendering side is in xss.browser.test.ts and pages.e2e.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { quoteStrings } from '../i18n/quotes.ts';
import { citationText, comparisonText } from '../model/compare.ts';
import { parseDatasetText, validateDocument } from '../model/load.ts';
import type { Quote, Source } from '../model/schema.ts';
import { fromTimelineJs, htmlToText } from '../model/timelinejs.ts';
import { hostileDataset, hostileTimelineJs, isUnsafeUrl, XSS_FIELDS, XSS_PAYLOADS } from './xss-payloads.ts';

const allSources = (d: { eras: Array<{ sources: Source[] }>; events: Array<{ sources: Source[] }>; quotes: Array<{ source: Source }> }) => [
  ...d.eras.flatMap((e) => e.sources), ...d.events.flatMap((e) => e.sources), ...d.quotes.map((q) => q.source),
];

describe('hostile text through the loader', () => {
  it('has a corpus of at least 100 distinct payloads', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it('keeps every kept source URL http(s), and names each one it drops', () => {
    const result = validateDocument(hostileDataset(), 'hostile.json');
    expect(result.dataset).not.toBeNull();
    const sources = allSources(result.dataset!);
    expect(sources.length).toBeGreaterThan(100);
    for (const s of sources) if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\//i);
    const dropped = result.notices.filter((n) => /is not an http\(s\) URL and was dropped$/.test(n.message));
    const unsafeInCorpus = XSS_PAYLOADS.filter((p) => !/^https?:\/\//i.test(p.trim()));
    expect(dropped.length).toBeGreaterThanOrEqual(unsafeInCorpus.length);
    expect(dropped.every((n) => n.field?.endsWith('.url'))).toBe(true);
  });

  for (const url of ['javascript:__xss++', ' JavaScript:__xss++', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'java\tscript:x', '//evil.example/x', 'ftp://example.org/x', 'file:///etc/passwd']) {
    it(`drops the source URL ${JSON.stringify(url)} with a loader message`, () => {
      const d = hostileDataset(0, 1);
      const doc = { version: 1, eras: [], events: [{ ...d.events[0], lane: 'research', sources: [{ title: 'A source', url }] }], quotes: [], pairs: [] };
      const result = validateDocument(doc, 'x.json');
      expect(result.dataset!.events).toHaveLength(1);
      expect(result.dataset!.events[0].sources[0].url).toBeUndefined();
      expect(result.notices.map((n) => n.message)).toEqual([`x.json: event "event-0" (index 0): sources[0].url ${JSON.stringify(url)} is not an http(s) URL and was dropped`]);
    });
  }

  it('rejects records whose id is a payload, and keeps the payload only as text in the message', () => {
    const result = validateDocument(hostileDataset(), 'hostile.json');
    const ids = [...result.dataset!.events, ...result.dataset!.quotes, ...result.dataset!.eras].map((r) => r.id);
    expect(ids.every((id) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toBe(true);
    expect(result.errors.filter((e) => e.field === 'id').length).toBeGreaterThanOrEqual(80);
    expect(result.errors.every((e) => typeof e.message === 'string')).toBe(true);
  });

  it('gives plain-text citations and comparisons without a javascript: or data: link', () => {
    const d = validateDocument(hostileDataset(), 'hostile.json').dataset!;
    let checked = 0;
    for (const s of allSources(d)) {
      for (const lang of ['en', 'zh'] as const) {
        const text = citationText(s, lang, quoteStrings(lang));
        if (s.url) expect(text.endsWith(` ${s.url}`) && /^https?:\/\//i.test(s.url)).toBe(true);
        expect(s.url === undefined || !isUnsafeUrl(s.url)).toBe(true);
        checked++;
      }
    }
    for (let i = 0; i + 4 <= d.quotes.length; i += 4) expect(typeof comparisonText(d.quotes.slice(i, i + 4) as Quote[], 'en', quoteStrings('en'))).toBe('string');
    expect(checked).toBeGreaterThan(200);
  });
});

describe('hostile text through the TimelineJS import', () => {
  it('reduces every payload to plain text: no tag survives unless the payload only spelt one out as text', () => {
    // Entities (&lt;img…) and <xmp> content decode to text that looks like a tag: it is text,
    // and the views only ever set it as text (checked in the browser suites).
    const spelt = (p: string) => /&|%3C|\\u003c|<xmp>/i.test(p);
    const survivors = XSS_PAYLOADS.filter((p) => !spelt(p) && /<\s*[a-z!?/]/i.test(htmlToText(p)));
    expect(survivors).toEqual([]);
  });

  it('imports a hostile TimelineJS file into a dataset whose only links are http(s)', async () => {
    const doc = hostileTimelineJs();
    const result = await parseDatasetText(JSON.stringify(doc), 'https://example.org/tl.json');
    expect(result.dataset).not.toBeNull();
    // All but the one whose unique_id slug ends in "-" after being cut to 60 characters (a known
    // bug, see known-bugs.pending.ts): that record is reported and skipped, never thrown.
    expect(result.dataset!.events.length).toBeGreaterThanOrEqual(XSS_PAYLOADS.length - 1);
    for (const s of allSources(result.dataset!)) if (s.url !== undefined) expect(s.url).toMatch(/^https?:\/\//i);
    for (const e of result.dataset!.events) if (e.media) expect(e.media.url).toMatch(/^https?:\/\//i);
    const converted = fromTimelineJs(doc, 'javascript:__xss++').document as { events: Array<{ sources: Source[]; media?: { url: string } }> };
    expect(converted.events.flatMap((e) => e.sources).every((s) => s.url === undefined || /^https?:\/\//.test(s.url))).toBe(true);
    expect(converted.events.every((e) => e.media === undefined || /^https?:\/\//.test(e.media.url))).toBe(true);
    console.log(`XSS (model): ${XSS_PAYLOADS.length} payloads × ${XSS_FIELDS.length} fields through the loader and the TimelineJS import, 0 unsafe URLs kept`);
  });
});
