/**
 * The one database schema of Một Cửa (PostgreSQL dialect; runs on PostgreSQL 15 and on PGlite).
 *
 * Migrations in ./migrations are generated from this file with `npx drizzle-kit generate`
 * and are append-only: change this file, generate a new migration, never edit an old one.
 * Keep every construct PostgreSQL 15-compatible (PGlite is PostgreSQL 18).
 *
 * Time: every instant is `timestamptz`. The domain counts in LocalMinute integers
 * (src/domain/calendar/local-time.ts); repositories convert at the edge (src/db/time.ts).
 */
import { sql } from 'drizzle-orm';
import { STAFF_ROLES } from '../../domain/dossier/roles.ts';
import { UNIT_KINDS, type UnitSettings } from '../../domain/unit/settings.ts';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  bigint,
  bigserial,
  customType,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** `a IN ('x', 'y')` for check constraints, from a TypeScript tuple of literals. */
function oneOf(column: string, values: readonly string[]) {
  return sql.raw(`${column} IN (${values.map((value) => `'${value}'`).join(', ')})`);
}

// ─── Units, departments ──────────────────────────────────────────────────────


export const units = pgTable(
  'units',
  {
    /** Agency code, e.g. "000.00.24.H24"-style; also the prefix of dossier codes. */
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: UNIT_KINDS }).notNull(),
    /** The city (province-level) unit a ward or commune reports to. */
    parentCode: text('parent_code').references((): AnyPgColumn => units.code),
    settings: jsonb('settings').$type<UnitSettings>().notNull().default({}),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [check('units_kind_check', oneOf('kind', UNIT_KINDS)), index('units_parent_code_idx').on(t.parentCode)],
);

export const DEPARTMENT_KINDS = ['department', 'vertical_agency'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** Departments of a unit, and vertical agencies (tax, police, land registry…) served at its center. */
export const departments = pgTable(
  'departments',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: DEPARTMENT_KINDS }).notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.code] }), check('departments_kind_check', oneOf('kind', DEPARTMENT_KINDS))],
);

// ─── Users and sessions ──────────────────────────────────────────────────────

/** Users' roles: the domain's staff roles (src/domain/dossier/roles.ts). */
export const ROLES = STAFF_ROLES;

export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    username: text('username').notNull(),
    fullName: text('full_name').notNull(),
    /** argon2id PHC string (@node-rs/argon2). */
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** Department within the unit; null for roles that span the unit. */
    departmentCode: text('department_code'),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('users_username_lower_idx').on(sql`lower(${t.username})`),
    check('users_role_check', oneOf('role', ROLES)),
    index('users_unit_code_idx').on(t.unitCode),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 (hex) of the random session token; the token itself is never stored. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('sessions_user_id_idx').on(t.userId), index('sessions_expires_at_idx').on(t.expiresAt)],
);

/**
 * Failed sign-ins per account (app/auth/login-throttle.ts), shared by every server process on
 * one database. Keyed by the lower-cased username as typed, known or not (an unknown name is
 * throttled alike, so the answer never tells whether an account exists). The row goes away
 * when the account signs in or its password is set.
 */
export const loginThrottles = pgTable(
  'login_throttles',
  {
    usernameKey: text('username_key').primaryKey(),
    /** Attempts since the last success, the one under way included. */
    failures: integer('failures').notNull(),
    lastAttemptAt: instant('last_attempt_at').notNull(),
    /** No attempt is checked before this instant; null while under the free attempts. */
    lockedUntil: instant('locked_until'),
  },
  (t) => [index('login_throttles_last_attempt_at_idx').on(t.lastAttemptAt)],
);

/**
 * Facts about this installation that every process must agree on, one row each. `demo`: the
 * database holds demo data with public passwords (src/app/instance.ts).
 */
export const instanceFlags = pgTable('instance_flags', {
  name: text('name').primaryKey(),
  value: jsonb('value').notNull(),
  setAt: instant('set_at').notNull().defaultNow(),
});

// ─── Catalog ─────────────────────────────────────────────────────────────────

