/**
 * Conversions between the domain's LocalMinute integers (Vietnamese local time, UTC+7)
 * and the instants stored in timestamptz columns. Repositories convert here, nowhere else.
 */
import {
  instantFromLocalMinute,
  isoDate,
  localMinuteFromInstant,
  type DayNumber,
  type LocalMinute,
} from '../../domain/calendar/local-time.ts';

export function dateFromLocalMinute(minute: LocalMinute): Date {
  return new Date(instantFromLocalMinute(minute));
}

/** Drops seconds: the domain works in whole minutes. */
export function localMinuteFromDate(date: Date): LocalMinute {
  return localMinuteFromInstant(date.getTime());
}

export function optionalDateFromLocalMinute(minute: LocalMinute | undefined | null): Date | null {
  return minute === undefined || minute === null ? null : dateFromLocalMinute(minute);
}

export function optionalLocalMinuteFromDate(date: Date | null | undefined): LocalMinute | undefined {
  return date ? localMinuteFromDate(date) : undefined;
}

/** `YYYY-MM-DD` for a `date` column. */
export function sqlDateFromDayNumber(day: DayNumber): string {
  return isoDate(day);
}
