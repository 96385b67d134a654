import type { TimeLimit } from './types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { MINUTES_PER_DAY, dayOf, minuteOfDay, type LocalMinute } from '../calendar/local-time.ts';

/** Clock time after which a same-day procedure is due the next working day (15:00). */
export const SAME_DAY_CUTOFF_MINUTE = 15 * 60;

export interface DueDateOptions {
  /** Same-day cut-off in minutes since midnight; 15:00 unless a unit decides otherwise. */
  sameDayCutoff?: number;
}

/**
 * Legal due date of a dossier received at `receivedAt`, before any pause.
 *
 * Convention (docs/deadlines.md): working-day limits are counted in working time.
 * "N working days" = N × the working minutes of a day, counted from the moment of receipt,
 * so the due date is the same clock time on the N-th following working day; a half day is
 * half a day's working minutes. Receipt outside working time counts from the next working
 * time. Where a due date falls on a boundary it is shown at the end of the earlier session
 * (17:00 rather than 07:00 of the next working day: no working time lies between them).
 */
export function computeDueDate(
  receivedAt: LocalMinute,
  limit: TimeLimit,
  calendar: WorkingCalendar,
  options: DueDateOptions = {},
): LocalMinute {
  switch (limit.kind) {
    case 'working-days':
      return calendar.addWorkingMinutes(receivedAt, Math.round(limit.days * calendar.minutesPerDay));
    case 'working-hours':
      return calendar.addWorkingMinutes(receivedAt, Math.round(limit.hours * 60));
    case 'calendar-days':
      return calendarDaysDue(receivedAt, limit.days, calendar);
    case 'same-day':
      return sameDayDue(receivedAt, calendar, options.sameDayCutoff ?? SAME_DAY_CUTOFF_MINUTE);
  }
}

/**
 * "N ngày": the same clock time N calendar days after the effective receipt; a due date
 * on a day off moves to the next working day, at the same clock time.
 */
function calendarDaysDue(receivedAt: LocalMinute, days: number, calendar: WorkingCalendar): LocalMinute {
  const start = calendar.effectiveStart(receivedAt);
  const clock = minuteOfDay(start);
  const dueDay = calendar.nextWorkingDay(dayOf(start) + Math.round(days));
  return dueDay * MINUTES_PER_DAY + clock;
}

/**
 * "Trong ngày": received on a working day before the cut-off → end of that working day;
 * at or after the cut-off, or on a day off (Saturday desk included) → end of the next working day.
 */
function sameDayDue(receivedAt: LocalMinute, calendar: WorkingCalendar, cutoff: number): LocalMinute {
  const day = dayOf(receivedAt);
  if (calendar.isWorkingDay(day) && minuteOfDay(receivedAt) < cutoff) return calendar.endOfDay(day);
  return calendar.endOfDay(calendar.nextWorkingDay(day, true));
}

/** A closed interval during which the legal clock stood still. */
export interface ClosedPause {
  from: LocalMinute;
  to: LocalMinute;
}

/** Working minutes the clock stood still over all pauses (overlaps counted once). */
export function pausedWorkingMinutes(pauses: readonly ClosedPause[], calendar: WorkingCalendar): number {
  const sorted = [...pauses].filter((p) => p.to > p.from).sort((a, b) => a.from - b.from);
  let total = 0;
  let coveredUntil = Number.NEGATIVE_INFINITY;
  for (const pause of sorted) {
    const from = Math.max(pause.from, coveredUntil);
    if (pause.to > from) total += calendar.workingMinutesBetween(from, pause.to);
    coveredUntil = Math.max(coveredUntil, pause.to);
  }
  return total;
}

/**
 * Legal due date after pauses: the base due date shifted by the working time paused
 * (supplement requested → received; waiting for financial obligations where the
 * procedure says so). A pause of zero working time changes nothing.
 */
export function shiftByPauses(
  baseDue: LocalMinute,
  pauses: readonly ClosedPause[],
  calendar: WorkingCalendar,
): LocalMinute {
  const paused = pausedWorkingMinutes(pauses, calendar);
  return paused === 0 ? baseDue : calendar.addWorkingMinutes(baseDue, paused);
}

/** Total working minutes a limit grants from a given receipt (used to split step budgets). */
export function limitWorkingMinutes(
  receivedAt: LocalMinute,
  limit: TimeLimit,
  calendar: WorkingCalendar,
  options: DueDateOptions = {},
): number {
  const due = computeDueDate(receivedAt, limit, calendar, options);
  return Math.max(0, calendar.workingMinutesBetween(receivedAt, due));
}
