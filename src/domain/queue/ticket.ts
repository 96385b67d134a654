/**
 * A ticket's state is a pure fold of its events (ticket-events.ts) under the transition table
 * (ticket-transitions.ts); `decideTicket` says whether a new event may be appended, with the
 * rules that need the current state and the unit's queue configuration.
 */

import { dayOf, isoLocalDateTime, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import { QUEUE_MESSAGES, TICKET_EVENT_NAMES } from './labels.ts';
import { findCounter, findPriorityGroup, findServiceGroup, type QueueConfig } from './queue-config.ts';
import { ticketEventSchema, type CancelReason, type TicketEvent, type TicketEventInput, type TicketOutcome } from './ticket-events.ts';
import { formatTicketLabel } from './ticket-number.ts';
import { checkTicketTransition, type TicketFromState, type TicketStatus } from './ticket-transitions.ts';

export interface TicketHandler {
  counter: number;
  officerId: string;
}

/** The latest call: who called, when, and how many times it was repeated. */
export interface TicketCall extends TicketHandler {
  at: LocalMinute;
  recalls: number;
}

/** Time spent at one counter, from "serving started" to served, transferred or cancelled. */
export interface ServingPeriod extends TicketHandler {
  from: LocalMinute;
  to?: LocalMinute;
}

export interface TicketState {
  id: string;
  unitCode: string;
  /** Local date of issue: the ticket is valid on this day only. */
  day: DayNumber;
  number: number;
  label: string;
  /** The group chosen at the kiosk (what the citizen came for). */
  issuedGroup: string;
  /** The group the ticket waits in now (changed by transfers). */
  serviceGroup: string;
  priorityGroup?: string;
  priorityRank: number;
  /** Order of entry into the queue (renewed when the ticket rejoins). */
  position: number;
  status: TicketStatus;
  /** Reserved for this counter by a transfer, until the ticket is next called. */
  targetCounter?: number;
  issuedAt: LocalMinute;
  firstCalledAt?: LocalMinute;
  call?: TicketCall;
  /** Number of `called` events (a transferred or rejoined ticket is called again). */
  calls: number;
  recalls: number;
  noShows: number;
  transfers: number;
  rejoins: number;
  servingPeriods: ServingPeriod[];
  servedAt?: LocalMinute;
  servedBy?: TicketHandler;
  outcome?: TicketOutcome;
  missedAt?: LocalMinute;
  cancelledAt?: LocalMinute;
  cancelReason?: CancelReason;
  /** First call − issue, in minutes of wall-clock time. */
  waitMinutes?: number;
  /** Sum of the closed serving periods, in minutes. */
  serviceMinutes?: number;
  version: number;
}

/** A stored ticket history that breaks the transition table: never silently folded. */
export class InvalidTicketHistoryError extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(QUEUE_MESSAGES.historyEvent(index + 1, reason));
    this.name = 'InvalidTicketHistoryError';
  }
}

function closeServing(state: TicketState, at: LocalMinute): void {
  const open = state.servingPeriods.at(-1);
  if (open && open.to === undefined) open.to = at;
}

function apply(state: TicketState, event: TicketEvent): void {
  const officerId = event.actor.id;
  switch (event.type) {
    case 'issued':
      break;
    case 'called':
      state.firstCalledAt ??= event.at;
      state.call = { counter: event.counter, officerId, at: event.at, recalls: 0 };
      state.calls += 1;
      delete state.targetCounter;
      break;
    case 'recalled':
      if (state.call) state.call.recalls += 1;
      state.recalls += 1;
      break;
    case 'no_show':
      state.missedAt = event.at;
      state.noShows += 1;
      break;
    case 'rejoined':
      state.position = event.position;
      state.rejoins += 1;
      break;
    case 'transferred':
      closeServing(state, event.at);
      if (event.toGroup !== undefined) state.serviceGroup = event.toGroup;
      if (event.toCounter !== undefined) state.targetCounter = event.toCounter;
      else delete state.targetCounter;
      state.transfers += 1;
      break;
    case 'serving_started':
      state.servingPeriods.push({ counter: event.counter, officerId, from: event.at });
      break;
    case 'served':
      closeServing(state, event.at);
      state.servedAt = event.at;
      state.servedBy = { counter: event.counter, officerId };
      state.outcome = event.outcome;
      break;
    case 'cancelled':
      closeServing(state, event.at);
      state.cancelledAt = event.at;
      state.cancelReason = event.reason;
      break;
  }
}

