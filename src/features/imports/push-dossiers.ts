/**
 * The push API's use case: an external system (identified by its API key, hence its source
 * name) sends a JSON batch of dossier records — "this dossier is now in this state" — and
 * they go through exactly the same parsing, merge planning and batch writing as a file
 * import (one transaction for the batch): same idempotency, same merge rules, same events.
 * The key writes only into its units (src/app/policies.ts unitsApiKeyMayPushInto): an item naming
 * another unit, or a dossier another unit holds, is a refused item. Events name the key.
 */
import type { AppContext } from '../../platform/context.ts';
import { AppError, badRequest } from '../../platform/errors.ts';
import { writeRows, type BatchContext, type BatchRow } from './import-batch.ts';
import { failImportJob, profileOf, unitsForBatch } from './import-file.ts';
import { unitsApiKeyMayPushInto } from '../../domain/policy/policy.ts';
import { createImportJob, finishImportJob, readRejectionsOfJob, sourceOfApiKey, type ImportCounts, type PushKey } from './imports.store.ts';
import { FIELD_LABELS, type ImportField } from '../../domain/import/fields.ts';
import { parseRecord, type FieldSource } from '../../domain/import/row.ts';
import type { Cell } from '../../domain/import/values.ts';

/** One pushed record; every field as the source system has it (dates as text or ISO). */
export interface PushedDossier {
  /** The record's id in the source system (kept in the event payload). */
  eventId?: string | undefined;
  dossierCode: string;
  unitCode?: string | undefined;
  procedureCode?: string | undefined;
  procedureName?: string | undefined;
  field?: string | undefined;
  applicant?: { name?: string | undefined; idNumber?: string | undefined; address?: string | undefined; phone?: string | undefined } | undefined;
  channel?: string | undefined;
  receivedAt?: string | undefined;
  dueAt?: string | undefined;
  resultAt?: string | undefined;
  returnedAt?: string | undefined;
  status?: string | number | undefined;
  fee?: string | number | undefined;
  paidOnline?: boolean | string | undefined;
  department?: string | undefined;
  /** Anything else the source system knows: kept with the dossier. */
  extra?: Record<string, string> | undefined;
}

export const PUSH_MAX_ITEMS = 1000;

function pushedSource(item: PushedDossier): FieldSource {
  const values: Partial<Record<ImportField, Cell>> = {
    code: item.dossierCode,
    unit: item.unitCode ?? null,
    procedureCode: item.procedureCode ?? null,
    procedureName: item.procedureName ?? null,
    field: item.field ?? null,
    applicantName: item.applicant?.name ?? null,
    applicantIdNumber: item.applicant?.idNumber ?? null,
    applicantAddress: item.applicant?.address ?? null,
    applicantPhone: item.applicant?.phone ?? null,
    channel: item.channel ?? null,
    receivedAt: item.receivedAt ?? null,
    dueAt: item.dueAt ?? null,
    resultAt: item.resultAt ?? null,
    returnedAt: item.returnedAt ?? null,
    status: item.status === undefined ? null : String(item.status),
    fee: item.fee ?? null,
    paidOnline: item.paidOnline ?? null,
    department: item.department ?? null,
  };
  return {
    get: (field) => values[field] ?? null,
    header: pushedColumn,
    extra: () => ({ ...(item.extra ?? {}), ...(item.eventId ? { eventId: item.eventId } : {}) }),
  };
}

/** A field's JSON property, for the problems of a pushed record. */
const pushedColumn = (field: ImportField): string => FIELD_NAMES[field] ?? FIELD_LABELS[field];

/** JSON property names, for the problems of a pushed record. */
const FIELD_NAMES: Partial<Record<ImportField, string>> = {
  code: 'dossierCode',
  unit: 'unitCode',
  procedureCode: 'procedureCode',
  procedureName: 'procedureName',
  field: 'field',
  applicantName: 'applicant.name',
  applicantIdNumber: 'applicant.idNumber',
  applicantAddress: 'applicant.address',
  applicantPhone: 'applicant.phone',
  channel: 'channel',
  receivedAt: 'receivedAt',
  dueAt: 'dueAt',
  resultAt: 'resultAt',
  returnedAt: 'returnedAt',
  status: 'status',
  fee: 'fee',
  paidOnline: 'paidOnline',
  department: 'department',
};

export interface PushResult extends ImportCounts {
  jobId: string;
  /** Refused records: index in the batch (from 0), field, value, reason. */
  rejectedItems: Array<{ index: number; field: string; value: string; reason: string }>;
}

/**
 * The source system a push request's key belongs to (X-Api-Key, or Authorization: Bearer),
 * checked before the body is read: a request without a valid key is refused (401).
 */
export async function pushKeyOf(ctx: AppContext, key: string | undefined): Promise<PushKey> {
  if (!key) throw new AppError('unauthorized', 'Thiếu khóa API (tiêu đề X-Api-Key hoặc Authorization: Bearer).');
  const found = await sourceOfApiKey(ctx.db, key);
  if (!found) throw new AppError('unauthorized', 'Khóa API không đúng hoặc đã bị thu hồi.');
  return found;
}

export async function pushDossiers(ctx: AppContext, key: PushKey, items: readonly PushedDossier[]): Promise<PushResult> {
  if (items.length === 0) throw badRequest('Lô dữ liệu rỗng: "items" phải có ít nhất một hồ sơ.', 'items');
  if (items.length > PUSH_MAX_ITEMS) throw badRequest(`Mỗi lô tối đa ${PUSH_MAX_ITEMS} hồ sơ; hãy chia nhỏ lô.`, 'items');
  const profile = await profileOf(ctx, key.source, key.unitCode);
  const job = await createImportJob(ctx.db, { source: key.source, kind: 'push', unitCode: key.unitCode });
  const rows: BatchRow[] = items.map((item, index) => {
    const parsed = parseRecord(pushedSource(item), { statuses: profile.statuses });
    const number = index + 1;
    if (parsed.ok === 'empty') return { number, problems: [{ column: 'dossierCode', value: '', reason: 'thiếu mã hồ sơ' }] };
    return parsed.ok ? { number, record: parsed.record } : { number, problems: parsed.problems };
  });
  const scope = unitsApiKeyMayPushInto(key);
  const batch: BatchContext = {
    ctx,
    source: key.source,
    jobId: job.id,
    defaultUnitCode: key.unitCode,
    units: await unitsForBatch(ctx),
    asOf: ctx.now(),
    scope,
    outOfScope: (unitCode) => `khóa API này không được gửi hồ sơ của đơn vị ${unitCode} (chỉ đơn vị ${scope.join(', ')})`,
    importedBy: { kind: 'key', keyId: key.id, keyName: key.name },
    columnName: pushedColumn,
  };
  let counts: ImportCounts;
  try {
    counts = await writeRows(batch, rows, 0);
  } catch (error) {
    throw await failImportJob(ctx, job.id, error, 'Không hồ sơ nào của lô được ghi; hãy gửi lại lô.');
  }
  await finishImportJob(ctx.db, job.id, { status: 'done' });
  const rejectedItems = (await readRejectionsOfJob(ctx.db, job.id)).map((r) => ({ index: r.row - 1, field: r.column, value: r.value, reason: r.reason }));
  return { jobId: job.id, ...counts, rejectedItems };
}
