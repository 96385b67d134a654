import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, isoDate } from '../calendar/local-time.ts';
import { periodShortcuts, type PeriodShortcutKey } from './period-shortcuts.ts';
import type { PeriodConvention } from './period.ts';

/** key → [from, to, name] of the shortcuts around an ISO day. */
function around(iso: string, convention: PeriodConvention = 'calendar'): Record<PeriodShortcutKey, [string, string, string]> {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const shortcuts = periodShortcuts(dayNumberFromYmd(y, m, d), convention);
  return Object.fromEntries(shortcuts.map((s) => [s.key, [isoDate(s.period.from), isoDate(s.period.to), s.period.name]])) as Record<PeriodShortcutKey, [string, string, string]>;
}

describe('report period shortcuts', () => {
  it('gives the six buttons in order with their Vietnamese labels', () => {
    expect(periodShortcuts(dayNumberFromYmd(2026, 12, 3)).map((s) => s.label)).toEqual(['Tháng này', 'Tháng trước', 'Quý này', 'Quý trước', '6 tháng', 'Năm nay']);
  });

  it('in the middle of a year (3 December 2026)', () => {
    expect(around('2026-12-03')).toEqual({
      'this-month': ['2026-12-01', '2026-12-31', 'Tháng 12 năm 2026'],
      'last-month': ['2026-11-01', '2026-11-30', 'Tháng 11 năm 2026'],
      'this-quarter': ['2026-10-01', '2026-12-31', 'Quý IV năm 2026'],
      'last-quarter': ['2026-07-01', '2026-09-30', 'Quý III năm 2026'],
      'half-year': ['2026-07-01', '2026-12-31', '6 tháng cuối năm 2026'],
      'this-year': ['2026-01-01', '2026-12-31', 'Năm 2026'],
    });
  });

  it('across the year boundary: last month of January is December, last quarter of Q1 is Q4 of the year before', () => {
    expect(around('2027-01-10')).toEqual({
      'this-month': ['2027-01-01', '2027-01-31', 'Tháng 01 năm 2027'],
      'last-month': ['2026-12-01', '2026-12-31', 'Tháng 12 năm 2026'],
      'this-quarter': ['2027-01-01', '2027-03-31', 'Quý I năm 2027'],
      'last-quarter': ['2026-10-01', '2026-12-31', 'Quý IV năm 2026'],
      'half-year': ['2027-01-01', '2027-06-30', '6 tháng đầu năm 2027'],
      'this-year': ['2027-01-01', '2027-12-31', 'Năm 2027'],
    });
  });

  it('February of a leap year ends on the 29th; the last day of a quarter is still in it', () => {
    expect(around('2028-03-31')['last-month']).toEqual(['2028-02-01', '2028-02-29', 'Tháng 02 năm 2028']);
    expect(around('2028-03-31')['this-quarter']).toEqual(['2028-01-01', '2028-03-31', 'Quý I năm 2028']);
    expect(around('2028-04-01')['last-quarter']).toEqual(['2028-01-01', '2028-03-31', 'Quý I năm 2028']);
  });

  it('under the NĐ 09 cut-off (15th → 14th) a day from the 15th on belongs to the next month', () => {
    const cutoff = around('2026-12-20', 'cutoff-15');
    expect(cutoff['this-month']).toEqual(['2026-12-15', '2027-01-14', 'Tháng 01 năm 2027']);
    expect(cutoff['last-month']).toEqual(['2026-11-15', '2026-12-14', 'Tháng 12 năm 2026']);
    expect(cutoff['this-quarter']).toEqual(['2026-12-15', '2027-03-14', 'Quý I năm 2027']);
    expect(cutoff['last-quarter']).toEqual(['2026-09-15', '2026-12-14', 'Quý IV năm 2026']);
    expect(cutoff['this-year']).toEqual(['2026-12-15', '2027-12-14', 'Năm 2027']);
  });
});