function initialState(id: string, event: Extract<TicketEvent, { type: 'issued' }>): TicketState {
  const state: TicketState = {
    id,
    unitCode: event.unitCode,
    day: dayOf(event.at),
    number: event.number,
    label: event.label,
    issuedGroup: event.serviceGroup,
    serviceGroup: event.serviceGroup,
    priorityRank: event.priorityRank,
    position: event.position,
    status: 'waiting',
    issuedAt: event.at,
    calls: 0,
    recalls: 0,
    noShows: 0,
    transfers: 0,
    rejoins: 0,
    servingPeriods: [],
    version: 0,
  };
  if (event.priorityGroup !== undefined) state.priorityGroup = event.priorityGroup;
  return state;
}

/**
 * The current state of a ticket. Throws InvalidTicketHistoryError when the history breaks the
 * transition table (an illegal step, or a role that may not take it).
 */
export function foldTicket(id: string, events: readonly TicketEvent[]): TicketState {
  const first = events[0];
  if (first === undefined) throw new InvalidTicketHistoryError(0, QUEUE_MESSAGES.emptyHistory);
  let state: TicketState | undefined;
  events.forEach((event, index) => {
    const from: TicketFromState = state ? state.status : 'none';
    const check = checkTicketTransition(from, event.type, event.actor.role);
    if (!check.ok) throw new InvalidTicketHistoryError(index, check.reason);
    if (event.type === 'issued') state = initialState(id, event);
    else apply(state!, event);
    state!.status = check.transition.to;
  });
  const result = state!;
  result.version = events.length;
  if (result.firstCalledAt !== undefined) result.waitMinutes = result.firstCalledAt - result.issuedAt;
  const closed = result.servingPeriods.filter((period) => period.to !== undefined);
  if (closed.length > 0) result.serviceMinutes = closed.reduce((sum, period) => sum + (period.to! - period.from), 0);
  return result;
}

export interface TicketContext {
  config: QueueConfig;
}

export type TicketDecision =
  | { ok: true; event: TicketEvent; state: TicketState }
  | { ok: false; cause: 'invalid' | 'state' | 'role' | 'rule'; reason: string; field?: string };

interface Violation {
  reason: string;
  field?: string;
}

function issueViolation(event: Extract<TicketEvent, { type: 'issued' }>, config: QueueConfig): Violation | undefined {
  const group = findServiceGroup(config, event.serviceGroup);
  if (!group) return { field: 'serviceGroup', reason: QUEUE_MESSAGES.unknownGroup(event.serviceGroup) };
  if (!group.active) return { field: 'serviceGroup', reason: QUEUE_MESSAGES.groupClosed(group.name) };
  if (event.number < group.numbers.first || event.number > group.numbers.last || event.label !== formatTicketLabel(group.numbers, event.number)) {
    return { field: 'number', reason: QUEUE_MESSAGES.numberOutOfRange(event.label, group.name) };
  }
  if (event.priorityGroup === undefined) return undefined;
  const priority = findPriorityGroup(config, event.priorityGroup);
  if (!priority) return { field: 'priorityGroup', reason: QUEUE_MESSAGES.unknownPriority(event.priorityGroup) };
  if (!priority.active) return { field: 'priorityGroup', reason: QUEUE_MESSAGES.priorityClosed(priority.name) };
  if (priority.rank !== event.priorityRank) return { field: 'priorityRank', reason: QUEUE_MESSAGES.priorityRankChanged(priority.name) };
  return undefined;
}

/** The counter that holds the ticket now: the serving counter, else the calling one. */
export function holdingCounter(state: Pick<TicketState, 'status' | 'call' | 'servingPeriods'>): number | undefined {
  if (state.status === 'serving') return state.servingPeriods.at(-1)?.counter;
  if (state.status === 'called') return state.call?.counter;
  return undefined;
}

