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
import { TICKET_STATUSES } from '../../domain/queue/ticket-transitions.ts';
import { SENTIMENTS } from '../../domain/rating/rating-config.ts';
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

    // Issue 14 (find people): exact-match keys of the applicant's ID number and phone
    // (src/domain/format/person-keys.ts), so that a returning citizen is found however typed.
    applicantIdKey: text('applicant_id_key'),
    applicantPhoneKey: text('applicant_phone_key'),
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
    index('dossiers_unit_id_key_idx').on(t.unitCode, t.applicantIdKey),
    index('dossiers_unit_phone_key_idx').on(t.unitCode, t.applicantPhoneKey),
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
    // Issue 16: the live boards count the open dossiers of many units (overview.queries.ts liveCountsByUnit).
    index('dossiers_open_unit_idx').on(t.unitCode, t.legalDueAt).where(sql`ended_at IS NULL`),
    index('dossiers_unit_received_idx').on(t.unitCode, t.receivedAt),
    // refold-work.ts at start-up: only rows not yet folded with the work columns (none after the first start).
    index('dossiers_work_unfolded_idx').on(t.code).where(sql`NOT work_folded`),
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

// ─── Issue 18: queue tickets, counters, ratings ──────────────────────────────


/**
 * The read model of a queue ticket (one visit): the sort columns of call-next
 * (docs/queue.md §5) and the folded `TicketState`. Rewritten in the transaction that appends
 * each event to `queue_ticket_events`. No personal data.
 */
export const queueTickets = pgTable(
  'queue_tickets',
  {
    id: uuid('id').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    /** DayNumber of the local date of issue. */
    day: integer('day').notNull(),
    number: integer('number').notNull(),
    label: text('label').notNull(),
    issuedGroup: text('issued_group').notNull(),
    serviceGroup: text('service_group').notNull(),
    priorityRank: smallint('priority_rank').notNull(),
    position: integer('position').notNull(),
    status: text('status', { enum: TICKET_STATUSES }).notNull(),
    targetCounter: smallint('target_counter'),
    /** The counter holding the ticket (called or serving), else the last one that handled it. */
    counter: smallint('counter'),
    officerId: uuid('officer_id').references(() => users.id),
    issuedAt: instant('issued_at').notNull(),
    /** Latest call or recall (the board's "last calls"). */
    lastCalledAt: instant('last_called_at'),
    /** The folded TicketState (src/domain/queue/ticket.ts). */
    state: jsonb('state').$type<unknown>().notNull(),
    version: integer('version').notNull(),
  },
  (t) => [
    index('queue_tickets_call_idx').on(t.unitCode, t.day, t.status, t.priorityRank.desc(), t.position),
    uniqueIndex('queue_tickets_unit_day_label_idx').on(t.unitCode, t.day, t.label),
    index('queue_tickets_unit_called_idx').on(t.unitCode, t.lastCalledAt),
    check('queue_tickets_status_check', oneOf('status', TICKET_STATUSES)),
  ],
);

/** The history of each ticket, append-only: one row per event (src/domain/queue/ticket-events.ts). */
export const queueTicketEvents = pgTable(
  'queue_ticket_events',
  {
    ticketId: uuid('ticket_id')
      .notNull()
      .references(() => queueTickets.id),
    seq: integer('seq').notNull(),
    type: text('type').notNull(),
    event: jsonb('event').$type<unknown>().notNull(),
    recordedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ticketId, t.seq] })],
);

/** Open counters: who sits at which counter of a unit, serving which groups. */
export const queueCounterSessions = pgTable(
  'queue_counter_sessions',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    counter: smallint('counter').notNull(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    groups: text('groups').array().notNull(),
    takesOtherGroups: boolean('takes_other_groups').notNull(),
    openedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.counter] }), uniqueIndex('queue_counter_sessions_officer_idx').on(t.officerId)],
);

/** The day's last number per group and last queue position (scope '') per unit: numbering restarts daily. */
export const queueDayCounters = pgTable(
  'queue_day_counters',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    day: integer('day').notNull(),
    /** A service group's code, or '' for the unit's queue positions. */
    scope: text('scope').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day, t.scope] })],
);

