import { describe, expect, it } from 'vitest';
import {
  compensatoryDays,
  hungKingsDay,
  isWeekend,
  lunarNewYearEveDay,
  nationalDayAdjacentDay,
  statutoryHolidays,
} from './holidays.ts';
import type { Holiday } from './holidays.ts';
import { dayNumberFromYmd, isoDate, parseIsoDate } from './local-time.ts';

const day = (iso: string): number => parseIsoDate(iso)!;
const dates = (holidays: readonly Holiday[]): string[] => holidays.map((holiday) => holiday.date);
const compensationFor = (year: number): string[] => compensatoryDays(statutoryHolidays(year)).map((c) => isoDate(c.day));

/**
 * Hand-computed from the lunar vectors of reference.md §6.2 and the weekdays of each year.
 * Tết = Giao thừa + mùng 1–4 and the second Quốc khánh day (1/9, or 3/9 when 2/9 is a Monday)
 * are the default choices; 24/11 from 2026.
 */
const EXPECTED_HOLIDAYS: Record<number, string[]> = {
  2024: ['01-01', '02-09', '02-10', '02-11', '02-12', '02-13', '04-18', '04-30', '05-01', '09-02', '09-03'],
  2025: ['01-01', '01-28', '01-29', '01-30', '01-31', '02-01', '04-07', '04-30', '05-01', '09-01', '09-02'],
  2026: ['01-01', '02-16', '02-17', '02-18', '02-19', '02-20', '04-26', '04-30', '05-01', '09-01', '09-02', '11-24'],
  2027: ['01-01', '02-05', '02-06', '02-07', '02-08', '02-09', '04-16', '04-30', '05-01', '09-01', '09-02', '11-24'],
  2028: ['01-01', '01-25', '01-26', '01-27', '01-28', '01-29', '04-04', '04-30', '05-01', '09-01', '09-02', '11-24'],
  2029: ['01-01', '02-12', '02-13', '02-14', '02-15', '02-16', '04-23', '04-30', '05-01', '09-01', '09-02', '11-24'],
  2030: ['01-01', '02-01', '02-02', '02-03', '02-04', '02-05', '04-12', '04-30', '05-01', '09-02', '09-03', '11-24'],
};

describe('statutoryHolidays (Bộ luật Lao động 2019, Điều 112)', () => {
  it.each(Object.entries(EXPECTED_HOLIDAYS))('%s', (yearText, expected) => {
    const year = Number(yearText);
    expect(dates(statutoryHolidays(year))).toEqual(expected.map((monthDay) => `${year}-${monthDay}`));
  });

  it('has 11 days before 2026 and 12 from 2026 (Ngày Văn hóa Việt Nam, Nghị quyết 28/2026/QH16)', () => {
    expect(statutoryHolidays(2025)).toHaveLength(11);
    expect(statutoryHolidays(2026)).toHaveLength(12);
    expect(statutoryHolidays(2026).at(-1)).toMatchObject({ date: '2026-11-24', kind: 'culture-day', name: 'Ngày Văn hóa Việt Nam' });
  });

  it('names every holiday in Vietnamese and marks the yearly-decided days as default choices', () => {
    const holidays = statutoryHolidays(2024);
    expect(holidays.map((holiday) => [holiday.name, holiday.defaultChoice])).toEqual([
      ['Tết Dương lịch', false],
      ['Tết Nguyên đán (30 tháng Chạp)', true],
      ['Tết Nguyên đán (mùng 1 Tết)', true],
      ['Tết Nguyên đán (mùng 2 Tết)', true],
      ['Tết Nguyên đán (mùng 3 Tết)', true],
      ['Tết Nguyên đán (mùng 4 Tết)', true],
      ['Giỗ Tổ Hùng Vương', false],
      ['Ngày Chiến thắng', false],
      ['Ngày Quốc tế lao động', false],
      ['Quốc khánh', false],
      ['Quốc khánh (ngày liền kề)', true],
    ]);
    expect(statutoryHolidays(2025)[1]?.name).toBe('Tết Nguyên đán (29 tháng Chạp)');
  });

  it('gives the lunar days from lunar.ts', () => {
    expect(isoDate(lunarNewYearEveDay(2026))).toBe('2026-02-16');
    expect(isoDate(hungKingsDay(2026))).toBe('2026-04-26');
  });

  it.each([
    [2024, '2024-09-03', 'Monday 2/9 → Tuesday 3/9, because 1/9 is a Sunday'],
    [2025, '2025-09-01', 'Tuesday 2/9 → Monday 1/9'],
    [2028, '2028-09-01', 'Saturday 2/9 → Friday 1/9'],
    [2029, '2029-09-01', 'Sunday 2/9 → Saturday 1/9 (both then given back by Điều 111(3))'],
    [2030, '2030-09-03', 'Monday 2/9 → Tuesday 3/9'],
  ])('second Quốc khánh day in %i is %s (%s)', (year, expected) => {
    expect(isoDate(nationalDayAdjacentDay(year))).toBe(expected);
  });
});

