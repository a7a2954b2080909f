import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import eras from '../../../data/eras.json';
import type { AiwEraChooseEvent } from '../../events/era-choose.ts';
import { minimalDataset } from '../../model/fixtures/minimal.ts';
import type { Dataset } from '../../model/schema.ts';
import type { AiwEraStrip } from './aiw-era-strip.ts';
import './aiw-era-strip.ts';

const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwEraStrip) => void = (el) => (el.data = minimalDataset()), width = '1000px'): Promise<AiwEraStrip> {
  const el = document.createElement('aiw-era-strip');
  el.style.width = width;
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** The project's seven eras, with no events or quotes. */
const projectEras = () => ({ ...minimalDataset(), eras: structuredClone(eras) }) as unknown as Dataset;
const buttons = (el: AiwEraStrip) => Array.from(el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button'));
const chosen = () => {
  const ids: string[] = [];
  const listener = (e: AiwEraChooseEvent) => ids.push(e.detail.id);
  document.addEventListener('aiw-era-choose', listener);
  return { ids, stop: () => document.removeEventListener('aiw-era-choose', listener) };
};

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-era-strip> shows the eras', () => {
  it('lists the eras in date order with kind, years, title, first sentence and a contested mark', async () => {
    const el = await mount((s) => {
      const d = minimalDataset();
      d.eras.reverse();
      d.eras[1].summary = { en: 'Hopes ran high. Then they fell.', zh: '期望很高。后来落空。' };
      s.data = d;
    });
    const [boom, winter] = buttons(el);
    expect(boom.querySelector('.kind')?.textContent).toBe('Boom');
    expect(boom.querySelector('.years')?.textContent).toBe('1956–1973');
    expect(boom.querySelector('.title')?.textContent).toBe('First boom');
    expect(boom.querySelector('.summary')?.textContent).toBe('Hopes ran high.');
    expect(boom.querySelector('[part="contested"]')).toBeNull();
    expect(winter.querySelector('.kind')?.textContent).toBe('Winter');
    expect(winter.querySelector('[part="contested"]')?.textContent).toBe('Contested: historians disagree');
  });

  it('colours each kind as the timeline bands do', async () => {
    const el = await mount((s) => (s.data = projectEras()));
    const image = (kind: string) => getComputedStyle(el.shadowRoot!.querySelector(`.kind-${kind}:not(.contested)`)!).backgroundImage;
    expect(image('boom')).toContain('rgba(255, 176, 59, 0.22)');
    expect(image('winter')).toContain('rgba(84, 160, 255, 0.2)');
    expect(image('transition')).toContain('rgba(140, 149, 159, 0.12)');
  });

  it('writes the labels in Chinese when lang is zh', async () => {
    const el = await mount((s) => {
      s.data = minimalDataset();
      s.lang = 'zh';
    });
    expect(buttons(el).map((b) => b.querySelector('.kind')?.textContent)).toEqual(['繁荣', '寒冬']);
    expect(buttons(el)[1].querySelector('.title')?.textContent).toBe('第一次寒冬');
    expect(el.shadowRoot!.querySelector('nav')?.getAttribute('aria-label')).toBe('时代');
  });

  it('writes markup from the data as text', async () => {
    const el = await mount((s) => {
      const d = minimalDataset();
      d.eras[0].title = { en: '<img src=x onerror="window.__stripPwned=1">Boom' };
      s.data = d;
    });
    expect(buttons(el)[0].querySelector('.title')?.textContent).toBe('<img src=x onerror="window.__stripPwned=1">Boom');
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
  });

  it('renders nothing without data', async () => {
    const el = await mount((s) => (s.data = null));
    expect(buttons(el)).toHaveLength(0);
  });
});

