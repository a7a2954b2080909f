import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, startOf } from './dates.ts';
import { isTimelineJs, parseDatasetText, type LoadResult } from './load.ts';
import { toTimelineEntries } from './timeline-entries.ts';
import { fromTimelineJs, htmlToBlocks, htmlToText, toPartialDate } from './timelinejs.ts';
import { fractionOf, spanOf } from './time-window.ts';

const sample = {
  title: { text: { headline: 'A <b>history</b> of AI', text: '<p>Intro</p>' } },
  events: [
    {
      start_date: { year: '1973', month: '6' },
      text: { headline: 'Lighthill <i>report</i>', text: '<p>Published &amp; debated.<script>window.x=1</script></p><img src=x onerror=alert(1)>' },
      group: 'Policy',
      media: { url: 'https://example.org/pic.jpg', caption: 'The <em>report</em>' },
      unique_id: 'Lighthill 1973',
    },
    { start_date: { year: 1984, month: 8, day: 6 }, end_date: { year: 1984, month: 8, day: 10 }, text: { headline: 'AAAI-84' }, group: 'Research' },
    { start_date: { year: 2024 }, text: { text: 'No headline, only <a href="javascript:alert(1)">text</a>' }, group: 'Policy', media: { url: 'javascript:alert(1)' } },
  ],
  eras: [{ start_date: { year: 1974 }, end_date: { year: 1980 }, text: { headline: 'Winter' } }],
};

/** Loads one of our TimelineJS fixtures (src/model/fixtures/timelinejs/), as the widget would from `src`. */
async function fixture(name: string, url = `https://example.org/${name}`): Promise<LoadResult> {
  return parseDatasetText(readFileSync(new URL(`./fixtures/timelinejs/${name}`, import.meta.url), 'utf8'), url);
}
const messages = (issues: Array<{ message: string }>) => issues.map((i) => i.message);

