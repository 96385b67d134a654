import { weekdayOf, type DayNumber } from './local-time.ts';

const WEEKDAY_NAMES = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
const WEEKDAY_SHORT = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'] as const;

/** "Thứ Hai" … "Chủ nhật". */
export function weekdayName(day: DayNumber): string {
  return WEEKDAY_NAMES[weekdayOf(day)]!;
}

/** "T2" … "CN", as printed in calendar grids. */
export function weekdayShortName(weekday: number): string {
  return WEEKDAY_SHORT[weekday]!;
}
