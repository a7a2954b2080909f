/**
 * The ledger's lane on the timeline (the `forecasts` attribute): each forecast a span from when
 * it was made to when it was due, coloured by its outcome, the year a late one came true marked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';

const mounted: AiwTimeline[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

function data(): Dataset {
  const d = minimalDataset();
  d.forecasts = [
    {
      id: 'f-robot', quoteId: 'q-lighthill', madeOn: '1973-05-09', dueBy: '1978', horizon: 'inferred', horizonNote: 'Five years on.',
      claim: { en: 'No general-purpose robot soon', zh: '通用机器人不会很快出现' }, outcome: 'came-true-late', outcomeDate: '1980',
      outcomeNote: { en: 'None came.', zh: '没有出现。' }, outcomeSources: [{ title: 'A history' }],
    },
  ];
  return d;
}

async function open(forecasts: boolean): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.lazy = true;
  el.forecasts = forecasts;
  el.style.width = '1000px';
  el.data = data();
  document.body.append(el);
  mounted.push(el);
  await vi.waitUntil(() => el.shadowRoot!.querySelector('.still .vis-item'));
  return el;
}
const $$ = (el: AiwTimeline, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));

describe('<aiw-timeline forecasts>', () => {
  it('draws a lane of forecasts only when asked', async () => {
    expect($$(await open(false), '.still .lane-label').map((l) => l.textContent)).not.toContain('Forecasts');
    const el = await open(true);
    expect($$(el, '.still .lane-label').map((l) => l.textContent)).toContain('Forecasts');
  });

  it('draws a forecast as a span in its outcome’s colour, and marks the year a late one came true', async () => {
    const el = await open(true);
    const span = await vi.waitUntil(() => $$(el, '.still .vis-item.forecast.vis-range')[0]);
    expect(span.classList.contains('outcome-came-true-late')).toBe(true);
    expect(span.textContent).toContain('James Lighthill');
    const mark = $$(el, '.still .vis-item.forecast-outcome')[0];
    expect(mark.textContent?.trim()).toBe('✓ 1980');
  });

  it('selects the forecast from its span or its mark, and shows the claim, the quote and the verdict', async () => {
    const el = await open(true);
    el.noDetail = false;
    const picks: unknown[] = [];
    el.addEventListener('aiw-select', (e) => picks.push(e.detail));
    $$(el, '.still .vis-item.forecast-outcome')[0].click();
    expect(picks).toEqual([{ id: 'f-robot', kind: 'forecast' }]);
    const detail = await vi.waitUntil(() => el.shadowRoot!.querySelector('aiw-item-detail')?.shadowRoot?.querySelector('article'));
    expect(detail.querySelector('h2')?.textContent).toBe('No general-purpose robot soon');
    expect(detail.querySelector('blockquote')?.textContent).toBe('The general purpose robot, then, is a mirage.');
    expect(detail.querySelector('.badge.outcome-came-true-late')?.textContent).toBe('Came true late');
  });
});
