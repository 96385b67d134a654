/**
 * The end of a queue day (docs/queue.md §12): at the close of the day's last working session
 * (the unit's working calendar, or the Saturday desk), the tickets still waiting or called are
 * cancelled by `system` with reason `end_of_day` (decideTicket admits it). A day without
 * sessions (changed since the tickets were issued) closes at midnight.
 */
import { MINUTES_PER_DAY, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { issuingSessions } from './opening-hours.ts';
import type { TicketStatus } from './ticket-transitions.ts';

/** What the end-of-day job cancels: nobody is at a counter with these tickets. */
export const END_OF_DAY_STATUSES = ['waiting', 'called'] as const satisfies readonly TicketStatus[];

export function isEndOfDayStatus(status: TicketStatus): boolean {
  return (END_OF_DAY_STATUSES as readonly TicketStatus[]).includes(status);
}

export const END_OF_DAY_ACTOR = { id: 'system', role: 'system' } as const;

/** The moment a queue day closes. */
export function queueDayClosesAt(calendar: WorkingCalendar, day: DayNumber): LocalMinute {
  const sessions = issuingSessions(calendar, day)?.sessions;
  return day * MINUTES_PER_DAY + (sessions ? sessions[sessions.length - 1]!.end : MINUTES_PER_DAY);
}

/** Whether a day's open tickets are due to be cancelled at `now`. */
export function isQueueDayClosed(calendar: WorkingCalendar, day: DayNumber, now: LocalMinute): boolean {
  return now >= queueDayClosesAt(calendar, day);
}
