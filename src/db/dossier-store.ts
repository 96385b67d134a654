/**
 * The dossier event store: the one place that writes dossier_events and the dossiers
 * read model. History is the truth; the read model is a fold of it, recomputed in the
 * same transaction as the events it folds.
 *
 * appendDossierEvents, in ONE transaction (a savepoint when called inside one):
 *   1. claim the dossier: INSERT its row when new (expectedVersion 0), else lock it
 *      with SELECT … FOR UPDATE; compare versions (ConflictError on mismatch);
 *   2. lock the unit's chain head (audit_chain_heads … FOR UPDATE, created on first use);
 *   3. insert the events with seq = version + 1, + 2, … and the unit's hash chain;
 *   4. fold all events of the dossier and write the read model and the new version.
 * Lock order is always dossier row, then chain head, so two appends cannot deadlock.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { LocalMinute } from '../domain/calendar/local-time.ts';
import { eventHash, GENESIS_HASH, toJsonValue } from './audit-chain.ts';
import type { Database } from './client.ts';
import { auditChainHeads, dossierEvents, dossiers, type CHANNELS, type END_KINDS } from './schema.ts';
import { dossierSearchText } from './search-text.ts';
import { pgConstraintName, pgErrorCode } from './sql.ts';
import { dateFromLocalMinute, localMinuteFromDate, optionalDateFromLocalMinute } from './time.ts';

/** An event to append, as a use case produces it. */
export interface NewDossierEvent {
  type: string;
  /** Business time of the event (local minutes). */
  at: LocalMinute;
  /** users.id (or the source system's officer reference); null for system events. */
  actorId: string | null;
  actorRole: string | null;
  /** Default "motcua". */
  source?: string;
  /** The event's id in its source system (imports); unique per source. */
  externalId?: string | null;
  /** JSON-serializable; stored as jsonb. */
  payload: unknown;
}

/** An event as stored, without the audit fields: what the fold reads. */
export interface DossierEventRecord {
  dossierCode: string;
  seq: number;
  unitCode: string;
  type: string;
  at: LocalMinute;
  recordedAt: Date;
  actorId: string | null;
  actorRole: string | null;
  source: string;
  externalId: string | null;
  payload: unknown;
}

export interface StoredDossierEvent extends DossierEventRecord {
  id: number;
  prevHash: string;
  hash: string;
}

type Channel = (typeof CHANNELS)[number];
type EndKind = (typeof END_KINDS)[number];

/**
 * What the fold must produce for the dossiers row. `state` is stored whole (jsonb);
 * the other fields are its indexed projection. src/db/dossier-read-model.ts maps a
 * DossierState to this.
 */
export interface DossierReadModel<TState = unknown> {
  unitCode: string;
  procedureCode: string;
  field: string;
  status: number;
  channel: Channel;
  applicantName: string;
  applicantIdNumber?: string | undefined;
  receivedAt?: LocalMinute | undefined;
  legalDueAt?: LocalMinute | undefined;
  appointmentDueAt?: LocalMinute | undefined;
  endedAt?: LocalMinute | undefined;
  endKind?: EndKind | undefined;
  departmentCode?: string | undefined;
  assigneeId?: string | undefined;
  source: string;
  state: TState;
  /** Report columns (src/db/dossier-read-model.ts reportColumnsFromState); defaults when absent. */
  report?: DossierReportColumns | undefined;
}

/** The columns the report SQL reads (src/db/report-queries.ts), projected from the state. */
export type DossierReportColumns = Pick<
  typeof dossiers.$inferInsert,
  | 'procedureName'
  | 'receivedBy'
  | 'refusedAt'
  | 'closedAt'
  | 'paused'
  | 'pauseRanges'
  | 'supplementRanges'
  | 'feeAmount'
  | 'paidOnline'
  | 'hasComponentFile'
  | 'hasReusedComponent'
  | 'hasResultFile'
  | 'resultRequired'
  | 'payments'
  | 'lastPaymentAt'
>;

export type DossierFold<TState = unknown> = (events: readonly DossierEventRecord[]) => DossierReadModel<TState>;

