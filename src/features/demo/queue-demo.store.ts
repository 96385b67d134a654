/** Writes the demo's queue tickets, their events and ratings (queue-demo.ts) in batches. */
import type { Database } from '../../platform/db/client.ts';
import { queueTicketEvents, queueTickets, ratings } from '../../platform/db/schema.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import { holdingCounter } from '../../domain/queue/ticket.ts';
import type { Rating } from '../../domain/rating/rating.ts';
import type { DemoTicket } from './queue-demo.ts';

const BATCH = 500;

export async function insertDemoQueue(db: Database, tickets: readonly DemoTicket[], rated: readonly Rating[]): Promise<void> {
  for (let i = 0; i < tickets.length; i += BATCH) {
    const batch = tickets.slice(i, i + BATCH);
    await db.transaction(async (tx) => {
      await tx.insert(queueTickets).values(
        batch.map(({ state }) => ({
          id: state.id,
          unitCode: state.unitCode,
          day: state.day,
          number: state.number,
          label: state.label,
          issuedGroup: state.issuedGroup,
          serviceGroup: state.serviceGroup,
          priorityRank: state.priorityRank,
          position: state.position,
          status: state.status,
          targetCounter: state.targetCounter ?? null,
          counter: holdingCounter(state) ?? state.servedBy?.counter ?? state.call?.counter ?? null,
          officerId: state.servedBy?.officerId ?? state.call?.officerId ?? null,
          issuedAt: dateFromLocalMinute(state.issuedAt),
          lastCalledAt: state.call ? dateFromLocalMinute(state.call.at) : null,
          state,
          version: state.version,
        })),
      );
      await tx.insert(queueTicketEvents).values(batch.flatMap(({ state, events }) => events.map((event, index) => ({ ticketId: state.id, seq: index + 1, type: event.type, event }))));
    });
  }
  for (let i = 0; i < rated.length; i += BATCH) {
    await db.insert(ratings).values(
      rated.slice(i, i + BATCH).map((rating) => ({
        id: rating.id,
        unitCode: rating.unitCode,
        ticketId: rating.ticketId,
        at: dateFromLocalMinute(rating.at),
        channel: rating.channel,
        counter: rating.counter,
        officerId: rating.officerId,
        departmentCode: rating.departmentCode ?? null,
        dossierCodes: rating.dossierCodes,
        sentiment: rating.sentiment,
        rating,
      })),
    );
  }
}
