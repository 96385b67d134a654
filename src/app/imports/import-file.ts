/**
 * Import of an XLSX or CSV export: stream the rows, find the header (with the source's
 * profile), parse each row, and write batches of 1.000 rows, each in its own transaction
 * (import-batch.ts). A pipeline of three stages: while the database commits batch n, the
 * next batch is read and planned (planning does not wait for the commit); batch n+1 is
 * committed once batch n is. At most three batches are in memory, whatever the size of the file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import type { AppContext } from '../context.ts';
import { AppError, badRequest } from '../errors.ts';
import { commitBatch, emptyCounts, planBatch, type BatchContext, type BatchRow, type PlannedBatch } from './import-batch.ts';
import { recordAdminChange } from '../admin-changes.ts';
import {
  closeInterruptedJobs,
  createImportJob,
  ensureUnit,
  finishImportJob,
  getImportProfile,
  setJobMapping,
  unitDirectory,
  type ImportCounts,
} from '../../db/import-store.ts';
import { FIELD_LABELS, foldHeader, type ImportField } from '../../import/fields.ts';
import { detectHeader, extraColumns, HEADER_SCAN_ROWS, isColumnNumberRow, type HeaderLayout, type ProfileColumns } from '../../import/headers.ts';
import { readCsvRows, readXlsxRows, fileKindOf, type FileKind, type SheetRow } from '../../import/readers.ts';
import { parseRecord, sheetRowSource } from '../../import/row.ts';
import type { ImportStatus } from '../../import/status.ts';

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
  onProgress?: (progress: ImportProgress) => void;
  /** Called once the job row exists (the HTTP route answers 202 with it). */
  onJob?: (jobId: string) => void;
  /** Rows per batch (tests). */
  batchRows?: number;
}

export interface ImportFileResult extends ImportCounts {
  jobId: string;
  unitCreated: boolean;
  mapping: MappingSummary;
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
  return kind === 'xlsx' ? readXlsxRows(input) : readCsvRows(input);
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

export async function profileOf(ctx: AppContext, source: string): Promise<SourceProfile> {
  const profile = await getImportProfile(ctx.db, source);
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

export async function unitsForBatch(ctx: AppContext): Promise<BatchContext['units']> {
  const directory = await unitDirectory(ctx.db);
  return { codes: directory.map((u) => u.code), byName: new Map(directory.map((u) => [foldHeader(u.name), u.code])) };
}

/**
 * The header layout of the first rows of a file (blank rows, absent from the stream, put back
 * so that "the row above" is the row above); throws the Vietnamese "no header" error.
 */
export function layoutOfHead(head: readonly SheetRow[], profile: ProfileColumns): { layout: HeaderLayout; first: number; headerNumber: number } {
  const first = head[0]?.number ?? 1;
  const cells: SheetRow['cells'][] = [];
  for (const r of head) cells[r.number - first] = r.cells;
  for (let i = 0; i < cells.length; i++) cells[i] ??= [];
  const layout = detectHeader(cells, profile);
  if (!layout) throw badRequest(NO_HEADER_MESSAGE, 'file');
  return { layout, first, headerNumber: first + layout.headerRow };
}

export async function importFile(ctx: AppContext, options: ImportFileOptions): Promise<ImportFileResult> {
  const source = validateSourceName(options.source);
  if (!fs.existsSync(options.filePath)) throw badRequest(`Không tìm thấy tệp ${options.filePath}.`, 'file');
  const kind = detectKind(options.filePath);
  const bytesTotal = fs.statSync(options.filePath).size;
  const profile = await profileOf(ctx, source);

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
  await closeInterruptedJobs(ctx.db, source, fileName, job.id);
  options.onJob?.(job.id);
  const batch: BatchContext = { ctx, source, jobId: job.id, defaultUnitCode: unitCode, units: await unitsForBatch(ctx), asOf: ctx.now() };
  const totals = emptyCounts();
  const meter = new Meter();
  const batchRows = options.batchRows ?? BATCH_ROWS;

  const report = (): void => options.onProgress?.({ ...totals, bytesRead: meter.bytes, bytesTotal });
  const add = (counts: ImportCounts): void => {
    totals.rows += counts.rows;
    totals.created += counts.created;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
    totals.rejected += counts.rejected;
    report();
  };
  /** Codes of the batch being committed: a batch naming one of them is planned again after that commit. */
  let committing = new Set<string>();
  const write = async (rows: BatchRow[], planned: PlannedBatch, bytesRead: number): Promise<void> => {
    let counts: ImportCounts;
    try {
      counts = await commitBatch(batch, planned, bytesRead);
    } catch {
      // One retry: a concurrent change to one of the batch's dossiers (ConflictError) is replanned.
      counts = await commitBatch(batch, await planBatch(batch, rows), bytesRead);
    }
    add(counts);
  };

  let layout: HeaderLayout | undefined;
  let summary: MappingSummary | undefined;
  try {
    const head: SheetRow[] = [];
    let pending: Promise<void> | undefined;
    let failure: unknown;
    const settle = async (): Promise<void> => {
      await pending;
      if (failure !== undefined) throw failure;
    };
    let rows: BatchRow[] = [];
    let extras: ReturnType<typeof extraColumns> = [];
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
    /** Plans `full` while the previous batch commits, then commits it after that one. */
    const flush = async (full: BatchRow[]): Promise<void> => {
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
    return { jobId: job.id, unitCreated, mapping: summary!, rows: finished.rows, created: finished.created, updated: finished.updated, unchanged: finished.unchanged, rejected: finished.rejected };
  } catch (error) {
    const message = error instanceof AppError ? error.message : `Lỗi khi đọc hoặc ghi dữ liệu: ${error instanceof Error ? error.message : String(error)}`;
    await finishImportJob(ctx.db, job.id, { status: 'failed', message }).catch(() => undefined);
    if (error instanceof AppError) throw error;
    throw new AppError('bad_request', `Nhập dữ liệu không thành công: ${message}. Các lô đã ghi được giữ nguyên; chạy lại lệnh để tiếp tục.`);
  }
}
