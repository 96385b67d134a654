import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { LocalMinute } from '../calendar/local-time.ts';

/** When a running clock counts as "due soon" (sắp đến hạn). Configurable per unit. */
export interface WarningThresholds {
  /** Due soon when at most this many working minutes are left (default: one working day). */
  remainingMinutes: number;
  /** Due soon when at least this share of the allotted working time has elapsed (percent). */
  elapsedPercent: number;
}

export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = { remainingMinutes: 480, elapsedPercent: 80 };

export type DeadlineLevel = 'on-track' | 'due-soon' | 'overdue';

export interface DeadlineAssessment {
  level: DeadlineLevel;
  /** Working minutes left until the due date; negative once overdue. */
  remainingMinutes: number;
  /** Elapsed share of the allotted working time, in whole percent (may exceed 100). */
  elapsedPercent: number;
}

/**
 * Where a running clock stands at `now`: overdue once `now` is past the due date,
 * due soon when either threshold is reached, on track otherwise. Works the same for one
 * step (start = step start) and for the whole dossier (start = receipt).
 */
export function assessDeadline(
  start: LocalMinute,
  due: LocalMinute,
  now: LocalMinute,
  calendar: WorkingCalendar,
  thresholds: WarningThresholds = DEFAULT_WARNING_THRESHOLDS,
): DeadlineAssessment {
  const allotted = Math.max(0, calendar.workingMinutesBetween(start, due));
  const elapsed = Math.max(0, calendar.workingMinutesBetween(start, now));
  const remaining = calendar.workingMinutesBetween(now, due);
  const elapsedPercent = allotted === 0 ? (now > due ? 100 : 0) : Math.floor((elapsed * 100) / allotted);
  if (now > due) return { level: 'overdue', remainingMinutes: remaining, elapsedPercent };
  const soon = remaining <= thresholds.remainingMinutes || elapsedPercent >= thresholds.elapsedPercent;
  return { level: soon ? 'due-soon' : 'on-track', remainingMinutes: remaining, elapsedPercent };
}
