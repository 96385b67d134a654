/**
 * Counters (quầy): an officer opens a counter for some service groups and, by default, takes
 * other groups when those are empty. The open session is what call-next (call-order.ts) and
 * the wait estimate read; the store keeps one row per open counter.
 */

import { QUEUE_MESSAGES } from './labels.ts';
import { findCounter, findServiceGroup, type QueueConfig } from './queue-config.ts';
import { holdingCounter, type TicketState } from './ticket.ts';

/** An open counter: who sits there and what they serve. */
export interface CounterSession {
  counter: number;
  officerId: string;
  /** Own groups: called first. */
  groups: readonly string[];
  /** When the own groups are empty, call tickets of any non-exclusive open group. */
  takesOtherGroups: boolean;
}

export interface OpenCounterRequest {
  counter: number;
  officerId: string;
  /** Default: the counter's configured groups. */
  groups?: readonly string[];
  takesOtherGroups?: boolean;
}

export type OpenCounterDecision = { ok: true; session: CounterSession } | { ok: false; reason: string; field?: string };

/**
 * Opens a counter: the counter exists, its groups exist and are active, no other officer holds
 * it, and the officer holds no other counter (one officer, one counter: ratings and figures are
 * attributed to the officer through the counter).
 */
export function openCounterSession(config: QueueConfig, request: OpenCounterRequest, openSessions: readonly CounterSession[]): OpenCounterDecision {
  const counter = findCounter(config, request.counter);
  if (!counter) return { ok: false, field: 'counter', reason: QUEUE_MESSAGES.unknownCounter(request.counter) };
  const holder = openSessions.find((session) => session.counter === request.counter);
  if (holder && holder.officerId !== request.officerId) return { ok: false, field: 'counter', reason: QUEUE_MESSAGES.counterTaken(request.counter) };
  const elsewhere = openSessions.find((session) => session.officerId === request.officerId && session.counter !== request.counter);
  if (elsewhere) return { ok: false, field: 'counter', reason: QUEUE_MESSAGES.officerElsewhere(elsewhere.counter) };
  const groups = [...new Set(request.groups ?? counter.groups)];
  if (groups.length === 0) return { ok: false, field: 'groups', reason: QUEUE_MESSAGES.counterNeedsGroup };
  for (const code of groups) {
    const group = findServiceGroup(config, code);
    if (!group) return { ok: false, field: 'groups', reason: QUEUE_MESSAGES.unknownGroup(code) };
    if (!group.active) return { ok: false, field: 'groups', reason: QUEUE_MESSAGES.groupClosed(group.name) };
  }
  return { ok: true, session: { counter: counter.number, officerId: request.officerId, groups, takesOtherGroups: request.takesOtherGroups ?? counter.takesOtherGroups } };
}

type HeldTicket = Pick<TicketState, 'label' | 'status' | 'call' | 'servingPeriods'>;

/** The ticket a counter is calling or serving now, if any (a counter holds one at a time). */
export function ticketAtCounter<T extends HeldTicket>(tickets: readonly T[], counter: number): T | undefined {
  return tickets.find((ticket) => holdingCounter(ticket) === counter);
}

/**
 * May the counter call the next ticket, or be closed? Not while it still holds one: the officer
 * first serves it, transfers it or records the no-show, so no citizen is left called and forgotten.
 */
export function checkCounterFree(tickets: readonly HeldTicket[], counter: number): { ok: true } | { ok: false; reason: string } {
  const held = ticketAtCounter(tickets, counter);
  return held ? { ok: false, reason: QUEUE_MESSAGES.counterBusy(held.label) } : { ok: true };
}
