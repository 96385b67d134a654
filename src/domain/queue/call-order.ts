/**
 * "Call next": which waiting ticket a counter calls. The rule (docs/queue.md §Call order):
 *
 *   1. eligibility — the ticket is waiting; a ticket reserved for another *open* counter is
 *      not eligible (reserved for a closed counter, it falls back to its group); a ticket of a
 *      closed group is not eligible unless reserved for this counter; other groups only when
 *      the counter takes them and the group is not exclusive;
 *   2. tier — reserved for this counter (0), then the counter's own groups (1), then other
 *      groups (2);
 *   3. priority rank, higher first; 4. queue position (arrival), earlier first;
 *   5. ticket id, as a last tie-break so that the order is total.
 *
 * The same order is a sort key of plain columns, so the store runs it in one SQL statement
 * (ORDER BY … LIMIT 1 FOR UPDATE SKIP LOCKED) and tests that it picks what `selectNext` picks.
 */

import type { CounterSession } from './counter.ts';
import { closedGroups, exclusiveGroups, type QueueConfig } from './queue-config.ts';
import type { TicketStatus } from './ticket-transitions.ts';

/** What call-next reads of a ticket: the columns the store sorts on. `TicketState` has them all. */
export interface QueuedTicket {
  id: string;
  status: TicketStatus;
  serviceGroup: string;
  priorityRank: number;
  position: number;
  targetCounter?: number;
}

/** The state of the unit's queue that call-next needs beside the tickets. */
export interface CallContext {
  /** Counters open now: a ticket reserved for one of them waits for it. */
  openCounters: readonly number[];
  /** Groups whose tickets are not called (inactive groups). */
  closedGroups: readonly string[];
  /** Groups called only by counters that list them. */
  exclusiveGroups: readonly string[];
}

export function callContext(config: QueueConfig, sessions: readonly CounterSession[]): CallContext {
  return { openCounters: sessions.map((session) => session.counter), closedGroups: closedGroups(config), exclusiveGroups: exclusiveGroups(config) };
}

export const CALL_TIER = { reserved: 0, ownGroup: 1, otherGroup: 2 } as const;
export type CallTier = (typeof CALL_TIER)[keyof typeof CALL_TIER];

/** [tier, −priority rank, position, id]: compared element by element, ascending. */
export type CallSortKey = readonly [tier: CallTier, negatedPriority: number, position: number, id: string];

/** The tier of a ticket for a counter, or undefined when the counter may not call it now. */
export function callTier(ticket: QueuedTicket, session: CounterSession, context: CallContext): CallTier | undefined {
  if (ticket.status !== 'waiting') return undefined;
  if (ticket.targetCounter !== undefined) {
    if (ticket.targetCounter === session.counter) return CALL_TIER.reserved;
    if (context.openCounters.includes(ticket.targetCounter)) return undefined;
  }
  if (context.closedGroups.includes(ticket.serviceGroup)) return undefined;
  if (session.groups.includes(ticket.serviceGroup)) return CALL_TIER.ownGroup;
  if (session.takesOtherGroups && !context.exclusiveGroups.includes(ticket.serviceGroup)) return CALL_TIER.otherGroup;
  return undefined;
}

export function callSortKey(ticket: QueuedTicket, session: CounterSession, context: CallContext): CallSortKey | undefined {
  const tier = callTier(ticket, session, context);
  // 0 − rank rather than −rank: no −0 in keys that are compared or serialized.
  return tier === undefined ? undefined : [tier, 0 - ticket.priorityRank, ticket.position, ticket.id];
}

/** Ascending comparison of sort keys; ids compare by code unit, as SQL does under COLLATE "C". */
export function compareCallKeys(a: CallSortKey, b: CallSortKey): number {
  for (let i = 0; i < 3; i++) {
    const difference = (a[i] as number) - (b[i] as number);
    if (difference !== 0) return difference;
  }
  return a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0;
}

/** The tickets a counter may call, in the order it calls them (the counter page's "next" list). */
export function callOrder<T extends QueuedTicket>(tickets: readonly T[], session: CounterSession, context: CallContext): T[] {
  const keyed: { ticket: T; key: CallSortKey }[] = [];
  for (const ticket of tickets) {
    const key = callSortKey(ticket, session, context);
    if (key !== undefined) keyed.push({ ticket, key });
  }
  return keyed.sort((x, y) => compareCallKeys(x.key, y.key)).map((entry) => entry.ticket);
}

/** The ticket the counter calls next, or undefined when nothing is waiting for it. */
export function selectNext<T extends QueuedTicket>(tickets: readonly T[], session: CounterSession, context: CallContext): T | undefined {
  let best: { ticket: T; key: CallSortKey } | undefined;
  for (const ticket of tickets) {
    const key = callSortKey(ticket, session, context);
    if (key !== undefined && (best === undefined || compareCallKeys(key, best.key) < 0)) best = { ticket, key };
  }
  return best?.ticket;
}
