/**
 * Statutory public holidays (Bộ luật Lao động 2019, Điều 112) and the compensatory-day rule
 * (Điều 111 khoản 3). Two parts of Điều 112 are decided by the Prime Minister each year: which
 * five days make up the Tết break and which day next to 2/9 is the second Quốc khánh day. For
 * those this module gives the system's default choice and marks it (`defaultChoice`); published
 * schedules (official-schedules.ts) replace it where they exist.
 */
import { dayNumberFromYmd, isoDate, weekdayOf } from './local-time.ts';
import type { DayNumber } from './local-time.ts';
import { lunarNewYearDay, lunarToSolar, solarToLunar } from './lunar.ts';
import { HOLIDAY_NAMES, NATIONAL_DAY_ADJACENT_NAME, tetHolidayName } from './labels-vi.ts';
import type { HolidayKind } from './labels-vi.ts';

export type { HolidayKind } from './labels-vi.ts';

export interface Holiday {
  day: DayNumber;
  /** `YYYY-MM-DD` */
  date: string;
  kind: HolidayKind;
  /** Vietnamese name, e.g. "Tết Nguyên đán (mùng 1 Tết)". */
  name: string;
  /** True when the law leaves this day to the yearly decision and this is our default choice. */
  defaultChoice: boolean;
}

/** Ngày Văn hóa Việt Nam (24/11) is a paid day off from 2026 (Nghị quyết 28/2026/QH16). */
export const CULTURE_DAY_FIRST_YEAR = 2026;

const MONDAY = 1;
const SATURDAY = 6;
const SUNDAY = 0;

/** Saturday or Sunday: the weekly rest days of the civil service. */
export function isWeekend(day: DayNumber): boolean {
  const weekday = weekdayOf(day);
  return weekday === SATURDAY || weekday === SUNDAY;
}

/** Giao thừa: the last day (29 or 30) of the lunar year that ends before Tết of `year`. */
export function lunarNewYearEveDay(year: number): DayNumber {
  return lunarNewYearDay(year) - 1;
}

/** Giỗ Tổ Hùng Vương: 10/3 of lunar year `year`. */
export function hungKingsDay(year: number): DayNumber {
  const day = lunarToSolar({ day: 10, month: 3, year, leap: false });
  if (day === undefined) throw new Error(`No 10/3 in lunar year ${year}`);
  return day;
}

/**
 * Default second Quốc khánh day: 1/9, so that the break runs into 2/9; but 3/9 when 2/9 is a
 * Monday, because 1/9 would then be a Sunday and give no extra rest.
 */
export function nationalDayAdjacentDay(year: number): DayNumber {
  const nationalDay = dayNumberFromYmd(year, 9, 2);
  return weekdayOf(nationalDay) === MONDAY ? nationalDay + 1 : nationalDay - 1;
}

function holiday(day: DayNumber, kind: HolidayKind, name: string, defaultChoice = false): Holiday {
  return { day, date: isoDate(day), kind, name, defaultChoice };
}

/** Default Tết break: Giao thừa plus mùng 1 to mùng 4, the five days of Điều 112(1)(b). */
function lunarNewYearHolidays(year: number): Holiday[] {
  const eve = lunarNewYearEveDay(year);
  return [0, 1, 2, 3, 4].map((offset) => {
    const lunar = solarToLunar(eve + offset);
    return holiday(eve + offset, 'lunar-new-year', tetHolidayName(lunar.day, lunar.month), true);
  });
}

/** The statutory holidays of Gregorian `year`, in date order, with the default yearly choices. */
export function statutoryHolidays(year: number): Holiday[] {
  const fixed = (month: number, day: number, kind: HolidayKind): Holiday =>
    holiday(dayNumberFromYmd(year, month, day), kind, HOLIDAY_NAMES[kind]);
  const holidays: Holiday[] = [
    fixed(1, 1, 'new-year'),
    ...lunarNewYearHolidays(year),
    holiday(hungKingsDay(year), 'hung-kings', HOLIDAY_NAMES['hung-kings']),
    fixed(4, 30, 'victory-day'),
    fixed(5, 1, 'labour-day'),
    fixed(9, 2, 'national-day'),
    holiday(nationalDayAdjacentDay(year), 'national-day', NATIONAL_DAY_ADJACENT_NAME, true),
  ];
  if (year >= CULTURE_DAY_FIRST_YEAR) holidays.push(fixed(11, 24, 'culture-day'));
  return holidays.sort((a, b) => a.day - b.day);
}

export interface CompensatoryDay {
  day: DayNumber;
  /** The weekend holiday it makes up for. */
  holiday: Holiday;
}

/**
 * Điều 111(3): a holiday that falls on a weekly rest day is given back on the next working day.
 * "Next working day" is the next Monday–Friday that is not itself a holiday or an earlier
 * compensatory day, taken in date order (Sat 30/4 + Sun 1/5 → Mon 2/5 + Tue 3/5).
 * Two holidays on the same weekend date give one day back (the law counts days off, not names).
 */
export function compensatoryDays(holidays: readonly Holiday[]): CompensatoryDay[] {
  const taken = new Set(holidays.map((entry) => entry.day));
  const seenWeekendDates = new Set<DayNumber>();
  const result: CompensatoryDay[] = [];
  for (const entry of [...holidays].sort((a, b) => a.day - b.day)) {
    if (!isWeekend(entry.day) || seenWeekendDates.has(entry.day)) continue;
    seenWeekendDates.add(entry.day);
    let candidate = entry.day + 1;
    while (isWeekend(candidate) || taken.has(candidate)) candidate += 1;
    taken.add(candidate);
    result.push({ day: candidate, holiday: entry });
  }
  return result;
}