describe('<aiw-era-strip> choosing', () => {
  it('marks the current era with aria-current and makes it the one tab stop', async () => {
    const el = await mount((s) => {
      s.data = projectEras();
      s.current = 'era-second-winter';
    });
    const current = buttons(el).filter((b) => b.getAttribute('aria-current') === 'true');
    expect(current.map((b) => b.dataset.id)).toEqual(['era-second-winter']);
    expect(buttons(el).filter((b) => b.tabIndex === 0)).toEqual(current);
  });

  it('fires aiw-era-choose with the id on click, bubbling out of the shadow root', async () => {
    const el = await mount();
    const events = chosen();
    await userEvent.click(buttons(el)[1]);
    events.stop();
    expect(events.ids).toEqual(['era-first-winter']);
  });

  it('does not fire when current is set by code', async () => {
    const el = await mount();
    const events = chosen();
    el.current = 'era-first-winter';
    await el.updateComplete;
    events.stop();
    expect(events.ids).toEqual([]);
  });

  it('moves between eras with the arrow keys, Home and End, and chooses with Enter or Space', async () => {
    const el = await mount((s) => {
      s.data = projectEras();
      s.current = 'era-first-winter';
    });
    const events = chosen();
    const focused = () => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;
    await userEvent.tab();
    expect(focused()).toBe('era-first-winter');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('era-expert-systems-boom');
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{End}');
    expect(focused()).toBe('era-generative-ai-boom');
    await userEvent.keyboard('{ArrowRight}');
    expect(focused()).toBe('era-generative-ai-boom');
    await userEvent.keyboard('{Home}');
    await userEvent.keyboard('{ArrowLeft}');
    expect(focused()).toBe('era-founding-boom');
    await userEvent.keyboard(' ');
    events.stop();
    expect(events.ids).toEqual(['era-expert-systems-boom', 'era-founding-boom']);
    expect(buttons(el).filter((b) => b.tabIndex === 0).map((b) => b.dataset.id)).toEqual(['era-founding-boom']);
  });
});

describe('<aiw-era-strip> layout and accessibility', () => {
  it('keeps touch targets at least 44 px, and scrolls sideways on a narrow screen with the current era in view', async () => {
    const el = await mount(
      (s) => {
        s.data = projectEras();
        s.current = 'era-generative-ai-boom';
      },
      '320px',
    );
    const list = el.shadowRoot!.querySelector('ol')!;
    expect(list.scrollWidth).toBeGreaterThan(list.clientWidth);
    for (const b of buttons(el)) {
      const box = b.getBoundingClientRect();
      expect(box.height).toBeGreaterThanOrEqual(44);
      expect(box.width).toBeGreaterThanOrEqual(44);
    }
    const last = buttons(el).at(-1)!.getBoundingClientRect();
    const frame = list.getBoundingClientRect();
    expect(last.left).toBeGreaterThanOrEqual(frame.left);
    expect(last.right).toBeLessThanOrEqual(frame.right + 1);
  });

  it('drops the summaries when compact, keeping kind, years, title and the contested mark, and takes less height', async () => {
    const full = await mount((s) => (s.data = projectEras()));
    const compact = await mount((s) => {
      s.data = projectEras();
      s.compact = true;
    });
    expect(full.shadowRoot!.querySelectorAll('.summary')).toHaveLength(7);
    expect(compact.shadowRoot!.querySelectorAll('.summary')).toHaveLength(0);
    expect(buttons(compact).map((b) => b.querySelector('.title')?.textContent)).toEqual(buttons(full).map((b) => b.querySelector('.title')?.textContent));
    expect(compact.shadowRoot!.querySelectorAll('.mark')).toHaveLength(full.shadowRoot!.querySelectorAll('.mark').length);
    expect(compact.getBoundingClientRect().height).toBeLessThan(full.getBoundingClientRect().height - 40);
  });

  it('has no axe violations, with a current and a contested era', async () => {
    const el = await mount((s) => {
      s.data = projectEras();
      s.current = 'era-first-winter';
    });
    const result = await axe.run(el as unknown as Element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});
