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
import { asc, eq, getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { canonicalJsonOfValue, chainedEventHash, eventHash, eventHashPartsOfJson, GENESIS_HASH, toJsonValue } from './audit-chain.ts';
import type { Database } from '../db/client.ts';
import { auditChainHeads, dossierEvents, dossiers, type CHANNELS, type END_KINDS } from '../db/schema.ts';
import { dossierSearchText } from '../db/search-text.ts';
import { pgConstraintName, pgErrorCode } from '../db/sql.ts';
import { dateFromLocalMinute, localMinuteFromDate, optionalDateFromLocalMinute } from '../db/time.ts';

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
  return appendChecked(input, () => db.transaction((tx) => appendInTransaction(tx, input)));
}

async function appendChecked<TState>(
  input: AppendDossierEventsInput<TState>,
  append: () => Promise<AppendDossierEventsResult<TState>>,
): Promise<AppendDossierEventsResult<TState>> {
  if (input.events.length === 0) throw new Error('appendDossierEvents: no events to append');
  if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 0) {
    throw new Error(`appendDossierEvents: invalid expectedVersion ${input.expectedVersion}`);
  }
  const badTime = input.events.find((event) => !Number.isSafeInteger(event.at));
  if (badTime) throw new Error(`appendDossierEvents: event "${badTime.type}" has no valid LocalMinute time`);
  try {
    return await append();
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
  const records = eventRecords(dossierCode, unitCode, expectedVersion, input.events, recordedAt);
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

  // 2. Lock the unit's chain head.
  const head = await lockChainHead(tx, unitCode);

  // 3. Chain and insert the events.
  const rows = chainedRows(records, head.lastHash);
  const stored = await tx.insert(dossierEvents).values(rows).returning();
  const last = stored[stored.length - 1]!;
  await moveChainHead(tx, unitCode, { id: last.id, hash: last.hash }, head.eventCount + stored.length);

  // 4. The read model (a new dossier's row was written in step 1 already).
  if (expectedVersion > 0) {
    await tx
      .update(dossiers)
      .set({ ...readModelColumns(dossierCode, version, readModel), updatedAt: sql`now()` })
      .where(eq(dossiers.code, dossierCode));
  }

  return { version, events: stored.map(storedEventFromRow), readModel };
}

/** The rows of `events` as the store keeps them: numbered from `afterVersion + 1`, payload in jsonb's shape. */
export function eventRecords(
  dossierCode: string,
  unitCode: string,
  afterVersion: number,
  events: readonly NewDossierEvent[],
  recordedAt: Date,
): DossierEventRecord[] {
  // Stored and hashed in the shape jsonb gives back.
  return events.map((event, index) => eventRecord(dossierCode, unitCode, afterVersion + index + 1, event, recordedAt, toJsonValue(event.payload)));
}

function eventRecord(dossierCode: string, unitCode: string, seq: number, event: NewDossierEvent, recordedAt: Date, payload: unknown): DossierEventRecord {
  return {
    dossierCode,
    seq,
    unitCode,
    type: event.type,
    at: event.at,
    recordedAt,
    // Stored as NULL when absent: hashed as null too, or the hash would not verify.
    actorId: event.actorId ?? null,
    actorRole: event.actorRole ?? null,
    source: event.source ?? NATIVE_SOURCE,
    externalId: event.externalId ?? null,
    payload,
  };
}

type ChainHead = typeof auditChainHeads.$inferSelect;

/** Gets or creates the unit's chain head and locks it until the transaction ends (one statement). */
async function lockChainHead(tx: Database, unitCode: string): Promise<ChainHead> {
  const [head] = await tx
    .insert(auditChainHeads)
    .values({ unitCode, lastHash: GENESIS_HASH, eventCount: 0 })
    .onConflictDoUpdate({ target: auditChainHeads.unitCode, set: { unitCode: sql`excluded.unit_code` } })
    .returning();
  if (!head) throw new Error('appendDossierEvents: no chain head returned');
  return head;
}

