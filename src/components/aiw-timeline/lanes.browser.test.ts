/**
 * The `lanes` attribute: a timeline of some lanes only (the Rhyme view reads two eras across
 * one lane at a time), with the eras behind them; what the data has not is said, not thrown.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';

const mounted: AiwTimeline[] = [];
afterEach(() => mounted.splice(0).forEach((el) => el.remove()));

async function open(lanes: string, lazy = true): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.lazy = lazy;
  el.lanes = lanes;
  el.style.width = '1000px';
  el.data = minimalDataset();
  document.body.append(el);
  mounted.push(el);
  await vi.waitUntil(() => el.shadowRoot!.querySelector('.vis-item'));
  return el;
}
const $$ = (el: AiwTimeline, s: string) => Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>(s));
const laneLabels = (el: AiwTimeline, drawing: string) => $$(el, `${drawing} .lane-label`).map((l) => l.textContent);
const listed = (el: AiwTimeline) => el.shadowRoot!.querySelector('aiw-item-list')!.items.map((i) => i.id);

describe('<aiw-timeline lanes>', () => {
  it('draws only the lanes named, in the data’s order, and lists only their items', async () => {
    const el = await open('voices, funding');
    expect(laneLabels(el, '.still')).toEqual(['Eras', 'Funding & policy', 'Voices']);
    const drawn = $$(el, '.still .vis-item:not(.vis-background)').map((i) => i.textContent ?? '');
    expect(drawn.some((t) => t.includes('Lighthill report'))).toBe(true);
    expect(drawn.some((t) => t.includes('Speech Understanding'))).toBe(false);
    expect(listed(el)).toContain('lighthill-report');
    expect(listed(el)).not.toContain('sur-program');
    el.lanes = '';
    await vi.waitUntil(() => laneLabels(el, '.still').length === 6);
    expect(listed(el)).toContain('sur-program');
  });

  it('changes lanes in vis-timeline too, once it is built', async () => {
    const el = await open('voices', false);
    await vi.waitUntil(() => el.shadowRoot!.querySelector('.vis-host:not(.under) .vis-timeline'));
    await vi.waitUntil(() => laneLabels(el, '.vis-host').join() === 'Eras,Voices');
    el.lanes = 'research voices';
    await vi.waitUntil(() => laneLabels(el, '.vis-host').join() === 'Eras,Research,Voices');
  });

  it('says which names are not lanes of the data, and shows the others (all, when none is known)', async () => {
    const messages: string[] = [];
    const listen = (e: Event) => messages.push((e as CustomEvent<{ message: string }>).detail.message);
    document.addEventListener('aiw-error', listen);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const el = await open('voices money');
      await vi.waitUntil(() => messages.length);
      expect(messages).toEqual(['lanes: "money" is not a lane of this data (its lanes: research, funding, industry, media, voices); the others are shown']);
      expect(laneLabels(el, '.still')).toEqual(['Eras', 'Voices']);
      el.lanes = 'money, eras';
      await vi.waitUntil(() => messages.length === 2);
      expect(messages[1]).toContain('"money", "eras" are not lanes of this data');
      expect(messages[1]).toContain('every lane is shown');
      await vi.waitUntil(() => laneLabels(el, '.still').length === 6);
    } finally {
      document.removeEventListener('aiw-error', listen);
      warn.mockRestore();
    }
  });

  it('counts and steps through the search’s matches in the lanes shown only', async () => {
    const el = await open('voices');
    el.query = 'Lighthill';
    await vi.waitUntil(() => el.shadowRoot!.querySelector('.matches')?.textContent?.includes('match'));
    expect(el.shadowRoot!.querySelector('.matches')!.textContent).toBe('1 item matches “Lighthill”');
    $$(el, 'button').find((b) => b.getAttribute('aria-label') === 'Next match (n)')!.click();
    await vi.waitUntil(() => el.selected === 'q-lighthill');
  });
});
