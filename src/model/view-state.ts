/**
 * The timeline's view: the window it shows and the item selected, as one value changed only
 * by `reduceView`. Requests from code (attributes, properties, methods) and the user's own
 * moves and picks go through it alike; what the page must hear about comes back as effects.
 * Pure, so it is tested in node.
 */
import type { DatasetIndex } from './dataset-index.ts';
import { startOf } from './dates.ts';
import { clampWindow, DEFAULT_SPAN, eraWindow, panWindow, revealWindow, sameWindow, zoomWindow, type DataSpan, type TimeWindow } from './time-window.ts';
import { notAnEra, notAnItem, resolveWindow, type WindowBound } from './view-request.ts';

/** Who asked: the reader (the page hears of it) or code (it does not: it knows). */
export type Actor = 'user' | 'code';
export type PickedKind = 'event' | 'quote' | 'era' | 'forecast';

/** What code asks to show. `from` and `to` win over `era`; `selected` is brought into view. */
export interface ViewRequest {
  era?: string | null;
  from?: WindowBound;
  to?: WindowBound;
  selected?: string | null;
}

export interface ViewState {
  readonly window: TimeWindow;
  /** The data's span: the window to fit to, and the limits every window is kept inside. */
  readonly span: DataSpan;
  readonly selectedId: string | null;
  /** Asked for while the data was on its way: checked against it when it comes. */
  readonly pending: ViewRequest;
  /** The data the view refers to; null while there is none. */
  readonly index: DatasetIndex | null;
  /** `waiting`: data is coming; `ready`: it is in; `none`: it could not be used. */
  readonly data: 'waiting' | 'ready' | 'none';
}

export type ViewAction =
  | { type: 'request'; request: ViewRequest }
  /** New data (or none). With a span (`spanOf` its entries) unlike the current one, the view opens on it. */
  | { type: 'data'; index: DatasetIndex | null; request?: ViewRequest; span?: DataSpan }
  /** Show the whole data (its span's window). */
  | { type: 'fit'; by: Actor }
  | { type: 'move'; window: TimeWindow; by: Actor }
  | { type: 'zoom'; factor: number; by: Actor }
  | { type: 'pan'; fraction: number; by: Actor }
  | { type: 'step-era'; step: -1 | 1; by: Actor }
  | { type: 'focus-era'; id: string; by: Actor }
  | { type: 'pick'; id: string | null }
  /** The reader stepped to the next (1) or previous (-1) of `ids` (a search's matches, in time order): it is selected and brought into view. */
  | { type: 'step-match'; ids: readonly string[]; step: -1 | 1 };

export type ViewEffect =
  | { type: 'problem'; message: string }
  /** The reader moved the window: tell the page (aiw-range-change). */
  | { type: 'moved'; window: TimeWindow }
  /** The reader picked an item or an era, or cleared the selection: tell the page (aiw-select). */
  | { type: 'picked'; id: string | null; kind: PickedKind | null };

export interface ViewResult {
  state: ViewState;
  effects: ViewEffect[];
}

export const initialView: ViewState = { window: DEFAULT_SPAN.window, span: DEFAULT_SPAN, selectedId: null, pending: {}, index: null, data: 'waiting' };

/** The next view after an action, and what the page must be told. An action that changes nothing returns the same state. */
export function reduceView(state: ViewState, action: ViewAction): ViewResult {
  const effects: ViewEffect[] = [];
  const next = apply(state, action, effects);
  return { state: next, effects };
}

function apply(state: ViewState, action: ViewAction, effects: ViewEffect[]): ViewState {
  switch (action.type) {
    case 'request':
      if (state.data === 'waiting') return withPending(state, action.request);
      return request(state, action.request, effects);
    case 'data': {
      const index = action.index;
      const base: ViewState = { ...state, index, data: index ? 'ready' : 'none', pending: {} };
      // Data of another extent opens on its own span; the same extent keeps the reader's window.
      if (action.span && !sameSpan(action.span, state.span)) Object.assign(base, { span: action.span, window: action.span.window });
      // A selection the new data does not hold is let go (it is not the reader's mistake).
      if (base.selectedId && !index?.get(base.selectedId)) Object.assign(base, { selectedId: null });
      return request(base, { ...action.request, ...state.pending }, effects);
    }
    case 'move':
      // Asked for by code before the data came: kept too, so that the data's own span (and its
      // bounds, perhaps centuries away) do not override it when it comes.
      if (state.data === 'waiting' && action.by === 'code') return withPending(move(state, action.window, 'code', effects), { era: null, from: action.window.from, to: action.window.to });
      return move(state, action.window, action.by, effects);
    case 'fit':
      return move(state, state.span.window, action.by, effects);
    case 'zoom':
      return move(state, zoomWindow(state.window, action.factor), action.by, effects);
    case 'pan':
      return move(state, panWindow(state.window, action.fraction), action.by, effects);
    case 'step-era': {
      const { from, to } = state.window;
      const era = state.index?.neighbourEra(new Date((from.getTime() + to.getTime()) / 2), action.step);
      return era ? move(state, eraWindow(era.start, era.end), action.by, effects) : state;
    }
    case 'focus-era':
      if (state.data === 'waiting') return withPending(state, { era: action.id, from: null, to: null });
      return request(state, { era: action.id }, effects);
    case 'pick':
      return pick(state, action.id, effects);
    case 'step-match':
      return stepMatch(state, action.ids, action.step, effects);
  }
}

