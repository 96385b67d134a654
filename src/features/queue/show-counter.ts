/**
 * The counter panel of the staff app: the officer's open counter (if any), the ticket it holds,
 * what waits for it in call order, the missed list, and the unit's counters and groups to open
 * a counter with.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { canOperateCounter } from '../../domain/policy/policy.ts';
import { isoLocalDateTime } from '../../domain/calendar/local-time.ts';
import { callAnnouncement } from '../../domain/queue/announcement.ts';
import { callContext, callOrder } from '../../domain/queue/call-order.ts';
import { TICKET_STATUS_NAMES } from '../../domain/queue/labels.ts';
import { findPriorityGroup, findServiceGroup, type QueueConfig } from '../../domain/queue/queue-config.ts';
import type { TicketState } from '../../domain/queue/ticket.ts';
import type { TicketStatus } from '../../domain/queue/ticket-transitions.ts';
import { queueDay } from '../../domain/queue/ticket-number.ts';
import { QUEUE_USE_CASE_MESSAGES } from './queue-messages.ts';
import { queueSetupOf } from './queue-setup.ts';
import { counterSessions, ticketsHeldAt } from './queue.store.ts';
import { openTicketsOfDay } from './queue.queries.ts';

export interface CounterTicketView {
  id: string;
  label: string;
  status: TicketStatus;
  statusName: string;
  groupName: string;
  priorityName: string | null;
  issuedAt: string;
  calledAt: string | null;
  recalls: number;
  recallLimit: number;
  announcement: string | null;
}

export function presentCounterTicket(config: QueueConfig, state: TicketState): CounterTicketView {
  const priority = state.priorityGroup !== undefined ? findPriorityGroup(config, state.priorityGroup) : undefined;
  return {
    id: state.id,
    label: state.label,
    status: state.status,
    statusName: TICKET_STATUS_NAMES[state.status],
    groupName: findServiceGroup(config, state.serviceGroup)?.name ?? state.serviceGroup,
    priorityName: priority?.name ?? null,
    issuedAt: isoLocalDateTime(state.issuedAt),
    calledAt: state.call ? isoLocalDateTime(state.call.at) : null,
    recalls: state.call?.recalls ?? 0,
    recallLimit: config.recallLimit,
    announcement: state.call ? callAnnouncement(state.label, state.call.counter).display : null,
  };
}

export interface CounterPanel {
  unitCode: string;
  recallLimit: number;
  counters: { number: number; name: string; groups: string[]; openBy: 'me' | 'other' | null }[];
  groups: { code: string; name: string; waiting: number }[];
  session: { counter: number; groups: string[]; takesOtherGroups: boolean } | null;
  current: CounterTicketView | null;
  /** The next tickets this counter would call, in order (labels). */
  next: { id: string; label: string; groupName: string; priority: boolean }[];
  missed: { id: string; label: string; groupName: string }[];
}

export async function showCounter(ctx: AppContext, user: CurrentUser): Promise<CounterPanel> {
  if (!canOperateCounter(user)) throw forbidden(QUEUE_USE_CASE_MESSAGES.notOfficer);
  const setup = await queueSetupOf(ctx, user.unitCode);
  const { config } = setup;
  const [sessions, tickets] = await Promise.all([counterSessions(ctx.db, user.unitCode), openTicketsOfDay(ctx.db, user.unitCode, queueDay(ctx.now()))]);
  const mine = sessions.find((session) => session.officerId === user.id);
  const held = mine ? (await ticketsHeldAt(ctx.db, user.unitCode, mine.counter))[0] : undefined;
  const groupName = (code: string) => findServiceGroup(config, code)?.name ?? code;
  return {
    unitCode: user.unitCode,
    recallLimit: config.recallLimit,
    counters: config.counters.map((counter) => {
      const session = sessions.find((s) => s.counter === counter.number);
      return { number: counter.number, name: counter.name, groups: [...counter.groups], openBy: session ? (session.officerId === user.id ? 'me' : 'other') : null };
    }),
    groups: config.serviceGroups.map((group) => ({ code: group.code, name: group.name, waiting: tickets.filter((t) => t.status === 'waiting' && t.serviceGroup === group.code).length })),
    session: mine ? { counter: mine.counter, groups: [...mine.groups], takesOtherGroups: mine.takesOtherGroups } : null,
    current: held ? presentCounterTicket(config, held.state) : null,
    next: mine
      ? callOrder(tickets, mine, callContext(config, sessions))
          .slice(0, 8)
          .map((t) => ({ id: t.id, label: t.label, groupName: groupName(t.serviceGroup), priority: t.priorityRank > 0 }))
      : [],
    missed: tickets.filter((t) => t.status === 'missed').map((t) => ({ id: t.id, label: t.label, groupName: groupName(t.serviceGroup) })),
  };
}
