import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipPeriod, parsePeriodSpec, periodContaining, periodWindow, reportPeriod, type Period, type PeriodConvention } from './period.ts';
import { dayAt } from '../../../test/support/kpi-builders.ts';
import { isoDate } from '../calendar/local-time.ts';

const days = (period: Period): [string, string] => [isoDate(period.from), isoDate(period.to)];

describe('cut-off convention (NĐ 09/2019: 15th → 14th)', () => {
  it('month: 15th of the previous month to the 14th', () => {
    const may = reportPeriod({ kind: 'month', year: 2026, month: 5 }, 'cutoff-15');
    expect(days(may)).toEqual(['2026-04-15', '2026-05-14']);
    expect(may.name).toBe('Tháng 5 năm 2026');
    expect(may.label).toBe('Tháng 5 năm 2026 (từ ngày 15/4/2026 đến ngày 14/5/2026)');
  });
  it('January starts in December of the previous year, and months 1–2 print with a zero', () => {
    const january = reportPeriod({ kind: 'month', year: 2026, month: 1 }, 'cutoff-15');
    expect(days(january)).toEqual(['2025-12-15', '2026-01-14']);
    expect(january.label).toBe('Tháng 01 năm 2026 (từ ngày 15/12/2025 đến ngày 14/01/2026)');
  });
  it('quarter: 15th of the month before it to the 14th of its last month', () => {
    expect(days(reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, 'cutoff-15'))).toEqual(['2025-12-15', '2026-03-14']);
    expect(days(reportPeriod({ kind: 'quarter', year: 2026, quarter: 2 }, 'cutoff-15'))).toEqual(['2026-03-15', '2026-06-14']);
    expect(days(reportPeriod({ kind: 'quarter', year: 2026, quarter: 4 }, 'cutoff-15'))).toEqual(['2026-09-15', '2026-12-14']);
    expect(reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, 'cutoff-15').name).toBe('Quý I năm 2026');
  });
  it('six months: 15/12 → 14/6, and (by extension) 15/6 → 14/12', () => {
    const first = reportPeriod({ kind: 'half-year', year: 2026, half: 1 }, 'cutoff-15');
    expect(days(first)).toEqual(['2025-12-15', '2026-06-14']);
    expect(first.name).toBe('6 tháng đầu năm 2026');
    const second = reportPeriod({ kind: 'half-year', year: 2026, half: 2 }, 'cutoff-15');
    expect(days(second)).toEqual(['2026-06-15', '2026-12-14']);
    expect(second.name).toBe('6 tháng cuối năm 2026');
  });
  it('year: 15/12 of the previous year → 14/12', () => {
    const year = reportPeriod({ kind: 'year', year: 2026 }, 'cutoff-15');
    expect(days(year)).toEqual(['2025-12-15', '2026-12-14']);
    expect(year.label).toBe('Năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)');
  });
});

describe('calendar convention', () => {
  it('months, including a leap February', () => {
    expect(days(reportPeriod({ kind: 'month', year: 2028, month: 2 }))).toEqual(['2028-02-01', '2028-02-29']);
    expect(days(reportPeriod({ kind: 'month', year: 2026, month: 2 }))).toEqual(['2026-02-01', '2026-02-28']);
    expect(days(reportPeriod({ kind: 'month', year: 2026, month: 12 }))).toEqual(['2026-12-01', '2026-12-31']);
  });
  it('quarters, halves and years', () => {
    expect(days(reportPeriod({ kind: 'quarter', year: 2025, quarter: 3 }))).toEqual(['2025-07-01', '2025-09-30']);
    expect(days(reportPeriod({ kind: 'half-year', year: 2026, half: 1 }))).toEqual(['2026-01-01', '2026-06-30']);
    expect(days(reportPeriod({ kind: 'half-year', year: 2026, half: 2 }))).toEqual(['2026-07-01', '2026-12-31']);
    expect(days(reportPeriod({ kind: 'year', year: 2026 }))).toEqual(['2026-01-01', '2026-12-31']);
  });
});

describe("the seeds' report periods", () => {
  it('seed 000: quarter I under the cut-off, written on 11/3 (clipped)', () => {
    const quarter = clipPeriod(reportPeriod({ kind: 'quarter', year: 2026, quarter: 1 }, 'cutoff-15'), { to: dayAt('2026-03-11') });
    expect(quarter.label).toBe('Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 11/3/2026)');
    const month = clipPeriod(reportPeriod({ kind: 'month', year: 2026, month: 3 }, 'cutoff-15'), { to: dayAt('2026-03-11') });
    expect(month.label).toBe('Tháng 3 năm 2026 (từ ngày 15/02/2026 đến ngày 11/3/2026)');
  });
  it('seed 002: calendar quarter III 2025 up to 19/9', () => {
    const quarter = clipPeriod(reportPeriod({ kind: 'quarter', year: 2025, quarter: 3 }), { to: dayAt('2025-09-19') });
    expect(quarter.label).toBe('Quý III năm 2025 (từ ngày 01/7/2025 đến ngày 19/9/2025)');
  });
  it('seed 003: month 5 under the cut-off is 15/4–14/5/2026', () => {
    expect(days(reportPeriod({ kind: 'month', year: 2026, month: 5 }, 'cutoff-15'))).toEqual(['2026-04-15', '2026-05-14']);
  });
  it('seed 004: month 02 counted 17/01–13/02/2026 (inside the cut-off month, clipped at both ends)', () => {
    const month = clipPeriod(reportPeriod({ kind: 'month', year: 2026, month: 2 }, 'cutoff-15'), { from: dayAt('2026-01-17'), to: dayAt('2026-02-13') });
    expect(month.label).toBe('Tháng 02 năm 2026 (từ ngày 17/01/2026 đến ngày 13/02/2026)');
    expect(days(month)).toEqual(['2026-01-17', '2026-02-13']);
  });
  it('custom ranges are named by their days', () => {
    const custom = reportPeriod({ kind: 'custom', from: dayAt('2026-02-15'), to: dayAt('2026-03-11') });
    expect(custom.name).toBe('Từ ngày 15/02/2026 đến ngày 11/3/2026');
    expect(custom.label).toBe(custom.name);
  });
});

