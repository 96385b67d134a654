/**
 * When the kiosk issues tickets: the unit's working calendar decides (working days, the
 * sessions of its working hours, holidays and make-up Saturdays from calendar/), plus the
 * optional Saturday-morning desk. During the lunch break of an open day the kiosk keeps
 * issuing (the citizen is there; first come, first called at 13:30) and says when calling
 * resumes. Outside the day's opening it refuses with a Vietnamese reason and the next opening.
 */

import { dayOf, minuteOfDay, MINUTES_PER_DAY, weekdayOf, ymdFromDayNumber, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import { statutoryHolidays } from '../calendar/holidays.ts';
import { weekdayName } from '../calendar/names.ts';
import type { WorkingCalendar, WorkingSession } from '../calendar/working-calendar.ts';
import { formatDate, formatTime } from '../format/date.ts';
import { OPENING_MESSAGES } from './labels.ts';

export interface OpeningOptions {
  /** The kiosk stops issuing this many minutes before the day's last session ends (QueueConfig). */
  issueStopsBeforeCloseMinutes?: number;
}

export type OpenCheck =
  | { open: true; session: 'working' | 'saturday-desk'; closesAt: LocalMinute }
  | { open: true; session: 'break'; resumesAt: LocalMinute; note: string }
  | { open: false; reason: string; nextOpenAt?: LocalMinute };

/** How far ahead the next opening is looked for (the longest Tết break is nine days). */
const LOOK_AHEAD_DAYS = 60;
const SATURDAY = 6;

const holidayCache = new Map<number, ReadonlySet<DayNumber>>();
function isStatutoryHoliday(day: DayNumber): boolean {
  const { year } = ymdFromDayNumber(day);
  let days = holidayCache.get(year);
  if (!days) {
    days = new Set(statutoryHolidays(year).map((holiday) => holiday.day));
    holidayCache.set(year, days);
  }
  return days.has(day);
}

/**
 * The Saturday desk opens on a Saturday that is not a working day, not a statutory holiday,
 * and not part of a break: the Friday before and the Monday after are both working days.
 * Official breaks are announced from a Saturday ("nghỉ từ 14/2 đến 22/2/2026"), so a Saturday
 * next to a weekday off belongs to the break.
 */
function isSaturdayDeskDay(calendar: WorkingCalendar, day: DayNumber): boolean {
  if (!calendar.hours.saturdayDesk || weekdayOf(day) !== SATURDAY || calendar.isWorkingDay(day)) return false;
  if (isStatutoryHoliday(day)) return false;
  return calendar.isWorkingDay(day - 1) && calendar.isWorkingDay(day + 2);
}

interface IssuingDay {
  kind: 'working' | 'saturday-desk';
  sessions: WorkingSession[];
}

/** The sessions in which the kiosk issues tickets on a day, cut at the stop time; undefined if none. */
export function issuingSessions(calendar: WorkingCalendar, day: DayNumber, options: OpeningOptions = {}): IssuingDay | undefined {
  let kind: IssuingDay['kind'];
  let sessions: readonly WorkingSession[];
  if (calendar.isWorkingDay(day)) {
    kind = 'working';
    sessions = calendar.hours.sessions;
  } else if (isSaturdayDeskDay(calendar, day)) {
    kind = 'saturday-desk';
    sessions = [calendar.hours.saturdayDesk!];
  } else return undefined;
  const stop = sessions[sessions.length - 1]!.end - (options.issueStopsBeforeCloseMinutes ?? 0);
  const clipped = sessions.map((s) => ({ start: s.start, end: Math.min(s.end, stop) })).filter((s) => s.end > s.start);
  return clipped.length === 0 ? undefined : { kind, sessions: clipped };
}

/** The first moment the kiosk issues tickets on `fromDay` or later. */
export function nextOpening(calendar: WorkingCalendar, fromDay: DayNumber, options: OpeningOptions = {}): LocalMinute | undefined {
  for (let day = fromDay; day < fromDay + LOOK_AHEAD_DAYS; day++) {
    const issuing = issuingSessions(calendar, day, options);
    if (issuing) return day * MINUTES_PER_DAY + issuing.sessions[0]!.start;
  }
  return undefined;
}

/** "07:00 Thứ Hai, 12/01/2026" */
function describeMoment(minute: LocalMinute): string {
  return `${formatTime(minute)} ${weekdayName(dayOf(minute))}, ${formatDate(dayOf(minute))}`;
}

function closed(reason: (next: string) => string, next: LocalMinute | undefined): OpenCheck {
  if (next === undefined) return { open: false, reason: OPENING_MESSAGES.noOpening };
  return { open: false, reason: reason(describeMoment(next)), nextOpenAt: next };
}

/** Does the kiosk issue a ticket at `now`? If not, why (in Vietnamese) and when it opens next. */
export function isOpen(calendar: WorkingCalendar, now: LocalMinute, options: OpeningOptions = {}): OpenCheck {
  const day = dayOf(now);
  const clock = minuteOfDay(now);
  const issuing = issuingSessions(calendar, day, options);
  if (!issuing) {
    const today = `${weekdayName(day)}, ${formatDate(day)}`;
    return closed((next) => OPENING_MESSAGES.dayOff(today, next), nextOpening(calendar, day + 1, options));
  }
  const first = issuing.sessions[0]!;
  const last = issuing.sessions[issuing.sessions.length - 1]!;
  if (clock < first.start) return { open: false, reason: OPENING_MESSAGES.beforeOpening(formatTime(first.start)), nextOpenAt: day * MINUTES_PER_DAY + first.start };
  if (clock >= last.end) return closed((next) => OPENING_MESSAGES.afterClosing(formatTime(last.end), next), nextOpening(calendar, day + 1, options));
  const session = issuing.sessions.find((s) => clock >= s.start && clock < s.end);
  if (session) return { open: true, session: issuing.kind, closesAt: day * MINUTES_PER_DAY + session.end };
  const resumesAt = day * MINUTES_PER_DAY + issuing.sessions.find((s) => s.start > clock)!.start;
  return { open: true, session: 'break', resumesAt, note: OPENING_MESSAGES.breakNote(formatTime(resumesAt)) };
}

/**
 * When a ticket with `minutes` of queue work ahead of it should be called: working minutes
 * from `now` on a working day (so the lunch break is skipped), wall-clock minutes at the
 * Saturday desk (which is not working time).
 */
export function expectedCallAt(calendar: WorkingCalendar, now: LocalMinute, minutes: number): LocalMinute {
  if (!calendar.isWorkingDay(dayOf(now))) return now + minutes;
  return calendar.addWorkingMinutes(now, minutes);
}
