/** How sure we are of a calendar or catalog value (reference.md marks ✅ 🟡 ⚪). */
export type Confidence = 'confirmed' | 'single-source' | 'unconfirmed' | 'default-rule';

/** One dated entry of a year's schedule, with its reason in Vietnamese. */
export interface CalendarDay {
  /** `YYYY-MM-DD` */
  date: string;
  reason: string;
}

/**
 * The civil-service working calendar of one year.
 * - `daysOff`: Monday–Friday dates that are NOT working days (holidays, compensatory days,
 *   bridge days); a holiday that falls on a weekend is not listed here (it is off anyway) but
 *   produces its compensatory weekday here.
 * - `extraWorkingDays`: Saturday/Sunday dates that ARE working days (làm bù).
 */
export interface YearSchedule {
  year: number;
  daysOff: CalendarDay[];
  extraWorkingDays: CalendarDay[];
  /** Where the schedule comes from, in Vietnamese (e.g. "Thông báo 9441/TB-BNV ngày 16/10/2025"). */
  source: string;
  confidence: Confidence;
}

/** An administrator's per-date correction for a year and a unit: it wins over the schedule. */
export interface DayOverride {
  /** `YYYY-MM-DD` */
  date: string;
  working: boolean;
  reason: string;
}
