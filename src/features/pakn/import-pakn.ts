/**
 * `motcua import FILE --kind pakn`: imports a PAKN export (the national portal's list, another
 * system's register) with the dossier import's readers, limits and header matching
 * (features/imports), row by row (a unit receives a few PAKN a month): each row is planned by
 * planPaknImport and written through decidePakn like any PAKN, each in its own transaction.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { HEADER_SCAN_ROWS, isColumnNumberRow, type HeaderLayout } from '../../domain/import/headers.ts';
import { cellText } from '../../domain/import/values.ts';
import { decidePakn } from '../../domain/pakn/decide.ts';
import type { PaknEvent, PaknEventInput } from '../../domain/pakn/events.ts';
import { PAKN_FIELD_LABELS, PAKN_HEADERS, PAKN_NO_HEADER_MESSAGE, parsePaknRow, planPaknImport, type PaknImportField, type PaknImportRow } from '../../domain/pakn/import.ts';
import { scopeIncludes, type UnitScope } from '../../domain/policy/policy.ts';
import type { AppContext } from '../../platform/context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { assertImportFileWithinLimits, detectKind, layoutOfHead, openRows, outOfUserScope, validateSourceName } from '../imports/import-file.ts';
import type { SheetRow } from '../imports/readers.ts';
import { loadPakn } from './load-pakn.ts';
import { findPaknByExternalCode } from './pakn.queries.ts';
import { appendPaknEvents, PaknConflictError } from './pakn.store.ts';
import { recordPaknHistory } from './record-pakn-history.ts';

export interface PaknImportOptions {
  filePath: string;
  source: string;
  /** Unit of the rows whose file does not say. */
  unitCode?: string;
  /** The units rows may be written into ('all' on the console). */
  scope: UnitScope;
}

