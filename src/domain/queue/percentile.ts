/**
 * Percentiles by the nearest-rank method: the p-th percentile of n values is the k-th smallest,
 * k = ⌈p·n/100⌉ (k ≥ 1). It is always an observed value (whole minutes stay whole), the median
 * of an even count is the lower middle value, and it is exactly PostgreSQL's
 * `percentile_disc(p/100) WITHIN GROUP (ORDER BY x)`, so report SQL can reproduce it
 * (docs/queue.md §Figures).
 */

import { HELPER_ERRORS } from './labels.ts';

/** Rank (1-based) of the p-th percentile among n values; integer arithmetic, no float error. */
export function nearestRank(percent: number, count: number): number {
  if (!Number.isInteger(percent) || percent < 0 || percent > 100) throw new RangeError(HELPER_ERRORS.percentile);
  return Math.max(1, Math.ceil((percent * count) / 100));
}

/** The p-th percentile of `values` (any order), or null when there are none. */
export function percentile(values: readonly number[], percent: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(percent, sorted.length) - 1]!;
}

export interface MedianP90 {
  median: number | null;
  p90: number | null;
}

export function medianAndP90(values: readonly number[]): MedianP90 {
  if (values.length === 0) return { median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[nearestRank(50, sorted.length) - 1]!, p90: sorted[nearestRank(90, sorted.length) - 1]! };
}
