/**
 * Preview of an import, before anything is written: the detected header and mapping, the
 * fields no column was found for, and the first rows as they would be read (or why not).
 * `validateFile` reads every row the same way (dry run): the format problems of the whole
 * file, still without writing.
 */
import fs from 'node:fs';
import type { AppContext } from '../../platform/context.ts';
import { asAppError, assertImportFileWithinLimits, detectKind, layoutOfHead, mappingSummary, openRows, profileOf, validateSourceName, type MappingSummary } from './import-file.ts';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../domain/import/fields.ts';
import { extraColumns, HEADER_SCAN_ROWS, isColumnNumberRow, type HeaderLayout, type SheetColumn } from '../../domain/import/headers.ts';
import type { SheetRow } from './readers.ts';
import { parseRecord, sheetRowSource, type RowProblem } from '../../domain/import/row.ts';
import { IMPORT_STATUS_LABELS } from '../../domain/import/status.ts';
import { isoLocalDateTime } from '../../domain/calendar/local-time.ts';
import { cellText } from '../../domain/import/values.ts';
import type { CurrentUser } from '../../platform/context.ts';
import { uploadUnit, type ImportUpload } from './import-access.ts';

export interface PreviewRow {
  row: number;
  /** Header → cell text, as in the file. */
  cells: Record<string, string>;
  /** What the row would become (times as `YYYY-MM-DDTHH:mm`, local time). */
  record?: Record<string, string | number | boolean>;
  problems?: RowProblem[];
}

export interface ImportPreview {
  kind: 'xlsx' | 'csv';
  mapping: MappingSummary;
  /** Fields that no column names (Vietnamese labels). */
  missingFields: Array<{ field: ImportField; label: string }>;
  rows: PreviewRow[];
  /** Dry run over the whole file: rows read and rows with format problems. */
  totals?: { rows: number; rejected: number; problems: Array<RowProblem & { row: number }> };
}

const REQUIRED: ImportField[] = ['code', 'receivedAt'];

function describeRecord(record: ReturnType<typeof parseRecord> & { ok: true }): Record<string, string | number | boolean> {
  const r = record.record;
  const out: Record<string, string | number | boolean> = { code: r.code, channel: r.channel, fee: r.fee, paidOnline: r.paidOnline };
  for (const key of ['procedureCode', 'procedureName', 'field', 'applicantName', 'department', 'unit'] as const) if (r[key]) out[key] = r[key]!;
  for (const key of ['receivedAt', 'dueAt', 'resultAt', 'returnedAt'] as const) if (r[key]) out[key] = isoLocalDateTime(r[key]!.at);
  if (r.status) out.status = IMPORT_STATUS_LABELS[r.status];
  return out;
}

/** `unitCode`: the unit whose mapping profile applies (else the shared profile). */
export async function previewFile(ctx: AppContext, options: { filePath: string; source: string; unitCode?: string | null; rows?: number; wholeFile?: boolean }): Promise<ImportPreview> {
  const source = validateSourceName(options.source);
  const kind = detectKind(options.filePath);
  const profile = await profileOf(ctx, source, options.unitCode ?? null);
  await assertImportFileWithinLimits(options.filePath, kind);
  const sample = options.rows ?? 10;
  const head: SheetRow[] = [];
  let layout: HeaderLayout | undefined;
  let first = 1;
  const preview: PreviewRow[] = [];
  const totals = { rows: 0, rejected: 0, problems: [] as Array<RowProblem & { row: number }> };
  let afterHeader = false;
  let extras: SheetColumn[] = [];

  const handle = (row: SheetRow): boolean => {
    if (!afterHeader) {
      afterHeader = true;
      if (isColumnNumberRow(row.cells)) return true;
    }
    const parsed = parseRecord(sheetRowSource(row.cells, layout!, extras), { statuses: profile.statuses });
    if (parsed.ok === 'empty') return true;
    totals.rows++;
    if (parsed.ok !== true) {
      totals.rejected++;
      if (totals.problems.length < 10_000) for (const p of parsed.problems) totals.problems.push({ row: row.number, ...p });
    }
    if (preview.length < sample) {
      const cells: Record<string, string> = {};
      for (const column of layout!.columns) {
        const text = cellText(row.cells[column.index] ?? null);
        if (text !== '') cells[column.header] = text;
      }
      preview.push({ row: row.number, cells, ...(parsed.ok === true ? { record: describeRecord(parsed) } : { problems: parsed.problems }) });
    }
    return options.wholeFile === true || preview.length < sample;
  };
  const startLayout = (): boolean => {
    const found = layoutOfHead(head, profile.columns);
    layout = found.layout;
    first = found.first;
    extras = extraColumns(layout);
    for (const row of head) if (row.number > found.headerNumber && !handle(row)) return false;
    return true;
  };

  const rows = openRows(options.filePath, kind);
  try {
    for await (const row of rows) {
      if (layout) {
        if (!handle(row)) break;
        continue;
      }
      head.push(row);
      if (head.length >= HEADER_SCAN_ROWS && !startLayout()) break;
    }
    if (!layout) startLayout();
  } catch (error) {
    throw asAppError(error);
  } finally {
    await rows.return(undefined);
  }
  const mapped = new Set(layout!.columns.flatMap((c) => (c.field ? [c.field] : [])));
  const missingFields = IMPORT_FIELDS.filter((f) => !mapped.has(f) && !(f === 'procedureCode' && mapped.has('procedureName')) && !(f === 'procedureName' && mapped.has('procedureCode'))).map((field) => ({ field, label: FIELD_LABELS[field] }));
  return {
    kind,
    mapping: mappingSummary(layout!, first),
    missingFields,
    rows: preview,
    ...(options.wholeFile ? { totals } : {}),
  };
}

/** Fields without which no row can be imported. */
export function missingRequired(preview: ImportPreview): string[] {
  return preview.missingFields.filter((f) => REQUIRED.includes(f.field)).map((f) => f.label);
}

/** The preview of a file the user uploaded (10 rows), for a unit they may import into; the file is removed after. */
export async function previewUpload(ctx: AppContext, user: CurrentUser, upload: ImportUpload): Promise<ImportPreview> {
  try {
    const unitCode = uploadUnit(user, upload.fields.unitCode?.trim() || undefined);
    const source = validateSourceName(upload.fields.source ?? '');
    return await previewFile(ctx, { filePath: upload.filePath, source, unitCode: unitCode ?? null, rows: 10 });
  } finally {
    fs.rmSync(upload.filePath, { force: true });
  }
}
