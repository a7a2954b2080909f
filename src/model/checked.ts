/**
 * Datasets that need no second check: those our loader returned, and the built-in one,
 * which the build checks (vite.config.ts fails on any loader error). Checking 300 records
 * again costs tens of milliseconds on every first paint, and four times that on a phone.
 */
const checked = new WeakSet<object>();

export function markChecked<T extends object>(dataset: T): T {
  checked.add(dataset);
  return dataset;
}

export function isChecked(value: unknown): boolean {
  return typeof value === 'object' && value !== null && checked.has(value);
}
