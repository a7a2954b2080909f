import axe from 'axe-core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { AiwTourStartEvent } from '../../events/tour-start.ts';
import type { AiwTourStepEvent } from '../../events/tour-step.ts';
import { minimalTour } from '../../model/fixtures/tours/minimal-tours.ts';
import type { AiwTourBar } from './aiw-tour-bar.ts';
import './aiw-tour-bar.ts';

const mounted: HTMLElement[] = [];

async function mount(setup: (el: AiwTourBar) => void = () => {}): Promise<AiwTourBar> {
  const el = document.createElement('aiw-tour-bar');
  el.style.width = '900px';
  el.tours = [minimalTour('first'), { ...minimalTour('second'), title: { en: 'Second tour', zh: '第二条导览' } }];
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

/** Records the tour events the bar fires, in order, as "start:first", "step:3", "leave". */
function heard() {
  const log: string[] = [];
  const start = (e: AiwTourStartEvent) => log.push(`start:${e.detail.id}`);
  const step = (e: AiwTourStepEvent) => log.push(`step:${e.detail.step}`);
  const leave = () => log.push('leave');
  document.addEventListener('aiw-tour-start', start);
  document.addEventListener('aiw-tour-step', step);
  document.addEventListener('aiw-tour-leave', leave);
  return {
    log,
    stop: () => {
      document.removeEventListener('aiw-tour-start', start);
      document.removeEventListener('aiw-tour-step', step);
      document.removeEventListener('aiw-tour-leave', leave);
    },
  };
}

const root = (el: AiwTourBar) => el.shadowRoot!;
const button = (el: AiwTourBar, text: string) =>
  Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent!.includes(text)) as HTMLButtonElement;

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

describe('<aiw-tour-bar> as the picker', () => {
  it('lists every tour with its title, summary and step count, and starts the one chosen', async () => {
    const el = await mount();
    const tours = Array.from(root(el).querySelectorAll('[part="tour"]'));
    expect(tours.map((li) => li.querySelector('h3')!.textContent)).toEqual(['A test tour', 'Second tour']);
    expect(tours[0].textContent).toContain('Eight steps over the minimal dataset.');
    expect(tours[0].textContent).toContain('8 steps');
    const events = heard();
    root(el).querySelector<HTMLButtonElement>('button[data-id="second"]')!.click();
    events.stop();
    expect(events.log).toEqual(['start:second']);
  });

  it('closes with Escape', async () => {
    const el = await mount();
    const events = heard();
    root(el).querySelector<HTMLButtonElement>('button[data-id="first"]')!.focus();
    await userEvent.keyboard('{Escape}');
    events.stop();
    expect(events.log).toEqual(['leave']);
  });
});

describe('<aiw-tour-bar> on a step', () => {
  it('shows the step title, text and position in English and Chinese', async () => {
    const el = await mount((b) => ((b.tour = 'first'), (b.step = 3)));
    expect(root(el).querySelector('h2')!.textContent).toBe('Step 3');
    expect(root(el).querySelector('.text')!.textContent).toBe('What step 3 shows.');
    expect(root(el).querySelector('.position')!.textContent).toBe('3 of 8');
    el.lang = 'zh';
    await el.updateComplete;
    expect(root(el).querySelector('h2')!.textContent).toBe('Step 3（中文）');
    expect(root(el).querySelector('.position')!.textContent).toBe('第 3 步，共 8 步');
  });

  it('asks for the previous and next step with its buttons; Previous is off on the first step, Finish leaves on the last', async () => {
    const el = await mount((b) => ((b.tour = 'first'), (b.step = 1)));
    expect(button(el, 'Previous').disabled).toBe(true);
    const events = heard();
    button(el, 'Next').click();
    el.step = 8;
    await el.updateComplete;
    button(el, 'Previous').click();
    expect(button(el, 'Next')).toBeUndefined();
    button(el, 'Finish').click();
    button(el, 'Leave tour').click();
    events.stop();
    expect(events.log).toEqual(['step:2', 'step:7', 'leave', 'leave']);
  });

  it('moves with ← and → while focus is in the bar, not past either end, and Escape leaves', async () => {
    const el = await mount((b) => ((b.tour = 'first'), (b.step = 8)));
    const events = heard();
    button(el, 'Leave tour').focus();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{ArrowLeft}');
    el.step = 1;
    await el.updateComplete;
    await userEvent.keyboard('{ArrowLeft}');
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{Escape}');
    events.stop();
    expect(events.log).toEqual(['step:7', 'step:2', 'leave']);
  });

  it('ignores the arrow keys when focus is elsewhere on the page', async () => {
    await mount((b) => ((b.tour = 'first'), (b.step = 4)));
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const events = heard();
    await userEvent.keyboard('{ArrowRight}');
    events.stop();
    outside.remove();
    expect(events.log).toEqual([]);
  });

  it('focus() moves focus to the step title', async () => {
    const el = await mount((b) => ((b.tour = 'first'), (b.step = 2)));
    el.focus();
    await el.updateComplete;
    expect(root(el).activeElement?.textContent).toBe('Step 2');
  });
});

describe('<aiw-tour-bar> accessibility', () => {
  it('has no axe violations as the picker and on a step, in both languages', async () => {
    for (const [tour, lang] of [['', 'en'], ['first', 'en'], ['', 'zh'], ['first', 'zh']] as const) {
      const el = await mount((b) => ((b.tour = tour), (b.lang = lang), (b.step = 2)));
      const result = await axe.run(el);
      expect(result.violations.map((v) => v.id)).toEqual([]);
      el.remove();
    }
  });
});