const RATING_SENTIMENTS = SENTIMENTS;

/** Anonymous ratings of served visits, one per ticket (src/domain/rating/rating.ts). */
export const ratings = pgTable(
  'ratings',
  {
    id: uuid('id').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    ticketId: uuid('ticket_id')
      .notNull()
      .unique()
      .references(() => queueTickets.id),
    at: instant('at').notNull(),
    channel: text('channel').notNull(),
    counter: smallint('counter').notNull(),
    officerId: uuid('officer_id').references(() => users.id),
    departmentCode: text('department_code'),
    dossierCodes: text('dossier_codes').array().notNull(),
    sentiment: text('sentiment', { enum: RATING_SENTIMENTS }).notNull(),
    /** The whole Rating record (answers with their snapshots, comment). */
    rating: jsonb('rating').$type<unknown>().notNull(),
  },
  (t) => [index('ratings_unit_at_idx').on(t.unitCode, t.at), check('ratings_sentiment_check', oneOf('sentiment', RATING_SENTIMENTS))],
);

// ─── PAKN: citizens' feedback and recommendations (issue 19) ─────────────────

/**
 * The PAKN history (docs/pakn.md): one row per event of src/domain/pakn/events.ts, append-only
 * (a trigger refuses UPDATE, DELETE and TRUNCATE, migration *_pakn_events_append_only). `event`
 * holds the parsed event as the domain folds it (times as LocalMinute); `at` is its instant.
 */
export const paknEvents = pgTable(
  'pakn_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    paknCode: text('pakn_code').notNull(),
    /** 1, 2, 3… within the PAKN: the version after this event. */
    seq: integer('seq').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    type: text('type').notNull(),
    at: instant('at').notNull(),
    actorId: text('actor_id').notNull(),
    actorRole: text('actor_role').notNull(),
    source: text('source').notNull(),
    event: jsonb('event').$type<unknown>().notNull(),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [unique('pakn_events_code_seq_key').on(t.paknCode, t.seq), index('pakn_events_unit_at_idx').on(t.unitCode, t.at)],
);

/**
 * Read model of a PAKN: recomputed from the fold of its events in the transaction that appends
 * them (features/pakn/pakn.store.ts). Never written otherwise.
 */
export const pakn = pgTable(
  'pakn',
  {
    code: text('code').primaryKey(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    status: text('status').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    /** rules_and_procedures / officer_conduct; null until classified. */
    paknClass: text('pakn_class'),
    outcome: text('outcome'),
    /** Sender's name (personal data, masked by the policy): for the register and the search. */
    senderName: text('sender_name').notNull().default(''),
    title: text('title'),
    receivedAt: instant('received_at').notNull(),
    registeredAt: instant('registered_at').notNull(),
    endedAt: instant('ended_at'),
    endKind: text('end_kind'),
    resolvedAt: instant('resolved_at'),
    publishedAt: instant('published_at'),
    /** Due date of the running duty clock (folded; a wait still open moves it). */
    dueAt: instant('due_at'),
    paused: boolean('paused').notNull().default(false),
    handlerId: text('handler_id'),
    departmentCode: text('department_code'),
    dossierCode: text('dossier_code'),
    source: text('source').notNull(),
    /** Code on the national portal or the system it was imported from (idempotent imports). */
    externalCode: text('external_code'),
    version: integer('version').notNull(),
    /** The whole folded state (PaknState). */
    state: jsonb('state').$type<unknown>().notNull(),
    /** Lower-case, diacritic-free code + sender + title, for `LIKE '%…%'` search. */
    searchText: text('search_text').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('pakn_unit_received_idx').on(t.unitCode, t.receivedAt),
    index('pakn_published_idx').on(t.publishedAt),
    uniqueIndex('pakn_source_external_code_idx').on(t.source, t.externalCode),
  ],
);

/** Daily PAKN sequence per unit (PAKN-{unit}-{yyMMdd}-{seq}), bumped in the registration's transaction. */
export const paknCodeSequences = pgTable(
  'pakn_code_sequences',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    day: date('day', { mode: 'string' }).notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.day] })],
);

