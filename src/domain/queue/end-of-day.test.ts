import { describe, expect, it } from 'vitest';
import { isoLocalDateTime } from '../calendar/local-time.ts';
import { DEFAULT_WORKING_HOURS, WorkingCalendar } from '../calendar/working-calendar.ts';
import { yearSchedule } from '../calendar/year-schedule.ts';
import { isEndOfDayStatus, isQueueDayClosed, queueDayClosesAt } from './end-of-day.ts';
import { TICKET_STATUSES } from './ticket-transitions.ts';
import { dayAt, minuteAt } from '../../../test/support/queue-builders.ts';

const calendar = new WorkingCalendar({ schedule: yearSchedule });
const withSaturdayDesk = new WorkingCalendar({ schedule: yearSchedule, hours: { ...DEFAULT_WORKING_HOURS, saturdayDesk: { start: 7 * 60 + 30, end: 11 * 60 + 30 } } });

describe('the end of a queue day', () => {
  it('closes at the end of the last session of the working calendar', () => {
    expect(isoLocalDateTime(queueDayClosesAt(calendar, dayAt('2026-12-01')))).toBe('2026-12-01T17:00');
    expect(isQueueDayClosed(calendar, dayAt('2026-12-01'), minuteAt('2026-12-01 16:59'))).toBe(false);
    expect(isQueueDayClosed(calendar, dayAt('2026-12-01'), minuteAt('2026-12-01 17:00'))).toBe(true);
    expect(isQueueDayClosed(calendar, dayAt('2026-12-01'), minuteAt('2026-12-02 07:00'))).toBe(true);
  });
  it('closes a Saturday desk at its end, and a day without sessions at midnight', () => {
    expect(isoLocalDateTime(queueDayClosesAt(withSaturdayDesk, dayAt('2026-12-05')))).toBe('2026-12-05T11:30');
    expect(isoLocalDateTime(queueDayClosesAt(calendar, dayAt('2026-12-05')))).toBe('2026-12-06T00:00');
  });
  it('cancels only what nobody is serving: waiting and called', () => {
    expect(TICKET_STATUSES.filter(isEndOfDayStatus)).toEqual(['waiting', 'called']);
  });
});
