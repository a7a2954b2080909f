/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break the data on purpose: fields get values their types forbid */
import { describe, expect, it } from 'vitest';
import { minimalDataset } from './fixtures/minimal.ts';
import { parseDatasetText, validateDocument, validateParts } from './load.ts';
import { localize } from './text.ts';

const FILES = { eras: 'eras.json', events: 'events.json', quotes: 'quotes.json', pairs: 'pairs.json' };

/** Validates the minimal dataset as four files after `change` has broken it. */
function errorsAfter(change: (d: any) => void): string[] {
  const doc: any = minimalDataset();
  change(doc);
  return validateParts(doc, FILES).errors.map((e) => e.message);
}

describe('the loader accepts good data', () => {
  it('loads the minimal dataset with no errors and no notices', () => {
    const result = validateDocument(minimalDataset(), 'test.json');
    expect(result.errors).toEqual([]);
    expect(result.notices).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['lighthill-report', 'sur-program']);
  });

  it('accepts a plain string wherever localized text is allowed', () => {
    const doc = minimalDataset();
    doc.events[0].title = 'Lighthill report';
    expect(validateDocument(doc, 'test.json').ok).toBe(true);
  });

  it('accepts dates before 1 AD, deep in the past and with a time of day', () => {
    const doc = minimalDataset();
    Object.assign(doc.events[0], { date: '-0599', end: '0000' });
    Object.assign(doc.events[1], { date: '1969-07-20T20:17', end: '1969-07-21T02:56:15' });
    doc.eras[0].start = '-271820';
    const result = validateDocument(doc, 'test.json');
    expect(result.errors).toEqual([]);
    expect(result.dataset?.events.map((e) => e.date)).toEqual(['-0599', '1969-07-20T20:17']);
  });

  it('keeps an event’s displayDate and media', () => {
    const doc = minimalDataset();
    Object.assign(doc.events[0], {
      displayDate: { en: 'Spring 1973', zh: '1973年春' },
      media: { url: 'https://example.org/report.jpg', kind: 'image', caption: 'The cover', credit: 'SRC', alt: 'A grey cover' },
    });
    const result = validateDocument(doc, 'test.json');
    expect(result.errors).toEqual([]);
    expect(result.dataset?.events[0].displayDate).toEqual({ en: 'Spring 1973', zh: '1973年春' });
    expect(result.dataset?.events[0].media).toEqual({ url: 'https://example.org/report.jpg', kind: 'image', caption: 'The cover', credit: 'SRC', alt: 'A grey cover' });
  });
});