// ─── Issue 17: public lookup and notices (docs/lookup.md, docs/notices.md) ──────────────────

/**
 * The lookup token of a dossier: 128 random bits, what Mẫu 01's QR code and every notice's link
 * carry instead of the dossier code. Issued once per dossier, the first time a link is needed
 * (printing a form, writing a notice), in the transaction that needs it; never derived.
 */
export const lookupTokens = pgTable('lookup_tokens', {
  dossierCode: text('dossier_code')
    .primaryKey()
    .references(() => dossiers.code, { onDelete: 'cascade' }),
  token: text('token').notNull().unique(),
  createdAt: instant('created_at').notNull().defaultNow(),
});

/** Failed typed lookups, per normalised code (known or not), for the per-code limit. */
export const lookupFailures = pgTable(
  'lookup_failures',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** The typed code, normalised (normaliseTypedCode); kept whether or not a dossier has it. */
    codeKey: text('code_key').notNull(),
    failedAt: instant('failed_at').notNull().defaultNow(),
  },
  (t) => [index('lookup_failures_code_idx').on(t.codeKey, t.failedAt)],
);

/** A dossier's notice preferences: consent records (append-only inside) and preferred channel. */
export const noticePreferences = pgTable('notice_preferences', {
  dossierCode: text('dossier_code')
    .primaryKey()
    .references(() => dossiers.code, { onDelete: 'cascade' }),
  /** domain/notice/consent.ts NoticePreferences. */
  preferences: jsonb('preferences').$type<unknown>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** A unit's notice channels (SMTP, SMS gateway, Zalo ZNS): off until configured. Secrets inside: never returned unredacted. */
export const noticeChannelConfigs = pgTable('notice_channel_configs', {
  unitCode: text('unit_code')
    .primaryKey()
    .references(() => units.code),
  /** platform/notices/config.ts NoticeChannelsConfig. */
  config: jsonb('config').$type<unknown>().notNull(),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});

/** A unit's own wording of a notice (kind × channel); the defaults apply where none is stored. */
export const noticeTemplates = pgTable(
  'notice_templates',
  {
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    /** domain/notice/template.ts NoticeTemplate. */
    template: jsonb('template').$type<unknown>().notNull(),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.unitCode, t.kind, t.channel] })],
);

/** One row per notice and channel, written in the transaction of the event it tells about. */
export const noticeOutbox = pgTable(
  'notice_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** noticeKey(): `{dossier}/{event version}/{kind}/{channel}` (+ `/resend-N`); unique, so a notice is written once. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    unitCode: text('unit_code').notNull(),
    /** The dossier the notice tells about; null for a PAKN's notice (w3-reply: then `paknCode`). */
    dossierCode: text('dossier_code').references(() => dossiers.code, { onDelete: 'cascade' }),
    /** w3-reply: the PAKN the notice tells about (a reply, not accepted, forwarded); exactly one of the two is set. */
    paknCode: text('pakn_code').references(() => pakn.code, { onDelete: 'cascade' }),
    /** The version of the dossier (or PAKN) after the event. */
    eventVersion: integer('event_version').notNull(),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    /** The consented address; empty for a skipped row. */
    recipient: text('recipient').notNull(),
    /** The rendered message (OutgoingMessage without `to`), frozen at the event; null when skipped. */
    payload: jsonb('payload').$type<unknown>(),
    status: text('status').notNull(),
    skipReason: text('skip_reason'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    lockedUntil: instant('locked_until'),
    providerId: text('provider_id'),
    sentAt: instant('sent_at'),
    lastError: text('last_error'),
    /** Fallback channels, in order, for a permanent failure (chooseChannels). */
    fallbacks: text('fallbacks').array().notNull().default(sql`'{}'::text[]`),
    fallbackOf: uuid('fallback_of'),
    createdAt: instant('created_at').notNull().defaultNow(),
    createdBy: uuid('created_by'),
  },
  (t) => [
    index('notice_outbox_due_idx').on(t.status, t.nextAttemptAt),
    index('notice_outbox_dossier_idx').on(t.dossierCode, t.createdAt),
    index('notice_outbox_pakn_idx').on(t.paknCode, t.createdAt),
    check('notice_outbox_status_check', sql`status IN ('queued', 'sending', 'sent', 'failed', 'parked', 'skipped')`),
    check('notice_outbox_subject_check', sql`(dossier_code IS NULL) <> (pakn_code IS NULL)`),
  ],
);

