/**
 * One batch of imported rows, in two steps:
 * - planBatch (no transaction): plan every row against what the database (and the earlier
 *   rows of the batch) know: the events to append, the folded states, the rejected rows;
 * - commitBatch (ONE transaction): create new dossiers with multi-row inserts
 *   (appendNewDossiersInTransaction), append to known ones (appendDossierEvents, which checks
 *   the version the plan was based on), record rejected rows and add the batch's counts to
 *   the job.
 * The plan is optimistic, like any decision taken on a read: a dossier changed by someone
 * else between plan and commit makes the commit fail (ConflictError) and the caller plans
 * the batch again. Planning outside the transaction lets the file import plan the next batch
 * while the database writes this one (import-file.ts). A batch is all or nothing, so a killed
 * import leaves whole batches behind, and a rerun finds their dossiers already in the
 * imported state ("unchanged"): nothing lost, nothing twice.
 *
 * Rows are written only into the units of the batch's scope (the signed-in user's, or the API
 * key's: src/app/policies.ts): a row naming another unit, a code prefixed by another unit's code
 * or the code of a dossier another unit holds is a rejected row, never applied. A row the
 * database refuses (a value PostgreSQL cannot store) is rejected alone: `writeRows` splits the
 * batch until the row is found, so one bad cell never costs the other rows.
 */
import type { AppContext } from '../../platform/context.ts';
import { fromRecord, makeFold, readModelFromState, toNewEvent } from '../../platform/events/dossier-fold.ts';
import type { Database } from '../../platform/db/client.ts';
import { appendDossierEvents, appendPreparedNewDossiersInTransaction, loadDossierEvents } from '../../platform/events/event-store.ts';
import { prepareNewDossiersInSlices, type PreparedNewDossiers } from '../../platform/events/batch-preparation.ts';
import type { NewDossierEvent, NewDossierHistory } from '../../platform/events/event-rows.ts';
import { addJobProgress, insertRejections, knownDossiers, type ImportCounts, type Rejection } from './imports.store.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import type { DossierEvent, ImportedBy } from '../../domain/dossier/events.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { headerKey, type ImportField } from '../../domain/import/fields.ts';
import { canonicalDossierCode, mayChange, planDossier, type KnownDossier } from '../../domain/import/plan.ts';
import type { ImportedRecord, RowProblem } from '../../domain/import/row.ts';
import { scopeIncludes, type UnitScope } from '../../domain/policy/policy.ts';

/** A row after parsing: a record to plan, or its problems. */
export type BatchRow = { number: number; record: ImportedRecord; externalId?: string } | { number: number; problems: RowProblem[] };

export interface BatchContext {
  ctx: AppContext;
  source: string;
  jobId: string;
  /** Unit for rows that do not name one (undefined: such rows are refused). */
  defaultUnitCode: string | undefined;
  /** Known unit codes, and folded unit names → code. */
  units: { codes: string[]; byName: Map<string, string> };
  asOf: LocalMinute;
  /** The units rows may be written into (policies: the user's or the API key's). */
  scope: UnitScope;
  /** Why a row naming `unitCode` (outside the scope) is refused, in Vietnamese. */
  outOfScope: (unitCode: string) => string;
  /** Who runs the import (recorded on every event). */
  importedBy: ImportedBy;
  /** A field's column as the source names it (the file's header, the push API's property), for rejected rows. */
  columnName: (field: ImportField) => string;
}

interface Entry {
  code: string;
  unitCode: string;
  /** Version in the database before this batch (0: created by this batch). */
  baseVersion: number;
  history: DossierEvent[];
  state: DossierState;
  newEvents: NewDossierEvent[];
}

export function emptyCounts(): ImportCounts {
  return { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0 };
}

function rowUnit(record: ImportedRecord, batch: BatchContext): { unitCode?: string; problem?: RowProblem } {
  if (record.unit) {
    const code = batch.units.codes.includes(record.unit) ? record.unit : batch.units.byName.get(headerKey(record.unit));
    if (!code) return { problem: { column: batch.columnName('unit'), value: record.unit, reason: 'đơn vị chưa có trong hệ thống (tạo đơn vị trước, hoặc bỏ cột này và dùng --unit)' } };
    if (!scopeIncludes(batch.scope, code)) return { problem: { column: batch.columnName('unit'), value: record.unit, reason: batch.outOfScope(code) } };
    return { unitCode: code };
  }
  if (!batch.defaultUnitCode) return { problem: { column: batch.columnName('unit'), value: '', reason: 'không xác định được đơn vị của hồ sơ: tệp không có cột đơn vị, hãy chọn đơn vị (--unit)' } };
  return { unitCode: batch.defaultUnitCode };
}

