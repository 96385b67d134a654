/**
 * Shortcuts of the report page (issue 15): this month, last month, this quarter, last quarter,
 * six months and this year, each the named period of the unit's convention around a given day.
 * "Last" is the period just before the one containing `today` (January → December of the year
 * before; Q1 → Q4 of the year before). "6 tháng" is the half-year containing `today` (the
 * "báo cáo 6 tháng" of NĐ 09/2019), like "Năm nay" is the year containing it.
 */

import type { DayNumber } from '../calendar/local-time.ts';
import { periodContaining, type Period, type PeriodConvention } from './period.ts';

export type PeriodShortcutKey = 'this-month' | 'last-month' | 'this-quarter' | 'last-quarter' | 'half-year' | 'this-year';

export interface PeriodShortcut {
  key: PeriodShortcutKey;
  /** Button text: "Tháng này", "Tháng trước", … */
  label: string;
  period: Period;
}

export const PERIOD_SHORTCUT_LABELS: Readonly<Record<PeriodShortcutKey, string>> = {
  'this-month': 'Tháng này',
  'last-month': 'Tháng trước',
  'this-quarter': 'Quý này',
  'last-quarter': 'Quý trước',
  'half-year': '6 tháng',
  'this-year': 'Năm nay',
};

/** The six shortcuts around `today` (a local day), in the order the page shows them. */
export function periodShortcuts(today: DayNumber, convention: PeriodConvention = 'calendar'): PeriodShortcut[] {
  const month = periodContaining(today, 'month', convention);
  const quarter = periodContaining(today, 'quarter', convention);
  const periods: Record<PeriodShortcutKey, Period> = {
    'this-month': month,
    'last-month': periodContaining(month.from - 1, 'month', convention),
    'this-quarter': quarter,
    'last-quarter': periodContaining(quarter.from - 1, 'quarter', convention),
    'half-year': periodContaining(today, 'half-year', convention),
    'this-year': periodContaining(today, 'year', convention),
  };
  return (Object.keys(PERIOD_SHORTCUT_LABELS) as PeriodShortcutKey[]).map((key) => ({ key, label: PERIOD_SHORTCUT_LABELS[key], period: periods[key] }));
}
