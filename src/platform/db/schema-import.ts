/**
 * Tables of imports from other systems and of the push API (docs/import.md).
 * Re-exported from schema.ts, so migrations and the Drizzle schema see them.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid, bigint, unique } from 'drizzle-orm/pg-core';
import { units, users } from './schema.ts';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/**
 * A mapping profile per source system and unit: which header names which field, and the
 * source's own status wording. `unit_code` null: the administrators' shared profile of the
 * source, used by a unit that has none of its own (docs/import.md, "Mapping profiles").
 */
export const importProfiles = pgTable(
  'import_profiles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Source system name, e.g. "dvc-haiphong" (also the `source` of its events). */
    source: text('source').notNull(),
    /** The unit whose profile this is; null: shared default, kept by administrators. */
    unitCode: text('unit_code').references(() => units.code),
    /** Field → folded header text (src/import/headers.ts ProfileColumns). */
    columns: jsonb('columns').$type<Record<string, string>>().notNull().default({}),
    /** Folded status text → imported status (src/import/status.ts). */
    statuses: jsonb('statuses').$type<Record<string, string>>().notNull().default({}),
    /** Unit for rows whose file does not say. */
    defaultUnitCode: text('default_unit_code').references(() => units.code),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    updatedBy: uuid('updated_by').references(() => users.id),
  },
  (t) => [unique('import_profiles_source_unit_key').on(t.source, t.unitCode).nullsNotDistinct()],
);

export const IMPORT_JOB_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/**
 * One import (a file, or one pushed batch). Counters and `bytes_read` are updated in the
 * transaction of each batch, so they always describe what is committed.
 */
export const importJobs = pgTable(
  'import_jobs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    kind: text('kind', { enum: ['file', 'push'] }).notNull(),
    fileName: text('file_name'),
    fileSha256: text('file_sha256'),
    unitCode: text('unit_code'),
    status: text('status', { enum: IMPORT_JOB_STATUSES }).notNull().default('running'),
    bytesTotal: bigint('bytes_total', { mode: 'number' }).notNull().default(0),
    bytesRead: bigint('bytes_read', { mode: 'number' }).notNull().default(0),
    rows: integer('rows').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** Header layout and mapping that were used (preview shape). */
    mapping: jsonb('mapping').$type<unknown>(),
    /** Why a job failed as a whole (no header found, unreadable file…): one short Vietnamese sentence, never row data. */
    message: text('message'),
    /** Set by POST /api/imports/{id}/cancel: the import stops at its next batch (import-file.ts). */
    cancelRequestedAt: instant('cancel_requested_at'),
    createdBy: uuid('created_by').references(() => users.id),
    startedAt: instant('started_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (t) => [
    index('import_jobs_source_started_idx').on(t.source, t.startedAt),
    check('import_jobs_status_check', sql`status IN ('running', 'done', 'failed', 'cancelled')`),
    check('import_jobs_kind_check', sql`kind IN ('file', 'push')`),
  ],
);

/** Rejected rows of a job: the downloadable error report. */
export const importRejections = pgTable(
  'import_rejections',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    jobId: uuid('job_id')
      .notNull()
      .references(() => importJobs.id, { onDelete: 'cascade' }),
    /** Row number in the file (or index in a pushed batch, from 1). */
    row: integer('row').notNull(),
    column: text('column').notNull(),
    value: text('value').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('import_rejections_job_row_idx').on(t.jobId, t.row)],
);

/** API keys of external systems for the push API; only the SHA-256 of a key is stored. */
export const sourceApiKeys = pgTable(
  'source_api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    source: text('source').notNull(),
    /** Name of the key, recorded with the events it writes (e.g. "Cổng DVC tỉnh — máy chủ 2"). */
    name: text('name').notNull(),
    /** SHA-256 (hex) of the key. Keys are 32 random bytes: a fast hash is enough. */
    keyHash: text('key_hash').notNull().unique(),
    /** First characters of the key, to tell keys apart in lists. */
    keyPrefix: text('key_prefix').notNull(),
    /** Unit of pushed dossiers whose item does not name one; the only unit the key writes into unless `unit_codes` is set. */
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** The units the key may write into, when an administrator set an explicit list (it includes `unit_code`). */
    unitCodes: text('unit_codes').array(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: instant('created_at').notNull().defaultNow(),
    lastUsedAt: instant('last_used_at'),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('source_api_keys_source_idx').on(t.source), check('source_api_keys_unit_codes_check', sql`unit_codes IS NULL OR unit_code = ANY (unit_codes)`)],
);
