/**
 * Report periods (kỳ báo cáo).
 *
 * Two conventions, chosen per unit (reference.md §3, open question 9):
 * - 'calendar': calendar months, quarters, halves and years (what most provincial
 *   systems print, e.g. seed 002 "quý III năm 2025 (từ ngày 01/7/2025 …)");
 * - 'cutoff-15': NĐ 09/2019/NĐ-CP data cut-off: a month runs from the 15th of the previous
 *   month to the 14th; a quarter from the 15th of the month before it to the 14th of its
 *   last month; the first six months from 15/12 of the previous year to 14/6; the year from
 *   15/12 of the previous year to 14/12. NĐ 09 defines no second-half report; by the same
 *   rule we take 15/6 → 14/12.
 *
 * A period is a range of whole local days, both ends included. Reports written before the
 * period ends print the shortened range under the period's name (seed 000: "quý I … (từ
 * ngày 15/12/2025 đến ngày 11/03/2026)"); `clipPeriod` makes those.
 */

import { dayNumberFromYmd, daysInMonth, parseIsoDate, ymdFromDayNumber, MINUTES_PER_DAY, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import { formatDateInText, formatMonthNumber } from '../format/date.ts';
import { PERIOD_WORDS, QUARTER_NUMERALS } from './labels.ts';

export type PeriodConvention = 'calendar' | 'cutoff-15';

export type PeriodSpec =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half-year'; year: number; half: 1 | 2 }
  | { kind: 'year'; year: number }
  | { kind: 'custom'; from: DayNumber; to: DayNumber };

/** Whole local days, both included. Every computation accepts a bare range. */
export interface DayRange {
  from: DayNumber;
  to: DayNumber;
}

export interface Period extends DayRange {
  spec: PeriodSpec;
  convention: PeriodConvention;
  /** "Tháng 5 năm 2026", "Quý I năm 2026", "6 tháng đầu năm 2026", "Năm 2026", or the range for custom periods. */
  name: string;
  /** Name with its days: "Tháng 5 năm 2026 (từ ngày 15/4/2026 đến ngày 14/5/2026)". */
  label: string;
}

/** Local minutes covered by a day range: `start` inclusive (00:00 of `from`), `end` exclusive (00:00 after `to`). */
export interface MinuteWindow {
  start: LocalMinute;
  end: LocalMinute;
}

export function periodWindow(range: DayRange): MinuteWindow {
  return { start: range.from * MINUTES_PER_DAY, end: (range.to + 1) * MINUTES_PER_DAY };
}

function assertYear(year: number): void {
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`Năm báo cáo không hợp lệ: ${String(year)}.`);
}

function assertDayRange(from: DayNumber, to: DayNumber): void {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) throw new RangeError('Ngày đầu và ngày cuối kỳ phải là ngày hợp lệ.');
  if (from > to) throw new RangeError('Ngày đầu kỳ phải trước hoặc trùng ngày cuối kỳ.');
}