export interface PaknImportRejection {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** The dossier import's summary: rows read (blank ones not counted) and what became of them. */
export interface PaknImportResult {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
  rejections: PaknImportRejection[];
}

type RowOutcome = 'created' | 'updated' | 'unchanged' | { field?: PaknImportField; reason: string };

function rowOf(cells: SheetRow['cells'], layout: HeaderLayout<PaknImportField>): PaknImportRow {
  const row: PaknImportRow = {};
  for (const [field, index] of Object.entries(layout.mapping) as Array<[PaknImportField, number]>) row[field] = cells[index] ?? null;
  return row;
}

/** Appends the planned events to an imported PAKN, each decided on the history so far. */
async function appendEvents(ctx: AppContext, code: string, planned: readonly PaknEventInput[]): Promise<RowOutcome> {
  const loaded = await loadPakn(ctx, code);
  if (!loaded) return { reason: `không tìm thấy phản ánh, kiến nghị ${code}` };
  const events: PaknEvent[] = [...loaded.events];
  let state = loaded.state;
  for (const input of planned) {
    const decision = decidePakn(code, events, input, { calendar: loaded.calendar });
    if (!decision.ok) return { reason: decision.reason };
    events.push(decision.event);
    state = decision.state;
  }
  await appendPaknEvents(ctx.db, { code, expectedVersion: loaded.state.version, events: events.slice(loaded.events.length), state });
  return 'updated';
}

async function importRow(ctx: AppContext, row: PaknImportRow, options: PaknImportOptions & { source: string; unitExists: (code: string) => Promise<boolean>; asOf: LocalMinute }): Promise<RowOutcome | 'empty'> {
  const parsed = parsePaknRow(row);
  if (parsed.ok === 'empty') return 'empty';
  if (!parsed.ok) return parsed.problem;
  const record = parsed.record;
  const found = await findPaknByExternalCode(ctx.db, options.source, record.externalCode);
  const loaded = found ? await loadPakn(ctx, found.code) : undefined;
  const unitCode = loaded?.state.unitCode ?? record.unitCode ?? options.unitCode;
  if (!unitCode) return { field: 'unit', reason: 'không rõ đơn vị tiếp nhận: ghi cột "Mã đơn vị" hoặc chọn đơn vị khi nhập (--unit)' };
  if (!(await options.unitExists(unitCode))) return { field: 'unit', reason: `đơn vị ${unitCode} chưa có trong hệ thống` };
  if (!scopeIncludes(options.scope, unitCode)) return { field: 'unit', reason: outOfUserScope(options.scope)(unitCode) };
  const existing = loaded && { status: loaded.state.status, lastAt: loaded.events.at(-1)!.at, likes: loaded.state.likes, dislikes: loaded.state.dislikes };
  const plan = planPaknImport(record, { source: options.source, unitCode, asOf: options.asOf, ...(existing ? { existing } : {}) });
  switch (plan.kind) {
    case 'unchanged':
      return 'unchanged';
    case 'rejected':
      return plan;
    case 'append':
      return appendEvents(ctx, loaded!.code, plan.events);
    case 'create': {
      const { calendar } = await ctx.calendars.forUnit(unitCode);
      await recordPaknHistory(ctx.db, calendar, plan.history);
      return 'created';
    }
  }
}

export async function importPaknFile(ctx: AppContext, options: PaknImportOptions): Promise<PaknImportResult> {
  const source = validateSourceName(options.source);
  const kind = detectKind(options.filePath);
  if (options.unitCode && !scopeIncludes(options.scope, options.unitCode)) throw new AppError('forbidden', `Bạn không được nhập dữ liệu cho đơn vị ${options.unitCode}.`, 'unitCode');
  const known = new Map<string, Promise<boolean>>();
  const unitExists = (code: string): Promise<boolean> => {
    if (!known.has(code)) known.set(code, findUnit(ctx.db, code).then((unit) => unit !== undefined));
    return known.get(code)!;
  };
  if (options.unitCode && !(await unitExists(options.unitCode))) throw badRequest(`Đơn vị ${options.unitCode} chưa có trong hệ thống.`, 'unit');
  await assertImportFileWithinLimits(options.filePath, kind);

  const result: PaknImportResult = { rows: 0, created: 0, updated: 0, unchanged: 0, rejected: 0, rejections: [] };
  const context = { ...options, source, unitExists, asOf: ctx.now() };
  let layout: HeaderLayout<PaknImportField> | undefined;
  let afterHeader = false;
  const handle = async (sheetRow: SheetRow): Promise<void> => {
    if (!afterHeader) {
      afterHeader = true;
      if (isColumnNumberRow(sheetRow.cells)) return;
    }
    const row = rowOf(sheetRow.cells, layout!);
    let outcome: RowOutcome | 'empty';
    try {
      outcome = await importRow(ctx, row, context);
    } catch (error) {
      // A history decidePakn refuses (a published summary naming the sender…), or another import's write in between.
      if (error instanceof AppError) outcome = { reason: error.message };
      else if (error instanceof PaknConflictError) outcome = { reason: 'phản ánh, kiến nghị vừa được cập nhật bởi thao tác khác; hãy nhập lại tệp' };
      else throw error;
    }
    if (outcome === 'empty') return;
    result.rows++;
    if (typeof outcome === 'string') {
      result[outcome]++;
      return;
    }
    result.rejected++;
    const column = outcome.field ? PAKN_FIELD_LABELS[outcome.field] : '';
    result.rejections.push({ row: sheetRow.number, column, value: outcome.field ? cellText(row[outcome.field]) : '', reason: outcome.reason });
  };
  const head: SheetRow[] = [];
  const startLayout = async (): Promise<void> => {
    const found = layoutOfHead(head, {}, PAKN_HEADERS, PAKN_NO_HEADER_MESSAGE);
    layout = found.layout;
    for (const row of head) if (row.number > found.headerNumber) await handle(row);
  };
  for await (const row of openRows(options.filePath, kind)) {
    if (layout) {
      await handle(row);
      continue;
    }
    head.push(row);
    if (head.length >= HEADER_SCAN_ROWS) await startLayout();
  }
  if (!layout) await startLayout();
  return result;
}

