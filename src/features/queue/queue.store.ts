/**
 * The queue's writes (tables queue_tickets, queue_ticket_events, queue_counter_sessions,
 * queue_day_counters): every function takes the caller's transaction, so the event, the read
 * model and the day's counters are written together. Call-next's statement is docs/queue.md §5.
 */
import { and, asc, desc, eq, inArray, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { notifyChanges } from '../../platform/changes/changes.store.ts';
import type { Database } from '../../platform/db/client.ts';
import { queueCounterSessions, queueDayCounters, queueTicketEvents, queueTickets } from '../../platform/db/schema.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import type { CounterSession } from '../../domain/queue/counter.ts';
import type { CallContext } from '../../domain/queue/call-order.ts';
import type { TicketEvent } from '../../domain/queue/ticket-events.ts';
import { holdingCounter, type TicketState } from '../../domain/queue/ticket.ts';
import type { DayNumber } from '../../domain/calendar/local-time.ts';

/** Scope of the unit-wide queue position in queue_day_counters. */
const POSITION_SCOPE = '';

/**
 * Locks the day's counter of a scope (a group's numbers, or the unit's positions) and returns
 * its last value (undefined before the first ticket of the day). Numbering restarts daily
 * because the key holds the day.
 */
async function lockDayCounter(tx: Database, unitCode: string, day: DayNumber, scope: string): Promise<number | undefined> {
  await tx.insert(queueDayCounters).values({ unitCode, day, scope, last: 0 }).onConflictDoNothing();
  const [row] = await tx
    .select({ last: queueDayCounters.last })
    .from(queueDayCounters)
    .where(and(eq(queueDayCounters.unitCode, unitCode), eq(queueDayCounters.day, day), eq(queueDayCounters.scope, scope)))
    .for('update');
  return row && row.last > 0 ? row.last : undefined;
}

async function setDayCounter(tx: Database, unitCode: string, day: DayNumber, scope: string, last: number): Promise<void> {
  await tx
    .update(queueDayCounters)
    .set({ last })
    .where(and(eq(queueDayCounters.unitCode, unitCode), eq(queueDayCounters.day, day), eq(queueDayCounters.scope, scope)));
}

/** The last number of a group and the last position of the unit today, both locked until commit. */
export async function lockDayCounters(tx: Database, unitCode: string, day: DayNumber, group: string): Promise<{ lastNumber?: number; lastPosition?: number }> {
  // Always the position row first, then the group's: one lock order, no deadlock between kiosks.
  const lastPosition = await lockDayCounter(tx, unitCode, day, POSITION_SCOPE);
  const lastNumber = await lockDayCounter(tx, unitCode, day, group);
  return { ...(lastNumber !== undefined ? { lastNumber } : {}), ...(lastPosition !== undefined ? { lastPosition } : {}) };
}

/** A new position for a rejoining ticket, drawn from the unit's sequence of the day. */
export async function drawPosition(tx: Database, unitCode: string, day: DayNumber): Promise<number> {
  const last = await lockDayCounter(tx, unitCode, day, POSITION_SCOPE);
  const position = (last ?? 0) + 1;
  await setDayCounter(tx, unitCode, day, POSITION_SCOPE, position);
  return position;
}

export async function saveDayCounters(tx: Database, state: TicketState): Promise<void> {
  await setDayCounter(tx, state.unitCode, state.day, POSITION_SCOPE, state.position);
  await setDayCounter(tx, state.unitCode, state.day, state.issuedGroup, state.number);
}

function readModel(state: TicketState) {
  const handler = state.servedBy ?? state.call;
  return {
    status: state.status,
    serviceGroup: state.serviceGroup,
    priorityRank: state.priorityRank,
    position: state.position,
    targetCounter: state.targetCounter ?? null,
    counter: holdingCounter(state) ?? handler?.counter ?? null,
    officerId: handler?.officerId ?? null,
    state,
    version: state.version,
  };
}

/**
 * Tells the change feed, in the caller's transaction (heard only once committed), that the
 * unit's queue changed: the ticket's number, status and counter, never more (issue 16).
 */
async function notifyQueueChange(tx: Database, unitCode: string, state: TicketState | null, counter: number | null): Promise<void> {
  await notifyChanges(tx, [{ kind: 'queue', unitCode, ticket: state && { label: state.label, status: state.status }, counter }]);
}

/** Writes a new ticket: its read model and its `issued` event. */
export async function insertTicket(tx: Database, state: TicketState, event: TicketEvent): Promise<void> {
  await tx.insert(queueTickets).values({
    id: state.id,
    unitCode: state.unitCode,
    day: state.day,
    number: state.number,
    label: state.label,
    issuedGroup: state.issuedGroup,
    issuedAt: dateFromLocalMinute(state.issuedAt),
    ...readModel(state),
  });
  await tx.insert(queueTicketEvents).values({ ticketId: state.id, seq: 1, type: event.type, event });
  await notifyQueueChange(tx, state.unitCode, state, null);
}

/** Appends one event to a ticket locked by `lockTicket`, and rewrites its read model. */
export async function appendTicketEvent(tx: Database, state: TicketState, event: TicketEvent): Promise<void> {
  await tx.insert(queueTicketEvents).values({ ticketId: state.id, seq: state.version, type: event.type, event });
  const called = event.type === 'called' || event.type === 'recalled';
  await tx
    .update(queueTickets)
    .set({ ...readModel(state), ...(called ? { lastCalledAt: dateFromLocalMinute(event.at) } : {}) })
    .where(eq(queueTickets.id, state.id));
  await notifyQueueChange(tx, state.unitCode, state, readModel(state).counter);
}

export interface LockedTicket {
  id: string;
  unitCode: string;
  events: TicketEvent[];
}

/** A ticket and its history, its row locked until commit (undefined when it does not exist). */
export async function lockTicket(tx: Database, id: string): Promise<LockedTicket | undefined> {
  const [row] = await tx.select({ id: queueTickets.id, unitCode: queueTickets.unitCode }).from(queueTickets).where(eq(queueTickets.id, id)).for('update');
  if (!row) return undefined;
  const events = await tx.select({ event: queueTicketEvents.event }).from(queueTicketEvents).where(eq(queueTicketEvents.ticketId, id)).orderBy(asc(queueTicketEvents.seq));
  return { ...row, events: events.map((e) => e.event as TicketEvent) };
}

/**
 * The ticket a counter calls next (docs/queue.md §5), locked: `SKIP LOCKED` makes a concurrent
 * call-next of another counter pass over a row this transaction is taking, so two counters
 * never call the same ticket. The ORDER BY is `callSortKey` (tested equal to `selectNext`).
 */
export async function lockNextTicket(tx: Database, unitCode: string, day: DayNumber, session: CounterSession, context: CallContext): Promise<string | undefined> {
  const t = queueTickets;
  const me = session.counter;
  const own = [...session.groups];
  const notReservedElsewhere = or(sql`${t.targetCounter} IS NULL`, eq(t.targetCounter, me), notInArray(t.targetCounter, [...context.openCounters]));
  const otherGroups: SQL = session.takesOtherGroups ? notInArray(t.serviceGroup, [...context.exclusiveGroups]) : sql`false`;
  const eligibleGroup = or(eq(t.targetCounter, me), and(notInArray(t.serviceGroup, [...context.closedGroups]), or(inArray(t.serviceGroup, own), otherGroups)));
  const tier = sql`CASE WHEN ${t.targetCounter} = ${me} THEN 0 WHEN ${inArray(t.serviceGroup, own)} THEN 1 ELSE 2 END`;
  const [row] = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.day, day), eq(t.status, 'waiting'), notReservedElsewhere, eligibleGroup))
    .orderBy(tier, desc(t.priorityRank), asc(t.position), asc(t.id))
    .limit(1)
    .for('update', { skipLocked: true });
  return row?.id;
}

