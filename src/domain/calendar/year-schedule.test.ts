import { describe, expect, it } from 'vitest';
import { applyOverrides, defaultYearSchedule, yearSchedule } from './year-schedule.ts';
import { officialSchedule } from './official-schedules.ts';
import { isWeekend, statutoryHolidays } from './holidays.ts';
import { parseIsoDate } from './local-time.ts';
import type { DayOverride, YearSchedule } from './types.ts';

const dates = (entries: readonly { date: string }[]): string[] => entries.map((entry) => entry.date);
const isWeekendDate = (iso: string): boolean => isWeekend(parseIsoDate(iso)!);

describe('yearSchedule', () => {
  it('returns the published schedule when one is on record', () => {
    expect(yearSchedule(2026)).toEqual(officialSchedule(2026));
    expect(yearSchedule(2024).confidence).toBe('unconfirmed');
  });

  it('falls back to the default rule otherwise', () => {
    const schedule = yearSchedule(2027);
    expect(schedule.confidence).toBe('default-rule');
    expect(schedule.source).toContain('Quy tắc mặc định');
    expect(schedule.source).toContain('Nghị quyết số 28/2026/QH16');
    expect(yearSchedule(2023).source).not.toContain('28/2026/QH16');
  });

  it('rejects a fractional year and years outside the lunar range', () => {
    expect(() => yearSchedule(2027.5)).toThrow(RangeError);
    expect(() => yearSchedule(1899)).toThrow(RangeError);
  });
});

describe('defaultYearSchedule', () => {
  it('reproduces the official 2026 Tết days (TB 9441/TB-BNV) and Monday 27/4 for Giỗ Tổ', () => {
    const schedule = defaultYearSchedule(2026);
    expect(dates(schedule.daysOff)).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']));
    expect(schedule.daysOff.find((entry) => entry.date === '2026-04-27')?.reason).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
  });

  it('differs from official 2026 only by the Quốc khánh swap (Mon 31/8 off, Sat 22/8 worked)', () => {
    // The default rule never swaps days: a swap is a government decision it cannot guess.
    const fallback = defaultYearSchedule(2026);
    const official = officialSchedule(2026)!;
    expect(dates(official.daysOff).filter((date) => !dates(fallback.daysOff).includes(date))).toEqual(['2026-08-31']);
    expect(dates(fallback.daysOff).filter((date) => !dates(official.daysOff).includes(date))).toEqual([]);
    expect(fallback.extraWorkingDays).toEqual([]);
    expect(dates(official.extraWorkingDays)).toEqual(['2026-08-22']);
  });

  it('does not reproduce 2024 and 2025, whose Tết breaks were five weekdays around the weekend', () => {
    // 2024: official Tết off Thu 8/2 – Wed 14/2 (29 Chạp – mùng 5); the default takes Giao thừa
    // (Fri 9/2) + mùng 1–4 and gives Sat 10/2 + Sun 11/2 back on Wed 14/2 + Thu 15/2.
    // The 29/4 ↔ 4/5 swap is not guessed either.
    expect(dates(defaultYearSchedule(2024).daysOff)).toEqual([
      '2024-01-01', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14', '2024-02-15',
      '2024-04-18', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03',
    ]);
    // 2025: official Tết Mon 27/1 – Fri 31/1 (28 Chạp – mùng 3); the default takes Tue 28/1 –
    // Fri 31/1 and gives Saturday 1/2 (mùng 4) back on Monday 3/2. No 2/5 ↔ 26/4 swap.
    expect(dates(defaultYearSchedule(2025).daysOff)).toEqual([
      '2025-01-01', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-03',
      '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02',
    ]);
  });

  it.each([
    [2027, ['01-01', '02-05', '02-08', '02-09', '02-10', '02-11', '04-16', '04-30', '05-03', '09-01', '09-02', '11-24']],
    [2028, ['01-03', '01-25', '01-26', '01-27', '01-28', '01-31', '04-04', '05-01', '05-02', '09-01', '09-04', '11-24']],
    [2029, ['01-01', '02-12', '02-13', '02-14', '02-15', '02-16', '04-23', '04-30', '05-01', '09-03', '09-04', '11-26']],
    [2030, ['01-01', '02-01', '02-04', '02-05', '02-06', '02-07', '04-12', '04-30', '05-01', '09-02', '09-03', '11-25']],
  ])('%i, hand-computed', (year, expected) => {
    expect(dates(defaultYearSchedule(year).daysOff)).toEqual(expected.map((monthDay) => `${year}-${monthDay}`));
  });

  it('writes the reasons in Vietnamese', () => {
    const reasons = Object.fromEntries(defaultYearSchedule(2028).daysOff.map((entry) => [entry.date, entry.reason]));
    expect(reasons).toMatchObject({
      '2028-01-03': 'Nghỉ bù Tết Dương lịch',
      '2028-01-25': 'Nghỉ Tết Nguyên đán',
      '2028-01-31': 'Nghỉ bù Tết Nguyên đán',
      '2028-04-04': 'Nghỉ Giỗ Tổ Hùng Vương (10/3 âm lịch)',
      '2028-05-01': 'Nghỉ lễ Ngày Quốc tế lao động (1/5)',
      '2028-05-02': 'Nghỉ bù Ngày Chiến thắng',
      '2028-09-01': 'Nghỉ lễ Quốc khánh (ngày liền kề)',
      '2028-09-04': 'Nghỉ bù Quốc khánh',
      '2028-11-24': 'Nghỉ Ngày Văn hóa Việt Nam (24/11)',
    });
  });
});