/** Every attempt to send an outbox row (append-only): what the staff page lists. */
export const noticeAttempts = pgTable(
  'notice_attempts',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    outboxId: uuid('outbox_id')
      .notNull()
      .references(() => noticeOutbox.id, { onDelete: 'cascade' }),
    attempt: integer('attempt').notNull(),
    startedAt: instant('started_at').notNull(),
    finishedAt: instant('finished_at').notNull().defaultNow(),
    outcome: text('outcome').notNull(),
    permanent: boolean('permanent').notNull().default(false),
    reason: text('reason'),
    providerId: text('provider_id'),
  },
  (t) => [index('notice_attempts_outbox_idx').on(t.outboxId, t.attempt), check('notice_attempts_outcome_check', sql`outcome IN ('sent', 'failed', 'parked')`)],
);

// ─── w3-reply: PAKN replies through the notices (issue 19 item 3, issue 17 item 2; docs/notices.md) ───

/** A PAKN sender's notice preferences (consent per channel with its address, preferred channel), as a dossier's. */
export const paknNoticePreferences = pgTable('pakn_notice_preferences', {
  paknCode: text('pakn_code')
    .primaryKey()
    .references(() => pakn.code, { onDelete: 'cascade' }),
  /** domain/notice/consent.ts NoticePreferences. */
  preferences: jsonb('preferences').$type<unknown>().notNull(),
  updatedAt: instant('updated_at').notNull().defaultNow(),
});
// ─── w3-alerts: escalation alerts and their acknowledgements (issue 16 §3, issue 19 §2) ──────

/**
 * Escalation alerts (docs/supervision.md §9): one row when an alert is raised (`kind` raised: the
 * rung reached, the sentence, the people it goes to — ids and names as they were at that moment —
 * and the due moment that triggered it) and one when it is acknowledged (`kind` acknowledged: who,
 * when, an optional note). Append-only (a trigger refuses UPDATE, DELETE and TRUNCATE, migration
 * *_w3-alerts-append-only). The partial unique indexes make an alert raised once and acknowledged
 * once, whichever server process gets there first (INSERT … ON CONFLICT DO NOTHING).
 */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    /** `unit/dossier/step/rung` (domain/supervision alertKey; a PAKN's subject is `pakn:CODE`). */
    alertKey: text('alert_key').notNull(),
    unitCode: text('unit_code')
      .notNull()
      .references(() => units.code),
    subject: text('subject').notNull(),
    /** The dossier code or the PAKN code. */
    subjectCode: text('subject_code').notNull(),
    stepCode: text('step_code'),
    rungId: text('rung_id').notNull(),
    trigger: text('trigger').notNull(),
    /** The alert's sentence (raised rows); codes, procedure and step only, never the citizen. */
    text: text('text'),
    addresseeIds: text('addressee_ids').array().notNull().default(sql`'{}'::text[]`),
    /** "Role Full Name" of each addressee at raise time, in the order of addressee_ids. */
    addresseeNames: text('addressee_names').array().notNull().default(sql`'{}'::text[]`),
    dueAt: instant('due_at'),
    /** Raised at, or acknowledged at. */
    at: instant('at').notNull(),
    actorId: text('actor_id'),
    actorName: text('actor_name'),
    note: text('note'),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('alert_events_raised_key').on(t.alertKey).where(sql`kind = 'raised'`),
    uniqueIndex('alert_events_acknowledged_key').on(t.alertKey).where(sql`kind = 'acknowledged'`),
    index('alert_events_subject_idx').on(t.subjectCode, t.at),
    index('alert_events_unit_idx').on(t.unitCode, t.kind),
    index('alert_events_addressees_idx').using('gin', t.addresseeIds),
    check('alert_events_kind_check', sql`kind IN ('raised', 'acknowledged')`),
    check('alert_events_subject_check', sql`subject IN ('dossier', 'pakn')`),
  ],
);
