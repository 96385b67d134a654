/**
 * The detail view of a dossier: state, history, steps with their due dates and warnings, and
 * the actions this user may take now. Personal data is masked for users outside the unit.
 */
import type { CurrentUser } from '../../platform/context.ts';
import { canActOnDossier, canSeePersonalData, maskIdNumber, maskSubmitter } from '../../domain/policy/policy.ts';
import type { DossierNames, LoadedDossier } from './load-dossier.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { EVENT_NAMES, type ChecklistItem, type DossierEvent, type DossierEventType } from '../../domain/dossier/events.ts';
import { STATUS_NAMES, type Applicant, type DossierState } from '../../domain/dossier/state.ts';
import { allowedActions, type AllowedAction } from '../../domain/policy/turns.ts';
import { actorWords, describeEntry, historyEntries, type HistoryNames } from '../../domain/dossier/history.ts';
import { assessDeadline, type DeadlineAssessment } from '../../domain/deadline/warnings.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';

export interface DossierView {
  state: DossierState;
  statusName: string;
  personalDataVisible: boolean;
  /** Where the legal clock stands now (open dossiers only). */
  deadline: DeadlineAssessment | null;
  steps: Array<DossierState['steps'][number] & { deadline: DeadlineAssessment | null }>;
  history: Array<{
    seq: number;
    type: DossierEventType;
    name: string;
    at: LocalMinute;
    actorId: string;
    actorRole: string;
    source: string;
    payload: Record<string, unknown>;
    hash: string;
    /** Who acted and what happened, in words (names, step names, dates; no codes: issue 14 §7). */
    actorName: string;
    description: string;
    stepName?: string;
  }>;
  /** The events this user may take now (the turn table over the transition table). */
  allowedActions: DossierEventType[];
  /** The same with what each needs: the step, on whose behalf, where a send-back may go. */
  actions: AllowedAction[];
  names: DossierNames;
  /** The procedure's list of papers recorded at reception (or at the online submission). */
  checklist: ChecklistItem[];
}

/** The procedure's list of papers in the snapshot the dossier keeps (the latest that carries one). */
function checklistOf(events: readonly DossierEvent[]): ChecklistItem[] {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i]!;
    if ('procedure' in event && event.procedure?.components) return event.procedure.components;
  }
  return [];
}

/** The history's names: officers and departments of the unit; unknown ones are described by role. */
function historyNames(dossier: LoadedDossier): HistoryNames {
  return { officer: (id) => dossier.names.officers[id], department: (code) => dossier.names.departments[code] };
}

/** What an event shows of its payload: without the applicant and the submitter, or the collector's ID number, where personal data is hidden. */
function visiblePayload(payload: Record<string, unknown>, personal: boolean): Record<string, unknown> {
  if (personal) return payload;
  const { applicant: _applicant, submitter: _submitter, collectedBy, ...rest } = payload;
  if (collectedBy && typeof collectedBy === 'object') {
    const { idNumber: _id, ...who } = collectedBy as Record<string, unknown>;
    return { ...rest, collectedBy: who };
  }
  return rest;
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
  const shown: DossierState = personal ? state : { ...state, applicant: maskApplicant(state.applicant), ...(state.submitter ? { submitter: maskSubmitter(state.submitter) } : {}) };
  const open = state.endedAt === undefined;
  const names = historyNames(dossier);
  const entries = historyEntries(dossier.code, dossier.events, { calendar });
  const actions = canActOnDossier(user, dossier.scope) ? allowedActions(state, user) : [];
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
      const entry = entries[i]!;
      return {
        seq: record.seq,
        type,
        name: EVENT_NAMES[type],
        at,
        actorId: actor.id,
        actorRole: actor.role,
        source: source ?? record.source,
        payload: visiblePayload(payload, personal),
        hash: record.hash,
        actorName: actorWords(entry, names),
        description: describeEntry(entry, names),
        ...(entry.stepName ? { stepName: entry.stepName } : {}),
      };
    }),
    allowedActions: actions.map((action) => action.event),
    actions,
    names: dossier.names,
    checklist: checklistOf(dossier.events),
  };
}