describe('schema rules name the file, the record and the field', () => {
  it('rejects a month that does not exist', () => {
    expect(errorsAfter((d) => (d.events[0].date = '1973-13'))).toEqual([
      'events.json: event "lighthill-report" (index 0): date "1973-13" is not a date',
    ]);
  });

  it('rejects a day that does not exist in that month', () => {
    expect(errorsAfter((d) => (d.quotes[0].date = '1973-02-30'))).toEqual([
      'quotes.json: quote "q-lighthill" (index 0): date "1973-02-30" is not a date',
    ]);
  });

  it('rejects a date beyond the JavaScript Date range, naming the record and the range', () => {
    expect(errorsAfter((d) => (d.events[1].date = '-300000'))).toEqual([
      'events.json: event "sur-program" (index 1): date "-300000" is outside the dates a timeline can show ("-271821-04-20" to "+275760-09-12")',
    ]);
  });

  it('rejects a signed year of fewer than four digits and a time without a day', () => {
    expect(errorsAfter((d) => ((d.events[0].date = '-599'), (d.events[1].end = '1976-09T10:00')))).toEqual([
      'events.json: event "lighthill-report" (index 0): date "-599" is not a date',
      'events.json: event "sur-program" (index 1): end "1976-09T10:00" is not a date',
    ]);
  });

  it('rejects media of an unknown kind or without a url', () => {
    expect(errorsAfter((d) => ((d.events[0].media = { url: 'https://example.org/a.mp4', kind: 'video' }), (d.events[1].media = { kind: 'image' })))).toEqual([
      'events.json: event "lighthill-report" (index 0): media.kind "video" must be "image" or "link"',
      'events.json: event "sur-program" (index 1): media.url is missing',
    ]);
  });

  it('rejects a two-digit year', () => {
    expect(errorsAfter((d) => (d.eras[0].start = '56'))).toEqual(['eras.json: era "era-first-boom" (index 0): start "56" is not a date']);
  });

  it('rejects a missing field', () => {
    expect(errorsAfter((d) => delete d.events[1].summary)).toEqual(['events.json: event "sur-program" (index 1): summary is missing']);
  });

  it('rejects empty localized text', () => {
    expect(errorsAfter((d) => (d.events[0].title = { en: ' ', zh: '' }))).toEqual([
      'events.json: event "lighthill-report" (index 0): title must not be empty',
    ]);
  });

  it('rejects localized text of the wrong type', () => {
    expect(errorsAfter((d) => (d.eras[0].summary = 42))).toEqual([
      'eras.json: era "era-first-boom" (index 0): summary 42 must be text or { "en", "zh" }',
    ]);
  });

  it('rejects an unknown lane', () => {
    expect(errorsAfter((d) => (d.events[0].lane = 'policy'))).toEqual([
      'events.json: event "lighthill-report" (index 0): lane "policy" must be "research", "funding", "industry" or "media"',
    ]);
  });

  it('accepts lanes a dataset declares, and rejects a lane it does not', () => {
    const doc: any = minimalDataset();
    doc.lanes = [{ id: 'policy', title: { en: 'Policy', zh: '政策' } }];
    doc.events[0].lane = 'policy';
    doc.events[1].lane = 'research';
    expect(validateDocument(doc, 'mine.json').errors.map((e) => e.message)).toEqual([
      'mine.json: event "sur-program" (index 1): lane "research" must be "policy"',
    ]);
  });

  it('rejects an importance outside 1-3', () => {
    expect(errorsAfter((d) => (d.events[0].importance = 5))).toEqual([
      'events.json: event "lighthill-report" (index 0): importance 5 must be 1, 2 or 3',
    ]);
  });

  it('rejects an unknown era kind', () => {
    expect(errorsAfter((d) => (d.eras[1].kind = 'spring'))).toEqual([
      'eras.json: era "era-first-winter" (index 1): kind "spring" must be "boom", "winter" or "transition"',
    ]);
  });

  it('rejects a quote language, stance and verification outside the lists', () => {
    expect(
      errorsAfter((d) => Object.assign(d.quotes[0], { lang: 'fr', stance: 'bullish', verification: 'checked' })),
    ).toEqual([
      'quotes.json: quote "q-lighthill" (index 0): lang "fr" must be "en" or "zh"',
      'quotes.json: quote "q-lighthill" (index 0): stance "bullish" must be "optimistic", "cautionary" or "neutral"',
      'quotes.json: quote "q-lighthill" (index 0): verification "checked" must be "primary", "secondary" or "unverified"',
    ]);
  });

  it('rejects an event without sources', () => {
    expect(errorsAfter((d) => (d.events[0].sources = []))).toEqual([
      'events.json: event "lighthill-report" (index 0): sources must name at least one source',
    ]);
  });

  it('rejects a quote without a source', () => {
    expect(errorsAfter((d) => delete d.quotes[1].source)).toEqual(['quotes.json: quote "q-seed" (index 1): source is missing']);
  });

  it('rejects a source without a title', () => {
    expect(errorsAfter((d) => delete d.events[0].sources[0].title)).toEqual([
      'events.json: event "lighthill-report" (index 0): sources[0].title is missing',
    ]);
  });

  it('rejects a source date that is not a date', () => {
    expect(errorsAfter((d) => (d.eras[1].sources[0].date = 'Feb 2024'))).toEqual([
      'eras.json: era "era-first-winter" (index 1): sources[0].date "Feb 2024" is not a date',
    ]);
  });

  it('rejects an http URL that cannot be parsed', () => {
    expect(errorsAfter((d) => (d.eras[0].sources[0].url = 'https://'))).toEqual([
      'eras.json: era "era-first-boom" (index 0): sources[0].url "https://" is not a URL',
    ]);
  });

  it('rejects tags that are not a list', () => {
    expect(errorsAfter((d) => (d.events[0].tags = 'uk'))).toEqual([
      'events.json: event "lighthill-report" (index 0): tags "uk" must be a list of tags',
    ]);
  });

  it('rejects an id that is not lower-case kebab-case', () => {
    expect(errorsAfter((d) => (d.events[1].id = 'SUR Program'))).toEqual([
      'events.json: event "SUR Program" (index 1): id "SUR Program" is not a lower-case kebab-case id',
    ]);
  });

  it('names a record without an id by its index', () => {
    expect(errorsAfter((d) => delete d.events[1].id)).toEqual(['events.json: event at index 1: id is missing']);
  });

  it('rejects a record that is not an object', () => {
    expect(errorsAfter((d) => (d.events[1] = 'sur'))).toEqual(['events.json: event at index 1: is not a event (expected an object)']);
  });

  it('rejects a pair that does not hold two quote ids', () => {
    expect(errorsAfter((d) => (d.pairs[0].quotes = ['q-seed']))).toEqual(['pairs.json: pair "pair-test" (index 0): quotes must be two quote ids']);
  });
});

