/**
 * "Call next" at the officer's open counter, in ONE transaction: lock the counter's session
 * (serializes this counter's calls), check it holds no ticket (`checkCounterFree`), take the
 * next ticket with `SELECT … FOR UPDATE SKIP LOCKED` in call order (so a concurrent call at
 * another counter passes over it), admit the `called` event through `decideTicket`, write it
 * and the read model. Two counters never call the same ticket, on PGlite or PostgreSQL.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { conflict, forbidden } from '../../platform/errors.ts';
import { canOperateCounter } from '../../domain/policy/policy.ts';
import { callContext } from '../../domain/queue/call-order.ts';
import { checkCounterFree } from '../../domain/queue/counter.ts';
import { decideTicket } from '../../domain/queue/ticket.ts';
import { queueDay } from '../../domain/queue/ticket-number.ts';
import { QUEUE_USE_CASE_MESSAGES } from './queue-messages.ts';
import { queueSetupOf } from './queue-setup.ts';
import { presentCounterTicket, type CounterTicketView } from './show-counter.ts';
import { appendTicketEvent, counterSessions, lockCounterSession, lockNextTicket, lockTicket, sessionOfOfficer, ticketsHeldAt } from './queue.store.ts';

/** The ticket called, or null when nothing waits for this counter. */
export async function callNext(ctx: AppContext, user: CurrentUser): Promise<CounterTicketView | null> {
  if (!canOperateCounter(user)) throw forbidden(QUEUE_USE_CASE_MESSAGES.notOfficer);
  const { config } = await queueSetupOf(ctx, user.unitCode);
  const mine = await sessionOfOfficer(ctx.db, user.id);
  if (!mine || mine.unitCode !== user.unitCode) throw conflict(QUEUE_USE_CASE_MESSAGES.noOpenCounter);
  const at = ctx.now();
  const state = await ctx.db.transaction(async (tx) => {
    const session = await lockCounterSession(tx, user.unitCode, mine.counter);
    if (!session || session.officerId !== user.id) throw conflict(QUEUE_USE_CASE_MESSAGES.counterNotOpen(mine.counter));
    const free = checkCounterFree((await ticketsHeldAt(tx, user.unitCode, session.counter)).map((t) => t.state), session.counter);
    if (!free.ok) throw conflict(free.reason);
    const context = callContext(config, await counterSessions(tx, user.unitCode));
    const id = await lockNextTicket(tx, user.unitCode, queueDay(at), session, context);
    if (id === undefined) return null;
    const ticket = (await lockTicket(tx, id))!;
    const decision = decideTicket(id, ticket.events, { type: 'called', at, actor: { id: user.id, role: user.role }, counter: session.counter }, { config });
    if (!decision.ok) throw conflict(decision.reason);
    await appendTicketEvent(tx, decision.state, decision.event);
    return decision.state;
  });
  return state && presentCounterTicket(config, state);
}
