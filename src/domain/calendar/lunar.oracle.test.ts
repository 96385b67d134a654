/**
 * lunar.ts against an independent test oracle (test/support/lunar-hnd.reference.ts, Hồ Ngọc Đức's
 * algorithm with full Meeus ch. 49 new moons), every day of 1968–2100, both directions.
 */
import { describe, expect, it } from 'vitest';
import { dayNumberFromYmd, isoDate, ymdFromDayNumber } from './local-time.ts';
import { lunarToSolar, solarToLunar } from './lunar.ts';
import type { LunarDate } from './lunar.ts';
import { convertLunar2Solar, convertSolar2Lunar } from '../../../test/support/lunar-hnd.reference.ts';

const FIRST_DAY = dayNumberFromYmd(1968, 1, 1);
const LAST_DAY = dayNumberFromYmd(2100, 12, 31);
const show = (date: LunarDate): string => `${date.day}/${date.month}${date.leap ? 'L' : ''}/${date.year}`;

function oracleLunarToSolar(date: LunarDate): number | undefined {
  const result = convertLunar2Solar(date);
  return result && dayNumberFromYmd(result[2], result[1], result[0]);
}

describe('lunar.ts equals the HND oracle, 1968-01-01 … 2100-12-31', () => {
  it('solar → lunar on every day, and lunar → solar back to the same day in both', () => {
    const mismatches: string[] = [];
    for (let day = FIRST_DAY; day <= LAST_DAY; day += 1) {
      const ours = solarToLunar(day);
      const { year, month, day: dayOfMonth } = ymdFromDayNumber(day);
      const oracle = convertSolar2Lunar(dayOfMonth, month, year);
      if (show(ours) !== show(oracle)) mismatches.push(`${isoDate(day)}: ours ${show(ours)}, oracle ${show(oracle)}`);
      if (lunarToSolar(ours) !== day) mismatches.push(`${isoDate(day)}: lunarToSolar(${show(ours)}) is not back`);
      if (oracleLunarToSolar(ours) !== day) mismatches.push(`${isoDate(day)}: oracle lunar→solar(${show(ours)}) is not back`);
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
    expect(LAST_DAY - FIRST_DAY + 1).toBe(48_578);
  });

  it('lunar → solar agrees on days 1, 29 and 30 of every month and leap flag, existing or not', () => {
    const mismatches: string[] = [];
    for (let year = 1968; year <= 2100; year += 1) {
      for (let month = 1; month <= 12; month += 1) {
        for (const leap of [false, true]) {
          for (const day of [1, 29, 30]) {
            const date = { day, month, year, leap };
            const ours = lunarToSolar(date);
            const oracle = oracleLunarToSolar(date);
            if (ours !== oracle) mismatches.push(`${show(date)}: ours ${ours}, oracle ${oracle}`);
          }
        }
      }
    }
    expect(mismatches.slice(0, 20)).toEqual([]);
  });
});

describe('the oracle itself', () => {
  it('fixes the "day 0" answers of the published short algorithm', () => {
    // The short code gives 0/4/2054 and 0/3/2062 for these days.
    expect(convertSolar2Lunar(7, 5, 2054)).toEqual({ day: 30, month: 3, year: 2054, leap: false });
    expect(convertSolar2Lunar(9, 4, 2062)).toEqual({ day: 30, month: 2, year: 2062, leap: false });
  });

  it('with full Meeus terms puts the 2072 and 2077 new moons before midnight', () => {
    // The 13-term series puts both at 00:00:13 ICT the next day.
    expect(convertSolar2Lunar(9, 12, 2072)).toMatchObject({ day: 1, month: 11, year: 2072 });
    expect(convertSolar2Lunar(15, 11, 2077)).toMatchObject({ day: 1, month: 10, year: 2077 });
  });

  it('knows Tết 2026', () => {
    expect(convertSolar2Lunar(17, 2, 2026)).toEqual({ day: 1, month: 1, year: 2026, leap: false });
  });
});
