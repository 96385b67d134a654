/**
 * SQL of imports: mapping profiles, import jobs and their rejected rows, API keys of source
 * systems, and the dossiers an import batch already knows.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from './client.ts';
import { importJobs, importProfiles, importRejections, sourceApiKeys, type ImportJobStatus } from './schema-import.ts';
import { dossiers, units } from './schema.ts';

// ─── Profiles ────────────────────────────────────────────────────────────────

export interface ImportProfile {
  source: string;
  columns: Record<string, string>;
  statuses: Record<string, string>;
  defaultUnitCode: string | null;
  updatedAt: Date;
}

function toImportProfile(row: typeof importProfiles.$inferSelect): ImportProfile {
  return { source: row.source, columns: row.columns, statuses: row.statuses, defaultUnitCode: row.defaultUnitCode, updatedAt: row.updatedAt };
}

export async function getImportProfile(db: Database, source: string): Promise<ImportProfile | undefined> {
  const [row] = await db.select().from(importProfiles).where(eq(importProfiles.source, source));
  return row ? toImportProfile(row) : undefined;
}

export async function listImportProfiles(db: Database): Promise<ImportProfile[]> {
  const rows = await db.select().from(importProfiles).orderBy(asc(importProfiles.source));
  return rows.map(toImportProfile);
}

export async function saveImportProfile(
  db: Database,
  profile: { source: string; columns: Record<string, string>; statuses: Record<string, string>; defaultUnitCode: string | null },
  userId: string | null,
): Promise<ImportProfile> {
  const values = { ...profile, updatedBy: userId, updatedAt: new Date() };
  const [row] = await db
    .insert(importProfiles)
    .values(values)
    .onConflictDoUpdate({ target: importProfiles.source, set: { columns: values.columns, statuses: values.statuses, defaultUnitCode: values.defaultUnitCode, updatedBy: userId, updatedAt: values.updatedAt } })
    .returning();
  return toImportProfile(row!);
}

/** The deleted profile, or undefined when the source had none. */
export async function deleteImportProfile(db: Database, source: string): Promise<ImportProfile | undefined> {
  const [row] = await db.delete(importProfiles).where(eq(importProfiles.source, source)).returning();
  return row ? toImportProfile(row) : undefined;
}

// ─── Jobs ────────────────────────────────────────────────────────────────────

export type ImportJob = typeof importJobs.$inferSelect;

