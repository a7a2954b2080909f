import { afterEach, describe, expect, it } from 'vitest';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { AiwTimeline } from './aiw-timeline.ts';
import './aiw-timeline.ts';

const mounted: Array<{ remove(): void }> = [];

async function mount(setup: (el: AiwTimeline) => void = (el) => (el.dataset = minimalDataset())): Promise<AiwTimeline> {
  const el = document.createElement('aiw-timeline');
  el.style.width = '1000px';
  el.style.height = '500px';
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Waits until `check` passes (vis-timeline draws in animation frames). */
async function until<T>(check: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${check}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const items = (el: AiwTimeline) =>
  Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.vis-item:not(.vis-line):not(.vis-dot):not(.vis-background)'));

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-timeline>', () => {
  it('renders the events and quotes of a dataset as items with their titles', async () => {
    const el = await mount();
    await until(() => items(el).length >= 3);
    const text = items(el).map((i) => i.textContent).join(' | ');
    expect(text).toContain('Lighthill report');
    expect(text).toContain('Speech Understanding Research');
    expect(text).toContain('James Lighthill');
  });

  it('draws eras as titled bands behind the lanes, and marks a contested one', async () => {
    const el = await mount();
    const bars = await until(() => {
      const found = el.shadowRoot!.querySelectorAll('.vis-item.era');
      return found.length === 2 ? Array.from(found) : null;
    });
    expect(bars.map((b) => b.querySelector('.band-title')?.textContent)).toEqual(['First boom', 'First winter?']);
    expect(bars[1].classList.contains('era-contested')).toBe(true);
    const bands = el.shadowRoot!.querySelectorAll('.vis-item.vis-background.era-band');
    expect(bands).toHaveLength(2);
    expect(getComputedStyle(bands[0]).backgroundColor).not.toBe(getComputedStyle(bands[1]).backgroundColor);
  });

  it('shows the lanes by name', async () => {
    const el = await mount();
    const labels = await until(() => {
      const found = Array.from(el.shadowRoot!.querySelectorAll('.vis-label .lane-label')).map((l) => l.textContent);
      return found.length === 6 ? found : null;
    });
    expect(labels).toEqual(['Eras', 'Research', 'Funding & policy', 'Industry & deals', 'Media', 'Voices']);
  });

  it('zooming in narrows the visible window, zooming out widens it', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    const span = () => el.visibleRange!.to.getTime() - el.visibleRange!.from.getTime();
    const before = span();
    el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!.click();
    const zoomed = await until(() => (span() < before * 0.75 ? span() : null));
    expect(zoomed).toBeLessThan(before);
    el.zoomOut();
    await until(() => span() > zoomed * 1.5);
  });

  it('writes item content as text: markup in the data is never parsed', async () => {
    const el = await mount((t) => {
      const d = minimalDataset();
      d.events[0].title = { en: '<img src=x onerror="window.__pwned=1">Boom', zh: '<b>x</b>' };
      t.dataset = d;
    });
    const item = await until(() => items(el).find((i) => i.textContent?.includes('<img')));
    expect(item.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows the loader errors in a panel and fires aiw-error when the dataset is invalid', async () => {
    const messages: string[] = [];
    const el = await mount((t) => {
      t.addEventListener('aiw-error', (e) => messages.push(e.message));
      const d = minimalDataset();
      (d.events[0] as { date: string }).date = '1973-13';
      t.dataset = d;
    });
    const panel = await until(() => el.shadowRoot!.querySelector('[part="error"]'));
    expect(panel.textContent).toContain('dataset property: event "lighthill-report" (index 0): date "1973-13" is not a date');
    expect(messages).toEqual(['dataset property: event "lighthill-report" (index 0): date "1973-13" is not a date']);
  });

  it('fetches a dataset from src and reports the counts with aiw-load', async () => {
    const loads: Array<[number, number, number]> = [];
    const url = URL.createObjectURL(new Blob([JSON.stringify(minimalDataset())], { type: 'application/json' }));
    const el = await mount((t) => {
      t.addEventListener('aiw-load', (e) => loads.push([e.eras, e.events, e.quotes]));
      t.src = url;
    });
    await until(() => items(el).length >= 3);
    expect(loads).toEqual([[2, 2, 2]]);
  });

  it('removes the vis-timeline drawing when it leaves the page', async () => {
    const el = await mount();
    await until(() => items(el).length > 0);
    el.remove();
    expect(el.shadowRoot!.querySelector('.vis-timeline')).toBeNull();
  });
});
