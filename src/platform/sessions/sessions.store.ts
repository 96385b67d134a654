/** Sessions (table sessions): a row per signed-in session, keyed by the SHA-256 of its token. */
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { sessions, users } from '../db/schema.ts';
import { notifyChanges } from '../changes/changes.store.ts';

export type SessionUserRow = typeof users.$inferSelect;

/** Starts a session, and forgets the sessions that expired before `now`. */
export async function insertSession(db: Database, session: { id: string; userId: string; csrfToken: string; expiresAt: Date }, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.insert(sessions).values(session);
}

/** The session with this id that has not expired at `now`, with its user. */
export async function findLiveSession(db: Database, id: string, now: Date): Promise<{ user: SessionUserRow; csrfToken: string; expiresAt: Date } | undefined> {
  const [row] = await db
    .select({ user: users, csrfToken: sessions.csrfToken, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  return row;
}

/**
 * Ends every session of a user, or every other one than `keepId`, and tells every server
 * process on the database (the change feed) in the same transaction.
 */
export async function deleteSessionsOfUser(db: Database, userId: string, keepId?: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(keepId === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keepId)));
    await notifyChanges(tx, [{ kind: 'sessions', userId }]);
  });
}

/** Ends one session, and tells every server process on the database (the change feed). */
export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(eq(sessions.id, id)).returning({ userId: sessions.userId });
    await notifyChanges(tx, ended.map((row) => ({ kind: 'sessions' as const, userId: row.userId })));
  });
}
