import { describe, expect, it } from 'vitest';
import { OFFICIAL_SCHEDULES, officialSchedule, weakestConfidence } from './official-schedules.ts';
import type { ScheduleEntry } from './official-schedules.ts';
import { isWeekend, statutoryHolidays } from './holidays.ts';
import { parseIsoDate } from './local-time.ts';

const dates = (entries: readonly { date: string }[]): string[] => entries.map((entry) => entry.date);
const find = (entries: readonly ScheduleEntry[], date: string): ScheduleEntry | undefined =>
  entries.find((entry) => entry.date === date);

describe('official schedules (reference.md §6.1)', () => {
  it('covers 2024, 2025 and 2026 only', () => {
    expect(OFFICIAL_SCHEDULES.map((schedule) => schedule.year)).toEqual([2024, 2025, 2026]);
    expect(officialSchedule(2023)).toBeUndefined();
    expect(officialSchedule(2027)).toBeUndefined();
  });

  describe.each(OFFICIAL_SCHEDULES.map((schedule) => [schedule.year, schedule] as const))('%i data', (year, schedule) => {
    it('lists valid dates of its own year, sorted, without duplicates', () => {
      for (const entry of [...schedule.daysOff, ...schedule.extraWorkingDays]) {
        expect(parseIsoDate(entry.date), entry.date).toBeDefined();
        expect(entry.date.startsWith(`${year}-`)).toBe(true);
        expect(entry.reason.length).toBeGreaterThan(0);
        expect(entry.source.length).toBeGreaterThan(0);
      }
      for (const list of [schedule.daysOff, schedule.extraWorkingDays]) {
        expect(dates(list)).toEqual([...new Set(dates(list))].sort());
      }
    });

    it('lists weekdays as days off and weekend days as working days', () => {
      expect(schedule.daysOff.every((entry) => !isWeekend(parseIsoDate(entry.date)!))).toBe(true);
      expect(schedule.extraWorkingDays.every((entry) => isWeekend(parseIsoDate(entry.date)!))).toBe(true);
    });

    it('gives every weekday holiday whose date the law fixes (1/1, 10/3 ÂL, 30/4, 1/5, 2/9, 24/11)', () => {
      const fixedByLaw = statutoryHolidays(year).filter((holiday) => !holiday.defaultChoice && !isWeekend(holiday.day));
      const off = new Set(dates(schedule.daysOff));
      expect(fixedByLaw.filter((holiday) => !off.has(holiday.date))).toEqual([]);
    });

    it('pairs every make-up day with a swapped weekday off that names it', () => {
      for (const work of schedule.extraWorkingDays) {
        const [, month, day] = work.date.split('-');
        const swapped = schedule.daysOff.find((entry) => entry.reason.includes(`làm bù vào ngày ${day}/${month}/${year}`));
        expect(swapped, work.date).toBeDefined();
        expect(work.reason).toMatch(/^Làm bù cho ngày \d{2}\/\d{2}\/\d{4}$/);
      }
    });
  });

  it('2024 (⚪): Tết 8–14/2, Monday 29/4 swapped for Saturday 4/5, Quốc khánh 2/9 + 3/9', () => {
    const schedule = officialSchedule(2024)!;
    expect(schedule.confidence).toBe('unconfirmed');
    expect(dates(schedule.daysOff)).toEqual([
      '2024-01-01', '2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14',
      '2024-04-18', '2024-04-29', '2024-04-30', '2024-05-01', '2024-09-02', '2024-09-03',
    ]);
    expect(schedule.extraWorkingDays).toEqual([
      expect.objectContaining({ date: '2024-05-04', reason: 'Làm bù cho ngày 29/04/2024', confidence: 'unconfirmed' }),
    ]);
  });

  it('2025 (⚪): Tết 27–31/1, Friday 2/5 swapped for Saturday 26/4, Quốc khánh 1/9 + 2/9', () => {
    const schedule = officialSchedule(2025)!;
    expect(schedule.confidence).toBe('unconfirmed');
    expect(dates(schedule.daysOff)).toEqual([
      '2025-01-01', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31',
      '2025-04-07', '2025-04-30', '2025-05-01', '2025-05-02', '2025-09-01', '2025-09-02',
    ]);
    expect(dates(schedule.extraWorkingDays)).toEqual(['2025-04-26']);
    expect(schedule.source).toContain('6150/TB-BLĐTBXH');
  });

  describe('2026', () => {
    const schedule = officialSchedule(2026)!;
    const entries = OFFICIAL_SCHEDULES.find((item) => item.year === 2026)!;

    it('has the days off of TB 9441/TB-BNV, the Giỗ Tổ Monday, the swap and 24/11', () => {
      expect(dates(schedule.daysOff)).toEqual([
        '2026-01-01', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-04-27',
        '2026-04-30', '2026-05-01', '2026-08-31', '2026-09-01', '2026-09-02', '2026-11-24',
      ]);
      expect(dates(schedule.extraWorkingDays)).toEqual(['2026-08-22']);
    });

    it('marks Tết ✅ from TB 9441/TB-BNV with the reason "Nghỉ Tết Nguyên đán"', () => {
      for (const date of ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']) {
        expect(find(entries.daysOff, date)).toMatchObject({ reason: 'Nghỉ Tết Nguyên đán', confidence: 'confirmed' });
        expect(find(entries.daysOff, date)?.source).toContain('9441/TB-BNV ngày 16/10/2025');
      }
    });

    it('gives back Monday 27/4 for Giỗ Tổ on Sunday 26/4 ✅', () => {
      expect(find(entries.daysOff, '2026-04-27')).toMatchObject({ reason: 'Nghỉ bù Giỗ Tổ Hùng Vương', confidence: 'confirmed' });
    });

    it('marks the Quốc khánh swap (Mon 31/8 ↔ Sat 22/8) and 24/11 🟡 single-source', () => {
      expect(find(entries.daysOff, '2026-08-31')).toMatchObject({
        reason: 'Nghỉ hoán đổi, làm bù vào ngày 22/08/2026',
        confidence: 'single-source',
      });
      expect(find(entries.extraWorkingDays, '2026-08-22')).toMatchObject({
        reason: 'Làm bù cho ngày 31/08/2026',
        confidence: 'single-source',
      });
      expect(find(entries.daysOff, '2026-11-24')).toMatchObject({
        reason: 'Nghỉ Ngày Văn hóa Việt Nam (24/11)',
        confidence: 'single-source',
        source: 'Nghị quyết số 28/2026/QH16, Điều 2',
      });
    });

    it('is, as a year, only as sure as its least sure entry', () => {
      expect(schedule.confidence).toBe('single-source');
      expect(schedule.source).toContain('Thông báo số 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ');
    });
  });
});

describe('weakestConfidence', () => {
  const at = (confidence: ScheduleEntry['confidence']): ScheduleEntry => ({ date: '2026-01-01', reason: 'x', confidence, source: 'y' });
  it('orders confirmed > single-source > unconfirmed', () => {
    expect(weakestConfidence([])).toBe('confirmed');
    expect(weakestConfidence([at('confirmed'), at('single-source')])).toBe('single-source');
    expect(weakestConfidence([at('single-source'), at('unconfirmed'), at('confirmed')])).toBe('unconfirmed');
  });
});

describe('sources shown to users (issue 15)', () => {
  it('cite the legal text only: no research notes such as "nguồn thứ cấp" or "chưa đối chiếu"', () => {
    const sources = OFFICIAL_SCHEDULES.flatMap((s) => [...s.daysOff, ...s.extraWorkingDays].map((e) => e.source));
    expect(sources.length).toBeGreaterThan(10);
    for (const source of sources) expect(source).not.toMatch(/thứ cấp|đối chiếu|\(|⚪|🟡/);
    // The uncertainty stays in the data, where the page words it for users.
    expect(officialSchedule(2026)!.confidence).not.toBe('confirmed');
  });
});