/** Kept for when the data comes: later requests override earlier ones, field by field. */
function withPending(state: ViewState, request: ViewRequest): ViewState {
  const pending = { ...state.pending };
  for (const [key, value] of Object.entries(request) as Array<[keyof ViewRequest, ViewRequest[keyof ViewRequest]]>) {
    if (value !== undefined) Object.assign(pending, { [key]: value });
  }
  return { ...state, pending };
}

/** A request from code, checked against the data (or its absence): the window first, then the selection in it. */
function request(state: ViewState, req: ViewRequest, effects: ViewEffect[]): ViewState {
  let next = state;
  const problem = (message: string) => effects.push({ type: 'problem', message });
  const { window, problems } = resolveWindow(req.from, req.to);
  problems.forEach(problem);
  let eraView: TimeWindow | undefined;
  // Without data (it could not be used), ids cannot be checked: the load's own error says why,
  // rather than a second, misleading line that the era or the item does not exist.
  const known = state.index !== null;
  if (req.era && known) {
    const era = state.index?.get(req.era);
    if (era?.kind === 'era') eraView = eraWindow(era.record.start, era.record.end);
    else problem(notAnEra(req.era));
  }
  const to = window ?? eraView;
  if (to) next = move(next, to, 'code', effects);
  if (req.selected === null || req.selected === '') {
    if (next.selectedId !== null) next = { ...next, selectedId: null };
  } else if (req.selected !== undefined && known && req.selected !== next.selectedId) {
    const found = next.index?.get(req.selected);
    if (!found || found.kind === 'era') problem(notAnItem(req.selected));
    else {
      const reveal = revealWindow(next.window, startOf(next.index!.dateOf(found)));
      next = { ...next, selectedId: req.selected };
      if (reveal) next = move(next, reveal, 'code', effects);
    }
  }
  return next;
}

/** Moves the window (kept inside the bounds). The reader's own moves are told to the page. */
function move(state: ViewState, window: TimeWindow, by: Actor, effects: ViewEffect[]): ViewState {
  const clamped = clampWindow(window, state.span.limits);
  if (sameWindow(clamped, state.window)) return state;
  if (by === 'user') effects.push({ type: 'moved', window: clamped });
  return { ...state, window: clamped };
}

function sameSpan(a: DataSpan, b: DataSpan): boolean {
  const l = a.limits;
  const m = b.limits;
  return sameWindow(a.window, b.window) && sameWindow({ from: l.min, to: l.max }, { from: m.min, to: m.max }) && l.zoomMin === m.zoomMin;
}

/** The reader picked something in the drawing or the list (null: cleared the selection). An era is also shown whole. */
function pick(state: ViewState, id: string | null, effects: ViewEffect[]): ViewState {
  const found = id === null ? undefined : state.index?.get(id);
  if (id !== null && !found) return state;
  if (!found) {
    if (state.selectedId === null) return state;
    effects.push({ type: 'picked', id: null, kind: null });
    return { ...state, selectedId: null };
  }
  let next: ViewState = state.selectedId === id ? state : { ...state, selectedId: id };
  if (found.kind === 'era') next = move(next, eraWindow(found.record.start, found.record.end), 'code', effects);
  effects.push({ type: 'picked', id, kind: found.kind });
  return next;
}

/**
 * From the selected match to the next or previous one (round at the ends); with none of them
 * selected, from the middle of the window to the first match after it (or the last before it).
 */
function stepMatch(state: ViewState, ids: readonly string[], step: -1 | 1, effects: ViewEffect[]): ViewState {
  const index = state.index;
  if (!index || !ids.length) return state;
  const at = state.selectedId ? ids.indexOf(state.selectedId) : -1;
  let i: number;
  if (at >= 0) i = (at + step + ids.length) % ids.length;
  else {
    const middle = (state.window.from.getTime() + state.window.to.getTime()) / 2;
    const times = ids.map((id) => {
      const found = index.get(id);
      return found ? startOf(index.dateOf(found)).getTime() : NaN;
    });
    i = step > 0 ? times.findIndex((t) => t > middle) : times.length - 1 - [...times].reverse().findIndex((t) => t < middle);
    if (i >= times.length) i = -1;
    if (i < 0) i = step > 0 ? 0 : ids.length - 1;
  }
  const found = index.get(ids[i]);
  if (!found) return state;
  let next = pick(state, ids[i], effects);
  const reveal = revealWindow(next.window, startOf(index.dateOf(found)));
  if (reveal) next = move(next, reveal, 'user', effects);
  return next;
}
