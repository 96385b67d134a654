/**
 * The kiosk issues a ticket: `planIssue` (opening hours from the unit's working calendar, group,
 * priority group, the day's next number and position) and `decideTicket`, then the ticket, its
 * `issued` event and the day's counters in one transaction. The counters' rows are locked, so two
 * kiosks (or two server processes) never hand out the same number.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../../platform/context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import type { Actor } from '../../domain/dossier/events.ts';
import { findServiceGroup } from '../../domain/queue/queue-config.ts';
import { QUEUE_MESSAGES } from '../../domain/queue/labels.ts';
import { decideTicket, type TicketState } from '../../domain/queue/ticket.ts';
import { planIssue } from '../../domain/queue/ticket-issue.ts';
import { queueDay } from '../../domain/queue/ticket-number.ts';
import { presentTicket, type TicketView } from './present-ticket.ts';
import { queueSetupOf } from './queue-setup.ts';
import { insertTicket, lockDayCounters, saveDayCounters } from './queue.store.ts';

export interface IssueTicketInput {
  unitCode: string;
  serviceGroup: string;
  priorityGroup?: string;
}

export async function issueTicket(ctx: AppContext, input: IssueTicketInput, actor: Actor): Promise<TicketView> {
  const setup = await queueSetupOf(ctx, input.unitCode);
  // Checked before the day's counters are touched, so an unknown code leaves no row behind.
  if (!findServiceGroup(setup.config, input.serviceGroup)) throw badRequest(QUEUE_MESSAGES.unknownGroup(input.serviceGroup), 'serviceGroup');
  const at = ctx.now();
  const id = randomUUID();
  const state = await ctx.db.transaction(async (tx): Promise<TicketState> => {
    const counters = await lockDayCounters(tx, input.unitCode, queueDay(at), input.serviceGroup);
    const plan = planIssue(setup.config, setup.calendar, { ...input, at, actor }, counters);
    if (!plan.ok) throw plan.field ? badRequest(plan.reason, plan.field) : new AppError('conflict', plan.reason);
    const decision = decideTicket(id, [], plan.event, { config: setup.config });
    if (!decision.ok) throw badRequest(decision.reason, decision.field);
    await insertTicket(tx, decision.state, decision.event);
    await saveDayCounters(tx, decision.state);
    return decision.state;
  });
  return presentTicket(ctx, setup, state);
}