/** First day of month `month` of `year`; months outside 1–12 roll into neighbouring years. */
function firstOfMonth(year: number, month: number): DayNumber {
  const index = year * 12 + (month - 1);
  return dayNumberFromYmd(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** Days of the months `firstMonth` … `lastMonth` (1-based, may reach into the previous year). */
function monthsRange(year: number, firstMonth: number, lastMonth: number, convention: PeriodConvention): DayRange {
  if (convention === 'calendar') {
    const lastIndex = year * 12 + (lastMonth - 1);
    const lastYear = Math.floor(lastIndex / 12);
    const lastMonthOfYear = (lastIndex % 12) + 1;
    return { from: firstOfMonth(year, firstMonth), to: dayNumberFromYmd(lastYear, lastMonthOfYear, daysInMonth(lastYear, lastMonthOfYear)) };
  }
  // 15th of the month before the first month → 14th of the last month.
  return { from: firstOfMonth(year, firstMonth - 1) + 14, to: firstOfMonth(year, lastMonth) + 13 };
}

function rangeOf(spec: PeriodSpec, convention: PeriodConvention): DayRange {
  switch (spec.kind) {
    case 'month':
      assertYear(spec.year);
      if (!Number.isInteger(spec.month) || spec.month < 1 || spec.month > 12) throw new RangeError(`Tháng không hợp lệ: ${String(spec.month)}.`);
      return monthsRange(spec.year, spec.month, spec.month, convention);
    case 'quarter':
      assertYear(spec.year);
      if (![1, 2, 3, 4].includes(spec.quarter)) throw new RangeError(`Quý không hợp lệ: ${String(spec.quarter)}.`);
      return monthsRange(spec.year, spec.quarter * 3 - 2, spec.quarter * 3, convention);
    case 'half-year':
      assertYear(spec.year);
      if (spec.half !== 1 && spec.half !== 2) throw new RangeError(`Kỳ 6 tháng không hợp lệ: ${String(spec.half)}.`);
      return monthsRange(spec.year, spec.half === 1 ? 1 : 7, spec.half === 1 ? 6 : 12, convention);
    case 'year':
      assertYear(spec.year);
      return monthsRange(spec.year, 1, 12, convention);
    case 'custom':
      assertDayRange(spec.from, spec.to);
      return { from: spec.from, to: spec.to };
  }
}

function rangeText(range: DayRange, capitalized: boolean): string {
  const fromWord = capitalized ? PERIOD_WORDS.fromCapitalized : PERIOD_WORDS.from;
  return `${fromWord} ${formatDateInText(range.from)} ${PERIOD_WORDS.to} ${formatDateInText(range.to)}`;
}

function nameOf(spec: PeriodSpec): string {
  switch (spec.kind) {
    case 'month':
      return `${PERIOD_WORDS.month} ${formatMonthNumber(spec.month)} ${PERIOD_WORDS.year} ${spec.year}`;
    case 'quarter':
      return `${PERIOD_WORDS.quarter} ${QUARTER_NUMERALS[spec.quarter - 1]!} ${PERIOD_WORDS.year} ${spec.year}`;
    case 'half-year':
      return `${spec.half === 1 ? PERIOD_WORDS.firstHalf : PERIOD_WORDS.secondHalf} ${spec.year}`;
    case 'year':
      return `${PERIOD_WORDS.yearCapitalized} ${spec.year}`;
    case 'custom':
      return rangeText(spec, true);
  }
}

function makePeriod(spec: PeriodSpec, convention: PeriodConvention, range: DayRange): Period {
  const name = nameOf(spec);
  const label = spec.kind === 'custom' ? rangeText(range, true) : `${name} (${rangeText(range, false)})`;
  return { from: range.from, to: range.to, spec, convention, name: spec.kind === 'custom' ? label : name, label };
}

/** The period a spec names under a convention (custom ranges ignore the convention). */
export function reportPeriod(spec: PeriodSpec, convention: PeriodConvention = 'calendar'): Period {
  return makePeriod(spec, convention, rangeOf(spec, convention));
}

/**
 * The same period cut short (a report written before the period ends, or a centre that
 * opened mid-period): keeps the name, narrows the days. Bounds outside the period are ignored.
 */
export function clipPeriod(period: Period, bounds: Partial<DayRange>): Period {
  const from = Math.max(period.from, bounds.from ?? period.from);
  const to = Math.min(period.to, bounds.to ?? period.to);
  if (from > to) throw new RangeError('Khoảng ngày cắt không giao với kỳ báo cáo.');
  return makePeriod(period.spec, period.convention, { from, to });
}

/** The month, quarter, half or year (under a convention) that contains a day. */
export function periodContaining(day: DayNumber, kind: 'month' | 'quarter' | 'half-year' | 'year', convention: PeriodConvention = 'calendar'): Period {
  // Under 'cutoff-15' a day on or after the 15th belongs to the next month's period.
  const { year: y, month: m, day: d } = ymdFromDayNumber(day);
  const shifted = convention === 'cutoff-15' && d >= 15 ? (m === 12 ? { year: y + 1, month: 1 } : { year: y, month: m + 1 }) : { year: y, month: m };
  const { year, month } = shifted;
  switch (kind) {
    case 'month':
      return reportPeriod({ kind, year, month }, convention);
    case 'quarter':
      return reportPeriod({ kind, year, quarter: Math.ceil(month / 3) as 1 | 2 | 3 | 4 }, convention);
    case 'half-year':
      return reportPeriod({ kind, year, half: month <= 6 ? 1 : 2 }, convention);
    case 'year':
      return reportPeriod({ kind, year }, convention);
  }
}

/**
 * Reads a period as typed on the command line:
 * `2026-05` (month), `2026-Q1` (quarter), `2026-H1` (six months), `2026` (year),
 * `2026-02-15..2026-03-11` (custom). Undefined when the text is none of these.
 */
export function parsePeriodSpec(text: string): PeriodSpec | undefined {
  const value = text.trim().toUpperCase();
  let match = /^(\d{4})$/.exec(value);
  if (match) return { kind: 'year', year: Number(match[1]) };
  match = /^(\d{4})-(\d{1,2})$/.exec(value);
  if (match) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year: Number(match[1]), month } : undefined;
  }
  match = /^(\d{4})-Q([1-4])$/.exec(value);
  if (match) return { kind: 'quarter', year: Number(match[1]), quarter: Number(match[2]) as 1 | 2 | 3 | 4 };
  match = /^(\d{4})-H([12])$/.exec(value);
  if (match) return { kind: 'half-year', year: Number(match[1]), half: Number(match[2]) as 1 | 2 };
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value);
  if (match) {
    const from = parseIsoDate(match[1]!);
    const to = parseIsoDate(match[2]!);
    if (from === undefined || to === undefined || from > to) return undefined;
    return { kind: 'custom', from, to };
  }
  return undefined;
}
