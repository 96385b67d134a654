/**
 * Local Vietnamese time as plain integers.
 *
 * Vietnam has kept UTC+7 without daylight saving since 1975, so a local wall-clock
 * time maps one-to-one to an instant. The core never touches `Date` objects or the
 * clock: it counts in
 *   - DayNumber:   days since 1970-01-01 (proleptic Gregorian), a local calendar date;
 *   - LocalMinute: DayNumber * 1440 + minutes since local midnight.
 * Adapters convert at the edges with `localMinuteFromInstant` / `instantFromLocalMinute`.
 */

export type DayNumber = number;
export type LocalMinute = number;

export const MINUTES_PER_DAY = 1440;
/** Offset of Vietnamese local time from UTC, in minutes (UTC+7). */
export const VIETNAM_UTC_OFFSET_MINUTES = 7 * 60;

/** Days from 1970-01-01 to the given Gregorian date (Howard Hinnant's algorithm). */
export function dayNumberFromYmd(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface Ymd {
  year: number;
  month: number;
  day: number;
}

export function ymdFromDayNumber(dayNumber: DayNumber): Ymd {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** 0 = Sunday, 1 = Monday, …, 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOf(dayNumber: DayNumber): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `YYYY-MM-DD` */
export function isoDate(dayNumber: DayNumber): string {
  const { year, month, day } = ymdFromDayNumber(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `YYYY-MM-DDTHH:mm`, local time without offset. */
export function isoLocalDateTime(minute: LocalMinute): string {
  const day = Math.floor(minute / MINUTES_PER_DAY);
  const minuteOfDay = minute - day * MINUTES_PER_DAY;
  return `${isoDate(day)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses `YYYY-MM-DD`; returns undefined when the text is not a real calendar date. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumberFromYmd(year, month, day);
}

/**
 * Parses `YYYY-MM-DDTHH:mm` (seconds allowed and dropped) as local Vietnamese time;
 * a bare date means 00:00. Returns undefined for anything that is not a real time.
 */
export function parseIsoLocalDateTime(text: string): LocalMinute | undefined {
  const trimmed = text.trim();
  const dateOnly = parseIsoDate(trimmed);
  if (dateOnly !== undefined) return dateOnly * MINUTES_PER_DAY;
  const match = ISO_LOCAL_DATE_TIME.exec(trimmed);
  if (!match) return undefined;
  const day = parseIsoDate(`${match[1]}-${match[2]}-${match[3]}`);
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (day === undefined || hour > 23 || minute > 59) return undefined;
  return day * MINUTES_PER_DAY + hour * 60 + minute;
}

export function dayOf(minute: LocalMinute): DayNumber {
  return Math.floor(minute / MINUTES_PER_DAY);
}

export function minuteOfDay(minute: LocalMinute): number {
  return minute - dayOf(minute) * MINUTES_PER_DAY;
}

export function atMinute(day: DayNumber, minuteInDay: number): LocalMinute {
  return day * MINUTES_PER_DAY + minuteInDay;
}

/** Converts an instant (ms since the Unix epoch) to Vietnamese local minutes, dropping seconds. */
export function localMinuteFromInstant(epochMs: number): LocalMinute {
  return Math.floor(epochMs / 60_000) + VIETNAM_UTC_OFFSET_MINUTES;
}

/** Converts Vietnamese local minutes to an instant (ms since the Unix epoch). */
export function instantFromLocalMinute(minute: LocalMinute): number {
  return (minute - VIETNAM_UTC_OFFSET_MINUTES) * 60_000;
}

/** `HH:mm` → minutes since midnight; undefined when malformed. */
export function parseClock(text: string): number | undefined {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return undefined;
  return hour * 60 + minute;
}

export function formatClock(minuteInDay: number): string {
  return `${pad2(Math.floor(minuteInDay / 60))}:${pad2(minuteInDay % 60)}`;
}
