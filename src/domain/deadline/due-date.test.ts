import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeDueDate, pausedWorkingMinutes, shiftByPauses } from './due-date.ts';
import { parseTimeLimit } from './time-limit.ts';
import type { TimeLimit } from './types.ts';
import { WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { isoLocalDateTime, parseIsoLocalDateTime, type LocalMinute } from '../calendar/local-time.ts';
import type { YearSchedule } from '../calendar/types.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });

const at = (text: string): LocalMinute => {
  const value = parseIsoLocalDateTime(text);
  if (value === undefined) throw new Error(`bad test time ${text}`);
  return value;
};

const limit = (text: string): TimeLimit => {
  const parsed = parseTimeLimit(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

const due = (received: string, limitText: string, pauses: Array<[string, string]> = []): string => {
  const base = computeDueDate(at(received), limit(limitText), calendar);
  return isoLocalDateTime(shiftByPauses(base, pauses.map(([from, to]) => ({ from: at(from), to: at(to) })), calendar));
};

// Every expected value below was computed by hand on the 2026 civil-service calendar
// (TB 9441/TB-BNV: Tết off 14/02–22/02; Giỗ Tổ Sunday 26/04 → Monday 27/04 off;
// 30/04, 01/05; Quốc khánh 01–02/09 with Monday 31/08 swapped for Saturday 22/08; 24/11)
// and the default hours 07:00–11:30, 13:30–17:00 (480 working minutes a day).
describe('hand-computed due dates', () => {
  const cases: Array<{ name: string; received: string; limit: string; pauses?: Array<[string, string]>; expected: string }> = [
    { name: 'Friday afternoon before Tết, 3 working days (issue example)', received: '2026-02-13T16:00', limit: '3 working-days', expected: '2026-02-25T16:00' },
    { name: 'Friday before Tết, 1 working day lands after the break', received: '2026-02-13T16:00', limit: '1 working-days', expected: '2026-02-23T16:00' },
    { name: 'Friday before Tết, half a day', received: '2026-02-13T16:00', limit: '0.5 working-days', expected: '2026-02-23T10:00' },
    { name: 'pause of one working day after Tết', received: '2026-02-13T16:00', limit: '3 working-days', pauses: [['2026-02-23T08:00', '2026-02-24T08:00']], expected: '2026-02-26T16:00' },
    { name: 'supplement pause spanning Tết counts only working time', received: '2026-02-09T09:00', limit: '5 working-days', pauses: [['2026-02-12T09:00', '2026-02-24T09:00']], expected: '2026-02-26T09:00' },
    { name: 'half day received at 11:59 (lunch) counts from 13:30', received: '2026-01-05T11:59', limit: '0.5 working-days', expected: '2026-01-06T07:30' },
    { name: 'half day received at 13:30', received: '2026-01-05T13:30', limit: '0.5 working-days', expected: '2026-01-06T07:30' },
    { name: 'half day received at 08:00 crosses lunch', received: '2026-01-05T08:00', limit: '0.5 working-days', expected: '2026-01-05T14:00' },
    { name: 'one and a half days', received: '2026-01-05T14:00', limit: '1.5 working-days', expected: '2026-01-07T08:00' },
    { name: 'same-day received before 15:00', received: '2026-01-05T14:59', limit: 'same-day', expected: '2026-01-05T17:00' },
    { name: 'same-day received at 15:00 goes to the next working day', received: '2026-01-05T15:00', limit: 'same-day', expected: '2026-01-06T17:00' },
    { name: 'same-day received after 15:00 on the Friday before Tết', received: '2026-02-13T16:30', limit: 'same-day', expected: '2026-02-23T17:00' },
    { name: 'same-day received at the Saturday desk', received: '2026-01-10T09:00', limit: 'same-day', expected: '2026-01-12T17:00' },
    { name: 'calendar days ending on a Sunday move to Monday', received: '2026-01-02T09:00', limit: '9 days', expected: '2026-01-12T09:00' },
    { name: 'calendar days ending inside Tết move past the break', received: '2026-02-09T08:00', limit: '7 days', expected: '2026-02-23T08:00' },
    { name: 'calendar days on ordinary days', received: '2026-01-05T09:00', limit: '15 days', expected: '2026-01-20T09:00' },
    { name: 'working hours within one day', received: '2026-01-05T10:00', limit: '4 working-hours', expected: '2026-01-05T16:00' },
    { name: 'eight working hours equal one working day', received: '2026-01-05T16:00', limit: '8 working-hours', expected: '2026-01-06T16:00' },
    { name: 'received after closing counts from the next morning', received: '2026-01-05T18:00', limit: '1 working-days', expected: '2026-01-06T17:00' },
    { name: 'make-up Saturday 22/08/2026 is a working day', received: '2026-08-21T10:00', limit: '1 working-days', expected: '2026-08-22T10:00' },
    { name: 'Quốc khánh bridge 31/08–02/09/2026', received: '2026-08-28T10:00', limit: '1 working-days', expected: '2026-09-03T10:00' },
    { name: 'Giỗ Tổ compensatory Monday 27/04/2026', received: '2026-04-24T10:00', limit: '1 working-days', expected: '2026-04-28T10:00' },
    { name: '30/04 and 01/05/2026', received: '2026-04-29T15:00', limit: '2 working-days', expected: '2026-05-05T15:00' },
    { name: 'Ngày Văn hóa Việt Nam 24/11/2026', received: '2026-11-23T09:00', limit: '1 working-days', expected: '2026-11-25T09:00' },
    { name: 'New Year 01/01/2026', received: '2025-12-31T10:00', limit: '1 working-days', expected: '2026-01-02T10:00' },
    { name: 'pause over a weekend only changes nothing', received: '2026-01-05T09:00', limit: '3 working-days', pauses: [['2026-01-10T08:00', '2026-01-11T20:00']], expected: '2026-01-08T09:00' },
    { name: 'pause inside the lunch break changes nothing', received: '2026-01-05T09:00', limit: '3 working-days', pauses: [['2026-01-06T11:40', '2026-01-06T13:20']], expected: '2026-01-08T09:00' },
    { name: 'overlapping pauses count once', received: '2026-01-05T09:00', limit: '3 working-days', pauses: [['2026-01-06T08:00', '2026-01-06T10:00'], ['2026-01-06T09:00', '2026-01-06T11:00']], expected: '2026-01-08T14:00' },
    { name: 'ten working days across Tết', received: '2026-02-10T10:00', limit: '10 working-days', expected: '2026-03-03T10:00' },
  ];

  for (const c of cases) {
    it(c.name, () => {
      expect(due(c.received, c.limit, c.pauses)).toBe(c.expected);
    });
  }

  it('counts the paused working time', () => {
    expect(pausedWorkingMinutes([{ from: at('2026-02-12T09:00'), to: at('2026-02-24T09:00') }], calendar)).toBe(3 * 480);
  });
});

/** A naive oracle: the same clock time on the N-th working day after receipt, day by day. */
function naiveWorkingDaysDue(received: LocalMinute, days: number, cal: WorkingCalendar): LocalMinute {
  let day = Math.floor(received / 1440);
  const clock = received - day * 1440;
  for (let left = days; left > 0; ) {
    day++;
    if (cal.isWorkingDay(day)) left--;
  }
  return day * 1440 + clock;
}

// Receipts strictly inside a working session of a working day, 2024–2030.
const receiptInWorkingTime = fc
  .record({ day: fc.integer({ min: 19723, max: 22280 }), clock: fc.integer({ min: 7 * 60 + 1, max: 17 * 60 - 1 }) })
  .filter(({ day, clock }) => calendar.isWorkingDay(day) && (clock < 11 * 60 + 30 || clock > 13 * 60 + 30))
  .map(({ day, clock }) => day * 1440 + clock);

describe('due date properties', () => {
  it('equals the same clock time on the N-th working day (naive day-by-day oracle)', () => {
    fc.assert(
      fc.property(receiptInWorkingTime, fc.integer({ min: 1, max: 60 }), (received, days) => {
        expect(computeDueDate(received, { kind: 'working-days', days }, calendar)).toBe(naiveWorkingDaysDue(received, days, calendar));
      }),
      { numRuns: 500 },
    );
  });

  const anyReceipt = fc.integer({ min: 19723 * 1440, max: 22280 * 1440 });
  const anyLimit: fc.Arbitrary<TimeLimit> = fc.oneof(
    fc.integer({ min: 0, max: 120 }).map((h) => ({ kind: 'working-days', days: h / 2 }) as const),
    fc.integer({ min: 0, max: 200 }).map((hours) => ({ kind: 'working-hours', hours }) as const),
    fc.integer({ min: 0, max: 90 }).map((days) => ({ kind: 'calendar-days', days }) as const),
  );

  it('a longer limit never gives an earlier due date', () => {
    fc.assert(
      fc.property(anyReceipt, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 120 }), (received, a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        const dueShort = computeDueDate(received, { kind: 'working-days', days: short / 2 }, calendar);
        const dueLong = computeDueDate(received, { kind: 'working-days', days: long / 2 }, calendar);
        expect(dueLong).toBeGreaterThanOrEqual(dueShort);
        const calShort = computeDueDate(received, { kind: 'calendar-days', days: short }, calendar);
        const calLong = computeDueDate(received, { kind: 'calendar-days', days: long }, calendar);
        expect(calLong).toBeGreaterThanOrEqual(calShort);
      }),
      { numRuns: 500 },
    );
  });

  it('adding a holiday never makes a due date earlier', () => {
    fc.assert(
      fc.property(anyReceipt, anyLimit, fc.integer({ min: 19723, max: 22280 }), (received, timeLimit, holiday) => {
        const withHoliday = new WorkingCalendar({
          schedule: (year): YearSchedule => {
            const base = yearSchedule(year);
            const iso = isoLocalDateTime(holiday * 1440).slice(0, 10);
            if (!iso.startsWith(String(year))) return base;
            return { ...base, daysOff: [...base.daysOff, { date: iso, reason: 'Ngày nghỉ thêm (kiểm thử)' }] };
          },
        });
        expect(computeDueDate(received, timeLimit, withHoliday)).toBeGreaterThanOrEqual(computeDueDate(received, timeLimit, calendar));
      }),
      { numRuns: 200 },
    );
  });

  it('a pause of zero working time changes nothing, and a pause never makes it earlier', () => {
    fc.assert(
      fc.property(anyReceipt, anyLimit, anyReceipt, fc.integer({ min: 0, max: 20_000 }), (received, timeLimit, pauseFrom, length) => {
        const base = computeDueDate(received, timeLimit, calendar);
        expect(shiftByPauses(base, [{ from: pauseFrom, to: pauseFrom }], calendar)).toBe(base);
        const shifted = shiftByPauses(base, [{ from: pauseFrom, to: pauseFrom + length }], calendar);
        expect(shifted).toBeGreaterThanOrEqual(base);
        const paused = pausedWorkingMinutes([{ from: pauseFrom, to: pauseFrom + length }], calendar);
        expect(calendar.workingMinutesBetween(base, shifted)).toBe(paused);
      }),
      { numRuns: 300 },
    );
  });

  it('a working-day limit grants exactly N × 480 working minutes', () => {
    fc.assert(
      fc.property(anyReceipt, fc.integer({ min: 0, max: 120 }), (received, halves) => {
        const dueAt = computeDueDate(received, { kind: 'working-days', days: halves / 2 }, calendar);
        expect(calendar.workingMinutesBetween(received, dueAt)).toBe(halves * 240);
      }),
      { numRuns: 500 },
    );
  });
});
