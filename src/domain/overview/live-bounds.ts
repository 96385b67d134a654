/**
 * The moments that split one unit's open dossiers into the live columns of the boards (issue 16
 * §4) — today, the next working day, and the apology's warning window of the unit's supervision
 * settings. One definition for the city board's counts (features/overview liveCountsByUnit) and
 * for the dossier list's filters that open them (w4-links, issue 15 §4: `apologyOwed`).
 */
import { dayOf, MINUTES_PER_DAY, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { supervisionConfigOfUnit, workingDaysToMinutes } from '../supervision/config.ts';

export interface LiveBounds {
  unitCode: string;
  now: LocalMinute;
  /** Start of today and of the next working day, and of the day after it (local). */
  today: LocalMinute;
  nextWorkingDay: LocalMinute;
  afterNextWorkingDay: LocalMinute;
  /**
   * The apology is owed (Mẫu 04: apologise and set a new date) when the legal due date is at or
   * before this moment and not yet past: now + the unit's `apologyRiskRemainingWorkingDays`.
   */
  apologyRisk: LocalMinute;
}

/** The bounds of a unit with these settings (units.settings) and this working calendar, at `now`. */
export function liveBoundsOf(unitCode: string, settings: unknown, now: LocalMinute, calendar: WorkingCalendar): LiveBounds {
  const today = dayOf(now);
  const next = calendar.nextWorkingDay(today, true);
  const config = supervisionConfigOfUnit(settings);
  return {
    unitCode,
    now,
    today: today * MINUTES_PER_DAY,
    nextWorkingDay: next * MINUTES_PER_DAY,
    afterNextWorkingDay: (next + 1) * MINUTES_PER_DAY,
    apologyRisk: calendar.addWorkingMinutes(now, workingDaysToMinutes(config.apologyRiskRemainingWorkingDays, calendar)),
  };
}