describe('rules across records', () => {
  it('rejects an id used twice, even in another collection', () => {
    expect(errorsAfter((d) => (d.quotes[1].id = 'lighthill-report'))).toEqual([
      'quotes.json: quote "lighthill-report" (index 1): id "lighthill-report" is already used by event at index 0 of events.json',
      'pairs.json: pair "pair-test" (index 0): quotes[0] "q-seed" is not a quote in the dataset',
    ]);
  });

  it('keeps a quote whose event was rejected, without its eventId, and says so once', () => {
    const doc = minimalDataset();
    (doc.events[0] as any).lane = 'nope';
    const result = validateParts(doc, FILES);
    expect(result.errors).toHaveLength(1);
    expect(result.dataset?.quotes.find((q) => q.id === 'q-lighthill')?.eventId).toBeUndefined();
  });

  it('skips a pair whose quote was rejected, with a notice rather than a second error', () => {
    const doc = minimalDataset();
    (doc.quotes[0] as any).stance = 'nope';
    const result = validateParts(doc, FILES);
    expect(result.errors.map((e) => e.message)).toEqual([
      'quotes.json: quote "q-lighthill" (index 0): stance "nope" must be "optimistic", "cautionary" or "neutral"',
    ]);
    expect(result.notices.map((e) => e.message)).toEqual(['pairs.json: pair "pair-test" (index 0): skipped: quote "q-lighthill" could not be used']);
    expect(result.dataset?.pairs).toEqual([]);
  });

  it('rejects a quote whose eventId is not an event', () => {
    expect(errorsAfter((d) => (d.quotes[0].eventId = 'lighthill-debate'))).toEqual([
      'quotes.json: quote "q-lighthill" (index 0): eventId "lighthill-debate" is not an event in the dataset',
    ]);
  });

  it('rejects a pair naming a quote that does not exist', () => {
    expect(errorsAfter((d) => (d.pairs[0].quotes = ['q-seed', 'q-nope']))).toEqual([
      'pairs.json: pair "pair-test" (index 0): quotes[1] "q-nope" is not a quote in the dataset',
    ]);
  });

  it('rejects a pair of a quote with itself', () => {
    expect(errorsAfter((d) => (d.pairs[0].quotes = ['q-seed', 'q-seed']))).toEqual([
      'pairs.json: pair "pair-test" (index 0): quotes "q-seed" is paired with itself',
    ]);
  });

  it('rejects an event that ends before it starts', () => {
    expect(errorsAfter((d) => (d.events[1].end = '1970'))).toEqual([
      'events.json: event "sur-program" (index 1): end "1970" is before date "1971"',
    ]);
  });

  it('rejects an era that ends before it starts', () => {
    expect(errorsAfter((d) => (d.eras[1].end = '1973-12'))).toEqual([
      'eras.json: era "era-first-winter" (index 1): end "1973-12" is before start "1974"',
    ]);
  });

  it('accepts an end in the same year as a more precise start', () => {
    expect(errorsAfter((d) => Object.assign(d.events[1], { date: '1976-03', end: '1976' }))).toEqual([]);
  });
});

