/**
 * Sends changes as PostgreSQL notifications in the caller's transaction: delivered to every
 * listening process when the transaction commits, never when it rolls back (so a page never
 * hears of a change that did not happen). One statement however many notices.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { CHANGES_CHANNEL, changePayloads, type Change } from './changes.ts';

export async function notifyChanges(db: Database, changes: readonly Change[]): Promise<void> {
  const payloads = changePayloads(changes);
  if (payloads.length === 0) return;
  await db.execute(sql`select pg_notify(${CHANGES_CHANNEL}, payload) from unnest(${sql.param(payloads)}::text[]) as payload`);
}
