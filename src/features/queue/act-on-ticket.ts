/**
 * What an officer does with a ticket at their counter: recall, record the no-show (after the
 * unit's recall limit), start serving, finish (linking the dossiers received, or guidance only),
 * transfer to another group or counter, cancel one issued in error, or put a missed ticket back
 * in the queue (rejoin, a new position at the end). One transaction per action, through
 * `decideTicket`; the ticket's row is locked while its history is read and extended.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../platform/errors.ts';
import { canOperateCounter } from '../../domain/policy/policy.ts';
import type { TicketEventInput, TicketOutcome } from '../../domain/queue/ticket-events.ts';
import { decideTicket } from '../../domain/queue/ticket.ts';
import { queueDay } from '../../domain/queue/ticket-number.ts';
import { loadReadableDossier } from '../dossiers/load-dossier.ts';
import { QUEUE_USE_CASE_MESSAGES } from './queue-messages.ts';
import { queueSetupOf } from './queue-setup.ts';
import { presentCounterTicket, type CounterTicketView } from './show-counter.ts';
import { appendTicketEvent, drawPosition, lockTicket, sessionOfOfficer } from './queue.store.ts';

export const TICKET_ACTIONS = ['recall', 'no_show', 'start', 'serve', 'transfer', 'cancel', 'rejoin'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

export interface TicketActionInput {
  action: TicketAction;
  outcome?: TicketOutcome;
  toGroup?: string;
  toCounter?: number;
  note?: string;
}

async function checkDossiers(ctx: AppContext, user: CurrentUser, outcome: TicketOutcome | undefined): Promise<void> {
  if (outcome?.kind !== 'dossiers') return;
  for (const code of outcome.dossierCodes) {
    try {
      await loadReadableDossier(ctx, user, code);
    } catch (error) {
      if (error instanceof AppError && (error.kind === 'not_found' || error.kind === 'forbidden')) throw badRequest(QUEUE_USE_CASE_MESSAGES.dossierNotReadable(code), 'outcome');
      throw error;
    }
  }
}

export async function actOnTicket(ctx: AppContext, user: CurrentUser, ticketId: string, input: TicketActionInput): Promise<CounterTicketView> {
  if (!canOperateCounter(user)) throw forbidden(QUEUE_USE_CASE_MESSAGES.notOfficer);
  const { config } = await queueSetupOf(ctx, user.unitCode);
  const mine = await sessionOfOfficer(ctx.db, user.id);
  if (!mine && input.action !== 'rejoin' && input.action !== 'cancel') throw conflict(QUEUE_USE_CASE_MESSAGES.noOpenCounter);
  if (input.action === 'serve' && !input.outcome) throw badRequest(QUEUE_USE_CASE_MESSAGES.outcomeNeeded, 'outcome');
  await checkDossiers(ctx, user, input.outcome);
  const at = ctx.now();
  const actor = { id: user.id, role: user.role };
  const state = await ctx.db.transaction(async (tx) => {
    const ticket = await lockTicket(tx, ticketId);
    if (!ticket) throw notFound(QUEUE_USE_CASE_MESSAGES.ticketNotFound);
    if (ticket.unitCode !== user.unitCode) throw forbidden(QUEUE_USE_CASE_MESSAGES.otherUnit);
    const counter = mine?.counter ?? 0;
    let event: TicketEventInput;
    switch (input.action) {
      case 'recall':
        event = { type: 'recalled', at, actor, counter };
        break;
      case 'no_show':
        event = { type: 'no_show', at, actor, counter };
        break;
      case 'start':
        event = { type: 'serving_started', at, actor, counter };
        break;
      case 'serve':
        event = { type: 'served', at, actor, counter, outcome: input.outcome! };
        break;
      case 'transfer':
        event = { type: 'transferred', at, actor, ...(input.toGroup ? { toGroup: input.toGroup } : {}), ...(input.toCounter ? { toCounter: input.toCounter } : {}), ...(input.note ? { note: input.note } : {}) };
        break;
      case 'cancel':
        event = { type: 'cancelled', at, actor, reason: 'issued_in_error' };
        break;
      case 'rejoin':
        event = { type: 'rejoined', at, actor, position: await drawPosition(tx, ticket.unitCode, queueDay(ticket.events[0]!.at)) };
        break;
    }
    const decision = decideTicket(ticketId, ticket.events, event, { config });
    if (!decision.ok) throw decision.cause === 'invalid' ? badRequest(decision.reason, decision.field) : conflict(decision.reason);
    await appendTicketEvent(tx, decision.state, decision.event);
    return decision.state;
  });
  return presentCounterTicket(config, state);
}
