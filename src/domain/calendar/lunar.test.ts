import { describe, expect, it } from 'vitest';
import { getYearInfo } from '@dqcai/vn-lunar';
import { isoDate, parseIsoDate, weekdayOf } from './local-time.ts';
import type { DayNumber } from './local-time.ts';
import { leapMonthOf, lunarMonthLength, lunarNewYearDay, lunarToSolar, solarToLunar } from './lunar.ts';
import type { LunarDate } from './lunar.ts';

const day = (iso: string): DayNumber => {
  const parsed = parseIsoDate(iso);
  if (parsed === undefined) throw new Error(`bad test date ${iso}`);
  return parsed;
};
const lunar = (d: number, month: number, year: number, leap = false): LunarDate => ({ day: d, month, year, leap });

/** reference.md §6.2: Tết, Giao thừa (with its lunar day), Giỗ Tổ, and the weekday of each. */
const REFERENCE_YEARS: [year: number, tet: string, tetWeekday: number, eve: string, eveDay: number, hungKings: string, hungWeekday: number][] = [
  [2024, '2024-02-10', 6, '2024-02-09', 30, '2024-04-18', 4],
  [2025, '2025-01-29', 3, '2025-01-28', 29, '2025-04-07', 1],
  [2026, '2026-02-17', 2, '2026-02-16', 29, '2026-04-26', 0],
  [2027, '2027-02-06', 6, '2027-02-05', 29, '2027-04-16', 5],
  [2028, '2028-01-26', 3, '2028-01-25', 29, '2028-04-04', 2],
  [2029, '2029-02-13', 2, '2029-02-12', 29, '2029-04-23', 1],
  [2030, '2030-02-02', 6, '2030-02-01', 29, '2030-04-12', 5],
];