export interface AppendDossierEventsInput<TState = unknown> {
  dossierCode: string;
  /** The unit that holds the dossier; every event row carries it and joins its chain. */
  unitCode: string;
  /** Number of events the caller's decision was based on; 0 creates the dossier. */
  expectedVersion: number;
  events: readonly NewDossierEvent[];
  fold: DossierFold<TState>;
  /** Clock for recorded_at (tests); default `new Date()`. */
  now?: () => Date;
}

export interface AppendDossierEventsResult<TState = unknown> {
  version: number;
  events: StoredDossierEvent[];
  readModel: DossierReadModel<TState>;
}

/** Someone else changed the dossier first: reload and decide again (HTTP 409). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly dossierCode: string,
    readonly expectedVersion: number,
    readonly actualVersion: number,
  ) {
    super(
      actualVersion === 0
        ? `Hồ sơ ${dossierCode} không tồn tại hoặc chưa được tiếp nhận. Hãy tải lại rồi thao tác lại.`
        : expectedVersion === 0
          ? `Mã hồ sơ ${dossierCode} đã được dùng cho một hồ sơ khác.`
          : `Hồ sơ ${dossierCode} vừa được người khác cập nhật (phiên bản ${actualVersion}, bạn đang thao tác trên phiên bản ${expectedVersion}). Hãy tải lại hồ sơ rồi thao tác lại.`,
    );
  }
}

/** An imported event (source, externalId) is already stored: the import is a repeat. */
export class DuplicateEventError extends Error {
  override readonly name = 'DuplicateEventError';
  constructor(readonly dossierCode: string) {
    super(`Sự kiện của hồ sơ ${dossierCode} đã được nhập trước đó (trùng mã sự kiện của hệ thống nguồn).`);
  }
}

export const NATIVE_SOURCE = 'motcua';

export async function appendDossierEvents<TState>(
  db: Database,
  input: AppendDossierEventsInput<TState>,
): Promise<AppendDossierEventsResult<TState>> {
  if (input.events.length === 0) throw new Error('appendDossierEvents: no events to append');
  if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) {
    throw new Error(`appendDossierEvents: invalid expectedVersion ${input.expectedVersion}`);
  }
  const badTime = input.events.find((event) => !Number.isSafeInteger(event.at));
  if (badTime) throw new Error(`appendDossierEvents: event "${badTime.type}" has no valid LocalMinute time`);
  try {
    return await db.transaction((tx) => appendInTransaction(tx, input));
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraintName(error) === 'dossier_events_source_external_id_key') {
      throw new DuplicateEventError(input.dossierCode);
    }
    throw error;
  }
}

