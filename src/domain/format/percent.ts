/**
 * Percentages with integer arithmetic (reference.md §10).
 *
 * Official reports truncate: 2.483/4.466 = 55,5978…% is printed "55,59%", and seed 000
 * prints 13/1.913 = 0,6795…% as "0,67%". The QĐ 766 description says "làm tròn 2 chữ số
 * thập phân", so rounding (half up) is kept behind a switch. Work is done in basis points
 * (hundredths of a percent) with BigInt, so no float rounding ever changes a digit.
 */

import { formatHundredths, formatInteger } from './number.ts';
import { NO_PERCENT } from './words.ts';

export type PercentMode = 'truncate' | 'round';

export interface PercentOptions {
  /** Default 'truncate', as the seeds print. */
  mode?: PercentMode;
}

/** A count over a count, kept whole so a report can print "2.483/4.466" and "55,59%". */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** Hundredths of a percent (5559 = 55,59%) per the chosen mode; null when the denominator is 0. */
  basisPoints: number | null;
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${what} của tỷ lệ phải là số nguyên không âm (nhận được ${String(value)}).`);
  }
}

/**
 * Exact `scale × numerator / denominator`, truncated or rounded half up, as a number.
 * Shared by percentages (scale 10 000) and QĐ 766 points (scale = hundredths of points).
 */
export function scaledQuotient(numerator: number, denominator: number, scale: number, mode: PercentMode = 'truncate'): number {
  const n = BigInt(numerator) * BigInt(scale);
  const d = BigInt(denominator);
  if (d <= 0n) throw new RangeError('Mẫu số phải dương.');
  const quotient = mode === 'truncate' ? n / d : (2n * n + d) / (2n * d);
  return Number(quotient);
}

/** floor(n × 10000 / d) (or rounded half up); null when d = 0. */
export function percentBasisPoints(numerator: number, denominator: number, mode: PercentMode = 'truncate'): number | null {
  assertCount(numerator, 'Tử số');
  assertCount(denominator, 'Mẫu số');
  if (denominator === 0) return null;
  return scaledQuotient(numerator, denominator, 10_000, mode);
}

export function ratio(numerator: number, denominator: number, options: PercentOptions = {}): Ratio {
  return { numerator, denominator, basisPoints: percentBasisPoints(numerator, denominator, options.mode ?? 'truncate') };
}

/** 9179 → "91,79%", 10000 → "100%", 0 → "0%", null → "-". */
export function formatBasisPoints(basisPoints: number | null): string {
  if (basisPoints === null) return NO_PERCENT;
  return `${formatHundredths(basisPoints)}%`;
}

/** 1756/1913 → "91,79%"; 1739/1739 → "100%"; 0/0 → "-". */
export function formatPercent(numerator: number, denominator: number, options: PercentOptions = {}): string {
  return formatBasisPoints(percentBasisPoints(numerator, denominator, options.mode ?? 'truncate'));
}

/** "2.483/4.466" */
export function formatRatio(value: Ratio): string {
  return `${formatInteger(value.numerator)}/${formatInteger(value.denominator)}`;
}

/** "55,59%" (the mode was fixed when the ratio was made). */
export function formatRatioPercent(value: Ratio): string {
  return formatBasisPoints(value.basisPoints);
}
