/**
 * Import of an XLSX or CSV export: stream the rows, find the header (with the source's
 * profile), parse each row, and write batches of 1.000 rows, each in its own transaction
 * (import-batch.ts). A pipeline of three stages: while the database commits batch n, the
 * next batch is read and planned (planning does not wait for the commit); batch n+1 is
 * committed once batch n is. At most three batches are in memory, whatever the size of the file.
 *
 * Before anything is read, the file is checked against the limits of src/import/limits.ts (an
 * XLSX's ZIP container: xlsx-container.ts); the readers enforce the rest while streaming. At each
 * batch boundary the job is checked for a cancel request (POST /api/imports/{id}/cancel): the
 * import stops there, keeping the batches already committed. A failure is recorded on the job as
 * one short Vietnamese sentence with the error's code, never the database's message (which
 * quotes the SQL and its parameters: every row's CCCD and phone).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { AppContext } from '../../platform/context.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { emptyCounts, planBatch, sqlState, writeRows, type BatchContext, type BatchRow, type PlannedBatch } from './import-batch.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import {
  closeInterruptedJobs,
  createImportJob,
  ensureUnit,
  finishImportJob,
  isJobCancelRequested,
  profileForImport,
  setJobMapping,
  unitDirectory,
  type ImportCounts,
} from './imports.store.ts';
import { FIELD_LABELS, headerKey, type ImportField } from '../../domain/import/fields.ts';
import { detectHeader, DOSSIER_HEADERS, extraColumns, HEADER_SCAN_ROWS, isColumnNumberRow, type HeaderLayout, type HeaderVocabulary, type ProfileColumns, type SheetColumn } from '../../domain/import/headers.ts';
import { ImportFileError, ImportLimitError } from '../../domain/import/limits.ts';
import { guarded, readCsvRows, readXlsxRows, fileKindOf, type FileKind, type SheetRow } from './readers.ts';
import { assertXlsxWithinLimits } from './xlsx-container.ts';
import type { ImportedBy } from '../../domain/dossier/events.ts';
import { scopeIncludes, type UnitScope } from '../../domain/policy/policy.ts';
import { headerOf, parseRecord, sheetRowSource } from '../../domain/import/row.ts';
import type { ImportStatus } from '../../domain/import/status.ts';

export const BATCH_ROWS = 1000;

export interface ImportProgress extends ImportCounts {
  bytesRead: number;
  bytesTotal: number;
}

export interface ImportFileOptions {
  filePath: string;
  /** Name shown in job lists (default: the file's base name). */
  fileName?: string;
  source: string;
  /** Unit for rows whose file does not say. */
  unitCode?: string;
  /** Create `unitCode` when it does not exist, with this name (default: its code). */
  createUnit?: { name?: string };
  createdBy?: string | null;
  /** The units rows may be written into (src/app/policies.ts unitsActorMayImportInto; 'all' on the console). */
  scope: UnitScope;
  /** Who runs the import (recorded on every event). */
  importedBy: ImportedBy;
  /** After each committed batch; awaited before the next batch commits. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /** Called once the job row exists (the HTTP route answers 202 with it). */
  onJob?: (jobId: string) => void;
  /** Rows per batch (tests). */
  batchRows?: number;
  /**
   * When the file's undated status changes were known (`motcua import --as-of`): an export made in
   * the past reports its own period. Default: now.
   */
  asOf?: LocalMinute;
}

export interface ImportFileResult extends ImportCounts {
  jobId: string;
  unitCreated: boolean;
  mapping: MappingSummary;
  /** Stopped at a batch boundary on request (POST /api/imports/{id}/cancel). */
  cancelled: boolean;
}

export interface MappingSummary {
  headerRow: number;
  columns: Array<{ index: number; header: string; field?: ImportField; fieldLabel?: string }>;
  /** Columns kept with the dossier as they are (not a known field). */
  extraColumns: string[];
}

export function mappingSummary(layout: HeaderLayout, firstRowNumber: number): MappingSummary {
  return {
    headerRow: firstRowNumber + layout.headerRow,
    columns: layout.columns.map((c) => ({ index: c.index, header: c.header, ...(c.field ? { field: c.field, fieldLabel: FIELD_LABELS[c.field] } : {}) })),
    extraColumns: extraColumns(layout).map((c) => c.header),
  };
}

