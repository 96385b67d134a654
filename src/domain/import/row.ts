/**
 * One data row → an imported dossier record, or the list of what is wrong with it
 * (column, value, Vietnamese reason). A row is taken whole or not at all.
 */
import type { Channel } from '../dossier/state.ts';
import { FIELD_LABELS, IMPORT_FIELDS, type ImportField } from './fields.ts';
import type { HeaderLayout, SheetColumn } from './headers.ts';
import { parseStatus, type ImportStatus } from './status.ts';
import { cellText, hasUnstorableCharacter, isBlank, parseAmount, parseChannel, parseImportedTime, parseYesNo, storableText, type Cell, type ImportedTime } from './values.ts';

/** A row as the planner reads it. Times are Vietnamese local minutes. */
export interface ImportedRecord {
  /** The code as written in the source (the canonical code is made by the planner). */
  code: string;
  procedureCode?: string;
  procedureName?: string;
  field?: string;
  applicantName?: string;
  applicantAddress?: string;
  applicantPhone?: string;
  applicantIdNumber?: string;
  channel: Channel;
  receivedAt?: ImportedTime;
  dueAt?: ImportedTime;
  resultAt?: ImportedTime;
  returnedAt?: ImportedTime;
  status?: ImportStatus;
  /** The status as written, for reasons and the event payload. */
  statusText?: string;
  fee: number;
  paidOnline: boolean;
  department?: string;
  unit?: string;
  /** When the dossier was forwarded for processing ("Chuyển hồ sơ đến cơ quan giải quyết"), and to whom. */
  forwardedAt?: ImportedTime;
  forwardedTo?: string;
  /** When a supplement was asked for, and when the citizen brought it. */
  supplementRequestedAt?: ImportedTime;
  supplementReceivedAt?: ImportedTime;
  /** When the appointment was moved (hẹn lại) to `dueAt`. */
  extendedAt?: ImportedTime;
  /** The step the dossier is at, as the source names it. */
  step?: string;
  /** Columns the import does not know, header → value as text: kept with the dossier. */
  extra: Record<string, string>;
}

export interface RowProblem {
  /** Header of the column as written ('' when the row as a whole is wrong). */
  column: string;
  value: string;
  reason: string;
}

export type RowResult = { ok: true; record: ImportedRecord } | { ok: false; problems: RowProblem[] } | { ok: 'empty' };

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  code: 100,
  procedureCode: 64,
  procedureName: 500,
  field: 200,
  applicantName: 300,
  applicantAddress: 500,
  applicantPhone: 20,
  applicantIdNumber: 20,
  department: 100,
  unit: 100,
  forwardedTo: 200,
  step: 200,
};

const UNSTORABLE_REASON = 'ô có ký tự NUL (mã 0) hoặc ký tự Unicode hỏng, không lưu được; hãy xóa ký tự đó trong tệp';

/**
 * Why a dossier code cannot be taken, if it cannot: the code becomes part of addresses
 * (/api/dossiers/{code}), file names and printed forms, so no slashes, no "..", no control
 * characters (C0, C1) and no invisible formatting characters (bidirectional marks and
 * overrides, zero-width spaces and joiners: Unicode category Cf), which can make a code show as
 * another one.
 */
export function dossierCodeProblem(code: string): string | undefined {
  if (/[/\\]/.test(code)) return 'mã hồ sơ không được chứa dấu gạch chéo (/ hoặc \\)';
  if (code.includes('..')) return 'mã hồ sơ không được chứa hai dấu chấm liền nhau (..)';
  if (/\p{Cc}/u.test(code)) return 'mã hồ sơ chứa ký tự điều khiển (không in được, ví dụ ký tự tab hoặc xuống dòng)';
  if (/\p{Cf}/u.test(code)) return 'mã hồ sơ chứa ký tự vô hình hoặc ký tự đổi chiều văn bản (có thể làm mã hiển thị thành mã khác)';
  return undefined;
}

export interface ParseRowOptions {
  /** A profile's own status wording (folded text → status). */
  statuses?: Readonly<Record<string, ImportStatus>>;
}

/** Reads a row by field: from a sheet row and its layout, or from a pushed JSON record. */
export interface FieldSource {
  get(field: ImportField): Cell;
  header(field: ImportField): string;
  extra(): Record<string, string>;
}

/** A field's column header in a layout (its Vietnamese name when no column holds it). */
export function headerOf(layout: HeaderLayout): (field: ImportField) => string {
  return (field) => layout.columns.find((c) => c.index === layout.mapping[field])?.header ?? FIELD_LABELS[field];
}

export function sheetRowSource(row: readonly Cell[], layout: HeaderLayout, extras: readonly SheetColumn[]): FieldSource {
  return {
    get: (field) => {
      const index = layout.mapping[field];
      return index === undefined ? null : (row[index] ?? null);
    },
    header: headerOf(layout),
    extra: () => {
      const values: Record<string, string> = {};
      for (const column of extras) {
        const text = cellText(row[column.index] ?? null);
        if (text !== '') values[column.header] = text.slice(0, 2000);
      }
      return values;
    },
  };
}

