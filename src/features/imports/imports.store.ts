/**
 * SQL of imports: mapping profiles, import jobs and their rejected rows, API keys of source
 * systems, and the dossiers an import batch already knows.
 */
import { createHash, randomBytes } from 'node:crypto';
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { dossiers, importJobs, importProfiles, importRejections, sourceApiKeys, units, type ImportJobStatus } from '../../platform/db/schema.ts';

// ─── Profiles ────────────────────────────────────────────────────────────────

export interface ImportProfile {
  source: string;
  /** The unit whose profile this is; null: the administrators' shared profile of the source. */
  unitCode: string | null;
  columns: Record<string, string>;
  statuses: Record<string, string>;
  defaultUnitCode: string | null;
  updatedAt: Date;
}

function toImportProfile(row: typeof importProfiles.$inferSelect): ImportProfile {
  return { source: row.source, unitCode: row.unitCode, columns: row.columns, statuses: row.statuses, defaultUnitCode: row.defaultUnitCode, updatedAt: row.updatedAt };
}

const profileKey = (source: string, unitCode: string | null) => and(eq(importProfiles.source, source), unitCode === null ? isNull(importProfiles.unitCode) : eq(importProfiles.unitCode, unitCode));

/** The profile of a source for a unit (null: the shared one), exactly that one. */
export async function getImportProfile(db: Database, source: string, unitCode: string | null): Promise<ImportProfile | undefined> {
  const [row] = await db.select().from(importProfiles).where(profileKey(source, unitCode));
  return row ? toImportProfile(row) : undefined;
}

/** The profile an import into `unitCode` uses: the unit's own, else the shared one. */
export async function profileForImport(db: Database, source: string, unitCode: string | null): Promise<ImportProfile | undefined> {
  const rows = await db
    .select()
    .from(importProfiles)
    .where(and(eq(importProfiles.source, source), unitCode === null ? isNull(importProfiles.unitCode) : or(isNull(importProfiles.unitCode), eq(importProfiles.unitCode, unitCode))));
  const own = rows.find((row) => row.unitCode !== null) ?? rows[0];
  return own ? toImportProfile(own) : undefined;
}

/** Profiles of the given units and the shared ones ('all': every profile), by source. */
export async function listImportProfiles(db: Database, units: 'all' | readonly string[]): Promise<ImportProfile[]> {
  const rows = await db
    .select()
    .from(importProfiles)
    .where(units === 'all' ? undefined : units.length === 0 ? isNull(importProfiles.unitCode) : or(isNull(importProfiles.unitCode), inArray(importProfiles.unitCode, [...units])))
    .orderBy(asc(importProfiles.source), sql`${importProfiles.unitCode} NULLS FIRST`);
  return rows.map(toImportProfile);
}

export async function saveImportProfile(
  db: Database,
  profile: { source: string; unitCode: string | null; columns: Record<string, string>; statuses: Record<string, string>; defaultUnitCode: string | null },
  userId: string | null,
): Promise<ImportProfile> {
  const values = { ...profile, updatedBy: userId, updatedAt: new Date() };
  const [row] = await db
    .insert(importProfiles)
    .values(values)
    .onConflictDoUpdate({ target: [importProfiles.source, importProfiles.unitCode], set: { columns: values.columns, statuses: values.statuses, defaultUnitCode: values.defaultUnitCode, updatedBy: userId, updatedAt: values.updatedAt } })
    .returning();
  return toImportProfile(row!);
}

