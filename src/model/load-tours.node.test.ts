/* eslint-disable @typescript-eslint/no-explicit-any -- these tests break tours on purpose: fields get values their types forbid */
import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { minimalTour } from './fixtures/tours/minimal-tours.ts';
import { parseToursText, validateTours } from './load-tours.ts';

const FILE = 'data/tours.json';
const index = DatasetIndex.of(minimalDataset());

/** Validates two good tours after `change` has broken the first one. */
function afterBreaking(change: (tour: any) => void) {
  const broken: any = minimalTour('broken');
  change(broken);
  const result = validateTours([broken, minimalTour('kept')], FILE, index);
  return { errors: result.errors, ids: result.tours.map((t) => t.id) };
}

describe('tours: good tours load', () => {
  it('keeps a valid tour whole, with no errors', () => {
    const result = validateTours([minimalTour()], FILE, index);
    expect(result.errors).toEqual([]);
    expect(result.tours).toHaveLength(1);
    expect(result.tours[0].steps).toHaveLength(8);
  });
});

describe('tours: each rule leaves the broken tour out and keeps the rest', () => {
  it('names the file, tour, step (from 1) and field of an unknown item', () => {
    const r = afterBreaking((t) => (t.steps[3].view.item = 'x'));
    expect(r.errors).toEqual([`${FILE}: tour "broken", step 4: view.item "x" is not an event, quote or forecast`]);
    expect(r.ids).toEqual(['kept']);
  });

  it('reports an era id that is not an era', () => {
    const r = afterBreaking((t) => (t.steps[0].view.era = 'lighthill-report'));
    expect(r.errors).toEqual([`${FILE}: tour "broken", step 1: view.era "lighthill-report" is not an era`]);
    expect(r.ids).toEqual(['kept']);
  });

  it('reports a comparison naming something other than a quote', () => {
    const r = afterBreaking((t) => (t.steps[6].view.compare = ['q-lighthill', 'sur-program']));
    expect(r.errors).toEqual([`${FILE}: tour "broken", step 7: view.compare[1] "sur-program" is not a quote`]);
  });

  it('reports a step without a view', () => {
    const r = afterBreaking((t) => delete t.steps[1].view);
    expect(r.errors).toEqual([`${FILE}: tour "broken", step 2: view is missing`]);
    expect(r.ids).toEqual(['kept']);
  });

  it('reports a view that shows nothing (no era, window or item)', () => {
    const r = afterBreaking((t) => (t.steps[2].view = { panel: 'about' }));
    expect(r.errors).toEqual([`${FILE}: tour "broken", step 3: view names none of era, from and to, or item: a step must show something`]);
  });

  it('reports a window with one bound only, or backwards', () => {
    expect(afterBreaking((t) => (t.steps[1].view = { from: '1970' })).errors).toContain(
      `${FILE}: tour "broken", step 2: view.to is missing: from and to go together`,
    );
    expect(afterBreaking((t) => (t.steps[1].view = { from: '1980', to: '1970' })).errors).toEqual([
      `${FILE}: tour "broken", step 2: view.to "1970" is before view.from "1980"`,
    ]);
  });

  it('reports a date that is not a date and a parameter the explorer does not have', () => {
    expect(afterBreaking((t) => (t.steps[1].view.from = '1970-13')).errors[0]).toMatch(/^data\/tours\.json: tour "broken", step 2: view\.from "1970-13" /);
    expect(afterBreaking((t) => (t.steps[0].view.zoom = 3)).errors).toEqual([
      `${FILE}: tour "broken", step 1: view has "zoom", which is not a parameter of the explorer`,
    ]);
  });

  it('reports too few and too many steps', () => {
    expect(afterBreaking((t) => (t.steps = t.steps.slice(0, 7))).errors).toEqual([
      `${FILE}: tour "broken", steps has 7 steps: it must have at least 8 steps`,
    ]);
    const r = afterBreaking((t) => (t.steps = [...t.steps, ...t.steps]));
    expect(r.errors).toEqual([`${FILE}: tour "broken", steps has 16 steps: it must have at most 15 steps`]);
    expect(r.ids).toEqual(['kept']);
  });

  it('reports a missing or empty language in a step or in the tour', () => {
    expect(afterBreaking((t) => delete t.steps[4].text.zh).errors).toEqual([`${FILE}: tour "broken", step 5: text.zh is missing`]);
    expect(afterBreaking((t) => (t.summary.en = '  ')).errors).toEqual([`${FILE}: tour "broken", summary.en "  " must not be empty`]);
  });

  it('reports a tour id used twice, keeping the first', () => {
    const result = validateTours([minimalTour('same'), minimalTour('same')], FILE, index);
    expect(result.errors).toEqual([`${FILE}: tour "same", id "same" is already used by another tour`]);
    expect(result.tours).toHaveLength(1);
  });

  it('names a tour without an id by its index, and a document that is not a list', () => {
    expect(afterBreaking((t) => delete t.id).errors).toEqual([`${FILE}: tour at index 0, id is missing`]);
    expect(validateTours({}, FILE, index).errors).toEqual([`${FILE}: is not a list of tours`]);
    expect(parseToursText('[', FILE, index).errors[0]).toMatch(/^data\/tours\.json: is not valid JSON/);
  });
});