/** Links records of ONE unit, in order, to its chain starting after `prevHash`: the only place hashes are made. */
function chainedRows(records: readonly DossierEventRecord[], prevHash: string) {
  let previous = prevHash;
  return records.map((record) => {
    const fields = { ...record, at: dateFromLocalMinute(record.at), prevHash: previous };
    const hash = eventHash(fields);
    previous = hash;
    return { ...fields, hash };
  });
}

async function moveChainHead(tx: Database, unitCode: string, last: { id: number; hash: string }, eventCount: number): Promise<void> {
  await tx
    .update(auditChainHeads)
    .set({ lastEventId: last.id, lastHash: last.hash, eventCount })
    .where(eq(auditChainHeads.unitCode, unitCode));
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

/** The dossiers row of a read model, keyed by the table's property names (also src/db/reception-store.ts). */
export function readModelColumns<TState>(code: string, version: number, model: DossierReadModel<TState>) {
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

// ─── Batch append of new dossiers (demo data, bulk loads) ────────────────────

export interface NewDossierHistory<TState = unknown> {
  dossierCode: string;
  unitCode: string;
  /** The whole history of a dossier that does not exist yet. */
  events: readonly NewDossierEvent[];
  fold: DossierFold<TState>;
}

export interface AppendNewDossiersOptions {
  /** Clock for recorded_at (tests); default `new Date()`. */
  now?: () => Date;
  /** Rows per INSERT statement. Default 5.000. */
  rowsPerStatement?: number;
}

/**
 * Creates many dossiers with their whole histories in ONE transaction: the same records,
 * fold check, chain heads and hash chain as appendDossierEvents (shared helpers above), with
 * multi-row INSERTs instead of one statement per dossier. Lock order is the same (dossier rows,
 * then chain heads, units in code order), so it runs safely beside single appends.
 * Any existing code makes the whole batch fail with ConflictError (nothing is written).
 */
export async function appendNewDossiers<TState>(
  db: Database,
  histories: readonly NewDossierHistory<TState>[],
  options: AppendNewDossiersOptions = {},
): Promise<{ dossiers: number; events: number }> {
  if (histories.length === 0) return { dossiers: 0, events: 0 };
  return db.transaction((tx) => appendNewDossiersInTransaction(tx, histories, options));
}

/** appendNewDossiers in the caller's transaction (no transaction of its own). */
export async function appendNewDossiersInTransaction<TState>(
  tx: Database,
  histories: readonly NewDossierHistory<TState>[],
  options: AppendNewDossiersOptions = {},
): Promise<{ dossiers: number; events: number }> {
  if (histories.length === 0) return { dossiers: 0, events: 0 };
  return appendPreparedNewDossiersInTransaction(tx, prepareNewDossiers(histories, options));
}

/**
 * New dossiers made ready to insert by prepareNewDossiers: records checked and folded, payloads
 * in canonical JSON, the text of every row, and each event's hash text around its `prevHash`.
 * What is left for the transaction is the part that needs the locked chain heads.
 */
export interface PreparedNewDossiers {
  readonly dossiers: number;
  readonly firstCode: string;
  readonly rowsPerStatement: number;
  /** JSON rows of the dossiers table with their codes, in input order (all with the columns of `dossierColumns`). */
  readonly dossierRows: ReadonlyArray<{ code: string; json: string }>;
  readonly dossierColumns: JsonRows | undefined;
  /** Per unit, in unit code order: the unit's new events in order. */
  readonly units: ReadonlyArray<{ unitCode: string; events: readonly PreparedEvent[] }>;
}

interface PreparedEvent {
  /** eventHashParts of the event. */
  readonly hash: { prefix: string; suffix: string };
  /** The event's JSON row without its last two columns (prev_hash, hash) and closing brace. */
  readonly rowHead: string;
}

/**
 * The CPU half of a batch append, without the database: an importer prepares the next batch
 * while the database writes the previous one. `recorded_at` is the time of preparation.
 */
export function prepareNewDossiers<TState>(histories: readonly NewDossierHistory<TState>[], options: AppendNewDossiersOptions = {}): PreparedNewDossiers {
  const steps = preparationSteps(histories, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * prepareNewDossiers in slices of `slice` dossiers, giving the event loop a turn between slices:
 * a caller whose previous batch is still being written (one statement after another) lets that
 * transaction go on instead of keeping the database waiting for ~100 ms of preparation.
 */
export async function prepareNewDossiersInSlices<TState>(
  histories: readonly NewDossierHistory<TState>[],
  options: AppendNewDossiersOptions = {},
  slice = 100,
): Promise<PreparedNewDossiers> {
  const steps = preparationSteps(histories, options);
  for (let done = 0; ; done++) {
    if (done > 0 && done % slice === 0) await new Promise((resolve) => setImmediate(resolve));
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The preparation, one dossier per step. */
function* preparationSteps<TState>(histories: readonly NewDossierHistory<TState>[], options: AppendNewDossiersOptions): Generator<void, PreparedNewDossiers> {
  const recordedAt = (options.now ?? (() => new Date()))();
  const recordedAtJson = JSON.stringify(recordedAt.toISOString());
  const quote = quoteMemo();
  // Canonical JSON of the payloads' objects, computed once per object (shared procedure snapshots).
  const canonicalCache = new WeakMap<object, string>();
  const dossierRows: Array<{ code: string; json: string }> = [];
  let dossierColumns: JsonRows | undefined;
  const byUnit = new Map<string, PreparedEvent[]>();
  for (const history of histories) {
    if (history.events.length === 0) throw new Error(`appendNewDossiers: dossier ${history.dossierCode} has no events`);
    const badTime = history.events.find((event) => !Number.isSafeInteger(event.at));
    if (badTime) throw new Error(`appendNewDossiers: event "${badTime.type}" has no valid LocalMinute time`);
    const records = batchEventRecords(history.dossierCode, history.unitCode, history.events, recordedAt, canonicalCache);
    const readModel = foldChecked(history.fold, records, history.unitCode);
    const row = { code: history.dossierCode, ...readModelColumns(history.dossierCode, records.length, readModel) };
    // The report columns are optional in a read model: the first row decides the columns of all.
    dossierColumns ??= new JsonRows(dossiers, Object.keys(row));
    dossierRows.push({ code: history.dossierCode, json: dossierColumns.rowJson(row) });
    const list = byUnit.get(history.unitCode) ?? [];
    for (const record of records) list.push(preparedEvent(record, recordedAtJson, quote));
    byUnit.set(history.unitCode, list);
    yield;
  }
  return {
    dossiers: histories.length,
    firstCode: histories[0]?.dossierCode ?? '',
    rowsPerStatement: options.rowsPerStatement ?? 5000,
    dossierRows,
    dossierColumns,
    units: [...byUnit.keys()].sort().map((unitCode) => ({ unitCode, events: byUnit.get(unitCode)! })),
  };
}

/**
 * Writes prepared new dossiers in the caller's transaction: the same dossier rows, chain heads,
 * hash chain and conflicts as appendNewDossiers (which is prepareNewDossiers + this).
 */
export async function appendPreparedNewDossiersInTransaction(tx: Database, prepared: PreparedNewDossiers): Promise<{ dossiers: number; events: number }> {
  const { rowsPerStatement } = prepared;
  try {
    // 1. Claim the dossier rows.
    for (let i = 0; i < prepared.dossierRows.length; i += rowsPerStatement) {
      const chunk = prepared.dossierRows.slice(i, i + rowsPerStatement);
      const inserted = await prepared.dossierColumns!.insert<{ code: string }>(
        tx,
        chunk.map((row) => row.json),
        sql`on conflict (${sql.identifier(dossiers.code.name)}) do nothing returning ${sql.identifier(dossiers.code.name)} as code`,
      );
      if (inserted.length < chunk.length) {
        const taken = new Set(inserted.map((row) => row.code));
        const first = chunk.find((row) => !taken.has(row.code))!.code;
        throw new ConflictError(first, 0, await currentVersion(tx, first));
      }
    }
    // 2.–3. Per unit, in code order: lock the head, chain and insert the events, move the head.
    let events = 0;
    for (const { unitCode, events: unitEvents } of prepared.units) {
      const head = await lockChainHead(tx, unitCode);
      let previous = head.lastHash;
      const rows = unitEvents.map((event) => {
        const hash = chainedEventHash(event.hash, previous);
        const json = `${event.rowHead},"${dossierEvents.prevHash.name}":"${previous}","${dossierEvents.hash.name}":"${hash}"}`;
        previous = hash;
        return json;
      });
      const lastHash = previous;
      let last: { id: number; hash: string } | undefined;
      for (let i = 0; i < rows.length; i += rowsPerStatement) {
        // Only the id of the chain's last event comes back (the head points to it), not one row per event.
        const stored = await EVENT_ROWS.insert<{ id: number; hash: string }>(
          tx,
          rows.slice(i, i + rowsPerStatement),
          sql`returning ${sql.identifier(dossierEvents.id.name)}::int8 as id, ${sql.identifier(dossierEvents.hash.name)} as hash`,
          sql`where hash = ${lastHash}`,
        );
        last = stored[0] ?? last;
      }
      if (!last) throw new Error('appendNewDossiers: the last event of the chain was not returned');
      await moveChainHead(tx, unitCode, last, head.eventCount + rows.length);
      events += rows.length;
    }
    return { dossiers: prepared.dossiers, events };
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraintName(error) === 'dossier_events_source_external_id_key') {
      throw new DuplicateEventError(prepared.firstCode);
    }
    throw error;
  }
}

/**
 * A record of a batch append: the payload's canonical JSON made once (the hashed text and the
 * inserted jsonb text), and the JSON-shaped `payload` of DossierEventRecord parsed from it only
 * when a fold reads it.
 */
interface BatchEventRecord extends DossierEventRecord {
  readonly payloadJson: string;
}

/** eventRecords for a new dossier in a batch, without toJsonValue's round trip per payload. */
function batchEventRecords(
  dossierCode: string,
  unitCode: string,
  events: readonly NewDossierEvent[],
  recordedAt: Date,
  cache: WeakMap<object, string>,
): BatchEventRecord[] {
  return events.map((event, index) => {
    const payloadJson = canonicalJsonOfValue(event.payload, cache);
    let payload: unknown;
    const record = Object.assign(eventRecord(dossierCode, unitCode, index + 1, event, recordedAt, undefined), { payloadJson });
    // The value jsonb gives back (= toJsonValue(event.payload)), parsed on first read.
    return Object.defineProperty(record, 'payload', { enumerable: true, get: () => (payload ??= JSON.parse(payloadJson) as unknown) });
  });
}

/**
 * A batch record's hash text (audit-chain.ts eventHashPartsOfJson: the same hashes as
 * chainedRows) and row text (the columns of EVENT_ROWS), made from the same JSON pieces; the
 * payload goes in as its canonical JSON (jsonb keeps no key order: the same value as
 * toJsonValue's). `quote` is JSON.stringify with a memory for the texts every event repeats.
 */
function preparedEvent(record: BatchEventRecord, recordedAtJson: string, quote: (text: string) => string): PreparedEvent {
  const json = {
    // A missing actor is stored NULL, so it is hashed as null (what verification reads back).
    actorId: record.actorId == null ? 'null' : quote(record.actorId),
    actorRole: record.actorRole == null ? 'null' : quote(record.actorRole),
    at: `"${dateFromLocalMinute(record.at).toISOString()}"`,
    dossierCode: quote(record.dossierCode),
    externalId: record.externalId === null ? 'null' : JSON.stringify(record.externalId),
    recordedAt: recordedAtJson,
    seq: String(record.seq),
    source: quote(record.source),
    type: quote(record.type),
    unitCode: quote(record.unitCode),
  };
  const c = dossierEvents;
  const rowHead =
    `{"${c.dossierCode.name}":${json.dossierCode},"${c.seq.name}":${json.seq},"${c.unitCode.name}":${json.unitCode},"${c.type.name}":${json.type},` +
    `"${c.actorId.name}":${json.actorId},"${c.actorRole.name}":${json.actorRole},"${c.source.name}":${json.source},"${c.externalId.name}":${json.externalId},` +
    `"${c.at.name}":${json.at},"${c.recordedAt.name}":${json.recordedAt},"${c.payload.name}":${record.payloadJson}`;
  return { hash: eventHashPartsOfJson(json, record.payloadJson), rowHead };
}

/** JSON.stringify of short texts, remembered (unit codes, sources, event types, a dossier's code). */
function quoteMemo(): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let quoted = known.get(text);
    if (quoted === undefined) {
      quoted = JSON.stringify(text);
      if (known.size < 10_000) known.set(text, quoted);
    }
    return quoted;
  };
}

/**
 * Multi-row INSERTs into one table as `INSERT … SELECT … FROM jsonb_to_recordset($1::jsonb) AS
 * r(column type, …)`: a chunk of rows is ONE JSON text parameter whatever its length, each row
 * made by one native JSON.stringify. json/jsonb values are embedded as JSON and instants as ISO
 * text (Dates serialize so); other values go through their columns' driver mappings. (The
 * former `unnest($1::type[], …)` form quoted and escaped every jsonb state and payload inside a
 * PostgreSQL array literal, which cost more on both sides; jsonb_to_recordset parses the event
 * rows ~20 % faster than json_to_recordset, and the same for dossier rows.) Every row names the
 * same columns, in `keys` order: a column absent from a row's JSON would be NULL, not its DEFAULT.
 */
export class JsonRows {
  private readonly fields: Array<{ key: string; column: PgColumn; name: string; type: string; asIs: boolean }>;
  private readonly shape: string;

  constructor(
    private readonly table: PgTable,
    keys: readonly string[],
  ) {
    const columns = getTableColumns(table) as Record<string, PgColumn>;
    this.fields = keys.map((key) => {
      const column = columns[key];
      if (!column) throw new Error(`JsonRows: ${getTableName(table)} has no column ${key}`);
      const type = column.getSQLType();
      return { key, column, name: column.name, type, asIs: type === 'json' || type === 'jsonb' || type.startsWith('timestamp') };
    });
    this.shape = keys.join('|');
  }

  /** The table's column names, in `keys` order. */
  get columnNames(): string[] {
    return this.fields.map(({ name }) => name);
  }

  /** One row's JSON; `row` must have the keys given, in order (or the first of them, for a row completed by hand). */
  rowJson(row: Record<string, unknown>): string {
    const object: Record<string, unknown> = {};
    let named = '';
    for (const key in row) named += named === '' ? key : `|${key}`;
    if (!(this.shape === named || this.shape.startsWith(`${named}|`))) throw new Error(`insertRows: rows of ${getTableName(this.table)} do not all have the same columns`);
    for (const { key, column, name, asIs } of this.fields) {
      if (!(key in row)) break;
      const value = row[key];
      object[name] = value === null || value === undefined ? null : asIs ? value : column.mapToDriverValue(value);
    }
    return JSON.stringify(object);
  }

  /** Inserts `rows`; `tail` ends the INSERT (ON CONFLICT, RETURNING), `filter` keeps only some of the returned rows. */
  async insert<TRow>(tx: Database, rows: readonly string[], tail: SQL, filter?: SQL): Promise<TRow[]> {
    const names = sql.join(this.fields.map(({ name }) => sql.identifier(name)), sql`, `);
    const definitions = sql.raw(this.fields.map(({ name, type }) => `"${name}" ${type}`).join(', '));
    const insert = sql`insert into ${this.table} (${names}) select ${names} from jsonb_to_recordset(${`[${rows.join(',')}]`}::jsonb) as r(${definitions}) ${tail}`;
    const result = await tx.execute(filter ? sql`with inserted as (${insert}) select * from inserted ${filter}` : insert);
    return (result as unknown as { rows: TRow[] }).rows;
  }
}

const EVENT_ROWS = new JsonRows(dossierEvents, ['dossierCode', 'seq', 'unitCode', 'type', 'actorId', 'actorRole', 'source', 'externalId', 'at', 'recordedAt', 'payload', 'prevHash', 'hash']);