describe('a bad record never costs the others', () => {
  it('keeps every valid record and drops only the bad one', () => {
    const doc = minimalDataset();
    (doc.events[0] as any).date = 'soon';
    const result = validateDocument(doc, 'mine.json');
    expect(result.ok).toBe(false);
    expect(result.dataset?.events.map((e) => e.id)).toEqual(['sur-program']);
    expect(result.dataset?.eras).toHaveLength(2);
  });

  it('drops a javascript: source URL with a notice and keeps the record', () => {
    const doc = minimalDataset();
    (doc.events[0].sources[0] as any).url = 'javascript:alert(1)';
    const result = validateDocument(doc, 'mine.json');
    expect(result.ok).toBe(true);
    expect(result.notices.map((n) => n.message)).toEqual([
      'mine.json: event "lighthill-report" (index 0): sources[0].url "javascript:alert(1)" is not an http(s) URL and was dropped',
    ]);
    expect(result.dataset?.events[0].sources[0]).toEqual({ title: 'Artificial Intelligence: A General Survey', author: 'James Lighthill', date: '1973' });
  });

  it('drops media whose url is not http(s) with a notice, and keeps the event', () => {
    const doc = minimalDataset();
    (doc.events[0] as any).media = { url: 'javascript:alert(1)', kind: 'image', caption: 'x' };
    const result = validateDocument(doc, 'mine.json');
    expect(result.ok).toBe(true);
    expect(result.notices.map((n) => n.message)).toEqual([
      'mine.json: event "lighthill-report" (index 0): media.url "javascript:alert(1)" is not an http(s) URL, so the media was dropped',
    ]);
    expect(result.dataset?.events[0].media).toBeUndefined();
  });

  it('drops a data: URL on a quote source the same way', () => {
    const doc = minimalDataset();
    (doc.quotes[1].source as any).url = 'data:text/html,<script>x</script>';
    const result = validateDocument(doc, 'mine.json');
    expect(result.notices.map((n) => n.field)).toEqual(['source.url']);
    expect(result.dataset?.quotes[1].source.url).toBeUndefined();
  });
});

describe('whole documents', () => {
  it('rejects something that is not an object', () => {
    expect(validateDocument([1, 2], 'mine.json').errors.map((e) => e.message)).toEqual([
      'mine.json: is not a dataset: expected an object with "version", "eras", "events", "quotes" and "pairs"',
    ]);
  });

  it('rejects a missing or unsupported version', () => {
    const doc: any = minimalDataset();
    doc.version = 2;
    expect(validateDocument(doc, 'mine.json').errors.map((e) => e.message)).toEqual(['mine.json: version 2 is not supported (expected 1)']);
    delete doc.version;
    expect(validateDocument(doc, 'mine.json').errors.map((e) => e.message)).toEqual(['mine.json: version is missing (expected 1)']);
  });

  it('names a missing collection and still loads the rest', () => {
    const doc: any = minimalDataset();
    delete doc.pairs;
    const result = validateDocument(doc, 'mine.json');
    expect(result.errors.map((e) => e.message)).toEqual(['mine.json: pairs is missing (expected a list of pairs)']);
    expect(result.dataset?.quotes).toHaveLength(2);
  });

  it('names a collection that is not a list', () => {
    const doc: any = minimalDataset();
    doc.events = { a: 1 };
    expect(validateDocument(doc, 'mine.json').errors.map((e) => e.message)).toEqual([
      'mine.json: events is not a list (expected a list of events)',
      'mine.json: quote "q-lighthill" (index 0): eventId "lighthill-report" is not an event in the dataset',
    ]);
  });

  it('names the line and column of a JSON syntax error', async () => {
    const result = await parseDatasetText('{\n  "version": 1,\n  "eras": [,]\n}', 'https://example.org/mine.json');
    expect(result.dataset).toBeNull();
    expect(result.errors.map((e) => e.message)).toEqual(['https://example.org/mine.json: is not valid JSON (value expected at line 3, column 12)']);
  });

  it('reports a truncated document as invalid JSON', async () => {
    const text = JSON.stringify(minimalDataset()).slice(0, 100);
    expect((await parseDatasetText(text, 'cut.json')).errors[0].message).toMatch(/^cut\.json: is not valid JSON \(.* at line 1, column \d+\)$/);
  });
});

describe('localize', () => {
  it('picks the language asked for and falls back to the other', () => {
    expect(localize({ en: 'Winter', zh: '寒冬' }, 'zh')).toBe('寒冬');
    expect(localize({ en: 'Winter' }, 'zh')).toBe('Winter');
    expect(localize({ zh: '寒冬', en: '' }, 'en')).toBe('寒冬');
    expect(localize('plain', 'zh')).toBe('plain');
  });
});