/** One version of one procedure (thủ tục hành chính); `data` is the catalog entry as JSON. */
export const procedures = pgTable(
  'procedures',
  {
    code: text('code').notNull(),
    versionId: text('version_id').notNull(),
    name: text('name').notNull(),
    field: text('field').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** Exclusive end; null while the version is current. */
    effectiveTo: date('effective_to', { mode: 'string' }),
    /** Version of the catalog this entry was loaded from. */
    catalogVersion: text('catalog_version').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.code, t.versionId] }), index('procedures_code_effective_idx').on(t.code, t.effectiveFrom)],
);

/** Which procedures a unit offers, with local overrides (fees, steps, local code…). */
export const unitProcedures = pgTable(
  'unit_procedures',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    procedureCode: text('procedure_code').notNull(),
    active: boolean('active').notNull().default(true),
    overrides: jsonb('overrides').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.procedureCode] })],
);

/** Administrators' per-date corrections of the working calendar; null unit = every unit. */
export const calendarOverrides = pgTable(
  'calendar_overrides',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    unitCode: text('unit_code').references(() => units.code),
    date: date('date', { mode: 'string' }).notNull(),
    working: boolean('working').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('calendar_overrides_unit_date_key').on(t.unitCode, t.date).nullsNotDistinct()],
);

/**
 * Append-only log of configuration changes (calendar, units, offered procedures, departments,
 * users, import profiles, source keys): who changed what, when, with the value before and after.
 * Written in the same transaction as the change (src/app/admin-changes.ts); a trigger refuses
 * UPDATE, DELETE and TRUNCATE (migration *_admin_changes_append_only).
 */
export const adminChanges = pgTable(
  'admin_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id').references(() => users.id),
    /** The unit the change belongs to; null for system-wide changes (national calendar, source profiles). */
    unitCode: text('unit_code').references(() => units.code),
    /** What changed, e.g. `calendar_override.set` (src/app/admin-changes.ts ADMIN_CHANGE_KINDS). */
    kind: text('kind').notNull(),
    /** Which one: a date, a unit code, a username, a source system. */
    target: text('target').notNull(),
    before: jsonb('before').$type<unknown>(),
    after: jsonb('after').$type<unknown>(),
  },
  (t) => [index('admin_changes_unit_id_idx').on(t.unitCode, t.id)],
);

// ─── Dossiers: event store and read model ────────────────────────────────────

export const CHANNELS = ['in_person', 'online', 'post'] as const;

/**
 * A set of time ranges (PostgreSQL 14+ `tstzmultirange`), written and read as its text form
 * `{("2026-01-05T01:00:00.000Z","2026-01-06T01:00:00.000Z"]}`. Used by the report columns
 * (src/db/dossier-read-model.ts) so that "paused at J" and "a supplement request in the
 * period" are single index-free operators (`@>`, `&&`) instead of jsonb scans.
 */
const tstzMultirange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzmultirange' });
export const END_KINDS = ['processed', 'returned', 'stopped', 'withdrawn'] as const;

/**
 * Read model of a dossier: recomputed from the fold of its events in the same
 * transaction that appends them (src/db/dossier-store.ts). Never written otherwise.
 */
