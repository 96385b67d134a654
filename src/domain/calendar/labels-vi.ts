/**
 * Every Vietnamese text the calendar shows (holiday names, reasons, sources), in one place so that
 * a Vietnamese reader can review it in one sitting.
 */
import { ymdFromDayNumber } from './local-time.ts';
import type { DayNumber } from './local-time.ts';

export type HolidayKind =
  | 'new-year'
  | 'lunar-new-year'
  | 'victory-day'
  | 'labour-day'
  | 'national-day'
  | 'hung-kings'
  | 'culture-day';

/** The holiday's name as in Bộ luật Lao động 2019, Điều 112 (and Nghị quyết 28/2026/QH16). */
export const HOLIDAY_NAMES: Readonly<Record<HolidayKind, string>> = {
  'new-year': 'Tết Dương lịch',
  'lunar-new-year': 'Tết Nguyên đán',
  'victory-day': 'Ngày Chiến thắng',
  'labour-day': 'Ngày Quốc tế lao động',
  'national-day': 'Quốc khánh',
  'hung-kings': 'Giỗ Tổ Hùng Vương',
  'culture-day': 'Ngày Văn hóa Việt Nam',
};

/** Reason shown for a weekday off because of the holiday itself. */
export const HOLIDAY_REASONS: Readonly<Record<HolidayKind, string>> = {
  'new-year': 'Nghỉ Tết Dương lịch',
  'lunar-new-year': 'Nghỉ Tết Nguyên đán',
  'victory-day': 'Nghỉ lễ Ngày Chiến thắng (30/4)',
  'labour-day': 'Nghỉ lễ Ngày Quốc tế lao động (1/5)',
  'national-day': 'Nghỉ lễ Quốc khánh (2/9)',
  'hung-kings': 'Nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch)',
  'culture-day': 'Nghỉ Ngày Văn hóa Việt Nam (24/11)',
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `dd/mm/yyyy`, the form used in tables and notices. */
export function formatDayMonthYear(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = ymdFromDayNumber(day);
  return `${pad2(dayOfMonth)}/${pad2(month)}/${year}`;
}

/** Lunar day label inside the Tết window: "30 tháng Chạp", "mùng 1 Tết"… */
export function tetDayLabel(lunarDay: number, lunarMonth: number): string {
  return lunarMonth === 12 ? `${lunarDay} tháng Chạp` : `mùng ${lunarDay} Tết`;
}

export function tetHolidayName(lunarDay: number, lunarMonth: number): string {
  return `${HOLIDAY_NAMES['lunar-new-year']} (${tetDayLabel(lunarDay, lunarMonth)})`;
}

export const NATIONAL_DAY_ADJACENT_NAME = `${HOLIDAY_NAMES['national-day']} (ngày liền kề)`;
export const NATIONAL_DAY_ADJACENT_REASON = 'Nghỉ lễ Quốc khánh (ngày liền kề)';

/** Art. 111(3): the weekday given back for a holiday that fell on a weekly rest day. */
export function compensatoryReason(kind: HolidayKind): string {
  return `Nghỉ bù ${HOLIDAY_NAMES[kind]}`;
}

/** A weekday off in a swap; the Saturday worked instead is `madeUpOn`. */
export function swappedDayOffReason(madeUpOn: DayNumber): string {
  return `Nghỉ hoán đổi, làm bù vào ngày ${formatDayMonthYear(madeUpOn)}`;
}

/** A weekend day worked to make up for the swapped weekday `dayOff`. */
export function makeUpWorkingDayReason(dayOff: DayNumber): string {
  return `Làm bù cho ngày ${formatDayMonthYear(dayOff)}`;
}

export const LEGAL_SOURCES = {
  holidays: 'Bộ luật Lao động số 45/2019/QH14, Điều 112',
  compensatory: 'Bộ luật Lao động số 45/2019/QH14, Điều 111 khoản 3',
  cultureDay: 'Nghị quyết số 28/2026/QH16, Điều 2',
} as const;

/** Source line of a year computed by the default rule (no official schedule on record). */
export function defaultRuleSource(includesCultureDay: boolean): string {
  const laws: string[] = [LEGAL_SOURCES.holidays, LEGAL_SOURCES.compensatory];
  if (includesCultureDay) laws.push(LEGAL_SOURCES.cultureDay);
  return (
    'Quy tắc mặc định của hệ thống, chưa có thông báo chính thức cho năm này (' +
    `${laws.join('; ')}): ` +
    'Tết Nguyên đán nghỉ ngày cuối năm âm lịch và mùng 1 đến mùng 4; ' +
    'Quốc khánh nghỉ thêm ngày 1/9 (ngày 3/9 nếu 2/9 là thứ Hai); ' +
    'ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp; không hoán đổi ngày làm việc'
  );
}

/** Appended to a schedule's source when a unit's corrections were applied. */
export function overridesSourceNote(count: number): string {
  return `có ${count} ngày điều chỉnh của đơn vị`;
}
