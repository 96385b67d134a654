/**
 * Overdue dossiers of a period, by field, each with the step it is (or was) late at and a
 * cause, as seed 002 lists them ("20 hồ sơ (Hộ tịch: 07, Đất đai: 03 …)" and "Nguyên nhân: …").
 * Listed: dossiers that ended in the period after their legal due date (processed, returned or
 * stopped — Biểu II.06a column 10) and dossiers in progress and overdue at the judgement
 * moment (column 13), with exactly the classification of src/domain/kpi/classify.ts.
 */
import { isoLocalDateTime, type LocalMinute } from '../calendar/local-time.ts';
import type { DossierState, StepState } from '../dossier/state.ts';
import { STATUS_NAMES } from '../dossier/state.ts';
import { formatDateTime } from '../format/date.ts';
import { classifyDossier, judgementMoment, type ClassifyContext } from '../kpi/classify.ts';
import { REPORT_TEXT } from './labels.ts';

export interface OverdueDossier {
  code: string;
  procedureName: string;
  applicantName: string;
  /** 'ended': ended late in the period; 'inProgress': not ended and overdue at the judgement moment. */
  kind: 'ended' | 'inProgress';
  status: string;
  receivedAt: string;
  legalDueAt: string;
  endedAt?: string;
  /** The step it is late at: the active one, else the first step completed after its own due time. */
  step?: { code: string; name: string; department?: string; dueAt: string };
  cause: string;
}

export interface OverdueField {
  field: string;
  count: number;
  dossiers: OverdueDossier[];
}

/** The step that made the dossier late: the first completed after its due time, else the active one. */
function lateStep(state: DossierState, moment: LocalMinute): StepState | undefined {
  const completedLate = state.steps.find((step) => step.completedAt !== undefined && step.completedAt > step.dueAt);
  if (completedLate) return completedLate;
  const active = state.steps.find((step) => step.status === 'active');
  if (active && active.dueAt < moment) return active;
  return active ?? state.steps[state.steps.length - 1];
}

function causeOf(state: DossierState, step: StepState | undefined, department: string | undefined, kind: OverdueDossier['kind']): string {
  if (step === undefined) return REPORT_TEXT.overdueCause.noSteps;
  const where = department ? `${step.name} (${department})` : step.name;
  if (step.completedAt !== undefined && step.completedAt > step.dueAt) {
    return REPORT_TEXT.overdueCause.stepLate(where, formatDateTime(step.dueAt), formatDateTime(step.completedAt));
  }
  if (kind === 'inProgress') return REPORT_TEXT.overdueCause.stillAt(where, formatDateTime(step.dueAt));
  return REPORT_TEXT.overdueCause.endedLate(where, state.legalDueAt === undefined ? '' : formatDateTime(state.legalDueAt));
}

export function overdueByField(states: readonly DossierState[], context: ClassifyContext, departments: ReadonlyMap<string, string>): OverdueField[] {
  const moment = judgementMoment(context);
  const byField = new Map<string, OverdueDossier[]>();
  for (const state of states) {
    const handled = classifyDossier(state, context);
    if (handled === undefined) continue;
    const { outcome } = handled;
    const late = outcome.ended ? outcome.endKind !== 'withdrawn' && outcome.timing === 'overdue' : outcome.overdue;
    if (!late) continue;
    const kind: OverdueDossier['kind'] = outcome.ended ? 'ended' : 'inProgress';
    const step = lateStep(state, outcome.ended ? outcome.endedAt : moment);
    const department = step?.handlerUnit === undefined ? undefined : (departments.get(step.handlerUnit) ?? step.handlerUnit);
    const entry: OverdueDossier = {
      code: state.code,
      procedureName: state.procedureName,
      applicantName: state.applicant.name,
      kind,
      status: STATUS_NAMES[state.status],
      receivedAt: state.receivedAt === undefined ? '' : isoLocalDateTime(state.receivedAt),
      legalDueAt: state.legalDueAt === undefined ? '' : isoLocalDateTime(state.legalDueAt),
      cause: causeOf(state, step, department, kind),
    };
    if (outcome.ended) entry.endedAt = isoLocalDateTime(outcome.endedAt);
    if (step !== undefined) entry.step = { code: step.code, name: step.name, dueAt: isoLocalDateTime(step.dueAt), ...(department === undefined ? {} : { department }) };
    const list = byField.get(state.field) ?? [];
    list.push(entry);
    byField.set(state.field, list);
  }
  return [...byField.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([field, dossiers]) => ({ field, count: dossiers.length, dossiers: dossiers.sort((a, b) => a.code.localeCompare(b.code)) }));
}
