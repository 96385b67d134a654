/**
 * The adapter between the domain's dossier (src/domain/dossier: events, foldDossier) and the event
 * store's rows (event-rows.ts): a domain event as a row to append (toNewEvent) and back
 * (fromRecord), and the store's `fold` parameter (makeFold): records → domain events → state →
 * the dossiers row (readModelFromState).
 *
 * Besides the indexed columns, the row holds the report columns that the report SQL
 * (src/features/reports/reports.queries.ts) reads, so that the SQL can apply the definitions of
 * src/domain/kpi/classify.ts without opening the `state` jsonb.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { dossierEventSchema, type DossierEvent } from '../../domain/dossier/events.ts';
import { foldDossier } from '../../domain/dossier/fold.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { endOf } from '../../domain/kpi/classify.ts';
import { workItemsOf } from '../../domain/dossier/work.ts';
import { NATIVE_SOURCE, type DossierEventRecord, type DossierFold, type DossierReadModel, type DossierReportColumns, type NewDossierEvent } from './event-rows.ts';
import { dateFromLocalMinute, optionalDateFromLocalMinute } from '../db/time.ts';

export function toNewEvent(event: DossierEvent, externalId?: string): NewDossierEvent {
  const { type, at, actor, source, ...payload } = event;
  return { type, at, actorId: actor.id, actorRole: actor.role, source: source ?? NATIVE_SOURCE, externalId: externalId ?? null, payload };
}

export function fromRecord(record: DossierEventRecord): DossierEvent {
  const payload = (record.payload ?? {}) as Record<string, unknown>;
  return dossierEventSchema.parse({
    ...payload,
    type: record.type,
    at: record.at,
    actor: { id: record.actorId ?? record.source, role: record.actorRole ?? 'system' },
    source: record.source,
  });
}

/** The event store's fold for one dossier: records → domain events → state → read model. */
export function makeFold(code: string, calendar: WorkingCalendar): DossierFold<DossierState> {
  return (records) => readModelFromState(foldDossier(code, records.map(fromRecord), { calendar }));
}

export function readModelFromState(state: DossierState): DossierReadModel<DossierState> {
  return {
    unitCode: state.unitCode,
    procedureCode: state.procedureCode,
    field: state.field,
    status: state.status,
    channel: state.channel,
    applicantName: state.applicant.name,
    applicantIdNumber: state.applicant.idNumber,
    applicantPhone: state.applicant.phone,
    receivedAt: state.receivedAt,
    legalDueAt: state.legalDueAt,
    appointmentDueAt: state.appointmentDueAt,
    endedAt: state.endedAt,
    endKind: state.endKind,
    departmentCode: state.departmentCode,
    assigneeId: state.assigneeId,
    source: state.source,
    state,
    report: reportColumnsFromState(state),
  };
}

/** A range bound in the text form of a tstzmultirange (ISO instant, quoted). */
function bound(minute: LocalMinute): string {
  return `"${dateFromLocalMinute(minute).toISOString()}"`;
}

/**
 * Pauses as `(from, to]`: classify.ts pauseOpenAt is `from < J ≤ to` (open pauses: `from < J`).
 * A pause with `to ≤ from` contains no moment and is left out (PostgreSQL would reject `to < from`).
 */
export function pauseRangesText(pauses: DossierState['pauses']): string {
  const ranges = pauses
    .filter((pause) => pause.to === undefined || pause.to > pause.from)
    .map((pause) => `(${bound(pause.from)},${pause.to === undefined ? '' : bound(pause.to)}]`);
  return `{${ranges.join(',')}}`;
}

/** Supplement request times as single-instant ranges `[at, at]`. */
export function supplementRangesText(requests: DossierState['supplementRequests']): string {
  return `{${requests.map((request) => `[${bound(request.at)},${bound(request.at)}]`).join(',')}}`;
}

export function reportColumnsFromState(state: DossierState): DossierReportColumns {
  const end = endOf(state);
  const lastPayment = state.payments.reduce<LocalMinute | undefined>((latest, payment) => (latest === undefined || payment.at > latest ? payment.at : latest), undefined);
  return {
    procedureName: state.procedureName,
    receivedBy: state.receivedBy ?? null,
    refusedAt: optionalDateFromLocalMinute(state.refusedAt),
    closedAt: optionalDateFromLocalMinute(end?.at),
    paused: state.paused,
    pauseRanges: pauseRangesText(state.pauses),
    supplementRanges: supplementRangesText(state.supplementRequests),
    feeAmount: state.feeAmount,
    paidOnline: state.paidOnline,
    hasComponentFile: state.hasComponentFile,
    hasReusedComponent: state.hasReusedComponent,
    hasResultFile: state.hasResultFile,
    resultRequired: state.resultRequired,
    payments: state.payments.map((payment) => ({ at: payment.at, amount: payment.amount, online: payment.online })),
    lastPaymentAt: optionalDateFromLocalMinute(lastPayment),
    ...workColumnsFromState(state),
  };
}

/** The dossier's work item (at most one) as columns: the same rule as domain/dossier/work.ts, persisted. */
export function workColumnsFromState(state: DossierState): Pick<DossierReportColumns, 'workKind' | 'workRole' | 'workDepartment' | 'workAssignee' | 'workStep' | 'workFolded'> {
  const work = workItemsOf(state)[0];
  return {
    workKind: work?.kind ?? null,
    workRole: work && work.assigneeId === undefined ? work.role : null,
    workDepartment: work?.departmentCode ?? null,
    workAssignee: work?.assigneeId ?? null,
    workStep: work?.stepCode ?? null,
    workFolded: true,
  };
}