/** Tickets a counter holds now (called or serving there): at most one when the rules hold. */
export async function ticketsHeldAt(tx: Database, unitCode: string, counter: number): Promise<{ id: string; label: string; state: TicketState }[]> {
  const rows = await tx
    .select({ id: queueTickets.id, label: queueTickets.label, state: queueTickets.state })
    .from(queueTickets)
    .where(and(eq(queueTickets.unitCode, unitCode), eq(queueTickets.counter, counter), inArray(queueTickets.status, ['called', 'serving'])));
  return rows.map((row) => ({ ...row, state: row.state as TicketState }));
}

export type CounterSessionRow = CounterSession & { unitCode: string };

function sessionOf(row: typeof queueCounterSessions.$inferSelect): CounterSessionRow {
  return { unitCode: row.unitCode, counter: row.counter, officerId: row.officerId, groups: row.groups, takesOtherGroups: row.takesOtherGroups };
}

/** The unit's open counters. With `lock`, every row is locked until commit. */
export async function counterSessions(db: Database, unitCode: string): Promise<CounterSessionRow[]> {
  const rows = await db.select().from(queueCounterSessions).where(eq(queueCounterSessions.unitCode, unitCode)).orderBy(asc(queueCounterSessions.counter));
  return rows.map(sessionOf);
}

/** The session of one counter, locked: serializes the calls of that counter. */
export async function lockCounterSession(tx: Database, unitCode: string, counter: number): Promise<CounterSessionRow | undefined> {
  const [row] = await tx
    .select()
    .from(queueCounterSessions)
    .where(and(eq(queueCounterSessions.unitCode, unitCode), eq(queueCounterSessions.counter, counter)))
    .for('update');
  return row && sessionOf(row);
}

export async function sessionOfOfficer(db: Database, officerId: string): Promise<CounterSessionRow | undefined> {
  const [row] = await db.select().from(queueCounterSessions).where(eq(queueCounterSessions.officerId, officerId));
  return row && sessionOf(row);
}

/** Opens (or re-opens with new groups) a counter for an officer. */
export async function saveCounterSession(tx: Database, session: CounterSessionRow): Promise<void> {
  await tx
    .insert(queueCounterSessions)
    .values({ unitCode: session.unitCode, counter: session.counter, officerId: session.officerId, groups: [...session.groups], takesOtherGroups: session.takesOtherGroups })
    .onConflictDoUpdate({
      target: [queueCounterSessions.unitCode, queueCounterSessions.counter],
      set: { officerId: session.officerId, groups: [...session.groups], takesOtherGroups: session.takesOtherGroups },
    });
  await notifyQueueChange(tx, session.unitCode, null, session.counter);
}

export async function deleteCounterSession(tx: Database, unitCode: string, counter: number): Promise<void> {
  await tx.delete(queueCounterSessions).where(and(eq(queueCounterSessions.unitCode, unitCode), eq(queueCounterSessions.counter, counter)));
  await notifyQueueChange(tx, unitCode, null, counter);
}