/** The deleted profile, or undefined when there was none. */
export async function deleteImportProfile(db: Database, source: string, unitCode: string | null): Promise<ImportProfile | undefined> {
  const [row] = await db.delete(importProfiles).where(profileKey(source, unitCode)).returning();
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

/** Marks earlier jobs of the same file into the same unit that never finished (the process was killed) as failed. */
export async function closeInterruptedJobs(db: Database, job: Pick<ImportJob, 'id' | 'source' | 'fileName' | 'unitCode'>): Promise<number> {
  const rows = await db
    .update(importJobs)
    .set({ status: 'failed', message: 'Lần nhập bị gián đoạn (tiến trình dừng giữa chừng); các lô đã ghi được giữ nguyên, lần nhập sau đã tiếp tục.', finishedAt: sql`now()` })
    .where(
      and(
        eq(importJobs.source, job.source),
        sql`${importJobs.fileName} IS NOT DISTINCT FROM ${job.fileName}`,
        // Another unit's job is not this user's to close (issue 12): the same file name may be anyone's.
        sql`${importJobs.unitCode} IS NOT DISTINCT FROM ${job.unitCode}`,
        eq(importJobs.status, 'running'),
        sql`${importJobs.id} <> ${job.id}`,
      ),
    )
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

/** The latest jobs of the given units ('all': every job). */
export async function listImportJobs(db: Database, units: 'all' | readonly string[], limit = 50): Promise<ImportJob[]> {
  if (units !== 'all' && units.length === 0) return [];
  return db
    .select()
    .from(importJobs)
    .where(units === 'all' ? undefined : inArray(importJobs.unitCode, [...units]))
    .orderBy(sql`${importJobs.startedAt} DESC`)
    .limit(limit);
}

/** Asks a running job to stop at its next batch; the job as it is now, or undefined when it was not running. */
export async function requestJobCancel(db: Database, jobId: string): Promise<ImportJob | undefined> {
  const [row] = await db
    .update(importJobs)
    .set({ cancelRequestedAt: sql`coalesce(${importJobs.cancelRequestedAt}, now())` })
    .where(and(eq(importJobs.id, jobId), eq(importJobs.status, 'running')))
    .returning();
  return row;
}

/** Has someone asked the job to stop (POST /api/imports/{id}/cancel)? */
export async function isJobCancelRequested(db: Database, jobId: string): Promise<boolean> {
  const [row] = await db.select({ at: importJobs.cancelRequestedAt }).from(importJobs).where(eq(importJobs.id, jobId));
  return row?.at != null;
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

/** A key as lists show it (never the key itself). */
export interface SourceApiKeyView {
  id: string;
  source: string;
  name: string;
  keyPrefix: string;
  unitCode: string;
  /** Explicit list of units set by an administrator; null: the key's unit only. */
  unitCodes: string[] | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const keyColumns = {
  id: sourceApiKeys.id,
  source: sourceApiKeys.source,
  name: sourceApiKeys.name,
  keyPrefix: sourceApiKeys.keyPrefix,
  unitCode: sourceApiKeys.unitCode,
  unitCodes: sourceApiKeys.unitCodes,
  createdAt: sourceApiKeys.createdAt,
  lastUsedAt: sourceApiKeys.lastUsedAt,
  revokedAt: sourceApiKeys.revokedAt,
};

/** Creates a key; the key itself is returned once and never stored. */
export async function createSourceApiKey(
  db: Database,
  input: { source: string; name: string; unitCode: string; unitCodes: string[] | null; createdBy: string | null },
): Promise<SourceApiKeyView & { key: string }> {
  const key = `mc_${randomBytes(32).toString('base64url')}`;
  const keyPrefix = key.slice(0, 10);
  const [row] = await db
    .insert(sourceApiKeys)
    .values({ source: input.source, name: input.name, unitCode: input.unitCode, unitCodes: input.unitCodes, keyHash: hashApiKey(key), keyPrefix, createdBy: input.createdBy })
    .returning(keyColumns);
  return { ...row!, key };
}

export async function listSourceApiKeys(db: Database): Promise<SourceApiKeyView[]> {
  return db.select(keyColumns).from(sourceApiKeys).orderBy(asc(sourceApiKeys.source), asc(sourceApiKeys.createdAt));
}

/** The revoked key (never the key itself), or undefined when no valid key has this id. */
export async function revokeSourceApiKey(db: Database, id: string): Promise<SourceApiKeyView | undefined> {
  const [row] = await db
    .update(sourceApiKeys)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(sourceApiKeys.id, id), isNull(sourceApiKeys.revokedAt)))
    .returning(keyColumns);
  return row;
}

/** The key a push is made with: who it is (id, name), its source system and its units. */
export interface PushKey {
  id: string;
  name: string;
  source: string;
  unitCode: string;
  unitCodes: string[] | null;
}

/** The key, if it is valid and not revoked (its last use is recorded). */
export async function sourceOfApiKey(db: Database, key: string): Promise<PushKey | undefined> {
  const [row] = await db
    .update(sourceApiKeys)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(sourceApiKeys.keyHash, hashApiKey(key)), isNull(sourceApiKeys.revokedAt)))
    .returning({ id: sourceApiKeys.id, name: sourceApiKeys.name, source: sourceApiKeys.source, unitCode: sourceApiKeys.unitCode, unitCodes: sourceApiKeys.unitCodes });
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
