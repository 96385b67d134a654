/** A ticket's public page (the QR on the receipt): its status, place in the queue and wait. */
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { presentTicket, type TicketView } from './present-ticket.ts';
import { QUEUE_USE_CASE_MESSAGES } from './queue-messages.ts';
import { queueSetupOf } from './queue-setup.ts';
import { findTicket } from './queue.queries.ts';
import type { TicketState } from '../../domain/queue/ticket.ts';

/** The ticket's state, for another feature (ratings); NotFound for an unknown id. */
export async function loadTicket(ctx: AppContext, id: string): Promise<TicketState> {
  const state = await findTicket(ctx.db, id);
  if (!state) throw notFound(QUEUE_USE_CASE_MESSAGES.ticketNotFound);
  return state;
}

export async function showTicket(ctx: AppContext, id: string): Promise<TicketView> {
  const state = await loadTicket(ctx, id);
  return presentTicket(ctx, await queueSetupOf(ctx, state.unitCode), state);
}