/** Business rules beyond the table; undefined when the event may be appended. */
function ruleViolation(state: TicketState, event: TicketEvent, config: QueueConfig): Violation | undefined {
  const endOfDay = event.type === 'cancelled' && event.reason === 'end_of_day';
  if (!endOfDay && dayOf(event.at) !== state.day) return { field: 'at', reason: QUEUE_MESSAGES.otherDay };
  const holder = holdingCounter(state);
  switch (event.type) {
    case 'recalled':
    case 'no_show':
    case 'serving_started':
    case 'served':
      if (holder !== undefined && event.counter !== holder) return { field: 'counter', reason: QUEUE_MESSAGES.otherCounter(holder) };
      if (event.type === 'no_show' && (state.call?.recalls ?? 0) < config.recallLimit) {
        return { reason: QUEUE_MESSAGES.recallsNotDone(state.call?.recalls ?? 0, config.recallLimit) };
      }
      return undefined;
    case 'called':
      return findCounter(config, event.counter) ? undefined : { field: 'counter', reason: QUEUE_MESSAGES.unknownCounter(event.counter) };
    case 'transferred': {
      if (event.toGroup !== undefined) {
        const group = findServiceGroup(config, event.toGroup);
        if (!group) return { field: 'toGroup', reason: QUEUE_MESSAGES.unknownGroup(event.toGroup) };
        if (!group.active) return { field: 'toGroup', reason: QUEUE_MESSAGES.groupClosed(group.name) };
      }
      if (event.toCounter !== undefined) {
        if (!findCounter(config, event.toCounter)) return { field: 'toCounter', reason: QUEUE_MESSAGES.unknownCounter(event.toCounter) };
        if (event.toCounter === holder) return { field: 'toCounter', reason: QUEUE_MESSAGES.transferToSameCounter };
      }
      if (event.toCounter === undefined && event.toGroup === state.serviceGroup) return { field: 'toGroup', reason: QUEUE_MESSAGES.transferNoChange };
      return undefined;
    }
    case 'cancelled':
      if (endOfDay && event.actor.role !== 'system') return { field: 'reason', reason: QUEUE_MESSAGES.endOfDayBySystem };
      if (event.actor.role === 'citizen' && event.reason !== 'citizen_left') return { field: 'reason', reason: QUEUE_MESSAGES.citizenCancelReason };
      return state.status === 'serving' && !endOfDay ? { field: 'reason', reason: QUEUE_MESSAGES.cancelWhileServing } : undefined;
    case 'rejoined':
      return event.position > state.position ? undefined : { field: 'position', reason: QUEUE_MESSAGES.rejoinPosition };
    case 'issued':
      return undefined;
  }
}

/**
 * Decides whether `input` may be appended to a ticket's history: validates the payload, the
 * transition table, the time order and the queue rules, and returns the parsed event with the
 * state it leads to. Pure: the caller stores the event.
 */
export function decideTicket(id: string, history: readonly TicketEvent[], input: TicketEventInput, context: TicketContext): TicketDecision {
  const parsed = ticketEventSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || undefined;
    return { ok: false, cause: 'invalid', reason: QUEUE_MESSAGES.invalidEvent(field), ...(field ? { field } : {}) };
  }
  const event = parsed.data;
  const current = history.length === 0 ? undefined : foldTicket(id, history);
  const check = checkTicketTransition(current ? current.status : 'none', event.type, event.actor.role);
  if (!check.ok) return { ok: false, cause: check.cause, reason: check.reason };

  const last = history.at(-1);
  if (last && event.at < last.at) {
    return { ok: false, cause: 'rule', field: 'at', reason: QUEUE_MESSAGES.beforePrevious(TICKET_EVENT_NAMES[event.type], isoLocalDateTime(event.at), isoLocalDateTime(last.at)) };
  }
  const violation = event.type === 'issued' ? issueViolation(event, context.config) : ruleViolation(current!, event, context.config);
  if (violation) return { ok: false, cause: 'rule', reason: violation.reason, ...(violation.field ? { field: violation.field } : {}) };
  return { ok: true, event, state: foldTicket(id, [...history, event]) };
}