/** Numbers of a type already in a history: the n of the content key `code:type:n`. */
function nextOccurrence(history: readonly DossierEvent[], type: string): number {
  let n = 0;
  for (const event of history) if (event.type === type) n++;
  return n + 1;
}

/** A planned batch: what commitBatch writes. */
export interface PlannedBatch {
  counts: ImportCounts;
  rejections: Rejection[];
  /** New dossiers with their whole imported histories, rows and hash texts made (prepareNewDossiers). */
  news: PreparedNewDossiers | undefined;
  /** Events to append to dossiers the database knew, at the version the plan read. */
  appends: Array<{ code: string; unitCode: string; baseVersion: number; events: NewDossierEvent[]; calendar: WorkingCalendar }>;
  /** Canonical codes of every dossier the batch's rows name (known, created or unchanged). */
  codes: Set<string>;
}

/** Plans one batch (reads only, no transaction). Throws only on database errors. */
export async function planBatch(batch: BatchContext, rows: readonly BatchRow[]): Promise<PlannedBatch> {
  const { ctx } = batch;
  const counts = emptyCounts();
  counts.rows = rows.length;
  const rejections: Rejection[] = [];
  const reject = (number: number, problems: readonly RowProblem[]): void => {
    counts.rejected++;
    for (const p of problems) rejections.push({ row: number, column: p.column, value: p.value, reason: p.reason });
  };

  // Resolve units and canonical codes first, so that one query finds the known dossiers.
  const resolved: Array<{ number: number; record: ImportedRecord; code: string; unitCode: string; externalId?: string }> = [];
  for (const row of rows) {
    if ('problems' in row) {
      reject(row.number, row.problems);
      continue;
    }
    const unit = rowUnit(row.record, batch);
    if (unit.problem || !unit.unitCode) {
      reject(row.number, [unit.problem!]);
      continue;
    }
    const { code, unitCode } = canonicalDossierCode(row.record.code, unit.unitCode, batch.units.codes);
    if (!scopeIncludes(batch.scope, unitCode)) {
      reject(row.number, [{ column: batch.columnName('code'), value: row.record.code, reason: `mã hồ sơ mang mã đơn vị ${unitCode}: ${batch.outOfScope(unitCode)}` }]);
      continue;
    }
    resolved.push({ number: row.number, record: row.record, code, unitCode, ...(row.externalId ? { externalId: row.externalId } : {}) });
  }

  // CalendarService caches each unit's calendar: asking per row costs a resolved promise.
  const calendarOf = async (unitCode: string): Promise<WorkingCalendar> => (await ctx.calendars.forUnit(unitCode)).calendar;

  const codes = new Set(resolved.map((r) => r.code));
  const known = await knownDossiers(ctx.db, [...codes]);
  const entries = new Map<string, Entry>();
  const created = new Set<string>();

  for (const [index, row] of resolved.entries()) {
    // A turn for the event loop now and then: the previous batch's commit goes on meanwhile.
    if (index > 0 && index % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
    let entry = entries.get(row.code);
    const stored = known.get(row.code);
    if (stored && !scopeIncludes(batch.scope, stored.unitCode)) {
      // The stored dossier's unit decides, whatever the code looks like; its unit is not named.
      reject(row.number, [{ column: batch.columnName('code'), value: row.record.code, reason: 'mã hồ sơ này đã thuộc hồ sơ của một đơn vị khác; chỉ đơn vị đó được cập nhật hồ sơ' }]);
      continue;
    }
    const unitCode = entry?.unitCode ?? stored?.unitCode ?? row.unitCode;
    const calendar = await calendarOf(unitCode);
    const planCtx = { source: batch.source, unitCode, calendar, asOf: batch.asOf, importedBy: batch.importedBy };
    if (!entry && stored) {
      const state = stored.state as DossierState;
      if (!mayChange(state, row.record, calendar)) {
        counts.unchanged++;
        continue;
      }
      const history = (await loadDossierEvents(ctx.db, row.code)).map(fromRecord);
      entry = { code: row.code, unitCode, baseVersion: stored.version, history, state, newEvents: [] };
      entries.set(row.code, entry);
    }
    const knownDossier: KnownDossier | undefined = entry ? { history: entry.history, state: entry.state } : undefined;
    const plan = planDossier(row.code, knownDossier, row.record, planCtx);
    if (plan.kind === 'reject') {
      reject(row.number, plan.problems);
      continue;
    }
    if (plan.kind === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    if (!entry) {
      entry = { code: row.code, unitCode, baseVersion: 0, history: [], state: plan.state, newEvents: [] };
      entries.set(row.code, entry);
      created.add(row.code);
      counts.created++;
    } else if (created.has(row.code) || entry.newEvents.length > 0) {
      // A second row of the same dossier in this batch: counted once, as what it did first.
      counts.unchanged++;
    } else {
      counts.updated++;
    }
    plan.events.forEach((event, index) => {
      const externalId = row.externalId ? `${row.externalId}#${index + 1}` : `${row.code}:${event.type}:${nextOccurrence(entry!.history, event.type)}`;
      const stored = toNewEvent(event, externalId);
      if (index === 0) stored.payload = { ...(stored.payload as object), imported: { row: row.number, ...(row.record.statusText ? { status: row.record.statusText } : {}), ...(Object.keys(row.record.extra).length ? { extra: row.record.extra } : {}) } };
      entry!.history.push(event);
      entry!.newEvents.push(stored);
    });
    entry.state = plan.state;
  }

  const planned: PlannedBatch = { counts, rejections, news: undefined, appends: [], codes };
  const news: NewDossierHistory<DossierState>[] = [];
  for (const entry of entries.values()) {
    if (entry.newEvents.length === 0) continue;
    if (entry.baseVersion === 0) {
      const readModel = readModelFromState(entry.state);
      news.push({ dossierCode: entry.code, unitCode: entry.unitCode, events: entry.newEvents, fold: () => readModel });
    } else {
      planned.appends.push({ code: entry.code, unitCode: entry.unitCode, baseVersion: entry.baseVersion, events: entry.newEvents, calendar: await calendarOf(entry.unitCode) });
    }
  }
  // The CPU half of the append, before the transaction (recorded_at: the time the batch was planned).
  if (news.length > 0) planned.news = await prepareNewDossiersInSlices(news, {}, 25);
  return planned;
}

/**
 * Writes a planned batch in ONE transaction; returns its counts. Throws on database errors and
 * when a dossier changed since the plan (ConflictError): plan again, then commit.
 */
export async function commitBatch(batch: BatchContext, planned: PlannedBatch, bytesRead: number): Promise<ImportCounts> {
  return batch.ctx.db.transaction(async (tx) => {
    for (const append of planned.appends) {
      await appendDossierEvents(tx, { dossierCode: append.code, unitCode: append.unitCode, expectedVersion: append.baseVersion, events: append.events, fold: makeFold(append.code, append.calendar) });
    }
    if (planned.news) await appendPreparedNewDossiersInTransaction(tx, planned.news);
    if (planned.rejections.length > 0) await insertRejections(tx, batch.jobId, planned.rejections);
    await addJobProgress(tx, batch.jobId, planned.counts, bytesRead);
    return planned.counts;
  });
}

/** The SQLSTATE of a database error (drizzle wraps the driver's error as its cause). */
export function sqlState(error: unknown): string | undefined {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** A value PostgreSQL cannot store (SQLSTATE class 22, "data exception"): the fault of a row, not of the batch. */
function isDataException(error: unknown): boolean {
  return sqlState(error)?.startsWith('22') === true;
}

/** The batch that records `row` as rejected because the database refused its data. */
function refusedRow(row: BatchRow, state: string): PlannedBatch {
  const counts = { ...emptyCounts(), rows: 1, rejected: 1 };
  const reason = `dữ liệu của dòng này không lưu được vào cơ sở dữ liệu (mã lỗi ${state}); hãy kiểm tra các ô của dòng`;
  return { counts, rejections: [{ row: row.number, column: '', value: '', reason }], news: undefined, appends: [], codes: new Set() };
}

/**
 * Writes rows (planned already, or not): one retry after a failed commit (a dossier changed
 * meanwhile: ConflictError, a code taken), and when the database refuses the data itself
 * (SQLSTATE 22…), the rows are split in halves and written apart until the row at fault is
 * alone, and rejected. Returns the counts of everything written; throws other database errors.
 */
export async function writeRows(batch: BatchContext, rows: readonly BatchRow[], bytesRead: number, planned?: PlannedBatch): Promise<ImportCounts> {
  let failure: unknown;
  try {
    return await commitBatch(batch, planned ?? (await planBatch(batch, rows)), bytesRead);
  } catch (first) {
    failure = first;
  }
  if (!isDataException(failure)) {
    try {
      return await commitBatch(batch, await planBatch(batch, rows), bytesRead);
    } catch (second) {
      if (!isDataException(second)) throw second;
      failure = second;
    }
  }
  if (rows.length === 1) return commitBatch(batch, refusedRow(rows[0]!, sqlState(failure)!), bytesRead);
  const half = Math.ceil(rows.length / 2);
  const counts = await writeRows(batch, rows.slice(0, half), bytesRead);
  const rest = await writeRows(batch, rows.slice(half), bytesRead);
  for (const key of Object.keys(counts) as Array<keyof ImportCounts>) counts[key] += rest[key];
  return counts;
}

/** Database type re-exported for callers that only need the batch writer. */
export type { Database };