describe('reference.md §6.2 vectors', () => {
  describe.each(REFERENCE_YEARS)('%i', (year, tet, tetWeekday, eve, eveDay, hungKings, hungWeekday) => {
    it(`Tết is ${tet}, both directions`, () => {
      expect(solarToLunar(day(tet))).toEqual(lunar(1, 1, year));
      expect(lunarToSolar(lunar(1, 1, year))).toBe(day(tet));
      expect(lunarNewYearDay(year)).toBe(day(tet));
      expect(weekdayOf(day(tet))).toBe(tetWeekday);
    });

    it(`Giao thừa is ${eve} = ${eveDay}/12/${year - 1}, the last day of the lunar year`, () => {
      expect(solarToLunar(day(eve))).toEqual(lunar(eveDay, 12, year - 1));
      expect(lunarToSolar(lunar(eveDay, 12, year - 1))).toBe(day(eve));
      expect(lunarMonthLength(year - 1, 12)).toBe(eveDay);
    });

    it(`Giỗ Tổ (10/3) is ${hungKings}`, () => {
      expect(solarToLunar(day(hungKings))).toEqual(lunar(10, 3, year));
      expect(lunarToSolar(lunar(10, 3, year))).toBe(day(hungKings));
      expect(weekdayOf(day(hungKings))).toBe(hungWeekday);
    });
  });

  it('2026-02-17 is exactly { day: 1, month: 1, year: 2026, leap: false }', () => {
    expect(solarToLunar(day('2026-02-17'))).toStrictEqual({ day: 1, month: 1, year: 2026, leap: false });
  });

  it.each([
    ['1985-01-21', 1985, 'China (UTC+8): 1985-02-20'],
    ['2007-02-17', 2007, 'China: 2007-02-18'],
    ['2030-02-02', 2030, 'China: 2030-02-03; new moon 23:07 ICT'],
  ])('Tết on %s in Vietnam (lunar year %i; %s)', (iso, year) => {
    expect(solarToLunar(day(iso))).toEqual(lunar(1, 1, year));
    expect(lunarToSolar(lunar(1, 1, year))).toBe(day(iso));
  });

  it('2026-11-24 is 16/10/2026', () => {
    expect(solarToLunar(day('2026-11-24'))).toEqual(lunar(16, 10, 2026));
    expect(lunarToSolar(lunar(16, 10, 2026))).toBe(day('2026-11-24'));
  });

  it.each([
    [2023, 2, '2023-03-22'],
    [2025, 6, '2025-07-25'],
    [2028, 5, '2028-06-23'],
  ])('lunar %i has leap month %i, starting %s', (year, month, start) => {
    expect(leapMonthOf(year)).toBe(month);
    expect(solarToLunar(day(start))).toEqual(lunar(1, month, year, true));
    expect(lunarToSolar(lunar(1, month, year, true))).toBe(day(start));
    // The day before is the last day of the ordinary month of the same number.
    const before = solarToLunar(day(start) - 1);
    expect(before).toMatchObject({ month, year, leap: false });
    expect(before.day).toBe(lunarMonthLength(year, month));
  });

  it('years without a leap month have none', () => {
    expect([2024, 2026, 2027, 2029, 2030].map(leapMonthOf)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('other known dates', () => {
  it('Tết Mậu Thân 1968 is 1968-01-29 on UTC+7 (the South, still on UTC+8, kept the 30th)', () => {
    expect(lunarNewYearDay(1968)).toBe(day('1968-01-29'));
  });

  it('the "2033 problem": month 11 of 2033 is followed by a leap month 11 starting 2033-12-22', () => {
    expect(solarToLunar(day('2033-11-22'))).toEqual(lunar(1, 11, 2033));
    expect(solarToLunar(day('2033-12-22'))).toEqual(lunar(1, 11, 2033, true));
    expect(solarToLunar(day('2034-01-20'))).toEqual(lunar(1, 12, 2033));
    expect(leapMonthOf(2033)).toBe(11);
  });
});

describe('lunarToSolar rejects dates that do not exist', () => {
  it.each([
    ['a leap flag on an ordinary month', lunar(1, 3, 2023, true)],
    ['a leap flag in a common year', lunar(1, 6, 2026, true)],
    ['day 30 of a 29-day month (12/2025)', lunar(30, 12, 2025)],
    ['day 0', lunar(0, 1, 2026)],
    ['day 31', lunar(31, 1, 2026)],
    ['month 13', lunar(1, 13, 2026)],
    ['a fractional day', lunar(1.5, 1, 2026)],
  ])('%s', (_label, date) => {
    expect(lunarToSolar(date)).toBeUndefined();
  });

  it('accepts day 30 of a 30-day month (12/2023)', () => {
    expect(lunarToSolar(lunar(30, 12, 2023))).toBe(day('2024-02-09'));
  });
});

describe('supported range', () => {
  it('throws a RangeError outside 1900–2199', () => {
    expect(() => solarToLunar(day('1899-06-01'))).toThrow(RangeError);
    expect(() => solarToLunar(day('2200-06-01'))).toThrow(RangeError);
    expect(() => lunarToSolar(lunar(1, 1, 2200))).toThrow(RangeError);
  });

  it('works at both ends', () => {
    expect(solarToLunar(day('1900-01-31'))).toEqual(lunar(1, 1, 1900));
    expect(solarToLunar(day('2199-12-31')).year).toBe(2199);
  });
});

describe('cross-check with @dqcai/vn-lunar (Hồ Ngọc Đức tables), 1968–2100', () => {
  /**
   * The package's tables start every month of every lunar year 1968–2100 on the same day as
   * lunar.ts, except one: month 4 of 2054. The package starts it on 2054-05-07; the new moon is
   * at 00:00:22 ICT on 2054-05-08 with NASA's ΔT (102 s), and would need ΔT > 124 s to fall
   * before midnight (docs/calendar.md). getYearInfo is used because getLunarDate takes ~3 ms.
   */
  it('agrees on every month start except month 4 of 2054', () => {
    const differences: string[] = [];
    for (let year = 1968; year <= 2100; year += 1) {
      for (const month of getYearInfo(year)) {
        const packageStart = month.jd - 2440588;
        const ours = lunarToSolar(lunar(1, month.month, year, month.leap));
        if (ours !== packageStart) {
          differences.push(`${month.month}${month.leap ? 'L' : ''}/${year}: ours ${ours === undefined ? '-' : isoDate(ours)}, package ${isoDate(packageStart)}`);
        }
      }
    }
    expect(differences).toEqual(['4/2054: ours 2054-05-08, package 2054-05-07']);
  });
});