describe('compensatoryDays (Điều 111 khoản 3)', () => {
  it('gives back Monday 27/4/2026 for Giỗ Tổ on Sunday 26/4/2026 and nothing else in 2026', () => {
    const [only, ...rest] = compensatoryDays(statutoryHolidays(2026));
    expect(rest).toEqual([]);
    expect(isoDate(only!.day)).toBe('2026-04-27');
    expect(only!.holiday.kind).toBe('hung-kings');
  });

  it('gives Saturday 30/4 + Sunday 1/5 back on Monday 2/5 and Tuesday 3/5 (2022)', () => {
    // Also Saturday 1/1 → Monday 3/1 and Giỗ Tổ on Sunday 10/4 → Monday 11/4.
    expect(compensationFor(2022)).toEqual(['2022-01-03', '2022-04-11', '2022-05-02', '2022-05-03']);
  });

  it('skips a weekday that is already a holiday: Sunday 30/4/2028 → Tuesday 2/5, not Monday 1/5', () => {
    expect(compensationFor(2028)).toEqual(['2028-01-03', '2028-01-31', '2028-05-02', '2028-09-04']);
  });

  it('places Tết weekend days after the whole break: 2027 Sat 6/2 + Sun 7/2 → Wed 10/2 + Thu 11/2', () => {
    expect(compensationFor(2027)).toEqual(['2027-02-10', '2027-02-11', '2027-05-03']);
  });

  it('Giỗ Tổ Saturday 29/4/2023 + Sunday 30/4 → Tuesday 2/5 + Wednesday 3/5 (Monday 1/5 is a holiday)', () => {
    // Also Sunday 1/1 → Monday 2/1; Tết eve (Sat 21/1) and mùng 1 (Sun 22/1) → Thu 26/1 + Fri 27/1;
    // Saturday 2/9 → Monday 4/9.
    expect(compensationFor(2023)).toEqual(['2023-01-02', '2023-01-26', '2023-01-27', '2023-05-02', '2023-05-03', '2023-09-04']);
  });

  it('Quốc khánh on a whole weekend (2029: Sat 1/9 + Sun 2/9) → Monday 3/9 + Tuesday 4/9', () => {
    expect(compensationFor(2029)).toEqual(['2029-09-03', '2029-09-04', '2029-11-26']);
  });

  it('gives nothing for holidays on weekdays', () => {
    expect(compensationFor(2026).filter((date) => date !== '2026-04-27')).toEqual([]);
    expect(compensationFor(2025)).toEqual(['2025-02-03']);
  });

  it('gives one day for two holidays on the same weekend date', () => {
    const saturday = dayNumberFromYmd(2031, 5, 3);
    expect(isWeekend(saturday)).toBe(true);
    const twice: Holiday[] = [
      { day: saturday, date: isoDate(saturday), kind: 'labour-day', name: 'A', defaultChoice: false },
      { day: saturday, date: isoDate(saturday), kind: 'hung-kings', name: 'B', defaultChoice: false },
    ];
    expect(compensatoryDays(twice).map((c) => isoDate(c.day))).toEqual(['2031-05-05']);
  });

  it('every compensatory day is a weekday after its holiday and not itself a holiday', () => {
    for (let year = 1968; year <= 2100; year += 1) {
      const holidays = statutoryHolidays(year);
      const holidayDays = new Set(holidays.map((holiday) => holiday.day));
      for (const { day: compensatory, holiday } of compensatoryDays(holidays)) {
        expect(isWeekend(compensatory)).toBe(false);
        expect(holidayDays.has(compensatory)).toBe(false);
        expect(compensatory).toBeGreaterThan(holiday.day);
        expect(isWeekend(holiday.day)).toBe(true);
      }
    }
  });
});

describe('isWeekend', () => {
  it('is true on Saturday and Sunday only', () => {
    expect(['2026-11-21', '2026-11-22', '2026-11-23', '2026-11-27'].map((iso) => isWeekend(day(iso)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
