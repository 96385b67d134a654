/**
 * The rows the event store writes, made the same way by every append (single, batch, reception):
 * the event records (numbered, payload in jsonb's shape), the dossiers read-model row, and the
 * check that the fold agrees with the events.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { idNumberKey, phoneKey } from '../../domain/format/person-keys.ts';
import type { CHANNELS, dossiers, END_KINDS } from '../db/schema.ts';
import { dossierSearchText } from '../db/search-text.ts';
import { optionalDateFromLocalMinute } from '../db/time.ts';
import { toJsonValue } from './event-hash.ts';

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
 * the other fields are its indexed projection. dossier-fold.ts readModelFromState maps a
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
  applicantPhone?: string | undefined;
  receivedAt?: LocalMinute | undefined;
  legalDueAt?: LocalMinute | undefined;
  appointmentDueAt?: LocalMinute | undefined;
  endedAt?: LocalMinute | undefined;
  endKind?: EndKind | undefined;
  departmentCode?: string | undefined;
  assigneeId?: string | undefined;
  source: string;
  state: TState;
  /** Report columns (dossier-fold.ts reportColumnsFromState); defaults when absent. */
  report?: DossierReportColumns | undefined;
}

/** The columns the report SQL reads (src/features/reports/reports.queries.ts), projected from the state. */
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
  | 'workKind'
  | 'workRole'
  | 'workDepartment'
  | 'workAssignee'
  | 'workStep'
  | 'workFolded'
>;

export type DossierFold<TState = unknown> = (events: readonly DossierEventRecord[]) => DossierReadModel<TState>;

export interface NewDossierHistory<TState = unknown> {
  dossierCode: string;
  unitCode: string;
  /** The whole history of a dossier that does not exist yet. */
  events: readonly NewDossierEvent[];
  fold: DossierFold<TState>;
}

export const NATIVE_SOURCE = 'motcua';

/** Every event must carry a valid LocalMinute time (`what`: the caller, for the message). */
export function assertEventTimes(events: readonly NewDossierEvent[], what: string): void {
  const badTime = events.find((event) => !Number.isSafeInteger(event.at));
  if (badTime) throw new Error(`${what}: event "${badTime.type}" has no valid LocalMinute time`);
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

export function eventRecord(dossierCode: string, unitCode: string, seq: number, event: NewDossierEvent, recordedAt: Date, payload: unknown): DossierEventRecord {
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

export function foldChecked<TState>(
  fold: DossierFold<TState>,
  history: readonly DossierEventRecord[],
  unitCode: string,
): DossierReadModel<TState> {
  const readModel = fold(history);
  if (readModel.unitCode !== unitCode) {
    throw new Error(`the fold says unit ${readModel.unitCode}, the events say ${unitCode}`);
  }
  return readModel;
}

/** The dossiers row of a read model, keyed by the table's property names. */
export function readModelColumns<TState>(code: string, version: number, model: DossierReadModel<TState>) {
  return {
    unitCode: model.unitCode,
    procedureCode: model.procedureCode,
    field: model.field,
    status: model.status,
    channel: model.channel,
    applicantName: model.applicantName,
    applicantIdNumber: model.applicantIdNumber ?? null,
    applicantIdKey: idNumberKey(model.applicantIdNumber) ?? null,
    applicantPhoneKey: phoneKey(model.applicantPhone) ?? null,
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
