/** Whether a visit was rated already: what the ticket page asks before offering the rating. */
import type { AppContext } from '../../platform/context.ts';
import { ratedTicketIds } from './ratings.queries.ts';

export async function isTicketRated(ctx: AppContext, ticketId: string): Promise<boolean> {
  return (await ratedTicketIds(ctx.db, [ticketId])).length > 0;
}