/** Counts the bytes that pass (progress of compressed XLSX and of CSV alike) and hashes them. */
class Meter extends Transform {
  bytes = 0;
  readonly hash = createHash('sha256');
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }
}

export function openRows(filePath: string, kind: FileKind, meter?: Meter): AsyncGenerator<SheetRow> {
  const stream = fs.createReadStream(filePath);
  const input = meter ? stream.pipe(meter) : stream;
  return guarded(kind === 'xlsx' ? readXlsxRows(input) : readCsvRows(input), kind);
}

export function detectKind(filePath: string): FileKind {
  const fd = fs.openSync(filePath, 'r');
  const head = Buffer.alloc(4);
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  return fileKindOf(filePath, head) ?? 'csv';
}

export interface SourceProfile {
  columns: ProfileColumns;
  statuses: Record<string, ImportStatus>;
  defaultUnitCode: string | null;
}

/** The profile an import of `source` into `unitCode` uses: the unit's own, else the shared one. */
export async function profileOf(ctx: AppContext, source: string, unitCode: string | null): Promise<SourceProfile> {
  const profile = await profileForImport(ctx.db, source, unitCode);
  return {
    columns: (profile?.columns ?? {}) as ProfileColumns,
    statuses: (profile?.statuses ?? {}) as Record<string, ImportStatus>,
    defaultUnitCode: profile?.defaultUnitCode ?? null,
  };
}

export const NO_HEADER_MESSAGE =
  'Không tìm thấy dòng tiêu đề trong 30 dòng đầu: cần ít nhất cột "Mã hồ sơ" và một cột khác (tên thủ tục, ngày tiếp nhận…). Hãy kiểm tra tệp hoặc khai báo cấu hình cột cho hệ thống nguồn.';

export function validateSourceName(source: string): string {
  const name = source.trim();
  if (!/^[\p{L}\p{N}._-]{1,100}$/u.test(name)) {
    throw badRequest('Tên hệ thống nguồn chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 100 ký tự), ví dụ "dvc-haiphong".', 'source');
  }
  if (name === 'motcua') throw badRequest('Tên hệ thống nguồn "motcua" dành cho hồ sơ tiếp nhận tại Một Cửa; hãy đặt tên khác.', 'source');
  return name;
}

/** Why a row naming a unit outside the user's scope is refused. */
export function outOfUserScope(scope: UnitScope): (unitCode: string) => string {
  return (unitCode) =>
    scope === 'all' ? `đơn vị ${unitCode} không nhận được hồ sơ nhập` : `hồ sơ thuộc đơn vị ${unitCode}; bạn chỉ được nhập hồ sơ của đơn vị ${scope.join(', ')}`;
}

/** Files may not expand beyond the limits of src/import/limits.ts: checked before reading (XLSX). */
export async function assertImportFileWithinLimits(filePath: string, kind: FileKind): Promise<void> {
  if (kind !== 'xlsx') return;
  try {
    await assertXlsxWithinLimits(filePath);
  } catch (error) {
    throw asAppError(error);
  }
}

/** A refused file as the AppError the routes and the CLI show: 413 past a limit, 400 unreadable. */
export function asAppError(error: unknown): unknown {
  if (error instanceof ImportLimitError) return new AppError('too_large', error.message, 'file');
  if (error instanceof ImportFileError) return new AppError('bad_request', error.message, 'file');
  return error;
}

/**
 * An import or push that failed for a reason other than its input (a database error), after its
 * job was marked failed: a short Vietnamese message, and the error's class and code for the log.
 * The original error is dropped on purpose: its text quotes the statement and its parameters.
 */
