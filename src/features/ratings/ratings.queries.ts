/** Reads of the ratings table: which tickets are rated, the ratings of a period. */
import { and, desc, eq, gte, inArray, lte, notExists } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { queueTickets, ratings } from '../../platform/db/schema.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Rating } from '../../domain/rating/rating.ts';

/** The ids among `ticketIds` that already have a rating. */
export async function ratedTicketIds(db: Database, ticketIds: readonly string[]): Promise<string[]> {
  if (ticketIds.length === 0) return [];
  const rows = await db.select({ ticketId: ratings.ticketId }).from(ratings).where(inArray(ratings.ticketId, [...ticketIds]));
  return rows.map((row) => row.ticketId);
}

/** Ratings given between two instants (inclusive), of some units or all. */
export async function ratingsBetween(db: Database, unitCodes: readonly string[] | undefined, from: Date, to: Date): Promise<Rating[]> {
  const rows = await db
    .select({ rating: ratings.rating })
    .from(ratings)
    .where(and(gte(ratings.at, from), lte(ratings.at, to), unitCodes === undefined ? undefined : inArray(ratings.unitCode, [...unitCodes])));
  return rows.map((row) => row.rating as Rating);
}

/**
 * The counter tablet's visit: the ticket served last at a counter, since `since`, if it has no
 * rating yet (the tablet shows the form for it; a later ticket replaces it).
 */
export async function latestUnratedAtCounter(db: Database, unitCode: string, counter: number, since: LocalMinute): Promise<string | undefined> {
  const t = queueTickets;
  const [row] = await db
    .select({ id: t.id, rated: notExists(db.select({ id: ratings.id }).from(ratings).where(eq(ratings.ticketId, t.id))) })
    .from(t)
    .where(and(eq(t.unitCode, unitCode), eq(t.counter, counter), eq(t.status, 'served'), gte(t.lastCalledAt, dateFromLocalMinute(since))))
    .orderBy(desc(t.lastCalledAt))
    .limit(1);
  return row?.rated ? row.id : undefined;
}
