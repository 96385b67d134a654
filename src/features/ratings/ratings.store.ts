/** The ratings table's writes: one anonymous rating per served ticket (unique ticket_id). */
import { eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { ratings, users } from '../../platform/db/schema.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import type { Rating } from '../../domain/rating/rating.ts';

/** Inserts the rating; false when the ticket was rated meanwhile (the unique index decides). */
export async function insertRating(db: Database, rating: Rating): Promise<boolean> {
  const inserted = await db
    .insert(ratings)
    .values({
      id: rating.id,
      unitCode: rating.unitCode,
      ticketId: rating.ticketId,
      at: dateFromLocalMinute(rating.at),
      channel: rating.channel,
      counter: rating.counter,
      officerId: rating.officerId,
      departmentCode: rating.departmentCode ?? null,
      dossierCodes: rating.dossierCodes,
      sentiment: rating.sentiment,
      rating,
    })
    .onConflictDoNothing({ target: ratings.ticketId })
    .returning({ id: ratings.id });
  return inserted.length === 1;
}

/** The department of the officer who served (null for unit-wide roles). */
export async function officerDepartment(db: Database, officerId: string): Promise<string | null> {
  const [row] = await db.select({ departmentCode: users.departmentCode }).from(users).where(eq(users.id, officerId));
  return row?.departmentCode ?? null;
}
