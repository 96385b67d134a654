/**
 * The dossier event store: THE one place that writes dossier_events and the dossiers read
 * model, and that hashes events (with event-hash.ts, the one hash definition). History is the
 * truth; the read model is a fold of it, written in the same transaction as the events it folds.
 * Three ways in, the same rows (event-rows.ts), the same per-unit hash chain:
 *
 * - appendDossierEvents: events of one dossier, in ONE transaction (a savepoint inside one):
 *   1. claim the dossier: INSERT its row when new (expectedVersion 0), else lock it with
 *      SELECT … FOR UPDATE; compare versions (ConflictError on mismatch);
 *   2. lock the unit's chain head (audit_chain_heads … FOR UPDATE, created on first use);
 *   3. insert the events with seq = version + 1, + 2, … and the unit's hash chain;
 *   4. fold all events of the dossier and write the read model and the new version.
 * - appendNewDossiers: many new dossiers with whole histories (demo data, imports), the rows
 *   prepared without the database (batch-preparation.ts) and written by multi-row INSERTs.
 * - storeReceptions: receptions of one unit in ONE statement, the database function
 *   `motcua_receive_batch` (migration *_reception_batch_function), which allocates the codes and
 *   hashes in SQL exactly as eventHash does (test/db/event-hash-sql.test.ts); fed by the
 *   per-unit group commit of reception-batcher.ts.
 *
 * Lock order is always dossier rows, then chain heads (units in code order), so appends cannot
 * deadlock each other.
 */
import { asc, eq, sql } from 'drizzle-orm';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import { dossierCodePrefix } from '../../domain/dossier/code.ts';
import type { Database } from '../db/client.ts';
import { auditChainHeads, dossierEvents, dossiers } from '../db/schema.ts';
import { searchKey } from '../../domain/format/search-key.ts';
import { pgConstraintName, pgErrorCode } from '../db/sql.ts';
import { dateFromLocalMinute, localMinuteFromDate, sqlDateFromDayNumber } from '../db/time.ts';
import { JsonRows } from '../db/json-rows.ts';
import { distinctPresent } from '../changes/changes.ts';
import { notifyChanges } from '../changes/changes.store.ts';
import { EVENT_ROWS, prepareNewDossiers, type AppendNewDossiersOptions, type PreparedNewDossiers } from './batch-preparation.ts';
import { canonicalJsonOfValue, chainedEventHash, eventHash, eventHashParts, GENESIS_HASH } from './event-hash.ts';
import {
  assertEventTimes,
  eventRecords,
  foldChecked,
  readModelColumns,
  type DossierEventRecord,
  type DossierFold,
  type DossierReadModel,
  type NewDossierEvent,
  type NewDossierHistory,
  type StoredDossierEvent,
} from './event-rows.ts';

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

/** The unit does not exist. */
export class UnknownUnitError extends Error {
  override readonly name = 'UnknownUnitError';
  constructor(readonly unitCode: string) {
    super(`Không tìm thấy đơn vị ${unitCode}.`);
  }
}

/** A repeated import (source, externalId already stored) as DuplicateEventError; anything else as it is. */
function duplicateEventOr(error: unknown, dossierCode: string): unknown {
  return pgErrorCode(error) === '23505' && pgConstraintName(error) === 'dossier_events_source_external_id_key' ? new DuplicateEventError(dossierCode) : error;
}

// ─── One dossier ─────────────────────────────────────────────────────────────

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
  assertEventTimes(input.events, 'appendDossierEvents');
  try {
    return await append();
  } catch (error) {
    throw duplicateEventOr(error, input.dossierCode);
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
  let before: { departmentCode: string | null; assigneeId: string | null } = { departmentCode: null, assigneeId: null };
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
      .select({ version: dossiers.version, unitCode: dossiers.unitCode, departmentCode: dossiers.departmentCode, assigneeId: dossiers.assigneeId })
      .from(dossiers)
      .where(eq(dossiers.code, dossierCode))
      .for('update');
    if (!row || row.version !== expectedVersion) throw new ConflictError(dossierCode, expectedVersion, row?.version ?? 0);
    before = row;
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

  // 5. Tell the listening processes, on commit (platform/changes): where the dossier was and is.
  await notifyChanges(tx, [
    {
      kind: 'dossiers',
      unitCode,
      dossiers: [
        {
          code: dossierCode,
          events: [...new Set(records.map((record) => record.type))],
          departmentCodes: distinctPresent(before.departmentCode, readModel.departmentCode),
          assigneeIds: distinctPresent(before.assigneeId, readModel.assigneeId),
        },
      ],
    },
  ]);

  return { version, events: stored.map(storedEventFromRow), readModel };
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

/** Links records of ONE unit, in order, to its chain starting after `prevHash` (eventHash). */
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
    // Many dossiers at once: one notice per unit (pages reload rather than follow each dossier).
    await notifyChanges(
      tx,
      prepared.units.map(({ unitCode, events: unitEvents }) => ({ kind: 'bulk' as const, unitCode, count: unitEvents.length })),
    );
    return { dossiers: prepared.dossiers, events };
  } catch (error) {
    throw duplicateEventOr(error, prepared.firstCode);
  }
}

// ─── Receptions, stored by the database function ─────────────────────────────

/** One reception: its first event(s) and the read model folded from them (any code in it is replaced). */
export interface ReceptionToStore<TState> {
  events: readonly NewDossierEvent[];
  readModel: DossierReadModel<TState>;
}