describe('applyOverrides', () => {
  const base = yearSchedule(2026);
  const override = (date: string, working: boolean, reason = 'Điều chỉnh của đơn vị'): DayOverride => ({ date, working, reason });

  it('a weekday made working leaves daysOff', () => {
    const schedule = applyOverrides(base, [override('2026-04-27', true, 'Đơn vị làm việc bình thường')]);
    expect(dates(schedule.daysOff)).not.toContain('2026-04-27');
    expect(schedule.daysOff).toHaveLength(base.daysOff.length - 1);
  });

  it('a weekday made a day off joins daysOff in date order, with the override reason', () => {
    const schedule = applyOverrides(base, [override('2026-01-02', false, 'Nghỉ theo quyết định của Chủ tịch UBND xã')]);
    expect(schedule.daysOff.slice(0, 2)).toEqual([
      expect.objectContaining({ date: '2026-01-01' }),
      { date: '2026-01-02', reason: 'Nghỉ theo quyết định của Chủ tịch UBND xã' },
    ]);
  });

  it('a weekend day made working joins extraWorkingDays', () => {
    const schedule = applyOverrides(base, [override('2026-01-10', true, 'Làm việc thứ Bảy theo kế hoạch cải cách hành chính')]);
    expect(dates(schedule.extraWorkingDays)).toEqual(['2026-01-10', '2026-08-22']);
  });

  it('a weekend day made a day off leaves extraWorkingDays', () => {
    const schedule = applyOverrides(base, [override('2026-08-22', false)]);
    expect(schedule.extraWorkingDays).toEqual([]);
  });

  it('an override of a day already off replaces its reason', () => {
    const schedule = applyOverrides(base, [override('2026-09-01', false, 'Nghỉ lễ Quốc khánh (theo thông báo mới)')]);
    expect(schedule.daysOff.find((entry) => entry.date === '2026-09-01')?.reason).toBe('Nghỉ lễ Quốc khánh (theo thông báo mới)');
    expect(schedule.daysOff).toHaveLength(base.daysOff.length);
  });

  it('an override that changes nothing the lists show is harmless (weekday working, weekend off)', () => {
    const schedule = applyOverrides(base, [override('2026-03-03', true), override('2026-03-07', false)]);
    expect(schedule.daysOff).toEqual(base.daysOff);
    expect(schedule.extraWorkingDays).toEqual(base.extraWorkingDays);
  });

  it('the last override of a date wins (national first, then the unit)', () => {
    const schedule = applyOverrides(base, [override('2026-01-02', false), override('2026-01-02', true)]);
    expect(dates(schedule.daysOff)).not.toContain('2026-01-02');
  });

  it('ignores overrides of other years and returns the schedule unchanged when none apply', () => {
    expect(applyOverrides(base, [override('2027-01-04', false)])).toBe(base);
    expect(applyOverrides(base, [])).toBe(base);
  });

  it('notes the corrections in the source and keeps the confidence', () => {
    const schedule = applyOverrides(base, [override('2026-01-02', false), override('2026-01-10', true), override('2026-01-02', false)]);
    expect(schedule.source).toBe(`${base.source}; có 2 ngày điều chỉnh của đơn vị`);
    expect(schedule.confidence).toBe(base.confidence);
  });

  it('does not modify the schedule it was given', () => {
    const before = structuredClone(base);
    applyOverrides(base, [override('2026-04-27', true), override('2026-01-10', true), override('2026-08-22', false)]);
    expect(base).toEqual(before);
  });

  it('throws on a date that is not YYYY-MM-DD', () => {
    expect(() => applyOverrides(base, [override('02/01/2026', false)])).toThrow(RangeError);
    expect(() => applyOverrides(base, [override('2026-02-30', false)])).toThrow(RangeError);
  });
});

describe('invariants, every year 1968–2100', () => {
  const schedules: YearSchedule[] = [];
  for (let year = 1968; year <= 2100; year += 1) schedules.push(yearSchedule(year));

  it('builds every year', () => {
    expect(schedules).toHaveLength(133);
    expect(schedules.map((schedule) => schedule.year)).toEqual(Array.from({ length: 133 }, (_, index) => 1968 + index));
  });

  it('lists sorted, unique dates of its own year; weekdays off, weekend days worked', () => {
    for (const schedule of schedules) {
      for (const list of [schedule.daysOff, schedule.extraWorkingDays]) {
        expect(dates(list)).toEqual([...new Set(dates(list))].sort());
        expect(list.every((entry) => entry.date.startsWith(`${schedule.year}-`))).toBe(true);
        expect(list.every((entry) => entry.reason.length > 0)).toBe(true);
      }
      expect(schedule.daysOff.filter((entry) => isWeekendDate(entry.date))).toEqual([]);
      expect(schedule.extraWorkingDays.filter((entry) => !isWeekendDate(entry.date))).toEqual([]);
    }
  });

  it('default years give exactly one weekday off per distinct holiday date', () => {
    // A weekday holiday is off itself; a weekend holiday gives one compensatory weekday.
    for (const schedule of schedules.filter((item) => item.confidence === 'default-rule')) {
      const holidayDates = new Set(statutoryHolidays(schedule.year).map((holiday) => holiday.date));
      expect(schedule.daysOff).toHaveLength(holidayDates.size);
      expect(schedule.extraWorkingDays).toEqual([]);
    }
  });
});
