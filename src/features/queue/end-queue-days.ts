/**
 * The end-of-day job (docs/queue.md §12): for every unit and day whose queue has closed at `now`
 * (queueDayClosesAt, the unit's working calendar), the tickets still waiting or called are
 * cancelled by `system` with reason `end_of_day`, one transaction per ticket through
 * `decideTicket`. Idempotent: a cancelled ticket is no longer waiting or called, and a ticket a
 * counter took meanwhile (locked, re-read, refused by decideTicket) is left alone.
 */
import { dayOf, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { END_OF_DAY_ACTOR, END_OF_DAY_STATUSES, isEndOfDayStatus, isQueueDayClosed } from '../../domain/queue/end-of-day.ts';
import { decideTicket } from '../../domain/queue/ticket.ts';
import type { AppContext } from '../../platform/context.ts';
import { queueSetupOf } from './queue-setup.ts';
import { daysWithTicketsIn, findTicket, ticketIdsIn } from './queue.queries.ts';
import { appendTicketEvent, lockTicket } from './queue.store.ts';

export interface EndQueueDaysResult {
  /** Tickets cancelled by this run. */
  cancelled: number;
}

export async function endQueueDays(ctx: AppContext, now: LocalMinute = ctx.now()): Promise<EndQueueDaysResult> {
  let cancelled = 0;
  for (const { unitCode, day } of await daysWithTicketsIn(ctx.db, END_OF_DAY_STATUSES, dayOf(now))) {
    const { config, calendar } = await queueSetupOf(ctx, unitCode);
    if (!isQueueDayClosed(calendar, day, now)) continue;
    for (const id of await ticketIdsIn(ctx.db, unitCode, day, END_OF_DAY_STATUSES)) {
      const done = await ctx.db.transaction(async (tx) => {
        const ticket = await lockTicket(tx, id);
        const current = ticket && (await findTicket(tx, id));
        // Re-read under the lock: a counter may have taken it since the list was read.
        if (!ticket || !current || !isEndOfDayStatus(current.status)) return false;
        const decision = decideTicket(id, ticket.events, { type: 'cancelled', at: now, actor: END_OF_DAY_ACTOR, reason: 'end_of_day' }, { config });
        if (!decision.ok) return false;
        await appendTicketEvent(tx, decision.state, decision.event);
        return true;
      });
      if (done) cancelled += 1;
    }
  }
  return { cancelled };
}