export interface StoredReceptionRecord<TState> {
  code: string;
  /** The unit's parent city. */
  cityCode: string | null;
  events: StoredDossierEvent[];
  readModel: DossierReadModel<TState>;
}

/** Stand-in for the dossier code, which the database fills in; NUL never reaches the database (http/input-guard.ts). */
const CODE_MARK = '\u0000motcua:dossier-code\u0000';

/** Columns the function writes itself (from the row's values and the code). */
const SET_BY_FUNCTION = new Set(['search_text', 'state']);

/**
 * Stores the receptions of `unitCode` received on local day `day`, in arrival order, as one
 * statement (atomic on its own, or inside the caller's transaction). Codes are the day's next
 * numbers, gapless: a failed statement gives them back.
 */
export async function storeReceptions<TState extends object>(
  db: Database,
  unitCode: string,
  day: DayNumber,
  receptions: readonly ReceptionToStore<TState>[],
  recordedAt: Date = new Date(),
): Promise<Array<StoredReceptionRecord<TState>>> {
  if (receptions.length === 0) return [];
  const codePrefix = dossierCodePrefix(unitCode, day);
  const rows: string[] = [];
  const events: Array<Record<string, unknown>> = [];
  const records: DossierEventRecord[][] = [];
  let columns: JsonRows | undefined;
  receptions.forEach((reception, index) => {
    if (reception.events.length === 0) throw new Error('storeReceptions: a reception without events');
    if (reception.readModel.unitCode !== unitCode) throw new Error(`storeReceptions: the fold says unit ${reception.readModel.unitCode}, not ${unitCode}`);
    // search_text holds only what follows the folded code: the function puts the code in front.
    const row = { ...readModelColumns('', reception.events.length, reception.readModel), searchText: ` ${searchKey(reception.readModel.applicantName)}` };
    columns ??= new JsonRows(dossiers, Object.keys(row));
    rows.push(columns.rowJson(row));
    // The code is not known yet: the records get it from the database's answer.
    const own = eventRecords('', unitCode, 0, reception.events, recordedAt);
    for (const record of own) {
      const at = dateFromLocalMinute(record.at).toISOString();
      events.push({
        d: index + 1,
        seq: record.seq,
        type: record.type,
        at,
        recorded_at: recordedAt.toISOString(),
        actor_id: record.actorId,
        actor_role: record.actorRole,
        source: record.source,
        external_id: record.externalId,
        payload: record.payload,
        ...receptionHashParts(record, at, recordedAt.toISOString()),
      });
    }
    records.push(own);
  });
  const columnNames = columns!.columnNames.filter((name) => !SET_BY_FUNCTION.has(name));

  let result: Array<{ code: string; event_id: number | string; prev_hash: string; hash: string; city_code: string | null }>;
  try {
    const answer = await db.execute(
      sql`select * from motcua_receive_batch(${unitCode}, ${sqlDateFromDayNumber(day)}::date, ${codePrefix}, ${searchKey(codePrefix)}, ${sql.param(columnNames)}::text[], ${`[${rows.join(',')}]`}::jsonb, ${JSON.stringify(events)}::jsonb)`,
    );
    result = (answer as unknown as { rows: typeof result }).rows;
  } catch (error) {
    if (pgErrorCode(error) === 'P0002') throw new UnknownUnitError(unitCode);
    throw error;
  }

  let next = 0;
  const stored = receptions.map((reception, index) => {
    const stored = records[index]!.map((record) => {
      const row = result[next++]!;
      return { ...record, dossierCode: row.code, id: Number(row.event_id), prevHash: row.prev_hash, hash: row.hash };
    });
    const code = stored[0]!.dossierCode;
    const readModel = { ...reception.readModel, state: { ...reception.readModel.state, code } };
    return { code, cityCode: result[next - 1]!.city_code, events: stored, readModel };
  });
  // Tell the listening processes (on commit when the caller holds a transaction, else at once:
  // the receptions are already stored).
  await notifyChanges(db, [
    {
      kind: 'dossiers',
      unitCode,
      dossiers: stored.map((reception) => ({
        code: reception.code,
        events: [...new Set(reception.events.map((event) => event.type))],
        departmentCodes: distinctPresent(reception.readModel.departmentCode),
        assigneeIds: distinctPresent(reception.readModel.assigneeId),
      })),
    },
  ]);
  return stored;
}

/**
 * The event's hash text (event-hash.ts eventHashParts: prefix + JSON(prevHash) + suffix) with
 * the prefix split once more around the dossier code, which only the database knows:
 * text = a + JSON(code) + b + JSON(prevHash) + c (the function joins and hashes it).
 */
function receptionHashParts(record: DossierEventRecord, atIso: string, recordedAtIso: string): { a: string; b: string; c: string } {
  const { at: _at, recordedAt: _recordedAt, payload, ...fields } = record;
  const { prefix, suffix } = eventHashParts({ ...fields, dossierCode: CODE_MARK, atIso, recordedAtIso }, canonicalJsonOfValue(payload));
  const [a, b, ...extra] = prefix.split(JSON.stringify(CODE_MARK));
  if (b === undefined || extra.length > 0) throw new Error('storeReceptions: cannot split the hashed text of an event');
  return { a: a!, b, c: suffix };
}