export const dossiers = pgTable(
  'dossiers',
  {
    code: text('code').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    procedureCode: text('procedure_code').notNull(),
    field: text('field').notNull(),
    /** National status code 1–10 (src/domain/dossier/state.ts STATUS). */
    status: smallint('status').notNull(),
    channel: text('channel', { enum: CHANNELS }).notNull(),
    applicantName: text('applicant_name').notNull(),
    applicantIdNumber: text('applicant_id_number'),
    receivedAt: instant('received_at'),
    legalDueAt: instant('legal_due_at'),
    appointmentDueAt: instant('appointment_due_at'),
    endedAt: instant('ended_at'),
    endKind: text('end_kind', { enum: END_KINDS }),
    departmentCode: text('department_code'),
    assigneeId: text('assignee_id'),
    /** Source system ("motcua" for dossiers received here). */
    source: text('source').notNull(),
    /** Number of events folded: the optimistic-concurrency version. */
    version: integer('version').notNull(),
    /** The whole folded state (DossierState). */
    state: jsonb('state').$type<unknown>().notNull(),
    /** Lower-case, diacritic-free code + applicant name, for `LIKE '%…%'` search. */
    searchText: text('search_text').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),

    // Report columns (issue 5): the projection of `state` that the report SQL of
    // src/db/report-queries.ts reads, filled by src/db/dossier-read-model.ts.
    procedureName: text('procedure_name').notNull().default(''),
    /** Officer who received the dossier (DossierState.receivedBy): the per-officer tables. */
    receivedBy: text('received_by'),
    /** Refusal at reception (status 3). */
    refusedAt: instant('refused_at'),
    /** End of processing when both its time and kind are known (classify.ts endOf); else null. */
    closedAt: instant('closed_at'),
    /** The folded `paused` flag (a pause running at the latest event). */
    paused: boolean('paused').notNull().default(false),
    /** Every pause as `(from, to]` (open pauses unbounded above): paused at J ⇔ `pause_ranges @> J`. */
    pauseRanges: tstzMultirange('pause_ranges').notNull().default('{}'),
    /** Every supplement request time as `[at, at]`: requested in the period ⇔ `&& [start, end)`. */
    supplementRanges: tstzMultirange('supplement_ranges').notNull().default('{}'),
    feeAmount: bigint('fee_amount', { mode: 'number' }).notNull().default(0),
    paidOnline: boolean('paid_online').notNull().default(false),
    hasComponentFile: boolean('has_component_file').notNull().default(false),
    hasReusedComponent: boolean('has_reused_component').notNull().default(false),
    hasResultFile: boolean('has_result_file').notNull().default(false),
    resultRequired: boolean('result_required').notNull().default(false),
    /** DossierState.payments ([{at: LocalMinute, amount, online}]), small, apart from `state`. */
    payments: jsonb('payments').$type<unknown>().notNull().default([]),
    /** Latest payment time: prunes the fee sums to dossiers paid on or after the period start. */
    lastPaymentAt: instant('last_payment_at'),

    // Issue 14: what waits on the dossier now and for whom (domain/dossier/work.ts workItemsOf:
    // one item at most), so that "Việc của tôi", its counts and the filters are one SQL rule.
    /** The work item's kind (null: nothing waits). */
    workKind: text('work_kind'),
    /** The role it waits for (when no officer is named), in the dossier's unit. */
    workRole: text('work_role'),
    /** The department it waits in (null: any of the unit). */
    workDepartment: text('work_department'),
    /** The officer it waits for by name. */
    workAssignee: text('work_assignee'),
    /** The step it concerns. */
    workStep: text('work_step'),
    /** False for rows stored before issue 14: folded again at start-up (platform/events/refold-work.ts). */
    workFolded: boolean('work_folded').notNull().default(false),
  },
  (t) => [
    index('dossiers_unit_work_idx').on(t.unitCode, t.workKind, t.workRole),
    index('dossiers_work_assignee_idx').on(t.workAssignee),
    index('dossiers_unit_status_received_idx').on(t.unitCode, t.status, t.receivedAt),
    // Handled in [start, end): received before end and closed_at null or ≥ start (report-queries.ts).
    index('dossiers_unit_closed_idx').on(t.unitCode, t.closedAt, t.receivedAt),
    index('dossiers_unit_last_payment_idx').on(t.unitCode, t.lastPaymentAt),
    // City-wide reports: dossiers still open or closed on or after the period start, received before its end.
    index('dossiers_closed_received_idx').on(t.closedAt, t.receivedAt),
    index('dossiers_unit_legal_due_idx').on(t.unitCode, t.legalDueAt),
    index('dossiers_code_pattern_idx').on(t.code.op('text_pattern_ops')),
    check('dossiers_status_check', sql`status BETWEEN 1 AND 10`),
    check('dossiers_channel_check', oneOf('channel', CHANNELS)),
    check('dossiers_end_kind_check', sql`end_kind IS NULL OR ${oneOf('end_kind', END_KINDS)}`),
  ],
);

/**
 * The append-only history of every dossier: the truth the read model is folded from.
 * Each row is chained to the previous event of the same unit (prev_hash → hash);
 * a trigger refuses UPDATE and DELETE (migration *_dossier_events_append_only).
 */