async function appendInTransaction<TState>(
  tx: Database,
  input: AppendDossierEventsInput<TState>,
): Promise<AppendDossierEventsResult<TState>> {
  const { dossierCode, unitCode, expectedVersion } = input;
  const recordedAt = (input.now ?? (() => new Date()))();
  const records = input.events.map(
    (event, index): DossierEventRecord => ({
      dossierCode,
      seq: expectedVersion + index + 1,
      unitCode,
      type: event.type,
      at: event.at,
      recordedAt,
      actorId: event.actorId,
      actorRole: event.actorRole,
      source: event.source ?? NATIVE_SOURCE,
      externalId: event.externalId ?? null,
      // Stored and hashed in the shape jsonb gives back.
      payload: toJsonValue(event.payload),
    }),
  );
  const version = expectedVersion + records.length;

  // 1. Claim the dossier row.
  let history: DossierEventRecord[];
  let readModel: DossierReadModel<TState>;
  if (expectedVersion === 0) {
    history = records;
    readModel = foldChecked(input.fold, history, unitCode);
    const inserted = await tx
      .insert(dossiers)
      .values({ code: dossierCode, ...readModelColumns(dossierCode, version, readModel) })
      .onConflictDoNothing({ target: dossiers.code })
      .returning({ code: dossiers.code });
    if (inserted.length === 0) throw new ConflictError(dossierCode, 0, await currentVersion(tx, dossierCode));
  } else {
    const [row] = await tx
      .select({ version: dossiers.version, unitCode: dossiers.unitCode })
      .from(dossiers)
      .where(eq(dossiers.code, dossierCode))
      .for('update');
    if (!row || row.version !== expectedVersion) throw new ConflictError(dossierCode, expectedVersion, row?.version ?? 0);
    if (row.unitCode !== unitCode) {
      throw new Error(`appendDossierEvents: dossier ${dossierCode} belongs to unit ${row.unitCode}, not ${unitCode}`);
    }
    history = [...(await loadDossierEvents(tx, dossierCode)), ...records];
    readModel = foldChecked(input.fold, history, unitCode);
  }

  // 2. Lock the unit's chain head (get-or-create and lock in one statement).
  const [head] = await tx
    .insert(auditChainHeads)
    .values({ unitCode, lastHash: GENESIS_HASH, eventCount: 0 })
    .onConflictDoUpdate({ target: auditChainHeads.unitCode, set: { unitCode: sql`excluded.unit_code` } })
    .returning();
  if (!head) throw new Error('appendDossierEvents: no chain head returned');

  // 3. Chain and insert the events.
  let prevHash = head.lastHash;
  const rows = records.map((record) => {
    const fields = { ...record, at: dateFromLocalMinute(record.at), prevHash };
    const hash = eventHash(fields);
    prevHash = hash;
    return { ...fields, hash };
  });
  const stored = await tx.insert(dossierEvents).values(rows).returning();
  const last = stored[stored.length - 1]!;
  await tx
    .update(auditChainHeads)
    .set({ lastEventId: last.id, lastHash: last.hash, eventCount: head.eventCount + stored.length })
    .where(eq(auditChainHeads.unitCode, unitCode));

  // 4. The read model (a new dossier's row was written in step 1 already).
  if (expectedVersion > 0) {
    await tx
      .update(dossiers)
      .set({ ...readModelColumns(dossierCode, version, readModel), updatedAt: sql`now()` })
      .where(eq(dossiers.code, dossierCode));
  }

  return { version, events: stored.map(storedEventFromRow), readModel };
}

function foldChecked<TState>(
  fold: DossierFold<TState>,
  history: readonly DossierEventRecord[],
  unitCode: string,
): DossierReadModel<TState> {
  const readModel = fold(history);
  if (readModel.unitCode !== unitCode) {
    throw new Error(`appendDossierEvents: the fold says unit ${readModel.unitCode}, the events say ${unitCode}`);
  }
  return readModel;
}

function readModelColumns<TState>(code: string, version: number, model: DossierReadModel<TState>) {
  return {
    unitCode: model.unitCode,
    procedureCode: model.procedureCode,
    field: model.field,
    status: model.status,
    channel: model.channel,
    applicantName: model.applicantName,
    applicantIdNumber: model.applicantIdNumber ?? null,
    receivedAt: optionalDateFromLocalMinute(model.receivedAt),
    legalDueAt: optionalDateFromLocalMinute(model.legalDueAt),
    appointmentDueAt: optionalDateFromLocalMinute(model.appointmentDueAt),
    endedAt: optionalDateFromLocalMinute(model.endedAt),
    endKind: model.endKind ?? null,
    departmentCode: model.departmentCode ?? null,
    assigneeId: model.assigneeId ?? null,
    source: model.source,
    version,
    state: model.state,
    searchText: dossierSearchText(code, model.applicantName),
    ...model.report,
  };
}

async function currentVersion(db: Database, dossierCode: string): Promise<number> {
  const [row] = await db.select({ version: dossiers.version }).from(dossiers).where(eq(dossiers.code, dossierCode));
  return row?.version ?? 0;
}

type DossierEventRow = typeof dossierEvents.$inferSelect;

function storedEventFromRow(row: DossierEventRow): StoredDossierEvent {
  return { ...row, at: localMinuteFromDate(row.at) };
}

/** Every event of a dossier, in order. */
export async function loadDossierEvents(db: Database, dossierCode: string): Promise<StoredDossierEvent[]> {
  const rows = await db
    .select()
    .from(dossierEvents)
    .where(eq(dossierEvents.dossierCode, dossierCode))
    .orderBy(asc(dossierEvents.seq));
  return rows.map(storedEventFromRow);
}
