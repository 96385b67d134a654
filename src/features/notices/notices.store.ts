/**
 * Writes of the notice outbox (docs/notices.md "The outbox"): rows written in the event's
 * transaction, claimed by the worker under a lease, and every attempt recorded.
 */
import { and, eq, inArray, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { noticeAttempts, noticeChannelConfigs, noticeOutbox, noticePreferences, noticeTemplates, paknNoticePreferences } from '../../platform/db/schema.ts';

export type OutboxRow = typeof noticeOutbox.$inferSelect;
export type NewOutboxRow = typeof noticeOutbox.$inferInsert;

/** Inserts notices; one already written (same idempotency key) is left as it is. */
export async function insertNotices(db: Database, rows: readonly NewOutboxRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(noticeOutbox).values([...rows]).onConflictDoNothing({ target: noticeOutbox.idempotencyKey });
}

export async function savePreferences(db: Database, dossierCode: string, preferences: unknown): Promise<void> {
  await db
    .insert(noticePreferences)
    .values({ dossierCode, preferences })
    .onConflictDoUpdate({ target: noticePreferences.dossierCode, set: { preferences, updatedAt: new Date() } });
}

export async function saveChannelConfig(db: Database, unitCode: string, config: unknown, updatedBy: string): Promise<void> {
  await db
    .insert(noticeChannelConfigs)
    .values({ unitCode, config, updatedBy })
    .onConflictDoUpdate({ target: noticeChannelConfigs.unitCode, set: { config, updatedBy, updatedAt: new Date() } });
}

/** A unit's own template of a kind and channel, replacing the one before. */
export async function saveTemplate(db: Database, unitCode: string, kind: string, channel: string, template: unknown, updatedBy: string): Promise<void> {
  await db
    .insert(noticeTemplates)
    .values({ unitCode, kind, channel, template, updatedBy })
    .onConflictDoUpdate({ target: [noticeTemplates.unitCode, noticeTemplates.kind, noticeTemplates.channel], set: { template, updatedBy, updatedAt: new Date() } });
}

/** Removes a unit's own template (the default applies again); true when there was one. */
export async function deleteTemplate(db: Database, unitCode: string, kind: string, channel: string): Promise<boolean> {
  const rows = await db
    .delete(noticeTemplates)
    .where(and(eq(noticeTemplates.unitCode, unitCode), eq(noticeTemplates.kind, kind), eq(noticeTemplates.channel, channel)))
    .returning({ kind: noticeTemplates.kind });
  return rows.length > 0;
}

/**
 * Claims up to `limit` notices due at `now`: queued or failed ones whose time has come, and ones
 * left `sending` by a process that died (lease expired). Each gets `sending`, one more attempt
 * and a lease; the claim commits before anything is sent.
 */
export async function claimDueNotices(db: Database, now: Date, leaseMs: number, limit: number): Promise<OutboxRow[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: noticeOutbox.id })
      .from(noticeOutbox)
      .where(
        or(
          and(inArray(noticeOutbox.status, ['queued', 'failed']), lte(noticeOutbox.nextAttemptAt, now)),
          and(eq(noticeOutbox.status, 'sending'), lte(noticeOutbox.lockedUntil, now)),
        ),
      )
      .orderBy(noticeOutbox.nextAttemptAt)
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(noticeOutbox)
      .set({ status: 'sending', attempts: sql`${noticeOutbox.attempts} + 1`, lockedUntil: new Date(now.getTime() + leaseMs) })
      .where(inArray(noticeOutbox.id, due.map((row) => row.id)))
      .returning();
  });
}

export interface AttemptOutcome {
  startedAt: Date;
  finishedAt: Date;
  outcome: 'sent' | 'failed' | 'parked';
  permanent: boolean;
  reason?: string;
  providerId?: string;
  /** For `failed`: when to try again. */
  nextAttemptAt?: Date;
}

/** Records an attempt and its result on the row, in one transaction; `then` runs inside it (fallbacks). */
export async function recordAttempt(db: Database, row: OutboxRow, result: AttemptOutcome, then?: (tx: Database) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(noticeAttempts).values({
      outboxId: row.id,
      attempt: row.attempts,
      startedAt: result.startedAt,
      finishedAt: result.finishedAt,
      outcome: result.outcome,
      permanent: result.permanent,
      reason: result.reason ?? null,
      providerId: result.providerId ?? null,
    });
    await tx
      .update(noticeOutbox)
      .set({
        status: result.outcome,
        lockedUntil: null,
        ...(result.outcome === 'sent' ? { providerId: result.providerId ?? null, sentAt: result.finishedAt, lastError: null } : { lastError: result.reason ?? null }),
        ...(result.nextAttemptAt ? { nextAttemptAt: result.nextAttemptAt } : {}),
      })
      .where(eq(noticeOutbox.id, row.id));
    await then?.(tx);
  });
}

/**
 * Takes the unit's channel-configuration lock for the rest of the transaction (a transaction-level
 * advisory lock, so it also covers a unit with no row yet) and reads the stored configuration:
 * a save and a Zalo token refresh, in any process, never interleave for one unit.
 */
export async function lockChannelConfig(tx: Database, unitCode: string): Promise<unknown> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`notice_channels:${unitCode}`}))`);
  const [row] = await tx.select({ config: noticeChannelConfigs.config }).from(noticeChannelConfigs).where(eq(noticeChannelConfigs.unitCode, unitCode));
  return row?.config;
}

/** Replaces the configuration written by the system (a refreshed Zalo token), keeping who last saved it. */
export async function replaceChannelConfig(tx: Database, unitCode: string, config: unknown): Promise<void> {
  await tx.update(noticeChannelConfigs).set({ config }).where(eq(noticeChannelConfigs.unitCode, unitCode));
}

/** A PAKN sender's notice preferences (w3-reply), written in the registration's transaction or later. */
export async function savePaknPreferences(db: Database, paknCode: string, preferences: unknown): Promise<void> {
  await db
    .insert(paknNoticePreferences)
    .values({ paknCode, preferences })
    .onConflictDoUpdate({ target: paknNoticePreferences.paknCode, set: { preferences, updatedAt: new Date() } });
}