export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    /** 1, 2, 3… within the dossier. */
    seq: integer('seq').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    type: text('type').notNull(),
    /** When it happened (business time, minute precision). */
    at: instant('at').notNull(),
    /** When it was written here. */
    recordedAt: instant('recorded_at').notNull(),
    /** users.id for events recorded here; the other system's officer reference for imports. */
    actorId: text('actor_id'),
    actorRole: text('actor_role'),
    /** Source system ("motcua" for events recorded here). */
    source: text('source').notNull(),
    /** The event's identifier in its source system, for idempotent imports. */
    externalId: text('external_id'),
    payload: jsonb('payload').$type<unknown>().notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    unique('dossier_events_dossier_seq_key').on(t.dossierCode, t.seq),
    unique('dossier_events_source_external_id_key').on(t.source, t.externalId),
    index('dossier_events_unit_id_idx').on(t.unitCode, t.id),
    check('dossier_events_seq_check', sql`seq >= 1`),
  ],
);

/** Head of each unit's hash chain; locked FOR UPDATE to serialize appends per unit. */
export const auditChainHeads = pgTable('audit_chain_heads', {
  unitCode: text('unit_code')
    .primaryKey()
    .references(() => units.code),
  lastEventId: bigint('last_event_id', { mode: 'number' }),
  lastHash: text('last_hash').notNull(),
  eventCount: bigint('event_count', { mode: 'number' }).notNull().default(0),
});

/** Daily counter behind dossier codes `{unit}-{yyMMdd}-{seq}` (src/db/dossier-codes.ts). */
export const dossierCodeSequences = pgTable(
  'dossier_code_sequences',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** Local calendar day of reception. */
    day: date('day', { mode: 'string' }).notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

/** Replay protection for creation requests: same key + user → same response. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** SHA-256 of the request (method, path, body); a reused key with another request is refused. */
    requestHash: text('request_hash').notNull(),
    statusCode: smallint('status_code').notNull(),
    response: jsonb('response').$type<unknown>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] }), index('idempotency_keys_created_at_idx').on(t.createdAt)],
);

// ─── Fees, payments, files ───────────────────────────────────────────────────

/** Fees and charges assessed on a dossier (VND). */
export const feeLines = pgTable(
  'fee_lines',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    code: text('code').notNull(),
    description: text('description').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('fee_lines_dossier_code_idx').on(t.dossierCode), check('fee_lines_amount_check', sql`amount >= 0`)],
);

export const PAYMENT_METHODS = ['cash', 'transfer', 'online'] as const;

export const payments = pgTable(
  'payments',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    feeLineId: integer('fee_line_id').references(() => feeLines.id),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    method: text('method', { enum: PAYMENT_METHODS }).notNull(),
    /** Receipt or transaction reference. */
    reference: text('reference'),
    paidAt: instant('paid_at').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('payments_dossier_code_idx').on(t.dossierCode),
    check('payments_amount_check', sql`amount >= 0`),
    check('payments_method_check', oneOf('method', PAYMENT_METHODS)),
  ],
);

export const FILE_KINDS = ['component', 'result'] as const;

/** Uploaded scans and results; the bytes live in the storage folder under their SHA-256. */
export const files = pgTable(
  'files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    contentType: text('content_type').notNull(),
    originalName: text('original_name').notNull(),
    dossierCode: text('dossier_code')
      .notNull()
      .references(() => dossiers.code),
    /** Component (thành phần hồ sơ) code; null for results. */
    componentCode: text('component_code'),
    kind: text('kind', { enum: FILE_KINDS }).notNull(),
    digitized: boolean('digitized').notNull().default(false),
    reused: boolean('reused').notNull().default(false),
    electronic: boolean('electronic').notNull().default(false),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    uploadedAt: instant('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    index('files_dossier_code_idx').on(t.dossierCode),
    index('files_sha256_idx').on(t.sha256),
    check('files_kind_check', oneOf('kind', FILE_KINDS)),
    check('files_sha256_check', sql`sha256 ~ '^[0-9a-f]{64}$'`),
    check('files_size_check', sql`size >= 0`),
  ],
);

// ─── Imports from other systems, push API (docs/import.md) ───────────────────

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
