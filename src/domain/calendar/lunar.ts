/**
 * The Vietnamese lunisolar calendar (âm lịch), computed for Vietnamese civil time (UTC+7).
 *
 * Rules (the traditional ones, as in Hồ Ngọc Đức's "Âm lịch Việt Nam"):
 * - a month starts on the local day of a new moon;
 * - month 11 is the month that contains the winter solstice;
 * - when 13 months separate two months 11, the first of them after month 11 that contains no
 *   principal solar term (trung khí, a multiple of 30° of solar longitude) is the leap month
 *   and repeats the number of the month before it.
 * "Contains" is judged in whole local days, by the Sun's longitude at local midnight.
 *
 * Astronomy: full Meeus ch. 49 new moons, VSOP87 Sun, Espenak–Meeus ΔT (see astronomy.ts).
 * This is our own implementation rather than @dqcai/vn-lunar: both agree day by day from 1968 to
 * 2100 except month 4 of 2054, which the package starts on 7/5 although the new moon falls at
 * 00:00:22 ICT on 8/5 (docs/calendar.md). Supported years: 1900–2199. Before 1968 the calendar
 * used in Vietnam followed China's UTC+8; these functions always use UTC+7.
 */
import { dayNumberFromYmd, ymdFromDayNumber } from './local-time.ts';
import type { DayNumber } from './local-time.ts';
import {
  UNIX_EPOCH_JD,
  dynamicalFromUniversal,
  newMoonJde,
  sunApparentLongitude,
  universalFromDynamical,
} from './astronomy.ts';

export interface LunarDate {
  day: number;
  /** 1–12; a leap month repeats the number of the month before it. */
  month: number;
  /** The lunar year in which month 1 falls (Tết of `year` is in Gregorian `year`). */
  year: number;
  leap: boolean;
}

export const LUNAR_SUPPORTED_YEARS = { from: 1900, to: 2199 } as const;

/** Vietnam's civil time, in days east of UT. */
const TIME_ZONE_DAYS = 7 / 24;
const SYNODIC_MONTH = 29.530588861;
/** `DayNumber` of 2000-01-06, the day of Meeus's lunation k = 0. */
const LUNATION_ZERO_DAY = dayNumberFromYmd(2000, 1, 6);

interface LunarMonth {
  start: DayNumber;
  length: number;
  month: number;
  year: number;
  leap: boolean;
}

/** The local (UTC+7) date of the new moon of lunation k. */
function newMoonDay(k: number): DayNumber {
  const localJd = universalFromDynamical(newMoonJde(k)) + TIME_ZONE_DAYS;
  return Math.floor(localJd - UNIX_EPOCH_JD);
}

/** Index 0–11 of the 30° sector the Sun is in at the local midnight that starts `day`. */
function solarSectorAtMidnight(day: DayNumber): number {
  const universal = UNIX_EPOCH_JD + day - TIME_ZONE_DAYS;
  return Math.floor(sunApparentLongitude(dynamicalFromUniversal(universal)) / 30);
}

/** The lunation whose month contains `day` (its new moon falls on or before `day`). */
function lunationContaining(day: DayNumber): number {
  let k = Math.floor((day - LUNATION_ZERO_DAY) / SYNODIC_MONTH);
  // The mean-month estimate can be one lunation off either way; walk to the exact one.
  while (newMoonDay(k + 1) <= day) k += 1;
  while (newMoonDay(k) > day) k -= 1;
  return k;
}

/** Lunation of month 11 of Gregorian year Y: the month containing the December solstice. */
function monthElevenLunation(year: number): number {
  const k = lunationContaining(dayNumberFromYmd(year, 12, 31));
  // Sector 9 starts at 270°: if the Sun is already there when this month begins, the solstice
  // fell in the month before.
  return solarSectorAtMidnight(newMoonDay(k)) >= 9 ? k - 1 : k;
}

/** Index (1–12) of the leap month in a 13-month span that starts with month 11 at lunation k. */
function leapMonthIndex(k: number): number {
  for (let index = 1; index <= 12; index += 1) {
    const sectorAtStart = solarSectorAtMidnight(newMoonDay(k + index));
    const sectorAtNextStart = solarSectorAtMidnight(newMoonDay(k + index + 1));
    if (sectorAtStart === sectorAtNextStart) return index;
  }
  // Months 1–12 of the span hold only the eleven principal terms between the two solstices.
  throw new Error(`No month without a principal term after lunation ${k}`);
}

