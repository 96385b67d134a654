/**
 * The dossiers row from a folded DossierState: the adapter between the domain's fold
 * (src/domain/dossier) and the event store's `fold` parameter, e.g.
 *
 *   fold: (events) => readModelFromState(foldDossier(events.map(domainEventFromRecord)))
 */
import type { DossierState } from '../domain/dossier/state.ts';
import type { DossierReadModel } from './dossier-store.ts';

export function readModelFromState(state: DossierState): DossierReadModel<DossierState> {
  return {
    unitCode: state.unitCode,
    procedureCode: state.procedureCode,
    field: state.field,
    status: state.status,
    channel: state.channel,
    applicantName: state.applicant.name,
    applicantIdNumber: state.applicant.idNumber,
    receivedAt: state.receivedAt,
    legalDueAt: state.legalDueAt,
    appointmentDueAt: state.appointmentDueAt,
    endedAt: state.endedAt,
    endKind: state.endKind,
    departmentCode: state.departmentCode,
    assigneeId: state.assigneeId,
    source: state.source,
    state,
  };
}
