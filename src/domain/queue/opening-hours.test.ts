import { describe, expect, it } from 'vitest';
import { isoLocalDateTime } from '../calendar/local-time.ts';
import { DEFAULT_WORKING_HOURS, WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { expectedCallAt, isOpen, nextOpening } from './opening-hours.ts';
import { dayAt, minuteAt } from '../../../test/support/queue-builders.ts';

// The official 2026 civil-service calendar: Tết off 16–20/2 (break 14–22/2), Saturday 22/8
// worked for Monday 31/8, 1–2/9 off (src/domain/calendar/official-schedules.ts).
const calendar = new WorkingCalendar({ schedule: yearSchedule });
const withSaturdayDesk = new WorkingCalendar({ schedule: yearSchedule, hours: { ...DEFAULT_WORKING_HOURS, saturdayDesk: { start: 7 * 60 + 30, end: 11 * 60 + 30 } } });

const open = (text: string, cal = calendar, stop = 0) => isOpen(cal, minuteAt(text), { issueStopsBeforeCloseMinutes: stop });
const next = (check: ReturnType<typeof isOpen>) => (!check.open && check.nextOpenAt !== undefined ? isoLocalDateTime(check.nextOpenAt) : undefined);

describe('isOpen: the kiosk follows the working calendar', () => {
  it('issues during the working sessions of a working day', () => {
    expect(open('2026-03-02T08:00')).toEqual({ open: true, session: 'working', closesAt: minuteAt('2026-03-02T11:30') });
    expect(open('2026-03-02T16:59')).toEqual({ open: true, session: 'working', closesAt: minuteAt('2026-03-02T17:00') });
  });

  it('keeps issuing at lunch and says when calling resumes', () => {
    expect(open('2026-03-02T12:00')).toEqual({
      open: true,
      session: 'break',
      resumesAt: minuteAt('2026-03-02T13:30'),
      note: 'Trung tâm đang nghỉ trưa; số thứ tự được gọi tiếp từ 13:30.',
    });
  });

  it('refuses before opening and after closing, with the next opening', () => {
    const early = open('2026-03-02T06:30');
    expect(early).toEqual({ open: false, reason: 'Chưa đến giờ cấp số. Trung tâm bắt đầu cấp số lúc 07:00 hôm nay.', nextOpenAt: minuteAt('2026-03-02T07:00') });
    const late = open('2026-03-06T17:00'); // Friday
    expect(late.open).toBe(false);
    expect(!late.open && late.reason).toBe('Đã hết giờ cấp số hôm nay (từ 17:00). Mời ông/bà quay lại lúc 07:00 Thứ Hai, 09/03/2026.');
  });

  it('refuses on a weekend and across Tết, pointing at the first working day after', () => {
    const sunday = open('2026-03-08T09:00');
    expect(!sunday.open && sunday.reason).toBe('Hôm nay (Chủ nhật, 08/03/2026) Trung tâm không làm việc. Mời ông/bà quay lại lúc 07:00 Thứ Hai, 09/03/2026.');
    expect(next(open('2026-02-13T17:05'))).toBe('2026-02-23T07:00');
    expect(next(open('2026-02-18T09:00'))).toBe('2026-02-23T07:00');
  });

  it('opens on a make-up Saturday with the normal hours', () => {
    expect(open('2026-08-22T08:00')).toMatchObject({ open: true, session: 'working' });
  });

  it('stops issuing before the close when the unit says so', () => {
    expect(open('2026-03-02T16:29', calendar, 30)).toEqual({ open: true, session: 'working', closesAt: minuteAt('2026-03-02T16:30') });
    const stopped = open('2026-03-02T16:30', calendar, 30);
    expect(!stopped.open && stopped.reason).toBe('Đã hết giờ cấp số hôm nay (từ 16:30). Mời ông/bà quay lại lúc 07:00 Thứ Ba, 03/03/2026.');
  });
});

describe('isOpen: the Saturday desk', () => {
  it('opens on an ordinary Saturday during its session only', () => {
    expect(open('2026-03-07T09:00', withSaturdayDesk)).toEqual({ open: true, session: 'saturday-desk', closesAt: minuteAt('2026-03-07T11:30') });
    expect(next(open('2026-03-07T07:00', withSaturdayDesk))).toBe('2026-03-07T07:30');
    expect(next(open('2026-03-07T12:00', withSaturdayDesk))).toBe('2026-03-09T07:00');
    expect(open('2026-03-07T09:00').open).toBe(false); // units without a desk
  });

  it('stays closed on Saturdays that belong to a break (a weekday off next to it) or are holidays', () => {
    expect(open('2026-02-14T09:00', withSaturdayDesk).open).toBe(false); // Tết break starts, Monday 16/2 off
    expect(open('2026-02-21T09:00', withSaturdayDesk).open).toBe(false); // Friday 20/2 off
    expect(next(open('2026-02-13T17:00', withSaturdayDesk))).toBe('2026-02-23T07:00');
    expect(open('2026-08-29T09:00', withSaturdayDesk).open).toBe(false); // Monday 31/8 swapped off
    expect(open('2026-05-02T09:00', withSaturdayDesk).open).toBe(false); // Friday 1/5 off
  });

  it('finds the next opening on a desk Saturday', () => {
    expect(isoLocalDateTime(nextOpening(withSaturdayDesk, dayAt('2026-03-06') + 1)!)).toBe('2026-03-07T07:30');
  });
});

describe('expectedCallAt', () => {
  it('skips the lunch break on a working day', () => {
    expect(isoLocalDateTime(expectedCallAt(calendar, minuteAt('2026-03-02T11:20'), 30))).toBe('2026-03-02T13:50');
    expect(isoLocalDateTime(expectedCallAt(calendar, minuteAt('2026-03-02T12:10'), 15))).toBe('2026-03-02T13:45');
  });
  it('counts wall-clock minutes at the Saturday desk', () => {
    expect(isoLocalDateTime(expectedCallAt(withSaturdayDesk, minuteAt('2026-03-07T09:00'), 25))).toBe('2026-03-07T09:25');
  });
});
