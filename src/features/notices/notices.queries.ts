/** Reads of the notices: a dossier's preferences and outbox rows, a unit's channels and templates. */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { noticeAttempts, noticeChannelConfigs, noticeOutbox, noticePreferences, noticeTemplates, paknNoticePreferences } from '../../platform/db/schema.ts';

export async function preferencesOf(db: Database, dossierCode: string): Promise<unknown> {
  const [row] = await db.select({ preferences: noticePreferences.preferences }).from(noticePreferences).where(eq(noticePreferences.dossierCode, dossierCode));
  return row?.preferences;
}

export async function channelConfigOf(db: Database, unitCode: string): Promise<unknown> {
  const [row] = await db.select({ config: noticeChannelConfigs.config }).from(noticeChannelConfigs).where(eq(noticeChannelConfigs.unitCode, unitCode));
  return row?.config;
}

export async function templatesOf(db: Database, unitCode: string): Promise<unknown[]> {
  const rows = await db.select({ template: noticeTemplates.template }).from(noticeTemplates).where(eq(noticeTemplates.unitCode, unitCode));
  return rows.map((row) => row.template);
}

/** A unit's own templates with who saved them and when. */
export async function templateRowsOf(db: Database, unitCode: string) {
  return db
    .select({ kind: noticeTemplates.kind, channel: noticeTemplates.channel, template: noticeTemplates.template, updatedAt: noticeTemplates.updatedAt })
    .from(noticeTemplates)
    .where(eq(noticeTemplates.unitCode, unitCode));
}

export async function noticeById(db: Database, id: string): Promise<typeof noticeOutbox.$inferSelect | undefined> {
  const [row] = await db.select().from(noticeOutbox).where(eq(noticeOutbox.id, id));
  return row;
}

export async function paknPreferencesOf(db: Database, paknCode: string): Promise<unknown> {
  const [row] = await db.select({ preferences: paknNoticePreferences.preferences }).from(paknNoticePreferences).where(eq(paknNoticePreferences.paknCode, paknCode));
  return row?.preferences;
}

/** What a notice tells about: a dossier or (w3-reply) a PAKN. */
export type NoticeSubject = { dossierCode: string } | { paknCode: string };

const subjectIs = (subject: NoticeSubject) => ('paknCode' in subject ? eq(noticeOutbox.paknCode, subject.paknCode) : eq(noticeOutbox.dossierCode, subject.dossierCode));

/** The subject of an outbox row. */
export function subjectOf(row: { dossierCode: string | null; paknCode: string | null }): NoticeSubject {
  return row.paknCode !== null ? { paknCode: row.paknCode } : { dossierCode: row.dossierCode ?? '' };
}

/** A dossier's (or PAKN's) notices, oldest first, each with its attempts. */
export async function noticesOf(db: Database, subject: NoticeSubject) {
  const rows = await db.select().from(noticeOutbox).where(subjectIs(subject)).orderBy(asc(noticeOutbox.createdAt), asc(noticeOutbox.idempotencyKey));
  const attempts = rows.length
    ? await db.select().from(noticeAttempts).where(inArray(noticeAttempts.outboxId, rows.map((r) => r.id))).orderBy(asc(noticeAttempts.attempt))
    : [];
  return rows.map((row) => ({ ...row, attemptList: attempts.filter((a) => a.outboxId === row.id) }));
}

/** How many notices of a dossier (or PAKN) share a key prefix (resends are numbered). */
export async function countNoticesWithKeyPrefix(db: Database, subject: NoticeSubject, prefix: string): Promise<number> {
  const rows = await db.select({ key: noticeOutbox.idempotencyKey }).from(noticeOutbox).where(subjectIs(subject));
  return rows.filter((r) => r.key.startsWith(prefix)).length;
}

/** Units whose channel configuration has a Zalo block. */
export async function zaloUnits(db: Database): Promise<string[]> {
  const rows = await db.select({ unitCode: noticeChannelConfigs.unitCode }).from(noticeChannelConfigs).where(sql`${noticeChannelConfigs.config} ? 'zalo'`);
  return rows.map((row) => row.unitCode);
}
