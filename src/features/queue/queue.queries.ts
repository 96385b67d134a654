/** The queue's reads: the day's tickets, the board's calls, recent service times, period figures. */
import { and, asc, desc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { queueTickets, users } from '../../platform/db/schema.ts';
import { localMinuteFromDate } from '../../platform/db/time.ts';
import type { DayNumber, LocalMinute } from '../../domain/calendar/local-time.ts';
import type { QueuedTicket } from '../../domain/queue/call-order.ts';
import type { TicketState } from '../../domain/queue/ticket.ts';
import type { TicketStatus } from '../../domain/queue/ticket-transitions.ts';

export interface DayTicket extends QueuedTicket {
  label: string;
  issuedGroup: string;
  counter: number | null;
}

/** The unit's tickets of a day that are still in the queue or at a counter (or missed); `waitingIn`: only those waiting in a group. */
export async function openTicketsOfDay(db: Database, unitCode: string, day: DayNumber, waitingIn?: string): Promise<DayTicket[]> {
  const t = queueTickets;
  const statuses = waitingIn === undefined ? (['waiting', 'called', 'serving', 'missed'] as const) : (['waiting'] as const);
  const rows = await db
    .select({ id: t.id, status: t.status, serviceGroup: t.serviceGroup, issuedGroup: t.issuedGroup, priorityRank: t.priorityRank, position: t.position, targetCounter: t.targetCounter, label: t.label, counter: t.counter })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.day, day), inArray(t.status, [...statuses]), waitingIn === undefined ? undefined : eq(t.serviceGroup, waitingIn)))
    .orderBy(asc(t.position));
  return rows.map(({ targetCounter, ...row }) => ({ ...row, status: row.status as TicketStatus, ...(targetCounter !== null ? { targetCounter } : {}) }));
}

/** Service minutes of a group's latest served tickets of the unit, newest first. */
export async function recentServiceMinutes(db: Database, unitCode: string, group: string, limit: number): Promise<number[]> {
  const t = queueTickets;
  const rows = await db
    .select({ minutes: sql<number>`(${t.state}->>'serviceMinutes')::int` })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.issuedGroup, group), eq(t.status, 'served')))
    .orderBy(desc(t.day), desc(t.position))
    .limit(limit);
  return rows.map((row) => row.minutes).filter((minutes): minutes is number => minutes !== null);
}

export interface BoardCall {
  label: string;
  counter: number;
  status: TicketStatus;
  calledAt: LocalMinute;
  recalls: number;
}

/** The latest calls of the day, newest first (the board). */
export async function latestCalls(db: Database, unitCode: string, day: DayNumber, limit: number): Promise<BoardCall[]> {
  const t = queueTickets;
  const rows = await db
    .select({ label: t.label, counter: t.counter, status: t.status, lastCalledAt: t.lastCalledAt, recalls: sql<number>`coalesce((${t.state}->'call'->>'recalls')::int, 0)` })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.day, day), isNotNull(t.lastCalledAt), isNotNull(t.counter)))
    .orderBy(desc(t.lastCalledAt), desc(t.position))
    .limit(limit);
  return rows.map((row) => ({ label: row.label, counter: row.counter!, status: row.status as TicketStatus, calledAt: localMinuteFromDate(row.lastCalledAt!), recalls: Number(row.recalls) }));
}

/** A ticket's state (undefined for an unknown id). */
export async function findTicket(db: Database, id: string): Promise<TicketState | undefined> {
  const [row] = await db.select({ state: queueTickets.state }).from(queueTickets).where(eq(queueTickets.id, id));
  return row?.state as TicketState | undefined;
}

/** The states of a unit's tickets issued on days `from`..`to` (all units when unitCode is undefined). */
export async function ticketStatesOfDays(db: Database, unitCodes: readonly string[] | undefined, from: DayNumber, to: DayNumber): Promise<TicketState[]> {
  const t = queueTickets;
  const rows = await db
    .select({ state: t.state })
    .from(t)
    .where(and(gte(t.day, from), lte(t.day, to), unitCodes === undefined ? undefined : inArray(t.unitCode, [...unitCodes])))
    .orderBy(asc(t.day), asc(t.position));
  return rows.map((row) => row.state as TicketState);
}

/** Full names of officers by id (for figures keyed by officer). */
export async function officerNames(db: Database, ids: readonly string[]): Promise<Map<string, string>> {
  const valid = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
  if (valid.length === 0) return new Map();
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, valid));
  return new Map(rows.map((row) => [row.id, row.fullName]));
}

/** The (unit, day) pairs up to `lastDay` that still hold tickets in one of `statuses`, oldest first. */
export async function daysWithTicketsIn(db: Database, statuses: readonly TicketStatus[], lastDay: DayNumber): Promise<Array<{ unitCode: string; day: DayNumber }>> {
  const t = queueTickets;
  return db
    .selectDistinct({ unitCode: t.unitCode, day: t.day })
    .from(t)
    .where(and(inArray(t.status, [...statuses]), lte(t.day, lastDay)))
    .orderBy(asc(t.day), asc(t.unitCode));
}

/** The ids of a unit's tickets of a day in one of `statuses`. */
export async function ticketIdsIn(db: Database, unitCode: string, day: DayNumber, statuses: readonly TicketStatus[]): Promise<string[]> {
  const t = queueTickets;
  const rows = await db
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.day, day), inArray(t.status, [...statuses])))
    .orderBy(asc(t.position));
  return rows.map((row) => row.id);
}
