import { vi } from 'vitest';
/**
 * What the browser suites look for after rendering hostile data: elements a payload would
 * need (script, img, iframe…), inline event handlers, and links or sources that are not
 * http(s); plus the sentinel a payload would bump and the dialogs it would open.
 */
import { isUnsafeUrl } from './xss-payloads.ts';

const FORBIDDEN = new Set(['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'MATH', 'BASE', 'META', 'FORM', 'VIDEO', 'AUDIO', 'SOURCE',
  'MARQUEE', 'DETAILS', 'XMP', 'NOSCRIPT', 'ANIMATE', 'SET', 'FOREIGNOBJECT', 'IMAGE', 'USE', 'X', 'ISINDEX', 'BODY', 'TITLE']);
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster', 'srcdoc'];

/** Every element under the roots, shadow roots included (a root element's own shadow root too). */
export function* deepElements(...roots: Array<Element | ShadowRoot | Document>): Generator<Element> {
  for (const root of roots) {
    if (root instanceof Element && root.shadowRoot) yield* deepElements(root.shadowRoot);
    for (const el of root.querySelectorAll('*')) {
      yield el;
      if (el.shadowRoot) yield* deepElements(el.shadowRoot);
    }
  }
}

/** Problems found under the roots: each names the element and what is wrong with it. */
export function hostileMarkup(...roots: Array<Element | ShadowRoot | Document>): string[] {
  const found: string[] = [];
  for (const el of deepElements(...roots)) {
    const tag = el.tagName.toUpperCase();
    // Our own: the disclosure the keyboard list of items sits in (at the top of aiw-item-list's shadow root).
    const ours = tag === 'DETAILS' && el.parentNode instanceof ShadowRoot && el.parentNode.host.localName === 'aiw-item-list';
    if (FORBIDDEN.has(tag) && !ours) found.push(`<${el.tagName.toLowerCase()}> element`);
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) found.push(`<${el.tagName.toLowerCase()} ${attr}>`);
      if (URL_ATTRS.includes(attr.toLowerCase()) && isUnsafeUrl(el.getAttribute(attr) ?? '')) found.push(`<${el.tagName.toLowerCase()} ${attr}="${el.getAttribute(attr)}">`);
      if (attr === 'href' && el.tagName === 'A' && !/^(https?:\/\/|#)/i.test(el.getAttribute(attr)!.trim())) found.push(`<a href="${el.getAttribute(attr)}"> not http(s)`);
    }
  }
  return found;
}

export interface Sentinel {
  /** How many times a payload ran (the page's __xss). */
  executed(): number;
  /** Dialogs that a payload tried to open. */
  dialogs: string[];
  restore(): void;
}

/** Sets window.__xss = 0 and replaces the dialogs (alert, confirm, prompt, print, open) with counters. */
export function installSentinel(): Sentinel {
  const w = window as unknown as Record<string, unknown>;
  w.__xss = 0;
  const dialogs: string[] = [];
  const saved = ['alert', 'confirm', 'prompt', 'print', 'open'].map((name) => [name, w[name]] as const);
  for (const [name] of saved) w[name] = (...args: unknown[]) => void dialogs.push(`${name}(${args.join(',')})`);
  return {
    executed: () => Number(w.__xss),
    dialogs,
    restore: () => saved.forEach(([name, fn]) => (w[name] = fn)),
  };
}

/** Waits until `check` returns something truthy (vis-timeline draws in frames and timers). */
export const until = <T>(check: () => T | null | undefined | false, timeout = 5000) => vi.waitUntil(check, { timeout, interval: 20 }) as Promise<T>;

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface LeakWatch {
  /** Listeners added minus removed on window and on document since the watch began. */
  listeners(target: Window | Document): number;
  /** Timeouts and animation frames scheduled and not yet run or cancelled. */
  pending(): number;
  /** Intervals set and not cleared. */
  intervals(): number;
  restore(): void;
}

/**
 * Counts, by hand, what a component leaves on the page: listeners on window and document,
 * pending timeouts and frames, intervals. (A spy would keep every listener, and so every
 * component, alive in its call log.)
 */
export function installLeakWatch(): LeakWatch {
  const counts = new Map<EventTarget, number>([[window, 0], [document, 0]]);
  const saved = [window, document].map((target) => [target, target.addEventListener, target.removeEventListener] as const);
  for (const [target, add, remove] of saved) {
    target.addEventListener = function (this: EventTarget, ...args: Parameters<typeof add>) {
      counts.set(target, counts.get(target)! + 1);
      return add.apply(this, args);
    };
    target.removeEventListener = function (this: EventTarget, ...args: Parameters<typeof remove>) {
      counts.set(target, counts.get(target)! - 1);
      return remove.apply(this, args);
    };
  }
  const pending = new Set<number>();
  const { setTimeout, clearTimeout, setInterval, clearInterval, requestAnimationFrame, cancelAnimationFrame } = window;
  const timers = { setTimeout, clearTimeout, setInterval, clearInterval, requestAnimationFrame, cancelAnimationFrame };
  let intervals = 0;
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const id: number = setTimeout(() => {
      pending.delete(id);
      if (typeof fn === 'function') (fn as (...a: unknown[]) => void)(...rest);
    }, ms);
    pending.add(id);
    return id;
  }) as never;
  window.clearTimeout = ((id: number) => (pending.delete(id), clearTimeout(id))) as never;
  window.requestAnimationFrame = ((fn: FrameRequestCallback) => {
    const id = requestAnimationFrame((t) => (pending.delete(-id), fn(t)));
    pending.add(-id);
    return id;
  }) as never;
  window.cancelAnimationFrame = ((id: number) => (pending.delete(-id), cancelAnimationFrame(id))) as never;
  window.setInterval = ((...args: Parameters<typeof setInterval>) => (intervals++, setInterval(...args))) as never;
  window.clearInterval = ((id: number) => (intervals--, clearInterval(id))) as never;
  return {
    listeners: (target) => counts.get(target)!,
    pending: () => pending.size,
    intervals: () => intervals,
    restore: () => {
      for (const [target, add, remove] of saved) Object.assign(target, { addEventListener: add, removeEventListener: remove });
      Object.assign(window, timers);
    },
  };
}

/** Three forced garbage collections (the browser project starts Chromium with --expose-gc). */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('no gc(): Chromium must run with --js-flags=--expose-gc');
  for (let i = 0; i < 3; i++) {
    gc();
    await pause(20);
  }
}

/**
 * How many of `refs` are still alive once collected, after up to five more collections while
 * more than `expected` are. A leak keeps the objects of every cycle (or of every cycle down one
 * path): hundreds. What the collector keeps otherwise is a few, at random: a late timer or task
 * on a loaded machine, or a stale reference Chromium's DOM collector treats as live (up to 24 of
 * 1,200 seen in CI). Bound the result by a small share of `refs` (LEAK_SHARE), not by zero.
 */
export async function keptAfterCollecting(refs: Array<WeakRef<object>>, expected: number): Promise<number> {
  const kept = () => refs.filter((ref) => ref.deref() !== undefined).length;
  await collectGarbage();
  for (let tries = 0; tries < 5 && kept() > expected; tries++) {
    await pause(500);
    await collectGarbage();
  }
  return kept();
}

/** The share of tracked objects still alive above which a cycle test calls it a leak. */
export const LEAK_SHARE = 0.05;

/** The JS heap in use (Chromium's performance.memory). */
export const usedHeap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
