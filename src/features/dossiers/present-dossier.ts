/**
 * The detail view of a dossier: state, history, steps with their due dates and warnings, and
 * the actions this user may take now. Personal data is masked for users outside the unit.
 */
import type { CurrentUser } from '../../platform/context.ts';
import { canActOnDossier, canSeePersonalData, maskIdNumber } from '../../domain/policy/policy.ts';
import type { LoadedDossier } from './load-dossier.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { EVENT_NAMES, type DossierEventType } from '../../domain/dossier/events.ts';
import { STATUS_NAMES, type Applicant, type DossierState } from '../../domain/dossier/state.ts';
import { allowedEvents } from '../../domain/dossier/transitions.ts';
import { assessDeadline, type DeadlineAssessment } from '../../domain/deadline/warnings.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';

export interface DossierView {
  state: DossierState;
  statusName: string;
  personalDataVisible: boolean;
  /** Where the legal clock stands now (open dossiers only). */
  deadline: DeadlineAssessment | null;
  steps: Array<DossierState['steps'][number] & { deadline: DeadlineAssessment | null }>;
  history: Array<{ seq: number; type: DossierEventType; name: string; at: LocalMinute; actorId: string; actorRole: string; source: string; payload: Record<string, unknown>; hash: string }>;
  allowedActions: DossierEventType[];
}

function maskApplicant(applicant: Applicant): Applicant {
  const masked: Applicant = { kind: applicant.kind, name: applicant.name };
  const id = maskIdNumber(applicant.idNumber);
  if (id) masked.idNumber = id;
  return masked;
}

/** Live deadline of an open dossier at `now`, counting a running pause as stopped time. */
export function liveDeadline(state: DossierState, now: LocalMinute, calendar: WorkingCalendar): DeadlineAssessment | null {
  if (state.endedAt !== undefined || state.receivedAt === undefined || state.legalDueAt === undefined) return null;
  const running = state.pauses.find((p) => p.to === undefined);
  const due = running ? calendar.addWorkingMinutes(state.legalDueAt, Math.max(0, calendar.workingMinutesBetween(running.from, now))) : state.legalDueAt;
  return assessDeadline(state.receivedAt, due, now, calendar);
}

export function presentDossier(dossier: LoadedDossier, user: CurrentUser, now: LocalMinute): DossierView {
  const { state, calendar } = dossier;
  const personal = canSeePersonalData(user, dossier.scope);
  const shown: DossierState = personal ? state : { ...state, applicant: maskApplicant(state.applicant) };
  const open = state.endedAt === undefined;
  return {
    state: shown,
    statusName: STATUS_NAMES[state.status],
    personalDataVisible: personal,
    deadline: liveDeadline(state, now, calendar),
    steps: state.steps.map((step) => ({
      ...step,
      deadline: open && step.status === 'active' && step.startedAt !== undefined ? assessDeadline(step.startedAt, step.dueAt, now, calendar) : null,
    })),
    history: dossier.records.map((record, i) => {
      const event = dossier.events[i]!;
      const { type, at, actor, source, ...payload } = event;
      const visiblePayload = personal ? payload : Object.fromEntries(Object.entries(payload).filter(([key]) => key !== 'applicant'));
      return { seq: record.seq, type, name: EVENT_NAMES[type], at, actorId: actor.id, actorRole: actor.role, source: source ?? record.source, payload: visiblePayload, hash: record.hash };
    }),
    allowedActions: canActOnDossier(user, dossier.scope) ? allowedEvents(state.status, user.role) : [],
  };
}
