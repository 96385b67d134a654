/** Idempotency keys (table idempotency_keys): claimed, answered, released. */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { idempotencyKeys } from '../db/schema.ts';

export type IdempotencyKeyRow = typeof idempotencyKeys.$inferSelect;

const keyOf = (userId: string, key: string) => and(eq(idempotencyKeys.userId, userId), eq(idempotencyKeys.key, key));

/** Claims the key for a request not answered yet (status 0); throws the unique violation when taken. */
export async function claimIdempotencyKey(db: Database, userId: string, key: string, requestHash: string): Promise<void> {
  await db.insert(idempotencyKeys).values({ key, userId, requestHash, statusCode: 0, response: {} });
}

export async function findIdempotencyKey(db: Database, userId: string, key: string): Promise<IdempotencyKeyRow | undefined> {
  const [existing] = await db.select().from(idempotencyKeys).where(keyOf(userId, key));
  return existing;
}

export async function answerIdempotencyKey(db: Database, userId: string, key: string, statusCode: number, response: object): Promise<void> {
  await db.update(idempotencyKeys).set({ statusCode, response }).where(keyOf(userId, key));
}

export async function releaseIdempotencyKey(db: Database, userId: string, key: string): Promise<void> {
  await db.delete(idempotencyKeys).where(keyOf(userId, key));
}