function numberMonth(index: number, leapIndex: number | undefined): { month: number; leap: boolean } {
  const shift = leapIndex !== undefined && index >= leapIndex ? 1 : 0;
  return { month: ((10 + index - shift) % 12) + 1, leap: index === leapIndex };
}

/**
 * The months from month 11 of Gregorian year Y−1 up to (not including) month 11 of year Y:
 * months 11 and 12 of lunar year Y−1, then months 1–10 of lunar year Y (one of them doubled in a
 * leap year).
 */
function buildSpan(year: number): LunarMonth[] {
  const first = monthElevenLunation(year - 1);
  const count = monthElevenLunation(year) - first;
  const leapIndex = count === 13 ? leapMonthIndex(first) : undefined;
  const months: LunarMonth[] = [];
  let reachedMonthOne = false;
  for (let index = 0; index < count; index += 1) {
    const start = newMoonDay(first + index);
    const { month, leap } = numberMonth(index, leapIndex);
    if (month === 1 && !leap) reachedMonthOne = true;
    months.push({ start, length: newMoonDay(first + index + 1) - start, month, leap, year: reachedMonthOne ? year : year - 1 });
  }
  return months;
}

// Pure memoization: a span depends only on its year.
const spans = new Map<number, LunarMonth[]>();

function spanEndingInYear(year: number): LunarMonth[] {
  let span = spans.get(year);
  if (!span) {
    span = buildSpan(year);
    spans.set(year, span);
  }
  return span;
}

function assertSupported(year: number): void {
  if (!Number.isInteger(year) || year < LUNAR_SUPPORTED_YEARS.from || year > LUNAR_SUPPORTED_YEARS.to) {
    throw new RangeError(
      `Lunar calendar supports years ${LUNAR_SUPPORTED_YEARS.from}–${LUNAR_SUPPORTED_YEARS.to}, got ${year}`,
    );
  }
}

/** The lunar date of a local solar day. Throws RangeError outside the supported years. */
export function solarToLunar(day: DayNumber): LunarDate {
  const { year } = ymdFromDayNumber(day);
  assertSupported(year);
  const nextSpan = spanEndingInYear(year + 1);
  const span = day >= (nextSpan[0]?.start ?? Infinity) ? nextSpan : spanEndingInYear(year);
  const month = span.findLast((candidate) => candidate.start <= day);
  if (!month) throw new Error(`No lunar month contains day ${day}`);
  return { day: day - month.start + 1, month: month.month, year: month.year, leap: month.leap };
}

/**
 * The solar day of a lunar date, or undefined when no such date exists (a leap flag on a month
 * that is not leap that year, day 30 of a 29-day month, values out of range).
 */
export function lunarToSolar(date: LunarDate): DayNumber | undefined {
  const { day, month, year, leap } = date;
  if (![day, month, year].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > 30) return undefined;
  assertSupported(year);
  // Months 11 and 12 of lunar year Y begin the span that ends with month 11 of Gregorian Y+1.
  const spanYear = month >= 11 ? year + 1 : year;
  const found = spanEndingInYear(spanYear).find(
    (candidate) => candidate.month === month && candidate.leap === leap && candidate.year === year,
  );
  if (!found || day > found.length) return undefined;
  return found.start + day - 1;
}

/** Number of days (29 or 30) of a lunar month, or undefined when the month does not exist. */
export function lunarMonthLength(year: number, month: number, leap = false): number | undefined {
  const start = lunarToSolar({ day: 1, month, year, leap });
  if (start === undefined) return undefined;
  return lunarToSolar({ day: 30, month, year, leap }) === undefined ? 29 : 30;
}

/** The leap month of a lunar year (1–12), or undefined in a common year. */
export function leapMonthOf(year: number): number | undefined {
  for (let month = 1; month <= 12; month += 1) {
    if (lunarToSolar({ day: 1, month, year, leap: true }) !== undefined) return month;
  }
  return undefined;
}

/** Tết Nguyên đán: day 1 of month 1 of lunar year `year` (always in Gregorian `year`). */
export function lunarNewYearDay(year: number): DayNumber {
  const day = lunarToSolar({ day: 1, month: 1, year, leap: false });
  if (day === undefined) throw new Error(`No Tết in lunar year ${year}`);
  return day;
}
