import { describe, expect, it } from 'vitest';
import { isTimelineJs, parseDatasetText } from './load.ts';
import { fromTimelineJs, htmlToText, toPartialDate } from './timelinejs.ts';

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

describe('TimelineJS import', () => {
  it('tells TimelineJS JSON from our own format', () => {
    expect(isTimelineJs(sample)).toBe(true);
    expect(isTimelineJs({ version: 1, events: [], eras: [], quotes: [], pairs: [] })).toBe(false);
    expect(isTimelineJs({ events: [{ date: '1973' }] })).toBe(false);
  });

  it('reduces HTML to plain text, dropping scripts and decoding entities', () => {
    expect(htmlToText('<p>Published &amp; debated.<script>window.x=1</script></p><img src=x onerror=alert(1)>')).toBe('Published & debated.');
    expect(htmlToText('<b>unclosed <i>tags')).toBe('unclosed tags');
    expect(htmlToText(42)).toBe('');
  });

  it('reads TimelineJS dates, strings or numbers, at their precision', () => {
    expect(toPartialDate({ year: '1973', month: '6' })).toBe('1973-06');
    expect(toPartialDate({ year: 1984, month: 8, day: 6 })).toBe('1984-08-06');
    expect(toPartialDate({ year: 1973, month: 2, day: 30 })).toBe('1973-02-30'); // the loader rejects it
    expect(toPartialDate({ year: 'soon' })).toBeNull();
  });

  it('converts events, groups and eras into a dataset that loads', async () => {
    const result = await parseDatasetText(JSON.stringify(sample), 'https://example.org/tl.json');
    expect(result.errors).toEqual([]);
    const d = result.dataset!;
    expect(d.title).toBe('A history of AI');
    expect(d.lanes).toEqual([{ id: 'policy', title: 'Policy' }, { id: 'research', title: 'Research' }]);
    expect(d.events.map((e) => [e.id, e.date, e.lane, e.title])).toEqual([
      ['lighthill-1973', '1973-06', 'policy', 'Lighthill report'],
      ['event-2', '1984-08-06', 'research', 'AAAI-84'],
      ['event-3', '2024', 'policy', 'No headline, only text'],
    ]);
    expect(d.events[0].summary).toBe('Published & debated.');
    expect(d.events[0].sources.map((s) => s.url)).toEqual(['https://example.org/tl.json', 'https://example.org/pic.jpg']);
    expect(d.events[2].sources.map((s) => s.url)).toEqual(['https://example.org/tl.json']);
    expect(d.eras.map((e) => [e.title, e.start, e.end, e.kind])).toEqual([['Winter', '1974', '1980', 'transition']]);
  });

  it('reports a TimelineJS event with a bad date and keeps the others', async () => {
    const bad = { events: [{ start_date: { year: 'x' }, text: { headline: 'Bad' } }, sample.events[1]] };
    const result = await parseDatasetText(JSON.stringify(bad), 'tl.json');
    expect(result.errors.map((e) => e.message)).toEqual(['tl.json: event "event-1" (index 0): date "{\\"year\\":\\"x\\"}" is not a date']);
    expect(result.dataset?.events.map((e) => e.title)).toEqual(['AAAI-84']);
  });

  it('never lets an id from the file collide with another', () => {
    const doc = fromTimelineJs({ events: [{ start_date: { year: 1 }, unique_id: 'a' }, { start_date: { year: 2 }, unique_id: 'a' }] }, 'x');
    expect((doc.events as Array<{ id: string }>).map((e) => e.id)).toEqual(['a', 'a-2']);
  });
});
