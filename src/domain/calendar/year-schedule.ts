/**
 * The civil-service working calendar of a year: the published schedule when there is one,
 * otherwise the default rule; then a unit's own corrections on top (applyOverrides).
 *
 * Default rule (confidence 'default-rule'), for years without a published schedule:
 * - the statutory holidays of holidays.ts, with Tết = Giao thừa + mùng 1–4 and the second
 *   Quốc khánh day = 1/9, or 3/9 when 2/9 is a Monday;
 * - a holiday on Saturday or Sunday gives the next weekday not already off (Điều 111(3));
 * - no swapped working Saturdays: those are only known from a published notice.
 * It reproduces 2026 (Tết 16–20/2, Monday 27/4 for Giỗ Tổ) except the Quốc khánh swap; it does
 * not reproduce 2024 or 2025, whose Tết breaks were placed on five weekdays around the weekend
 * (docs/calendar.md).
 */
import { isoDate, parseIsoDate, ymdFromDayNumber } from './local-time.ts';
import type { DayNumber } from './local-time.ts';
import type { CalendarDay, DayOverride, YearSchedule } from './types.ts';
import { CULTURE_DAY_FIRST_YEAR, compensatoryDays, isWeekend, statutoryHolidays } from './holidays.ts';
import type { Holiday } from './holidays.ts';
import { officialSchedule } from './official-schedules.ts';
import {
  HOLIDAY_REASONS,
  NATIONAL_DAY_ADJACENT_REASON,
  compensatoryReason,
  defaultRuleSource,
  overridesSourceNote,
} from './labels-vi.ts';

function holidayReason(holiday: Holiday): string {
  if (holiday.kind === 'national-day' && holiday.defaultChoice) return NATIONAL_DAY_ADJACENT_REASON;
  return HOLIDAY_REASONS[holiday.kind];
}

function byDate(a: CalendarDay, b: CalendarDay): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Adds `day` unless the date is already listed: the first reason for a date wins. */
function addOnce(entries: Map<string, CalendarDay>, day: DayNumber, reason: string): void {
  const date = isoDate(day);
  if (!entries.has(date)) entries.set(date, { date, reason });
}

/** The year computed by the default rule alone, ignoring any published schedule. */
export function defaultYearSchedule(year: number): YearSchedule {
  if (!Number.isInteger(year)) throw new RangeError(`Year must be an integer, got ${year}`);
  const holidays = statutoryHolidays(year);
  const daysOff = new Map<string, CalendarDay>();
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) addOnce(daysOff, holiday.day, holidayReason(holiday));
  }
  for (const { day, holiday } of compensatoryDays(holidays)) {
    addOnce(daysOff, day, compensatoryReason(holiday.kind));
  }
  return {
    year,
    daysOff: [...daysOff.values()].sort(byDate),
    extraWorkingDays: [],
    source: defaultRuleSource(year >= CULTURE_DAY_FIRST_YEAR),
    confidence: 'default-rule',
  };
}

/** The schedule of `year`: the published one when on record, else the default rule. */
export function yearSchedule(year: number): YearSchedule {
  return officialSchedule(year) ?? defaultYearSchedule(year);
}

function overrideDay(override: DayOverride): DayNumber {
  const day = parseIsoDate(override.date);
  if (day === undefined) throw new RangeError(`Override date is not a YYYY-MM-DD date: ${override.date}`);
  return day;
}

/**
 * A unit's per-date corrections win over the schedule. Weekdays live in `daysOff` and weekends in
 * `extraWorkingDays`, so an override lands in (or leaves) the list of its own kind of day:
 * - weekday, working: removed from daysOff;   weekday, not working: added to daysOff;
 * - weekend, working: added to extraWorkingDays; weekend, not working: removed from it.
 * The override's reason replaces the schedule's. Later overrides of the same date win. Overrides
 * dated in another year are ignored, so a caller may pass all of a unit's corrections.
 */
export function applyOverrides(schedule: YearSchedule, overrides: readonly DayOverride[]): YearSchedule {
  const daysOff = new Map<string, CalendarDay>(schedule.daysOff.map((entry) => [entry.date, entry]));
  const extraWorkingDays = new Map<string, CalendarDay>(schedule.extraWorkingDays.map((entry) => [entry.date, entry]));
  const appliedDates = new Set<string>();
  for (const override of overrides) {
    const day = overrideDay(override);
    if (ymdFromDayNumber(day).year !== schedule.year) continue;
    const date = isoDate(day);
    appliedDates.add(date);
    const list = isWeekend(day) ? extraWorkingDays : daysOff;
    // A weekday is listed when it is off; a weekend day is listed when it is worked.
    const listed = isWeekend(day) ? override.working : !override.working;
    if (listed) list.set(date, { date, reason: override.reason });
    else list.delete(date);
  }
  if (appliedDates.size === 0) return schedule;
  return {
    ...schedule,
    daysOff: [...daysOff.values()].sort(byDate),
    extraWorkingDays: [...extraWorkingDays.values()].sort(byDate),
    source: `${schedule.source}; ${overridesSourceNote(appliedDates.size)}`,
  };
}
