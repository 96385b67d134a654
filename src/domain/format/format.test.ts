import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatBasisPoints,
  formatDate,
  formatDateInText,
  formatDateLong,
  formatDateTime,
  formatDateTimeLong,
  formatHundredths,
  formatInteger,
  formatMoney,
  formatMoneyTable,
  formatPercent,
  formatRatio,
  formatRatioPercent,
  percentBasisPoints,
  ratio,
} from './index.ts';
import { atMinute, dayNumberFromYmd } from '../calendar/local-time.ts';

describe('formatInteger', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1.000'],
    [1913, '1.913'],
    [4466, '4.466'],
    [13138, '13.138'],
    [1234567, '1.234.567'],
    [-1200, '-1.200'],
  ])('%d → %s', (value, text) => {
    expect(formatInteger(value)).toBe(text);
  });
  it('refuses fractions and unsafe integers', () => {
    expect(() => formatInteger(1.5)).toThrow(RangeError);
    expect(() => formatInteger(Number.NaN)).toThrow(RangeError);
    expect(() => formatInteger(2 ** 60)).toThrow(RangeError);
  });
  it('reads back to the same number once the dots are removed', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (value) => {
        const text = formatInteger(value);
        expect(Number(text.replaceAll('.', ''))).toBe(value);
        expect(text).toMatch(/^-?\d{1,3}(\.\d{3})*$/);
      }),
    );
  });
});

describe('formatPercent (truncating by default, as the seeds print)', () => {
  it.each([
    [1756, 1913, '91,79%'],
    [13, 1913, '0,67%'],
    [11, 1913, '0,57%'],
    [17, 1913, '0,88%'],
    [2483, 4466, '55,59%'],
    [1212, 3144, '38,54%'],
    [4365, 4368, '99,93%'],
    [1739, 1739, '100%'],
    [593, 593, '100%'],
    [12896, 13138, '98,15%'],
    [48, 160, '30%'],
    [0, 1913, '0%'],
    [6, 1000, '0,60%'],
    [3, 2, '150%'],
    [0, 0, '-'],
  ])('%d/%d → %s', (numerator, denominator, text) => {
    expect(formatPercent(numerator, denominator)).toBe(text);
  });
  it('rounds half up on request: 2.483/4.466 → 55,60%', () => {
    expect(formatPercent(2483, 4466, { mode: 'round' })).toBe('55,60%');
    expect(formatPercent(13, 1913, { mode: 'round' })).toBe('0,68%');
    expect(formatPercent(1, 8, { mode: 'round' })).toBe('12,50%');
    expect(formatPercent(1, 80000, { mode: 'round' })).toBe('0%');
    expect(formatPercent(1, 20000, { mode: 'round' })).toBe('0,01%');
    expect(formatPercent(0, 0, { mode: 'round' })).toBe('-');
  });
  it('refuses negative or fractional counts', () => {
    expect(() => formatPercent(-1, 3)).toThrow(RangeError);
    expect(() => formatPercent(1, 2.5)).toThrow(RangeError);
  });
  it('is exact where floats are not: 0,29 × 100 is not 29 in binary', () => {
    // 29/100 = 0.29 and 0.29 * 10000 = 2899.9999999999995 in IEEE doubles.
    expect(formatPercent(29, 100)).toBe('29%');
    expect(formatPercent(29, 10000)).toBe('0,29%');
    expect(percentBasisPoints(29, 100)).toBe(2900);
    expect(percentBasisPoints(57, 100)).toBe(5700);
  });
  it('truncation never exceeds rounding and they differ by at most one basis point', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (n, d) => {
        const truncated = percentBasisPoints(n, d, 'truncate')!;
        const rounded = percentBasisPoints(n, d, 'round')!;
        expect(rounded - truncated).toBeGreaterThanOrEqual(0);
        expect(rounded - truncated).toBeLessThanOrEqual(1);
        // floor definition: truncated ≤ n·10000/d < truncated + 1
        expect(BigInt(truncated) * BigInt(d) <= BigInt(n) * 10000n).toBe(true);
        expect(BigInt(truncated + 1) * BigInt(d) > BigInt(n) * 10000n).toBe(true);
      }),
    );
  });
  it('prints whole values without decimals and the rest with exactly two', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), (bp) => {
        expect(formatBasisPoints(bp)).toMatch(bp % 100 === 0 ? /^\d{1,3}(\.\d{3})*%$/ : /^\d{1,3}(\.\d{3})*,\d\d%$/);
      }),
    );
  });
});