describe('TimelineJS import', () => {
  it('tells TimelineJS JSON from our own format', () => {
    expect(isTimelineJs(sample)).toBe(true);
    expect(isTimelineJs({ version: 1, events: [], eras: [], quotes: [], pairs: [] })).toBe(false);
    expect(isTimelineJs({ events: [{ date: '1973' }] })).toBe(false);
  });

  it('reduces HTML to plain text, dropping scripts and decoding entities', () => {
    expect(htmlToText('<p>Published &amp; debated.<script>window.x=1</script></p><img src=x onerror=alert(1)>')).toBe('Published & debated.');
    expect(htmlToText('<b>unclosed <i>tags')).toBe('unclosed tags');
    expect(htmlToText('<ul><li>one</li><li>two</li></ul>')).toBe('one two');
    expect(htmlToText(42)).toBe('');
  });

  it('reads TimelineJS dates, strings or numbers, at their precision', () => {
    expect(toPartialDate({ year: '1973', month: '6' })).toEqual({ date: '1973-06' });
    expect(toPartialDate({ year: 1984, month: 8, day: 6 })).toEqual({ date: '1984-08-06' });
    expect(toPartialDate({ year: 1973, month: 2, day: 30 })).toEqual({ problem: '(year 1973, month 2, day 30) is not on the calendar' });
    expect(toPartialDate({ year: 'soon' })).toEqual({ problem: '(year "soon") is not a whole number' });
    expect(toPartialDate({ month: 3 })).toEqual({ problem: 'has no year' });
    expect(toPartialDate(undefined)).toEqual({ problem: 'is missing' });
  });

  it('keeps hours, minutes and seconds, and drops milliseconds', () => {
    expect(toPartialDate({ year: 1969, month: 7, day: 20, hour: 20, minute: 17 })).toEqual({ date: '1969-07-20T20:17' });
    expect(toPartialDate({ year: 1969, month: 7, day: 20, hour: '20', minute: '17', second: '40', millisecond: 5 })).toEqual({ date: '1969-07-20T20:17:40' });
    expect(toPartialDate({ year: 1969, month: 7, day: 21, hour: 2 })).toEqual({ date: '1969-07-21T02:00' });
    expect(toPartialDate({ year: 1969, month: 7, day: 21, hour: 25 })).toEqual({ problem: '(year 1969, month 7, day 21, hour 25) is not on the calendar' });
  });

  it('reads negative years as TimelineJS shows them: -500 is 500 BCE', () => {
    expect(toPartialDate({ year: -500 })).toEqual({ date: '-0499' });
    expect(toPartialDate({ year: -44, month: 3, day: 15 })).toEqual({ date: '-0043-03-15' });
    expect(formatPartialDate('-0043-03-15', 'en')).toBe('March 15, 44 BCE');
    expect(toPartialDate({ year: 602 })).toEqual({ date: '0602' });
  });

  it('names years beyond the Date range in the author’s terms, never as JSON', () => {
    expect(toPartialDate({ year: -13800000000 })).toEqual({ problem: '(year -13800000000) is beyond the dates a timeline can show (271,822 BCE to AD 275,760)' });
    expect(toPartialDate({ year: -300000 })).toEqual({ problem: '(year -300000) is beyond the dates a timeline can show (271,822 BCE to AD 275,760)' });
    expect(toPartialDate({ year: -271000 })).toEqual({ date: '-270999' });
  });

  it('converts events, groups and eras into a dataset that loads', async () => {
    const result = await parseDatasetText(JSON.stringify(sample), 'https://example.org/tl.json');
    expect(result.errors).toEqual([]);
    const d = result.dataset!;
    expect(d.title).toBe('A history of AI');
    expect(d.lanes).toEqual([{ id: 'policy', title: 'Policy' }, { id: 'research', title: 'Research' }]);
    expect(d.events.map((e) => [e.id, e.date, e.lane, e.title])).toEqual([
      ['lighthill-1973', '1973-06', 'policy', 'Lighthill report'],
      ['aaai-84', '1984-08-06', 'research', 'AAAI-84'],
      ['event-3', '2024', 'policy', 'No headline, only text'],
    ]);
    expect(d.events[0].summary).toBe('Published & debated.');
    expect(d.events[0].sources.map((s) => s.url)).toEqual(['https://example.org/tl.json']);
    expect(d.events[0].media).toEqual({ url: 'https://example.org/pic.jpg', kind: 'image', caption: 'The report' });
    expect(d.events[2].media).toBeUndefined();
    expect(d.eras.map((e) => [e.title, e.start, e.end, e.kind])).toEqual([['Winter', '1974', '1980', 'transition']]);
  });

  it('reports a TimelineJS event with a bad date by its headline, and keeps the others', async () => {
    const bad = { events: [{ start_date: { year: 'x' }, text: { headline: 'Bad' } }, sample.events[1]] };
    const result = await parseDatasetText(JSON.stringify(bad), 'tl.json');
    expect(messages(result.errors)).toEqual(['tl.json: event "Bad" (index 0): start_date (year "x") is not a whole number']);
    expect(result.ok).toBe(false);
    expect(result.dataset?.events.map((e) => e.title)).toEqual(['AAAI-84']);
  });

  it('never lets an id from the file collide with another', () => {
    const doc = fromTimelineJs({ events: [{ start_date: { year: 1 }, unique_id: 'a' }, { start_date: { year: 2 }, unique_id: 'a' }] }, 'x').document;
    expect((doc.events as Array<{ id: string }>).map((e) => e.id)).toEqual(['a', 'a-2']);
  });
});

describe('TimelineJS text as its author laid it out', () => {
  it('keeps paragraphs apart with a blank line, and line breaks as lines', () => {
    expect(htmlToBlocks('<p>First   paragraph.</p><p>Second<br>line two.</p>')).toBe('First paragraph.\n\nSecond\nline two.');
    expect(htmlToBlocks('Loose text<h2>A heading</h2>after it')).toBe('Loose text\n\nA heading\n\nafter it');
  });

  it('keeps list items as lines starting with "• ", or numbers in a numbered list', () => {
    expect(htmlToBlocks('<p>Before</p><ul><li>one</li><li><p>two</p></li></ul><p>After</p>')).toBe('Before\n\n• one\n• two\n\nAfter');
    expect(htmlToBlocks('<ol><li>first</li><li>second<ul><li>inner</li></ul></li><li>third</li></ol>')).toBe('1. first\n2. second\n• inner\n3. third');
  });

  it('never keeps markup: tags dropped, entities decoded, scripts skipped', () => {
    expect(htmlToBlocks('<p onclick="x()">a &lt;b&gt; <script>evil()</script><style>p{}</style>c</p>')).toBe('a <b> c');
  });
});

