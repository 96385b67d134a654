import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { medianAndP90, nearestRank, percentile } from './percentile.ts';

describe('nearest-rank percentiles (= PostgreSQL percentile_disc)', () => {
  it('picks the k-th smallest value, k = ⌈p·n/100⌉', () => {
    // percentile_disc(0.5) over 1..10 is 5 (cume_dist 0.5 first reached at the 5th row); 0.9 → 9.
    expect(medianAndP90([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ median: 5, p90: 9 });
    // Odd count: the middle value; p90 of 7 values: ⌈6,3⌉ = 7th.
    expect(medianAndP90([3, 1, 2, 7, 5, 4, 6])).toEqual({ median: 4, p90: 7 });
    expect(medianAndP90([42])).toEqual({ median: 42, p90: 42 });
    expect(medianAndP90([])).toEqual({ median: null, p90: null });
    expect(percentile([5, 1], 0)).toBe(1);
    expect(percentile([5, 1], 100)).toBe(5);
    expect(nearestRank(90, 30)).toBe(27);
    expect(() => nearestRank(95.5, 10)).toThrow(RangeError);
  });

  it('always returns an observed value with at least p% of the values at or below it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 0, max: 100 }), (values, p) => {
        const value = percentile(values, p)!;
        expect(values).toContain(value);
        expect(values.filter((v) => v <= value).length * 100).toBeGreaterThanOrEqual(p * values.length);
        expect(values.filter((v) => v < value).length * 100).toBeLessThan(Math.max(1, p * values.length));
      }),
    );
  });
});