describe('ratio', () => {
  it('keeps both counts and the basis points', () => {
    const online = ratio(2483, 4466);
    expect(online).toEqual({ numerator: 2483, denominator: 4466, basisPoints: 5559 });
    expect(formatRatio(online)).toBe('2.483/4.466');
    expect(formatRatioPercent(online)).toBe('55,59%');
    expect(ratio(2483, 4466, { mode: 'round' }).basisPoints).toBe(5560);
    expect(ratio(0, 0)).toEqual({ numerator: 0, denominator: 0, basisPoints: null });
    expect(formatRatioPercent(ratio(0, 0))).toBe('-');
  });
});

describe('formatHundredths', () => {
  it('prints points and other fixed-point values', () => {
    expect(formatHundredths(1965)).toBe('19,65');
    expect(formatHundredths(2000)).toBe('20');
    expect(formatHundredths(5)).toBe('0,05');
    expect(formatHundredths(-150)).toBe('-1,50');
    expect(formatHundredths(123456700)).toBe('1.234.567');
  });
});

describe('formatMoney', () => {
  it('prints đồng with the unit in text and without it in tables', () => {
    expect(formatMoney(53_366_000)).toBe('53.366.000 đồng');
    expect(formatMoney(5_966_000)).toBe('5.966.000 đồng');
    expect(formatMoney(75_000)).toBe('75.000 đồng');
    expect(formatMoney(0)).toBe('0 đồng');
    expect(formatMoneyTable(53_366_000)).toBe('53.366.000');
    expect(() => formatMoney(10.5)).toThrow(RangeError);
  });
});

describe('dates', () => {
  const jan5 = dayNumberFromYmd(2026, 1, 5);
  const mar5 = dayNumberFromYmd(2026, 3, 5);
  it('tables always use two digits', () => {
    expect(formatDate(jan5)).toBe('05/01/2026');
    expect(formatDate(mar5)).toBe('05/03/2026');
    expect(formatDate(dayNumberFromYmd(2025, 12, 15))).toBe('15/12/2025');
  });
  it('running text follows NĐ 30: zero before day < 10 and months 1 and 2 only', () => {
    expect(formatDateLong(jan5)).toBe('ngày 05 tháng 01 năm 2026');
    expect(formatDateLong(dayNumberFromYmd(2026, 2, 23))).toBe('ngày 23 tháng 02 năm 2026');
    expect(formatDateLong(mar5)).toBe('ngày 05 tháng 3 năm 2026');
    expect(formatDateLong(dayNumberFromYmd(2026, 11, 24))).toBe('ngày 24 tháng 11 năm 2026');
    expect(formatDateInText(dayNumberFromYmd(2026, 4, 15))).toBe('15/4/2026');
    expect(formatDateInText(dayNumberFromYmd(2025, 7, 1))).toBe('01/7/2025');
    expect(formatDateInText(dayNumberFromYmd(2026, 1, 17))).toBe('17/01/2026');
    expect(formatDateInText(dayNumberFromYmd(2026, 2, 15))).toBe('15/02/2026');
  });
  it('times', () => {
    expect(formatDateTimeLong(atMinute(jan5, 8 * 60 + 30))).toBe('08 giờ 30 phút, ngày 05 tháng 01 năm 2026');
    expect(formatDateTimeLong(atMinute(mar5, 15 * 60))).toBe('15 giờ 00 phút, ngày 05 tháng 3 năm 2026');
    expect(formatDateTime(atMinute(jan5, 8 * 60 + 30))).toBe('08:30 05/01/2026');
    expect(formatDateTime(atMinute(jan5, 23 * 60 + 59))).toBe('23:59 05/01/2026');
    expect(formatDateTime(atMinute(jan5, 0))).toBe('00:00 05/01/2026');
  });
  it('handles dates before 1970', () => {
    expect(formatDate(dayNumberFromYmd(1969, 12, 31))).toBe('31/12/1969');
    expect(formatDateTime(atMinute(dayNumberFromYmd(1969, 12, 31), 7 * 60))).toBe('07:00 31/12/1969');
  });
});