export interface ImportCounts {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export async function createImportJob(
  db: Database,
  job: { source: string; kind: 'file' | 'push'; fileName?: string | null; unitCode?: string | null; bytesTotal?: number; createdBy?: string | null },
): Promise<ImportJob> {
  const [row] = await db
    .insert(importJobs)
    .values({ source: job.source, kind: job.kind, fileName: job.fileName ?? null, unitCode: job.unitCode ?? null, bytesTotal: job.bytesTotal ?? 0, createdBy: job.createdBy ?? null })
    .returning();
  return row!;
}

/** Marks earlier jobs of the same file that never finished (the process was killed) as failed. */
export async function closeInterruptedJobs(db: Database, source: string, fileName: string, exceptId: string): Promise<number> {
  const rows = await db
    .update(importJobs)
    .set({ status: 'failed', message: 'Lần nhập bị gián đoạn (tiến trình dừng giữa chừng); các lô đã ghi được giữ nguyên, lần nhập sau đã tiếp tục.', finishedAt: sql`now()` })
    .where(and(eq(importJobs.source, source), eq(importJobs.fileName, fileName), eq(importJobs.status, 'running'), sql`${importJobs.id} <> ${exceptId}`))
    .returning({ id: importJobs.id });
  return rows.length;
}

/** Adds a committed batch's counts to the job (call inside the batch's transaction). */
export async function addJobProgress(db: Database, jobId: string, counts: ImportCounts, bytesRead: number): Promise<void> {
  await db
    .update(importJobs)
    .set({
      rows: sql`${importJobs.rows} + ${counts.rows}`,
      created: sql`${importJobs.created} + ${counts.created}`,
      updated: sql`${importJobs.updated} + ${counts.updated}`,
      unchanged: sql`${importJobs.unchanged} + ${counts.unchanged}`,
      rejected: sql`${importJobs.rejected} + ${counts.rejected}`,
      bytesRead,
      updatedAt: sql`now()`,
    })
    .where(eq(importJobs.id, jobId));
}

export async function finishImportJob(
  db: Database,
  jobId: string,
  outcome: { status: Exclude<ImportJobStatus, 'running'>; message?: string | null; fileSha256?: string | null; mapping?: unknown },
): Promise<ImportJob> {
  const [row] = await db
    .update(importJobs)
    .set({
      status: outcome.status,
      message: outcome.message ?? null,
      ...(outcome.fileSha256 ? { fileSha256: outcome.fileSha256 } : {}),
      ...(outcome.mapping !== undefined ? { mapping: outcome.mapping } : {}),
      finishedAt: sql`now()`,
      updatedAt: sql`now()`,
    })
    .where(eq(importJobs.id, jobId))
    .returning();
  return row!;
}

export async function setJobMapping(db: Database, jobId: string, mapping: unknown): Promise<void> {
  await db.update(importJobs).set({ mapping }).where(eq(importJobs.id, jobId));
}

export async function getImportJob(db: Database, jobId: string): Promise<ImportJob | undefined> {
  const [row] = await db.select().from(importJobs).where(eq(importJobs.id, jobId));
  return row;
}

export async function listImportJobs(db: Database, limit = 50): Promise<ImportJob[]> {
  return db.select().from(importJobs).orderBy(sql`${importJobs.startedAt} DESC`).limit(limit);
}

export interface Rejection {
  row: number;
  column: string;
  value: string;
  reason: string;
}

export async function insertRejections(db: Database, jobId: string, rejections: readonly Rejection[]): Promise<void> {
  for (let i = 0; i < rejections.length; i += 1000) {
    await db.insert(importRejections).values(rejections.slice(i, i + 1000).map((r) => ({ jobId, ...r })));
  }
}

/** Rejections of a job in row order, a page at a time (after the given id). */
export async function rejectionsPage(db: Database, jobId: string, afterId: number, limit: number): Promise<Array<Rejection & { id: number }>> {
  return db
    .select({ id: importRejections.id, row: importRejections.row, column: importRejections.column, value: importRejections.value, reason: importRejections.reason })
    .from(importRejections)
    .where(and(eq(importRejections.jobId, jobId), gt(importRejections.id, afterId)))
    .orderBy(asc(importRejections.id))
    .limit(limit);
}

// ─── Dossiers an import batch touches ────────────────────────────────────────

export interface KnownDossierRow {
  code: string;
  unitCode: string;
  version: number;
  state: unknown;
}

export async function knownDossiers(db: Database, codes: readonly string[]): Promise<Map<string, KnownDossierRow>> {
  const map = new Map<string, KnownDossierRow>();
  if (codes.length === 0) return map;
  const rows = await db
    .select({ code: dossiers.code, unitCode: dossiers.unitCode, version: dossiers.version, state: dossiers.state })
    .from(dossiers)
    .where(inArray(dossiers.code, [...codes]));
  for (const row of rows) map.set(row.code, row);
  return map;
}

/** Unit codes and names (for matching a unit column and code prefixes). */
export async function unitDirectory(db: Database): Promise<Array<{ code: string; name: string }>> {
  return db.select({ code: units.code, name: units.name }).from(units).orderBy(asc(units.code));
}

/** Creates the unit when it does not exist; true when it was created. */
export async function ensureUnit(db: Database, code: string, name: string): Promise<boolean> {
  const rows = await db.insert(units).values({ code, name, kind: 'commune' }).onConflictDoNothing({ target: units.code }).returning({ code: units.code });
  return rows.length > 0;
}

// ─── API keys of source systems ──────────────────────────────────────────────

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Creates a key; the key itself is returned once and never stored. */
export async function createSourceApiKey(
  db: Database,
  input: { source: string; unitCode: string; createdBy: string | null },
): Promise<{ id: string; key: string; keyPrefix: string; source: string; unitCode: string; createdAt: Date }> {
  const key = `mc_${randomBytes(32).toString('base64url')}`;
  const keyPrefix = key.slice(0, 10);
  const [row] = await db
    .insert(sourceApiKeys)
    .values({ source: input.source, unitCode: input.unitCode, keyHash: hashApiKey(key), keyPrefix, createdBy: input.createdBy })
    .returning();
  return { id: row!.id, key, keyPrefix, source: row!.source, unitCode: row!.unitCode, createdAt: row!.createdAt };
}

export async function listSourceApiKeys(db: Database) {
  return db
    .select({ id: sourceApiKeys.id, source: sourceApiKeys.source, keyPrefix: sourceApiKeys.keyPrefix, unitCode: sourceApiKeys.unitCode, createdAt: sourceApiKeys.createdAt, lastUsedAt: sourceApiKeys.lastUsedAt, revokedAt: sourceApiKeys.revokedAt })
    .from(sourceApiKeys)
    .orderBy(asc(sourceApiKeys.source), asc(sourceApiKeys.createdAt));
}

/** The revoked key (never the key itself), or undefined when no valid key has this id. */
export async function revokeSourceApiKey(db: Database, id: string): Promise<{ source: string; unitCode: string; keyPrefix: string } | undefined> {
  const [row] = await db
    .update(sourceApiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sourceApiKeys.id, id), isNull(sourceApiKeys.revokedAt)))
    .returning({ source: sourceApiKeys.source, unitCode: sourceApiKeys.unitCode, keyPrefix: sourceApiKeys.keyPrefix });
  return row;
}

/** The source system a key belongs to, if the key is valid and not revoked. */
export async function sourceOfApiKey(db: Database, key: string): Promise<{ source: string; unitCode: string } | undefined> {
  const [row] = await db
    .update(sourceApiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(sourceApiKeys.keyHash, hashApiKey(key)), isNull(sourceApiKeys.revokedAt)))
    .returning({ source: sourceApiKeys.source, unitCode: sourceApiKeys.unitCode });
  return row;
}

/** Every rejection of a (small) job, in row order. */
export async function readRejectionsOfJob(db: Database, jobId: string): Promise<Rejection[]> {
  return db
    .select({ row: importRejections.row, column: importRejections.column, value: importRejections.value, reason: importRejections.reason })
    .from(importRejections)
    .where(eq(importRejections.jobId, jobId))
    .orderBy(asc(importRejections.row), asc(importRejections.id));
}