describe('validation', () => {
  it('refuses impossible specs and empty clips', () => {
    expect(() => reportPeriod({ kind: 'month', year: 2026, month: 13 })).toThrow(RangeError);
    expect(() => reportPeriod({ kind: 'custom', from: dayAt('2026-03-02'), to: dayAt('2026-03-01') })).toThrow(RangeError);
    const march = reportPeriod({ kind: 'month', year: 2026, month: 3 });
    expect(() => clipPeriod(march, { from: dayAt('2026-04-01') })).toThrow(RangeError);
    expect(days(clipPeriod(march, { from: dayAt('2026-02-01'), to: dayAt('2026-05-01') }))).toEqual(['2026-03-01', '2026-03-31']);
  });
});

describe('windows and lookup', () => {
  it('a window covers whole days: 00:00 of the first day to 00:00 after the last', () => {
    const window = periodWindow({ from: dayAt('2026-03-01'), to: dayAt('2026-03-31') });
    expect(window.start).toBe(dayAt('2026-03-01') * 1440);
    expect(window.end).toBe(dayAt('2026-04-01') * 1440);
  });
  it('finds the period that contains a day', () => {
    expect(days(periodContaining(dayAt('2026-05-14'), 'month', 'cutoff-15'))).toEqual(['2026-04-15', '2026-05-14']);
    expect(days(periodContaining(dayAt('2026-05-15'), 'month', 'cutoff-15'))).toEqual(['2026-05-15', '2026-06-14']);
    expect(days(periodContaining(dayAt('2025-12-20'), 'quarter', 'cutoff-15'))).toEqual(['2025-12-15', '2026-03-14']);
    expect(days(periodContaining(dayAt('2025-12-20'), 'year', 'cutoff-15'))).toEqual(['2025-12-15', '2026-12-14']);
    expect(days(periodContaining(dayAt('2026-05-15'), 'month'))).toEqual(['2026-05-01', '2026-05-31']);
    expect(days(periodContaining(dayAt('2026-07-01'), 'half-year'))).toEqual(['2026-07-01', '2026-12-31']);
  });
  it('parses command-line periods', () => {
    expect(parsePeriodSpec('2026-05')).toEqual({ kind: 'month', year: 2026, month: 5 });
    expect(parsePeriodSpec('2026-q1')).toEqual({ kind: 'quarter', year: 2026, quarter: 1 });
    expect(parsePeriodSpec('2026-H2')).toEqual({ kind: 'half-year', year: 2026, half: 2 });
    expect(parsePeriodSpec('2026')).toEqual({ kind: 'year', year: 2026 });
    expect(parsePeriodSpec('2026-02-15..2026-03-11')).toEqual({ kind: 'custom', from: dayAt('2026-02-15'), to: dayAt('2026-03-11') });
    expect(parsePeriodSpec('2026-13')).toBeUndefined();
    expect(parsePeriodSpec('2026-03-11..2026-02-15')).toBeUndefined();
    expect(parsePeriodSpec('tháng 5')).toBeUndefined();
  });
});

describe('properties', () => {
  const conventions: PeriodConvention[] = ['calendar', 'cutoff-15'];
  it('consecutive months tile time without gaps or overlaps, and make up the quarters and the year', () => {
    for (const convention of conventions) {
      fc.assert(
        fc.property(fc.integer({ min: 1990, max: 2100 }), (year) => {
          const months = Array.from({ length: 12 }, (_, index) => reportPeriod({ kind: 'month', year, month: index + 1 }, convention));
          months.slice(1).forEach((month, index) => expect(month.from).toBe(months[index]!.to + 1));
          const next = reportPeriod({ kind: 'month', year: year + 1, month: 1 }, convention);
          expect(next.from).toBe(months[11]!.to + 1);
          for (const quarter of [1, 2, 3, 4] as const) {
            const period = reportPeriod({ kind: 'quarter', year, quarter }, convention);
            expect([period.from, period.to]).toEqual([months[quarter * 3 - 3]!.from, months[quarter * 3 - 1]!.to]);
          }
          const halves = [1, 2].map((half) => reportPeriod({ kind: 'half-year', year, half: half as 1 | 2 }, convention));
          expect(halves[1]!.from).toBe(halves[0]!.to + 1);
          const whole = reportPeriod({ kind: 'year', year }, convention);
          expect([whole.from, whole.to]).toEqual([months[0]!.from, months[11]!.to]);
          expect([halves[0]!.from, halves[1]!.to]).toEqual([whole.from, whole.to]);
        }),
        { numRuns: 40 },
      );
    }
  });
  it('the period containing a day contains it', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayAt('1990-01-01'), max: dayAt('2100-12-31') }), fc.constantFrom(...conventions), fc.constantFrom('month' as const, 'quarter' as const, 'half-year' as const, 'year' as const), (day, convention, kind) => {
        const period = periodContaining(day, kind, convention);
        expect(period.from).toBeLessThanOrEqual(day);
        expect(period.to).toBeGreaterThanOrEqual(day);
      }),
    );
  });
});
