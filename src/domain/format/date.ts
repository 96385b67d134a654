/**
 * Vietnamese dates and times (reference.md §9, §10). Input is the core's integer local
 * time (`DayNumber`, `LocalMinute`), never a `Date`.
 *
 * Two date styles:
 * - tables: `dd/mm/yyyy`, always two digits ("05/01/2026", "05/03/2026");
 * - running text (NĐ 30/2020 Phụ lục I, ô 4): day < 10 and months 1, 2 take a leading
 *   zero, other months do not ("ngày 05 tháng 01 năm 2026", "ngày 05 tháng 3 năm 2026",
 *   "từ ngày 15/4/2026 đến ngày 14/5/2026"). The zero on January and February keeps
 *   "tháng 1" from being altered into "tháng 11".
 */

import { dayOf, minuteOfDay, ymdFromDayNumber, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import { DATE_WORDS } from './words.ts';

const pad2 = (value: number): string => String(value).padStart(2, '0');

function assertInteger(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} phải là số nguyên (nhận được ${String(value)}).`);
}

/** Day of month in running text: "05", "15". */
export function formatDayOfMonth(day: number): string {
  return pad2(day);
}

/** Month number in running text (NĐ 30): "01", "02", "3", …, "12". */
export function formatMonthNumber(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/** Table date: "05/01/2026". */
export function formatDate(day: DayNumber): string {
  assertInteger(day, 'Ngày');
  const { year, month, day: dd } = ymdFromDayNumber(day);
  return `${pad2(dd)}/${pad2(month)}/${year}`;
}

/** Short date inside running text (NĐ 30 zeros): "05/01/2026", "15/4/2026". */
export function formatDateInText(day: DayNumber): string {
  assertInteger(day, 'Ngày');
  const { year, month, day: dd } = ymdFromDayNumber(day);
  return `${formatDayOfMonth(dd)}/${formatMonthNumber(month)}/${year}`;
}

/** "ngày 05 tháng 01 năm 2026", "ngày 05 tháng 3 năm 2026". */
export function formatDateLong(day: DayNumber): string {
  assertInteger(day, 'Ngày');
  const { year, month, day: dd } = ymdFromDayNumber(day);
  return `${DATE_WORDS.day} ${formatDayOfMonth(dd)} ${DATE_WORDS.month} ${formatMonthNumber(month)} ${DATE_WORDS.year} ${year}`;
}

/** "08 giờ 30 phút" */
export function formatTimeLong(minute: LocalMinute): string {
  assertInteger(minute, 'Thời điểm');
  const inDay = minuteOfDay(minute);
  return `${pad2(Math.floor(inDay / 60))} ${DATE_WORDS.hour} ${pad2(inDay % 60)} ${DATE_WORDS.minute}`;
}

/** "08 giờ 30 phút, ngày 05 tháng 01 năm 2026" (Mẫu 01, Mẫu 06). */
export function formatDateTimeLong(minute: LocalMinute): string {
  return `${formatTimeLong(minute)}, ${formatDateLong(dayOf(minute))}`;
}

/** "08:30" */
export function formatTime(minute: LocalMinute): string {
  assertInteger(minute, 'Thời điểm');
  const inDay = minuteOfDay(minute);
  return `${pad2(Math.floor(inDay / 60))}:${pad2(inDay % 60)}`;
}

/** Table date-time: "08:30 05/01/2026". */
export function formatDateTime(minute: LocalMinute): string {
  return `${formatTime(minute)} ${formatDate(dayOf(minute))}`;
}
