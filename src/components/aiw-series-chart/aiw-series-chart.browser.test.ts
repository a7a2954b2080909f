import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { startOf, endOf } from '../../model/dates.ts';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import type { AiwTimeline } from '../aiw-timeline/aiw-timeline.ts';
import '../aiw-timeline/aiw-timeline.ts';
import type { AiwSeriesChart } from './aiw-series-chart.ts';

const mounted: HTMLElement[] = [];
// The still drawing is measured: keep a pointer left over the page from waking vis-timeline.
beforeAll(() => userEvent.hover(document.documentElement, { position: { x: 1, y: 1 } }));
afterEach(() => {
  mounted.splice(0).forEach((el) => el.remove());
  vi.restoreAllMocks();
});

const source = { title: 'AI Magazine', publisher: 'AAAI', date: '1990', pages: 'p. 4' };
function data(): Dataset {
  const d = minimalDataset();
  d.series = [
    {
      id: 'attendance', kind: 'sourced', title: { en: 'Conference attendance', zh: '会议人数' }, definition: 'People at the conference.',
      unit: { en: 'people', zh: '人' }, caveat: 'Counts differ.',
      points: ['1960', '1961', '1962', '1970', '1971'].map((date, i) => ({ date, value: 1000 + i * 500, source })),
    },
  ];
  return d;
}

async function open(chart = 'attendance'): Promise<{ timeline: AiwTimeline; chart: AiwSeriesChart }> {
  const timeline = document.createElement('aiw-timeline');
  timeline.lazy = true;
  timeline.style.width = '1000px';
  timeline.chart = chart;
  timeline.data = data();
  document.body.append(timeline);
  mounted.push(timeline);
  const el = await vi.waitUntil(() => timeline.shadowRoot!.querySelector('aiw-series-chart'), { timeout: 4000 });
  await vi.waitUntil(() => el.shadowRoot?.querySelector('.dot'), { timeout: 4000 });
  return { timeline, chart: el };
}

/** Where the drawing puts a date: its lanes' box, at the date's fraction of the window. */
function drawnX(timeline: AiwTimeline, date: Date): number {
  const lane = timeline.shadowRoot!.querySelector('.still-lane')!.getBoundingClientRect();
  const { from, to } = timeline.visibleRange;
  return lane.left + ((date.getTime() - from.getTime()) / (to.getTime() - from.getTime())) * lane.width;
}
const dotX = (chart: AiwSeriesChart, i: number) => {
  const r = chart.shadowRoot!.querySelectorAll('.dot')[i].getBoundingClientRect();
  return r.left + r.width / 2;
};
const midYear = (y: string) => new Date((startOf(y).getTime() + endOf(y).getTime()) / 2);

describe('<aiw-series-chart> under the timeline', () => {
  it('puts each number at the same x as the timeline puts its date, and follows a zoom', async () => {
    const { timeline, chart } = await open();
    expect(Math.abs(dotX(chart, 2) - drawnX(timeline, midYear('1962')))).toBeLessThanOrEqual(1);
    timeline.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    await timeline.updateComplete;
    await chart.updateComplete;
    expect(Math.abs(dotX(chart, 2) - drawnX(timeline, midYear('1962')))).toBeLessThanOrEqual(1);
  });

  it('draws a gap where a year is missing, not a line across it', async () => {
    const { chart } = await open();
    expect(chart.shadowRoot!.querySelectorAll('.line')).toHaveLength(2);
  });

  it('gives each point, focused, its value, date and source', async () => {
    const { chart } = await open();
    chart.shadowRoot!.querySelector<SVGElement>('.dot')!.focus();
    await chart.updateComplete;
    const tip = chart.shadowRoot!.querySelector('.tip')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).toContain('1960: 1,000 people');
    expect(tip).toContain('AI Magazine');
  });

  it('shows the same numbers as a table with their sources', async () => {
    const { chart } = await open();
    chart.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    await chart.updateComplete;
    const rows = Array.from(chart.shadowRoot!.querySelectorAll('tbody tr')).map((r) => r.textContent!.replace(/\s+/g, ' ').trim());
    expect(rows).toHaveLength(5);
    expect(rows[0]).toContain('1960');
    expect(rows[0]).toContain('1,000');
    expect(rows[0]).toContain('AI Magazine');
  });

  it('downloads the series as CSV and as JSON, each with its sources', async () => {
    const { chart } = await open();
    const files: Array<{ name: string; text: Promise<string> }> = [];
    const create = vi.spyOn(URL, 'createObjectURL');
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      const blob = create.mock.calls.at(-1)![0] as Blob;
      files.push({ name: this.download, text: blob.text() });
    });
    const [csv, json] = Array.from(chart.shadowRoot!.querySelectorAll<HTMLButtonElement>('.bar button')).slice(1);
    csv.click();
    json.click();
    expect(files.map((f) => f.name)).toEqual(['attendance.csv', 'attendance.json']);
    expect((await files[0].text).split('\n')[1]).toBe('1960,,1000,,AI Magazine,,AAAI,1990,p. 4,,,');
    expect(JSON.parse(await files[1].text).points[0].source.title).toBe('AI Magazine');
  });

  it('lets the reader pick another series, and tells the page', async () => {
    const { timeline, chart } = await open();
    const picks: string[] = [];
    timeline.addEventListener('aiw-chart-change', (e) => picks.push(e.detail.id));
    const select = chart.shadowRoot!.querySelector('select')!;
    select.value = '';
    select.dispatchEvent(new Event('change'));
    expect(picks).toEqual(['']);
    await timeline.updateComplete;
    expect(timeline.chart).toBe('');
  });

  it('loads no chart at all without the attribute, and has no axe violations with one', async () => {
    const plain = document.createElement('aiw-timeline');
    plain.lazy = true;
    plain.data = data();
    document.body.append(plain);
    mounted.push(plain);
    await vi.waitUntil(() => plain.shadowRoot!.querySelector('.still .vis-item'));
    expect(plain.shadowRoot!.querySelector('aiw-series-chart')).toBeNull();
    const { chart } = await open();
    const result = await axe.run(chart as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
