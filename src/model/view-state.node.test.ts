import { describe, expect, it } from 'vitest';
import { DatasetIndex } from './dataset-index.ts';
import { endOf, startOf } from './dates.ts';
import { minimalDataset } from './fixtures/minimal.ts';
import { DEFAULT_SPAN, eraWindow, spanOf, type TimeWindow } from './time-window.ts';
import { toTimelineEntries } from './timeline-entries.ts';
import { initialView, reduceView, type ViewAction, type ViewState } from './view-state.ts';

const index = new DatasetIndex(minimalDataset());
const ready: ViewState = reduceView(initialView, { type: 'data', index }).state;
const years = (w: TimeWindow) => [w.from.getUTCFullYear(), w.to.getUTCFullYear()];
const YEAR = 365.25 * 86_400_000;

/** Runs actions in turn; returns the last state and every effect on the way. */
function run(state: ViewState, ...actions: ViewAction[]) {
  const effects: unknown[] = [];
  for (const action of actions) {
    const result = reduceView(state, action);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

describe('reduceView: requests from code', () => {
  it('opens on the default span with nothing selected', () => {
    expect(initialView.window).toEqual(DEFAULT_SPAN.window);
    expect(ready.selectedId).toBeNull();
    expect(ready.data).toBe('ready');
  });

  it('shows an era with a little of its neighbours, and tells the page nothing', () => {
    const { state, effects } = run(ready, { type: 'request', request: { era: 'era-first-winter' } });
    expect(state.window).toEqual(eraWindow('1974', '1980'));
    expect(effects).toEqual([]);
  });

  it('lets a window given by from and to win over an era', () => {
    const { state } = run(ready, { type: 'request', request: { era: 'era-first-winter', from: '1984', to: '1986' } });
    expect(years(state.window)).toEqual([1984, 1987]);
  });

  it('takes Dates as well as text for the window, and keeps one bound alone as ten years', () => {
    const from = new Date(Date.UTC(1990, 5, 1));
    expect(run(ready, { type: 'request', request: { from, to: new Date(Date.UTC(1991, 0, 1)) } }).state.window.from).toEqual(from);
    expect(years(run(ready, { type: 'request', request: { from: '1990' } }).state.window)).toEqual([1990, 2000]);
  });

  it('reports what it cannot use, one line each, and keeps the rest', () => {
    const { state, effects } = run(ready, { type: 'request', request: { era: 'nope', from: 'abc', selected: 'ghost' } });
    expect(effects).toEqual([
      { type: 'problem', message: 'from "abc" is not a year or a date (use 1984 or 1984-08)' },
      { type: 'problem', message: 'era "nope" is not an era in the dataset' },
      { type: 'problem', message: 'selected "ghost" is not an event or a quote in the dataset' },
    ]);
    expect(state).toBe(ready);
  });

  it('refuses an era as a selection from code', () => {
    const { state, effects } = run(ready, { type: 'request', request: { selected: 'era-first-boom' } });
    expect(state.selectedId).toBeNull();
    expect(effects).toEqual([{ type: 'problem', message: 'selected "era-first-boom" is not an event or a quote in the dataset' }]);
  });

  it('leaves the window as it was when from is after to', () => {
    const { state, effects } = run(ready, { type: 'request', request: { from: '1990', to: '1980' } });
    expect(state.window).toBe(ready.window);
    expect(effects).toEqual([{ type: 'problem', message: 'from "1990" is after to "1980": the window was left as it was' }]);
  });

  it('selects an item and brings it into view at a readable zoom', () => {
    const { state, effects } = run(ready, { type: 'request', request: { selected: 'q-seed' } });
    expect(state.selectedId).toBe('q-seed');
    expect(state.window.to.getTime() - state.window.from.getTime()).toBeCloseTo(6 * YEAR, -6);
    expect(state.window.from.getTime()).toBeLessThan(startOf('1984-08').getTime());
    expect(effects).toEqual([]);
  });

  it('does not move when asked again for the item already selected (a page echoing the reader’s pick)', () => {
    const picked = run(ready, { type: 'pick', id: 'q-seed' }).state;
    const echoed = run(picked, { type: 'request', request: { selected: 'q-seed' } });
    expect(echoed.state).toBe(picked);
    expect(echoed.effects).toEqual([]);
  });

  it('clears the selection for null or an empty id', () => {
    const selected = run(ready, { type: 'request', request: { selected: 'lighthill-report' } }).state;
    expect(run(selected, { type: 'request', request: { selected: null } }).state.selectedId).toBeNull();
    expect(run(selected, { type: 'request', request: { selected: '' } }).state.selectedId).toBeNull();
  });

  it('keeps the window inside the bounds', () => {
    const { state } = run(ready, { type: 'request', request: { from: '1900', to: '1920' } });
    expect(state.window.from).toEqual(DEFAULT_SPAN.limits.min);
  });
});

describe('reduceView: the data’s own span', () => {
  /** A dataset of the 7th century: the minimal one, moved back 1,350 years. */
  function seventhCentury() {
    const d = minimalDataset();
    d.eras = [{ ...d.eras[0], start: '0606', end: '0623' }, { ...d.eras[1], start: '0624', end: '0630' }];
    d.events = d.events.map((e, i) => ({ ...e, date: `06${31 + i}`, end: undefined }));
    d.quotes = d.quotes.map((q) => ({ ...q, date: '0698-11' }));
    return d;
  }
  const old = seventhCentury();
  const oldSpan = spanOf([...old.eras.map((e) => ({ start: startOf(e.start), end: endOf(e.end) })), ...old.quotes.map((q) => ({ start: startOf(q.date) }))]);
  const oldReady = reduceView(initialView, { type: 'data', index: new DatasetIndex(old), span: oldSpan }).state;

  it('opens new data on its own span, and keeps every window inside its limits', () => {
    expect(oldReady.window).toEqual(oldSpan.window);
    expect(years(oldReady.window)).toEqual([604, 700]);
    const { state } = run(oldReady, { type: 'request', request: { from: '0650', to: '0660' } });
    expect(years(state.window)).toEqual([650, 661]);
    expect(run(oldReady, { type: 'request', request: { from: '1984', to: '1986' } }).state.window.to).toEqual(oldSpan.limits.max);
    expect(run(oldReady, { type: 'zoom', factor: 100, by: 'user' }).state.window).toEqual({ from: oldSpan.limits.min, to: oldSpan.limits.max });
  });

  it('shows an era of the 7th century when asked to, before or after the data comes', () => {
    expect(run(oldReady, { type: 'focus-era', id: 'era-first-winter', by: 'code' }).state.window).toEqual(eraWindow('0624', '0630'));
    const waiting = run(initialView, { type: 'request', request: { era: 'era-first-boom' } }).state;
    expect(run(waiting, { type: 'data', index: new DatasetIndex(old), span: oldSpan }).state.window).toEqual(eraWindow('0606', '0623'));
  });

  it('fits the window to the data’s span, telling the page when the reader asked', () => {
    const zoomed = run(oldReady, { type: 'zoom', factor: 0.1, by: 'code' }).state;
    const fit = run(zoomed, { type: 'fit', by: 'user' });
    expect(fit.state.window).toEqual(oldSpan.window);
    expect(fit.effects).toEqual([{ type: 'moved', window: oldSpan.window }]);
    expect(run(fit.state, { type: 'fit', by: 'user' }).effects).toEqual([]);
  });

  it('keeps the reader’s window when new data has the same span', () => {
    const zoomed = run(oldReady, { type: 'zoom', factor: 0.5, by: 'user' }).state;
    const again = run(zoomed, { type: 'data', index: new DatasetIndex(seventhCentury()), span: spanOf([{ start: startOf('0606'), end: endOf('0630') }, { start: startOf('0698-11') }]) });
    expect(again.state.window).toEqual(zoomed.window);
  });

  it('keeps the default span when the data comes without one (as the element did before spans)', () => {
    expect(ready.span).toBe(DEFAULT_SPAN);
    expect(ready.window).toEqual(DEFAULT_SPAN.window);
  });
});

describe('reduceView: before the data', () => {
  it('keeps requests made while the data is on its way, and applies them when it comes', () => {
    const waiting = run(
      initialView,
      { type: 'request', request: { era: 'era-first-boom' } },
      { type: 'request', request: { selected: 'lighthill-report' } },
    );
    expect(waiting.state.window).toBe(initialView.window);
    expect(waiting.state.pending).toEqual({ era: 'era-first-boom', selected: 'lighthill-report' });
    const { state, effects } = run(waiting.state, { type: 'data', index });
    expect(state.selectedId).toBe('lighthill-report');
    expect(state.window).toEqual(eraWindow('1956', '1973'));
    expect(state.pending).toEqual({});
    expect(effects).toEqual([]);
  });

  it('lets a later request override an earlier one, field by field', () => {
    const { state } = run(
      initialView,
      { type: 'request', request: { era: 'era-first-boom', selected: 'q-seed' } },
      { type: 'focus-era', id: 'era-first-winter', by: 'code' },
    );
    expect(state.pending).toEqual({ era: 'era-first-winter', from: null, to: null, selected: 'q-seed' });
  });

  it('says nothing of the era or item asked for when no data comes (the load’s own error says why), and shows them once it does', () => {
    const waiting = run(initialView, { type: 'request', request: { era: 'era-first-boom', selected: 'q-seed' } }).state;
    const { state, effects } = run(waiting, { type: 'data', index: null });
    expect(state.data).toBe('none');
    expect(effects).toEqual([]);
    const retried = run(state, { type: 'data', index: ready.index, request: { era: 'era-first-boom', selected: 'q-seed' } });
    expect(retried.effects).toEqual([]);
    expect(retried.state.selectedId).toBe('q-seed');
  });

  it('applies the page’s own request with new data, and lets go of a selection the new data lacks', () => {
    const selected = run(ready, { type: 'request', request: { selected: 'q-seed' } }).state;
    const other = minimalDataset();
    other.quotes = other.quotes.filter((q) => q.id !== 'q-seed');
    other.pairs = [];
    const { state } = run(selected, { type: 'data', index: new DatasetIndex(other), request: { era: 'era-first-winter' } });
    expect(state.selectedId).toBeNull();
    expect(state.window).toEqual(eraWindow('1974', '1980'));
  });
});

describe('reduceView: the reader’s own moves and picks', () => {
  it('tells the page of the reader’s moves, and not of code’s', () => {
    const user = run(ready, { type: 'zoom', factor: 0.5, by: 'user' });
    expect(user.effects).toEqual([{ type: 'moved', window: user.state.window }]);
    expect(run(ready, { type: 'zoom', factor: 0.5, by: 'code' }).effects).toEqual([]);
  });

  it('says nothing when a move changes nothing (already at the bound)', () => {
    const { state, effects } = run(ready, { type: 'zoom', factor: 4, by: 'user' });
    expect(effects).toEqual([{ type: 'moved', window: state.window }]);
    expect(run(state, { type: 'zoom', factor: 4, by: 'user' }).effects).toEqual([]);
  });

  it('pans by a fraction of the window and steps from era to era', () => {
    const era = run(ready, { type: 'focus-era', id: 'era-first-boom', by: 'code' }).state;
    const next = run(era, { type: 'step-era', step: 1, by: 'user' });
    expect(next.state.window).toEqual(eraWindow('1974', '1980'));
    expect(run(next.state, { type: 'step-era', step: -1, by: 'user' }).state.window).toEqual(eraWindow('1956', '1973'));
    const panned = run(era, { type: 'pan', fraction: 0.2, by: 'user' }).state.window;
    expect(panned.from.getTime() - era.window.from.getTime()).toBeCloseTo(0.2 * (era.window.to.getTime() - era.window.from.getTime()), -3);
  });

  it('tells the page of a pick, and of clearing the selection only when something was selected', () => {
    const picked = run(ready, { type: 'pick', id: 'sur-program' });
    expect(picked.state.selectedId).toBe('sur-program');
    expect(picked.effects).toEqual([{ type: 'picked', id: 'sur-program', kind: 'event' }]);
    expect(run(picked.state, { type: 'pick', id: null }).effects).toEqual([{ type: 'picked', id: null, kind: null }]);
    expect(run(ready, { type: 'pick', id: null }).effects).toEqual([]);
  });

  it('shows a picked era whole, and does not move for a picked item', () => {
    const era = run(ready, { type: 'pick', id: 'era-first-winter' });
    expect(era.state.window).toEqual(eraWindow('1974', '1980'));
    expect(era.effects).toEqual([{ type: 'picked', id: 'era-first-winter', kind: 'era' }]);
    expect(run(ready, { type: 'pick', id: 'q-seed' }).state.window).toBe(ready.window);
  });

  it('keeps a window the reader moved to (the drawing reports it), clamped to the bounds', () => {
    const w = { from: startOf('1984'), to: startOf('1990') };
    const { state, effects } = run(ready, { type: 'move', window: w, by: 'user' });
    expect(state.window).toEqual(w);
    expect(effects).toEqual([{ type: 'moved', window: w }]);
  });
});

describe('reduceView: the data’s span', () => {
  const old = minimalDataset();
  for (const e of old.events) e.date = e.date.replace(/^19/, '06');
  for (const q of old.quotes) q.date = q.date.replace(/^19/, '06');
  for (const era of old.eras) Object.assign(era, { start: era.start.replace(/^19/, '06'), end: era.end.replace(/^19/, '06') });
  const span = spanOf(toTimelineEntries(old, 'en'));

  it('opens data of another extent on its own span, and keeps the reader’s window within its bounds', () => {
    const { state } = run(initialView, { type: 'data', index: new DatasetIndex(old), span });
    expect(state.window).toEqual(span.window);
    expect(years(run(state, { type: 'zoom', factor: 64, by: 'user' }).state.window)).toEqual([span.limits.min.getUTCFullYear(), span.limits.max.getUTCFullYear()]);
  });

  it('keeps a window asked for by code before the data came, even far from the span it opened with', () => {
    const asked = { from: startOf('0610'), to: startOf('0620') };
    const waiting = run(initialView, { type: 'move', window: asked, by: 'code' }).state;
    const { state } = run(waiting, { type: 'data', index: new DatasetIndex(old), span });
    expect(state.window).toEqual(asked);
  });
});

describe('reduceView: stepping through a search’s matches', () => {
  // In time order, as the search gives them: 1971, 1973-03, 1984-08.
  const ids = ['sur-program', 'lighthill-report', 'q-seed'];

  it('goes from the middle of the window to the first match after it, selects it, brings it into view and tells the page', () => {
    const at1972 = run(ready, { type: 'move', window: { from: new Date(Date.UTC(1970, 0)), to: new Date(Date.UTC(1975, 0)) }, by: 'code' }).state;
    const { state, effects } = run(at1972, { type: 'step-match', ids, step: 1 });
    expect(state.selectedId).toBe('lighthill-report');
    expect(effects).toEqual([{ type: 'picked', id: 'lighthill-report', kind: 'event' }]);
    const back = run(at1972, { type: 'step-match', ids, step: -1 }).state;
    expect(back.selectedId).toBe('sur-program');
  });

  it('steps from the selected match to the next and previous, round at the ends, moving the window to each', () => {
    const first = run(ready, { type: 'request', request: { selected: 'lighthill-report' } }).state;
    const { state, effects } = run(first, { type: 'step-match', ids, step: 1 });
    expect(state.selectedId).toBe('q-seed');
    const seed = Date.UTC(1984, 7, 1);
    expect(state.window.from.getTime()).toBeLessThanOrEqual(seed);
    expect(state.window.to.getTime()).toBeGreaterThanOrEqual(seed);
    expect(effects).toContainEqual({ type: 'moved', window: state.window });
    expect(run(state, { type: 'step-match', ids, step: 1 }).state.selectedId).toBe('sur-program');
    expect(run(first, { type: 'step-match', ids, step: -1 }).state.selectedId).toBe('sur-program');
  });

  it('does nothing without matches', () => {
    const { state, effects } = run(ready, { type: 'step-match', ids: [], step: 1 });
    expect(state).toBe(ready);
    expect(effects).toEqual([]);
  });
});
