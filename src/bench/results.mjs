// The bench's figures, one flat object: key → median (or null), with key:min, key:max,
// key:runs and key:reason beside it. What --json writes and the table reads.
import { summary } from './stats.mjs';

/** Records the median of a figure's runs; with no usable run, null and the reason. */
export function record(results, key, values, reason) {
  const s = summary(values.filter((v) => typeof v === 'number' && Number.isFinite(v)));
  results[key] = s.median;
  if (s.runs > 1) {
    results[`${key}:min`] = s.min;
    results[`${key}:max`] = s.max;
  }
  results[`${key}:runs`] = s.runs;
  if (s.median === null) results[`${key}:reason`] = reason ?? 'no run produced a value';
}

export function recordNull(results, key, reason) {
  results[key] = null;
  results[`${key}:runs`] = 0;
  results[`${key}:reason`] = reason;
}
