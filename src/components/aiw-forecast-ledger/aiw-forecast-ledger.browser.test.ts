import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset, Forecast } from '../../model/schema.ts';
import type { AiwForecastLedger } from './aiw-forecast-ledger.ts';
import './aiw-forecast-ledger.ts';

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

const forecast = (id: string, quoteId: string, madeOn: string, dueBy: string, outcome: Forecast['outcome']): Forecast => ({
  id, quoteId, madeOn, dueBy, outcome, claim: { en: `Claim ${id}`, zh: `预测 ${id}` }, horizon: 'stated', horizonNote: 'Said.',
  outcomeNote: { en: `Verdict ${id}`, zh: `结论 ${id}` }, outcomeSources: outcome === 'pending' ? [] : [{ title: 'A history', url: 'https://example.org/h' }],
});

function data(): Dataset {
  const d = minimalDataset();
  d.quotes.push({ ...d.quotes[0], id: 'q-boom', date: '1965', verification: 'primary' });
  d.quotes.push({ ...d.quotes[0], id: 'q-doubt', date: '1960', verification: 'unverified', verificationNote: 'Not seen.' });
  d.forecasts = [
    forecast('f-late', 'q-boom', '1965', '1975', 'failed'),
    forecast('f-early', 'q-lighthill', '1973-05-09', '1974', 'came-true'),
    forecast('f-doubt', 'q-doubt', '1960', '1970', 'failed'),
    forecast('f-open', 'q-seed', '1984-08', '2030', 'pending'),
  ];
  return d;
}

async function mount(setup: (el: AiwForecastLedger) => void = () => {}): Promise<AiwForecastLedger> {
  const el = document.createElement('aiw-forecast-ledger');
  el.data = data();
  el.now = new Date(Date.UTC(2026, 11, 2));
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}
const $$ = (el: HTMLElement, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<aiw-forecast-ledger>', () => {
  it('lists the forecasts by due date, with outcome, quote, verdict and the source that settles it', async () => {
    const el = await mount();
    const items = $$(el, '[part="forecast"]');
    expect(items.map((i) => text(i.querySelector('.claim')))).toEqual(['Claim f-doubt', 'Claim f-early', 'Claim f-late', 'Claim f-open']);
    const early = items[1];
    expect(text(early.querySelector('.badge'))).toBe('Came true');
    expect(text(early.querySelector('blockquote'))).toBe('The general purpose robot, then, is a mirage.');
    expect(early.querySelector('.source a')?.getAttribute('rel')).toContain('noopener');
  });

  it('sums up each era, leaving forecasts on unverified quotes out of the figures but in the list', async () => {
    const el = await mount();
    expect($$(el, '.summary li').map(text)).toEqual([
      'Of 2 forecasts made in First boom: 1 came true, 1 failed. (1 more on unverified quotes, not counted)',
    ]);
    expect(text($$(el, '[part="forecast"]')[0])).toContain('quote unverified: not counted');
  });

  it('shows the time left on a pending forecast', async () => {
    const el = await mount();
    expect(text($$(el, '[part="forecast"]')[3].querySelector('.left'))).toBe('4 years left');
  });

  it('asks its owner for a filter, and shows only what the filters let through', async () => {
    const el = await mount((e) => (e.filters = { outcome: 'failed' }));
    expect($$(el, '[part="forecast"]').map((i) => text(i.querySelector('.claim')))).toEqual(['Claim f-doubt', 'Claim f-late']);
    const asked: unknown[] = [];
    el.addEventListener('aiw-ledger-change', (e) => asked.push(e.detail.filters));
    const language = $$(el, 'select')[3] as unknown as HTMLSelectElement;
    language.value = 'zh';
    language.dispatchEvent(new Event('change'));
    expect(asked).toEqual([{ outcome: 'failed', lang: 'zh' }]);
  });

  it('asks to show a forecast on the timeline', async () => {
    const el = await mount();
    const ids: string[] = [];
    el.addEventListener('aiw-show-on-timeline', (e) => ids.push(e.detail.id));
    $$(el, '[part="forecast"] button')[2].click();
    expect(ids).toEqual(['f-late']);
  });

  it('reads in Chinese, and has no axe violations', async () => {
    const el = await mount((e) => (e.lang = 'zh'));
    expect(text(el.shadowRoot!.querySelector('h2'))).toBe('预言与下文');
    const first = $$(el, '[part="forecast"]')[0];
    expect(text(first.querySelector('blockquote'))).toBe('The general purpose robot, then, is a mirage.');
    expect(text(first.querySelector('.translation'))).toBe('译文：通用机器人只是海市蜃楼。');
    expect(text($$(el, '.summary li')[0])).toBe('第一次繁荣作出的 2 条预言中：如期应验 1 条，落空 1 条。（另有 1 条依据未经核实的言论，不计入）');
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