export class ImportFailedError extends Error {
  override readonly name = 'ImportFailedError';
  constructor(
    message: string,
    readonly jobId: string,
    readonly errorClass: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** Marks the job failed with a short message and returns the error to throw instead of `error`. */
export async function failImportJob(ctx: AppContext, jobId: string, error: unknown, retry: string): Promise<unknown> {
  const message = failureMessage(error);
  await finishImportJob(ctx.db, jobId, { status: 'failed', message }).catch(() => undefined);
  if (error instanceof AppError) return error;
  const errorClass = error instanceof Error ? error.constructor.name : typeof error;
  const code = sqlState(error) ?? (error as { code?: unknown } | null)?.code;
  return new ImportFailedError(`Nhập dữ liệu không thành công: ${message} ${retry}`, jobId, errorClass, typeof code === 'string' ? code : undefined);
}

/**
 * The job message of a failure: the AppError's own message, else one short sentence with the
 * error's code (SQLSTATE, or a system code like ENOSPC): a database error's text quotes the
 * failed statement with its parameters — other rows' personal data — and is never kept or shown.
 */
function failureMessage(error: unknown): string {
  if (error instanceof AppError) return error.message;
  const state = sqlState(error);
  if (state) return `Lỗi khi ghi vào cơ sở dữ liệu (mã lỗi ${state}).`;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? `Lỗi khi đọc tệp hoặc ghi dữ liệu (mã lỗi ${code}).` : 'Lỗi không mong muốn khi đọc tệp hoặc ghi dữ liệu.';
}

/** Thrown inside the pipeline when the job was asked to stop. */
class CancelRequested extends Error {}

export async function unitsForBatch(ctx: AppContext): Promise<BatchContext['units']> {
  const directory = await unitDirectory(ctx.db);
  return { codes: directory.map((u) => u.code), byName: new Map(directory.map((u) => [headerKey(u.name), u.code])) };
}

/**
 * The header layout of the first rows of a file (blank rows, absent from the stream, put back
 * so that "the row above" is the row above); throws the Vietnamese "no header" error.
 */
export function layoutOfHead(head: readonly SheetRow[], profile: ProfileColumns): { layout: HeaderLayout; first: number; headerNumber: number };
export function layoutOfHead<F extends string>(head: readonly SheetRow[], profile: ProfileColumns<F>, vocabulary: HeaderVocabulary<F>, noHeaderMessage: string): { layout: HeaderLayout<F>; first: number; headerNumber: number };
export function layoutOfHead(head: readonly SheetRow[], profile: ProfileColumns<string>, vocabulary: HeaderVocabulary<string> = DOSSIER_HEADERS, noHeaderMessage = NO_HEADER_MESSAGE): { layout: HeaderLayout<string>; first: number; headerNumber: number } {
  const first = head[0]?.number ?? 1;
  const cells: SheetRow['cells'][] = [];
  for (const r of head) cells[r.number - first] = r.cells;
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  const layout = detectHeader(cells, profile, vocabulary);
  if (!layout) throw badRequest(noHeaderMessage, 'file');
  return { layout, first, headerNumber: first + layout.headerRow };
}

export async function importFile(ctx: AppContext, options: ImportFileOptions): Promise<ImportFileResult> {
  const source = validateSourceName(options.source);
  if (!fs.existsSync(options.filePath)) throw badRequest(`Không tìm thấy tệp ${options.filePath}.`, 'file');
  const kind = detectKind(options.filePath);
  const bytesTotal = fs.statSync(options.filePath).size;
  if (options.unitCode && !scopeIncludes(options.scope, options.unitCode)) throw new AppError('forbidden', `Bạn không được nhập dữ liệu cho đơn vị ${options.unitCode}.`, 'unitCode');
  const profile = await profileOf(ctx, source, options.unitCode ?? null);
  await assertImportFileWithinLimits(options.filePath, kind);

  let unitCreated = false;
  const unitCode = options.unitCode ?? profile.defaultUnitCode ?? undefined;
  if (options.unitCode && options.createUnit) {
    const unitName = options.createUnit.name?.trim() || options.unitCode;
    unitCreated = await ctx.db.transaction(async (tx) => {
      const created = await ensureUnit(tx, options.unitCode!, unitName);
      const after = { name: unitName, kind: 'commune', importSource: source };
      if (created) await recordAdminChange(tx, { kind: 'unit.created', actorId: options.createdBy ?? null, unitCode: options.unitCode!, target: options.unitCode!, after });
      return created;
    });
  } else if (unitCode && !(await unitDirectory(ctx.db)).some((u) => u.code === unitCode)) {
    throw badRequest(`Đơn vị ${unitCode} chưa có trong hệ thống.`, 'unit');
  }

  const fileName = options.fileName ?? path.basename(options.filePath);
  const job = await createImportJob(ctx.db, { source, kind: 'file', fileName, unitCode: unitCode ?? null, bytesTotal, createdBy: options.createdBy ?? null });
  await closeInterruptedJobs(ctx.db, job);
  options.onJob?.(job.id);
  const batch: BatchContext = {
    ctx,
    source,
    jobId: job.id,
    defaultUnitCode: unitCode,
    units: await unitsForBatch(ctx),
    asOf: options.asOf ?? ctx.now(),
    scope: options.scope,
    outOfScope: outOfUserScope(options.scope),
    importedBy: options.importedBy,
    columnName: (field) => FIELD_LABELS[field],
  };
  const totals = emptyCounts();
  const meter = new Meter();
  const batchRows = options.batchRows ?? BATCH_ROWS;

  const add = async (counts: ImportCounts): Promise<void> => {
    totals.rows += counts.rows;
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
    totals.rejected += counts.rejected;
    await options.onProgress?.({ ...totals, bytesRead: meter.bytes, bytesTotal });
  };
  /** Codes of the batch being committed: a batch naming one of them is planned again after that commit. */
  let committing = new Set<string>();
  const write = async (rows: BatchRow[], planned: PlannedBatch, bytesRead: number): Promise<void> => {
    await add(await writeRows(batch, rows, bytesRead, planned));
  };

  let layout: HeaderLayout | undefined;
  let summary: MappingSummary | undefined;
  let pending: Promise<void> | undefined;
  let failure: unknown;
  const settle = async (): Promise<void> => {
    await pending;
    if (failure !== undefined) throw failure;
  };
  const result = (finished: ImportCounts, cancelled: boolean): ImportFileResult => ({
    jobId: job.id,
    unitCreated,
    mapping: summary!,
    cancelled,
    rows: finished.rows,
    created: finished.created,
    updated: finished.updated,
    unchanged: finished.unchanged,
    rejected: finished.rejected,
  });
  try {
    const head: SheetRow[] = [];
    let rows: BatchRow[] = [];
    let extras: SheetColumn[] = [];
    let afterHeader = false;
    const handle = async (row: SheetRow): Promise<void> => {
      if (!afterHeader) {
        afterHeader = true;
        if (isColumnNumberRow(row.cells)) return;
      }
      const parsed = parseRecord(sheetRowSource(row.cells, layout!, extras), { statuses: profile.statuses });
      if (parsed.ok === 'empty') return;
      rows.push(parsed.ok ? { number: row.number, record: parsed.record } : { number: row.number, problems: parsed.problems });
      if (rows.length >= batchRows) {
        const full = rows;
        rows = [];
        await flush(full);
      }
    };
    /** Plans `full` while the previous batch commits, then commits it after that one; stops here when asked to. */
    const flush = async (full: BatchRow[]): Promise<void> => {
      if (await isJobCancelRequested(ctx.db, job.id)) throw new CancelRequested();
      const bytesRead = meter.bytes;
      let planned = await planBatch(batch, full);
      const previous = committing;
      await settle();
      // Planned on a read taken before the previous batch committed: plan again if it names one of its dossiers.
      if ([...planned.codes].some((code) => previous.has(code))) planned = await planBatch(batch, full);
      committing = planned.codes;
      pending = write(full, planned, bytesRead).catch((error: unknown) => {
        failure = error;
      });
    };
    const startLayout = async (): Promise<void> => {
      const found = layoutOfHead(head, profile.columns);
      layout = found.layout;
      extras = extraColumns(layout);
      batch.columnName = headerOf(layout);
      summary = mappingSummary(layout, found.first);
      await setJobMapping(ctx.db, job.id, summary);
      for (const row of head) if (row.number > found.headerNumber) await handle(row);
    };
    for await (const row of openRows(options.filePath, kind, meter)) {
      if (layout) {
        await handle(row);
        continue;
      }
      head.push(row);
      if (head.length >= HEADER_SCAN_ROWS) await startLayout();
    }
    if (!layout) await startLayout();
    if (rows.length > 0) await flush(rows);
    await settle();
    const finished = await finishImportJob(ctx.db, job.id, { status: 'done', fileSha256: meter.hash.digest('hex') });
    return result(finished, false);
  } catch (caught) {
    let error = asAppError(caught);
    if (error instanceof CancelRequested) {
      // The batch being committed is kept; the rest of the file is not read.
      try {
        await settle();
        const finished = await finishImportJob(ctx.db, job.id, { status: 'cancelled', message: 'Đã hủy theo yêu cầu; các lô đã ghi trước khi hủy được giữ nguyên.' });
        return result(finished, true);
      } catch (afterCancel) {
        error = asAppError(afterCancel);
      }
    }
    throw await failImportJob(ctx, job.id, error, 'Các lô đã ghi được giữ nguyên; chạy lại lệnh để tiếp tục.');
  }
}