describe('TimelineJS files of every era (our fixtures, in TimelineJS3 format)', () => {
  it('loads a file of AD 602-698, with the window on the seventh century, not 1950', async () => {
    const result = await fixture('seventh-century.json');
    expect(result.dataset!.events).toHaveLength(11);
    const span = spanOf(toTimelineEntries(result.dataset!, 'en'));
    expect([span.window.from.getUTCFullYear(), span.window.to.getUTCFullYear()]).toEqual([600, 700]);
    for (const e of result.dataset!.events) expect(fractionOf(span.window, startOf(e.date))).toBeGreaterThan(0);
    expect(result.dataset!.events.find((e) => e.date === '0629')?.end).toBe('0645');
  });

  it('names the one event it cannot place by its headline, and draws no lane for its group', async () => {
    const result = await fixture('seventh-century.json', 'seventh.json');
    expect(messages(result.errors)).toEqual(['seventh.json: event "An event with a year in words" (index 11): start_date (year "seven hundred") is not a whole number']);
    expect(result.dataset!.lanes!.map((l) => l.title)).toEqual(['Empires', 'China', 'Calendars', 'Korea']);
  });

  it('titles an event with no headline by the first words of its text', async () => {
    const korea = (await fixture('seventh-century.json')).dataset!.events.find((e) => e.date === '0668')!;
    expect(korea.title).toBe('Three kingdoms on a peninsula become one under…');
    expect(korea.summary).toBe('Three kingdoms on a peninsula become one under a single crown, after long wars.');
  });

  it('keeps display_date, paragraphs and lists', async () => {
    const events = (await fixture('seventh-century.json')).dataset!.events;
    expect(events.find((e) => e.title === 'A pilgrim travels west')?.displayDate).toBe('629 – 645 (sixteen years on the road)');
    expect(events.find((e) => e.title === 'A dynasty begins in China')?.summary).toBe("A new dynasty takes power in Chang'an.\n\nIt will last almost three centuries.");
    expect(events.find((e) => e.title === 'A battle by the Yarmouk')?.summary).toBe('• Six days of fighting\n• A turning point in the region');
    expect(events.find((e) => e.title === 'Year one of a new calendar')?.summary).toBe('Year one of a new calendar');
  });

  it('loads a file of 1815-1985 whole, every event in the window', async () => {
    const result = await fixture('nineteenth-twentieth.json');
    expect(result.errors).toEqual([]);
    expect(result.notices).toEqual([]);
    const span = spanOf(toTimelineEntries(result.dataset!, 'en'));
    expect([span.window.from.getUTCFullYear(), span.window.to.getUTCFullYear()]).toEqual([1810, 1990]);
    expect(result.dataset!.events.map((e) => e.date)).toEqual(['1815-06-18', '1830-09-15', '1843', '1876-03-10', '1914', '1936', '1945', '1979-07-01', '1985-03-11']);
  });

  it('loads a file before the common era, labelled as TimelineJS labels it', async () => {
    const result = await fixture('before-common-era.json');
    expect(result.errors).toEqual([]);
    const d = result.dataset!;
    expect(d.events.map((e) => formatPartialDate(e.date, 'en'))).toEqual([
      '3200 BCE', '776 BCE', 'April 21, 753 BCE', 'September 490 BCE', '221 BCE', 'March 15, 44 BCE', 'January 16, 27 BCE',
    ]);
    expect(formatPartialDate(d.events[6].end!, 'zh')).toBe('14年8月19日');
    expect(d.events[2].displayDate).toBe('21 April 753 BCE (by tradition)');
    expect(d.events[4].summary).toBe('1. Weights and measures made uniform\n2. One script for the whole state');
    expect(d.eras.map((e) => [e.title, e.start, e.end])).toEqual([['A republic', '-0508', '-0026']]);
  });

  it('keeps hours and minutes, and the window zooms to minutes', async () => {
    const result = await fixture('moon-landing.json', 'moon.json');
    const d = result.dataset!;
    expect(d.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ['Lift-off', '1969-07-16T13:32', undefined],
      ['Landing', '1969-07-20T20:17:40', undefined],
      ['Walking on the surface', '1969-07-21T02:56', '1969-07-21T05:11'],
      ['Leaving the surface', '1969-07-21T17:54', undefined],
      ['Splashdown', '1969-07-24T16:50', undefined],
    ]);
    expect(messages(result.errors)).toEqual(['moon.json: event "A time past midnight" (index 5): start_date (year 1969, month 7, day 22, hour 25) is not on the calendar']);
    expect(spanOf(toTimelineEntries(d, 'en')).limits.zoomMin).toBe(4 * 1000);
    expect(formatPartialDate(d.events[0].date, 'zh')).toBe('1969年7月16日 UTC 13:32');
  });

  it('keeps images with caption, credit and alt, turns other media into captioned links, and drops what is not http(s)', async () => {
    const result = await fixture('every-media.json', 'media.json');
    const media = Object.fromEntries(result.dataset!.events.map((e) => [e.title, e.media]));
    expect(media['A photograph']).toEqual({ url: 'https://example.org/images/photo.JPG', kind: 'image', caption: 'A quiet street', credit: 'Photo: A. Person', alt: 'A street at dawn, empty' });
    expect(media['A chart with a query string']).toEqual({ url: 'https://example.org/chart.png?size=large#top', kind: 'image', caption: 'Sales by year' });
    expect(media['A drawing']).toEqual({ url: 'https://example.org/drawing.svg', kind: 'image', credit: 'Drawn for this test' });
    for (const title of ['A video', 'Another video', 'An encyclopedia article', 'A file page of a picture', 'A report', 'A recording', 'A post', 'A map']) {
      expect(media[title]?.kind, title).toBe('link');
    }
    expect(media['A report']).toEqual({ url: 'https://example.org/report.pdf', kind: 'link', caption: 'The full report' });
    for (const title of ['An embedded quote', 'An embedded frame', 'A script link', 'A data URL', 'No media at all']) expect(media[title], title).toBeUndefined();
    expect(result.errors).toEqual([]);
    expect(messages(result.notices)).toEqual([
      'media.json: event "An embedded quote" (index 11): media is embedded HTML, not an http(s) link, and was dropped',
      'media.json: event "An embedded frame" (index 12): media is embedded HTML, not an http(s) link, and was dropped',
      'media.json: event "A script link" (index 13): media url "javascript:alert(1)" is not an http(s) URL and was dropped',
      'media.json: event "A data URL" (index 14): media url "data:image/png;base64,AAAA" is not an http(s) URL and was dropped',
    ]);
  });

  it('reports cosmological dates by headline (or first words), keeps what fits, and draws no empty lane', async () => {
    const result = await fixture('cosmic.json', 'cosmic.json');
    const range = 'is beyond the dates a timeline can show (271,822 BCE to AD 275,760)';
    expect(messages(result.errors)).toEqual([
      `cosmic.json: event "The Big Bang" (index 0): start_date (year -13800000000) ${range}`,
      `cosmic.json: event "The Earth forms" (index 1): start_date (year -4540000000) ${range}`,
      `cosmic.json: event "Early members of our species leave their first…" (index 2): start_date (year -300000) ${range}`,
      `cosmic.json: era "Before the Sun" (index 0): start_date (year -13800000000) ${range}`,
    ]);
    for (const m of messages(result.errors)) expect(m).not.toMatch(/[{}]/);
    const d = result.dataset!;
    expect(d.events.map((e) => e.title)).toEqual(['As far back as a Date goes', 'Farming begins', 'Writing']);
    expect(d.lanes!.map((l) => l.title)).toEqual(['People']);
    const span = spanOf(toTimelineEntries(d, 'en'));
    expect(span.window.from.getTime()).toBeLessThanOrEqual(startOf('-270999').getTime());
    expect(span.window.from.getTime()).toBeGreaterThanOrEqual(-8.64e15);
  });
});
