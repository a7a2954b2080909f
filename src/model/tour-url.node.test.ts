import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { minimalTour } from './fixtures/tours/minimal-tours.ts';
import { handoutItems } from './tour-handout.ts';
import { readTourPlace, stateForStep, tourParams } from './tour-url.ts';
import { initialState } from './url-state.ts';

const tours = [minimalTour('first'), minimalTour('second')];

describe('a tour step in the URL', () => {
  it('reads tour and step (from 1), and writes them back', () => {
    const { place, problems } = readTourPlace('?lang=en&tour=second&step=5', tours, 'en');
    expect(problems).toEqual([]);
    expect([place?.tour.id, place?.step]).toEqual(['second', 5]);
    expect(tourParams(place)).toBe('&tour=second&step=5');
    expect(tourParams(null)).toBe('');
  });

  it('starts at step 1 when the step is left out', () => {
    expect(readTourPlace('?tour=first', tours, 'en').place?.step).toBe(1);
  });

  it('gives one line for a tour that does not exist, naming the tours there are', () => {
    expect(readTourPlace('?tour=nope&step=2', tours, 'en')).toEqual({ place: null, problems: ['tour "nope" is not a tour (the tours are first, second)'] });
  });

  it('gives one line for a step out of range or not a number, and starts at step 1', () => {
    for (const step of ['0', '9', 'two', '1.5']) {
      const { place, problems } = readTourPlace(`?tour=first&step=${step}`, tours, 'en');
      expect(place?.step).toBe(1);
      expect(problems).toEqual([`step "${step}" is not a step of tour "first" (1 to 8): it starts at step 1`]);
    }
  });

  it('says so in Chinese on a Chinese page, and reports a step without a tour', () => {
    expect(readTourPlace('?tour=nope', tours, 'zh').problems[0]).toMatch(/^tour 参数 "nope" 不是导览/);
    expect(readTourPlace('?step=3', tours, 'en')).toEqual({ place: null, problems: ['step "3" needs a tour: it was left out'] });
  });
});

describe('the state on a step', () => {
  const current = { ...initialState('zh'), item: 'old', q: 'old query', compare: ['q-a', 'q-b'], chart: 'funding', panel: 'about' as const };

  it('applies the view and clears what it does not name, keeping language, comparison and chart', () => {
    const s = stateForStep({ era: 'era-first-winter' }, current);
    expect(s).toMatchObject({ lang: 'zh', era: 'era-first-winter', window: null, item: null, q: '', panel: 'eras', compare: ['q-a', 'q-b'], chart: 'funding' });
  });

  it('reads a window as the explorer reads from and to', () => {
    const s = stateForStep({ from: '1984', to: '1987-06', item: 'x', panel: 'search', q: 'bubble', compare: ['q-c', 'q-d'] }, current);
    expect(s.window?.from.toISOString()).toBe('1984-01-01T00:00:00.000Z');
    expect(s.window?.to.toISOString()).toBe('1987-07-01T00:00:00.000Z');
    expect(s).toMatchObject({ item: 'x', panel: 'search', q: 'bubble', compare: ['q-c', 'q-d'] });
  });
});

describe('a printed step lists the records its view names', () => {
  it('gives the era, item and compared quotes once each, with their sources and whether unverified', () => {
    const data = minimalDataset();
    data.quotes[1].verification = 'unverified';
    const items = handoutItems({ era: 'era-first-winter', item: 'q-lighthill', compare: ['q-lighthill', 'q-seed'] }, DatasetIndex.of(data), 'en');
    expect(items.map((i) => [i.id, i.date, i.sources.length, i.unverified])).toEqual([
      ['era-first-winter', '1974', 1, false],
      ['q-lighthill', '1973-05-09', 1, false],
      ['q-seed', '1984-08', 1, true],
    ]);
    expect(items[0]).toMatchObject({ end: '1980', label: 'First winter' });
  });
});