/** Parses one row; `{ ok: 'empty' }` for a blank row (skipped, not an error). */
export function parseRecord(source: FieldSource, options: ParseRowOptions = {}): RowResult {
  const problems: RowProblem[] = [];
  const problem = (field: ImportField, reason: string): void => {
    problems.push({ column: source.header(field), value: storableText(cellText(source.get(field)).slice(0, 500)), reason });
  };
  const text = (field: ImportField): string | undefined => {
    const cell = source.get(field);
    if (isBlank(cell)) return undefined;
    const value = cellText(cell).replace(/\s+/g, ' ');
    const limit = TEXT_LIMITS[field];
    if (limit !== undefined && value.length > limit) {
      problem(field, `dài quá ${limit} ký tự`);
      return undefined;
    }
    return value;
  };
  const time = (field: ImportField): ImportedTime | undefined => {
    const cell = source.get(field);
    if (isBlank(cell)) return undefined;
    const parsed = parseImportedTime(cell);
    if (!parsed.ok) {
      problem(field, parsed.reason);
      return undefined;
    }
    return parsed.value;
  };

  const code = text('code');
  const extra = source.extra();
  const fields: ImportField[] = ['procedureCode', 'procedureName', 'applicantName', 'receivedAt', 'status'];
  if (code === undefined && fields.every((f) => isBlank(source.get(f))) && Object.keys(extra).length === 0) return { ok: 'empty' };
  if (code === undefined && problems.length === 0) problem('code', 'thiếu mã hồ sơ');
  const codeProblem = isBlank(source.get('code')) ? undefined : dossierCodeProblem(cellText(source.get('code')));
  if (codeProblem) problem('code', codeProblem);
  // A bad cell refuses its row only (it would otherwise fail the whole batch in the database).
  for (const field of IMPORT_FIELDS) {
    const cell = source.get(field);
    if (typeof cell === 'string' && hasUnstorableCharacter(cell) && !(field === 'code' && codeProblem)) problem(field, UNSTORABLE_REASON);
  }
  for (const [header, value] of Object.entries(extra)) {
    if (hasUnstorableCharacter(value)) problems.push({ column: header, value: storableText(value.slice(0, 500)), reason: UNSTORABLE_REASON });
  }

  const channel = parseChannel(source.get('channel'));
  if (!channel.ok) problem('channel', channel.reason);
  const fee = parseAmount(source.get('fee'));
  if (!fee.ok) problem('fee', fee.reason);
  const paidOnline = isBlank(source.get('paidOnline')) ? { ok: true as const, value: false } : parseYesNo(source.get('paidOnline'));
  if (!paidOnline.ok) problem('paidOnline', paidOnline.reason);
  const status = parseStatus(source.get('status'), options.statuses);
  if (!status.ok) problem('status', status.reason);

  const record: ImportedRecord = {
    code: code ?? '',
    channel: channel.ok ? channel.value : 'in_person',
    fee: fee.ok ? fee.value : 0,
    paidOnline: paidOnline.ok ? paidOnline.value : false,
    extra,
  };
  const optionalTexts = ['procedureCode', 'procedureName', 'field', 'applicantName', 'applicantAddress', 'applicantPhone', 'applicantIdNumber', 'department', 'unit', 'forwardedTo', 'step'] as const;
  for (const field of optionalTexts) {
    const value = text(field);
    if (value !== undefined) record[field] = value;
  }
  for (const field of ['receivedAt', 'dueAt', 'resultAt', 'returnedAt', 'forwardedAt', 'supplementRequestedAt', 'supplementReceivedAt', 'extendedAt'] as const) {
    const value = time(field);
    if (value !== undefined) record[field] = value;
  }
  // The source's step is kept as written with the dossier (its names are not the template's).
  if (record.step) extra[source.header('step')] = record.step;
  if (status.ok && status.value) {
    record.status = status.value;
    record.statusText = cellText(source.get('status'));
  }
  if (record.procedureCode === undefined && record.procedureName === undefined && !problems.some((p) => p.reason.startsWith('dài'))) {
    problems.push({ column: `${FIELD_LABELS.procedureCode} / ${FIELD_LABELS.procedureName}`, value: '', reason: 'thiếu mã thủ tục hoặc tên thủ tục' });
  }
  const dayOfTime = (t: ImportedTime): number => Math.floor(t.at / 1440);
  if (record.receivedAt && record.dueAt && (record.dueAt.hasTime ? record.dueAt.at < record.receivedAt.at : dayOfTime(record.dueAt) < dayOfTime(record.receivedAt))) {
    problem('dueAt', 'ngày hẹn trả trước ngày tiếp nhận');
  }
  for (const field of ['resultAt', 'returnedAt', 'forwardedAt', 'supplementRequestedAt', 'supplementReceivedAt', 'extendedAt'] as const) {
    const value = record[field];
    if (value && record.receivedAt && (value.hasTime ? value.at < record.receivedAt.at : dayOfTime(value) < dayOfTime(record.receivedAt))) {
      problem(field, `${FIELD_LABELS[field].toLowerCase()} trước ngày tiếp nhận`);
    }
  }
  const { supplementRequestedAt: asked, supplementReceivedAt: brought } = record;
  if (brought && (!asked || (brought.hasTime && asked.hasTime ? brought.at < asked.at : dayOfTime(brought) < dayOfTime(asked)))) {
    problem('supplementReceivedAt', asked ? 'ngày nhận hồ sơ bổ sung trước ngày yêu cầu bổ sung' : 'có ngày nhận hồ sơ bổ sung nhưng không có ngày yêu cầu bổ sung');
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, record };
}
