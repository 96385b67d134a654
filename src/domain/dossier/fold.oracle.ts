/**
 * TEST ORACLE — the dossier fold exactly as it was before issue 14 (step-level workflow), kept
 * so that `fold.migration.test.ts` can check that every history valid before the change folds
 * to the same state today. Never import it from production code, never "fix" it: it is the
 * old behaviour, frozen. The only edits to the copy are its names and the types below.
 */
import type { DossierEvent, ProcedureSnapshot } from './events.ts';
import type { Applicant, Channel, DossierState, EndKind, Extension, PauseInterval, Payment, StatusCode, StepState, SupplementRequest } from './state.ts';
import { InvalidHistoryError, type FoldContext } from './fold.ts';
import { STATUS } from './state.ts';
import { checkTransition, type FromState } from './transitions.ts';
import type { LocalMinute } from '../calendar/local-time.ts';
import { computeDueDate, shiftByPauses, type ClosedPause } from '../deadline/due-date.ts';
import { splitStepBudgets, stepDueDates } from '../deadline/step-budgets.ts';

/** The step fields the fold gave before issue 14. */
export type LegacyStepState = Pick<StepState, 'code' | 'name' | 'budgetMinutes' | 'dueAt' | 'startedAt' | 'completedAt' | 'status' | 'handlerUnit' | 'handlerId'>;
/** The state fields the fold gave before issue 14. */
export type LegacyDossierState = Omit<DossierState, 'steps' | 'currentSteps' | 'papers' | 'resultReference' | 'collectedBy' | 'returnTrackingNumber' | 'stepReturns'> & { steps: LegacyStepState[] };

/** Mutable accumulator of the fold; turned into a DossierState at the end. */
interface Acc {
  status: FromState;
  statusBeforeSupplement: StatusCode;
  unitCode: string;
  channel: Channel;
  applicant: Applicant;
  procedure?: ProcedureSnapshot;
  source: string;
  submittedAt?: LocalMinute;
  receivedAt?: LocalMinute;
  receivedBy?: string;
  departmentCode?: string;
  assigneeId?: string;
  pauses: PauseInterval[];
  supplementRequests: SupplementRequest[];
  extensions: Extension[];
  completedAt: Array<LocalMinute | undefined>;
  stepHandlers: Array<{ unit?: string; id?: string } | undefined>;
  endedAt?: LocalMinute;
  endKind?: EndKind;
  resultReadyAt?: LocalMinute;
  returnedAt?: LocalMinute;
  returnMethod?: DossierState['returnMethod'];
  stoppedAt?: LocalMinute;
  stopIsRefusal?: boolean;
  withdrawnAt?: LocalMinute;
  refusedAt?: LocalMinute;
  feeAmount: number;
  payments: Payment[];
  hasComponentFile: boolean;
  hasReusedComponent: boolean;
  hasResultFile: boolean;
}

function newAcc(): Acc {
  return {
    status: 'none',
    statusBeforeSupplement: STATUS.received,
    unitCode: '',
    channel: 'in_person',
    applicant: { kind: 'individual', name: '' },
    source: 'motcua',
    pauses: [],
    supplementRequests: [],
    extensions: [],
    completedAt: [],
    stepHandlers: [],
    feeAmount: 0,
    payments: [],
    hasComponentFile: false,
    hasReusedComponent: false,
    hasResultFile: false,
  };
}

/** Marks the processing end per QĐ 766: the first of result ready, returned, stopped, withdrawn. */
function end(acc: Acc, at: LocalMinute, kind: EndKind): void {
  if (acc.endedAt !== undefined) return;
  acc.endedAt = at;
  acc.endKind = kind;
}

function closeOpenPause(acc: Acc, kind: PauseInterval['kind'], at: LocalMinute): void {
  const open = acc.pauses.findLast((p) => p.kind === kind && p.to === undefined);
  if (open) open.to = at;
}

/** Completes every step up to and including `index` that is not done yet. */
function completeStepsThrough(acc: Acc, index: number, at: LocalMinute): void {
  for (let i = 0; i <= index && i < acc.completedAt.length; i++) {
    if (acc.completedAt[i] === undefined) acc.completedAt[i] = at;
  }
}

function currentStepIndex(acc: Acc): number {
  const index = acc.completedAt.findIndex((c) => c === undefined);
  return index === -1 ? acc.completedAt.length : index;
}

function setProcedure(acc: Acc, procedure: ProcedureSnapshot): void {
  acc.procedure = procedure;
  acc.completedAt = procedure.steps.map(() => undefined);
  acc.stepHandlers = procedure.steps.map(() => undefined);
}

function apply(acc: Acc, event: DossierEvent, index: number): void {
  const check = checkTransition(acc.status, event.type, event.actor.role);
  if (!check.ok) throw new InvalidHistoryError(index, check.reason);
  if (index === 0 && event.source) acc.source = event.source;
  const previous = acc.status;
  const target = check.transition.to;
  if (target === 'previous') acc.status = acc.statusBeforeSupplement;
  else if (target !== 'same') acc.status = target;

  switch (event.type) {
    case 'submitted_online':
      acc.unitCode = event.unitCode;
      acc.channel = 'online';
      acc.applicant = event.applicant;
      acc.submittedAt = event.at;
      setProcedure(acc, event.procedure);
      break;
    case 'received':
      acc.unitCode = event.unitCode;
      acc.channel = event.channel;
      if (event.applicant) acc.applicant = event.applicant;
      if (event.procedure) setProcedure(acc, event.procedure);
      if (!acc.procedure) throw new InvalidHistoryError(index, 'Tiếp nhận hồ sơ phải ghi rõ thủ tục hành chính.');
      acc.receivedAt = event.at;
      acc.receivedBy = event.actor.id;
      acc.feeAmount = event.feeAmount;
      break;
    case 'refused_at_reception':
      if (event.unitCode) acc.unitCode = event.unitCode;
      if (event.applicant) acc.applicant = event.applicant;
      if (event.procedure) setProcedure(acc, event.procedure);
      acc.refusedAt = event.at;
      break;
    case 'supplement_requested': {
      const stage = previous === STATUS.submitted ? 'reception' : 'processing';
      acc.statusBeforeSupplement = previous as StatusCode;
      acc.supplementRequests.push({ at: event.at, stage });
      if (stage === 'processing') acc.pauses.push({ kind: 'supplement', from: event.at });
      break;
    }
    case 'supplement_received': {
      const request = acc.supplementRequests.at(-1);
      if (request) request.receivedAt = event.at;
      closeOpenPause(acc, 'supplement', event.at);
      break;
    }
    case 'forwarded':
      if (currentStepIndex(acc) === 0) completeStepsThrough(acc, 0, event.at);
      acc.departmentCode = event.to;
      acc.assigneeId = event.assigneeId;
      acc.stepHandlers[currentStepIndex(acc)] = { unit: event.to, id: event.assigneeId };
      break;
    case 'step_completed': {
      const stepIndex = acc.procedure?.steps.findIndex((s) => s.code === event.stepCode) ?? -1;
      if (stepIndex === -1) throw new InvalidHistoryError(index, `Bước "${event.stepCode}" không có trong quy trình của thủ tục.`);
      completeStepsThrough(acc, stepIndex, event.at);
      if (event.assigneeId) acc.assigneeId = event.assigneeId;
      break;
    }
    case 'financial_obligation_requested':
      if (acc.procedure?.financialObligationPauses) acc.pauses.push({ kind: 'financial', from: event.at });
      break;
    case 'financial_obligation_paid':
      closeOpenPause(acc, 'financial', event.at);
      break;
    case 'stopped':
      acc.stoppedAt = event.at;
      acc.stopIsRefusal = event.refusal;
      end(acc, event.at, 'stopped');
      break;
    case 'extended':
      acc.extensions.push({ at: event.at, newDueAt: event.newDueAt, reason: event.reason });
      break;
    case 'withdrawn':
      acc.withdrawnAt = event.at;
      end(acc, event.at, 'withdrawn');
      break;
    case 'result_ready':
      acc.resultReadyAt = event.at;
      completeStepsThrough(acc, acc.completedAt.length - 2, event.at);
      end(acc, event.at, 'processed');
      break;
    case 'result_returned':
      acc.returnedAt = event.at;
      acc.returnMethod = event.method;
      completeStepsThrough(acc, acc.completedAt.length - 1, event.at);
      end(acc, event.at, 'returned');
      break;
    case 'fee_paid':
      acc.payments.push({ at: event.at, amount: event.amount, online: event.online });
      break;
    case 'file_attached':
      if (event.kind === 'result') acc.hasResultFile = true;
      else acc.hasComponentFile = true;
      if (event.kind === 'reused') acc.hasReusedComponent = true;
      break;
  }
}

function buildSteps(acc: Acc, ctx: FoldContext, baseDue: LocalMinute | undefined, closed: ClosedPause[]): LegacyStepState[] {
  const procedure = acc.procedure;
  if (!procedure || acc.receivedAt === undefined || baseDue === undefined) return [];
  const received = acc.receivedAt;
  const total = Math.max(0, ctx.calendar.workingMinutesBetween(received, baseDue));
  const budgets = splitStepBudgets(total, procedure.steps);
  const pauseMinutes = closed.map((p) => ({ from: p.from, minutes: ctx.calendar.workingMinutesBetween(p.from, p.to) }));
  const dues = stepDueDates(received, budgets, pauseMinutes, acc.completedAt, ctx.calendar);
  const current = currentStepIndex(acc);
  const open = acc.endedAt === undefined;
  return procedure.steps.map((step, i) => {
    const completedAt = acc.completedAt[i];
    const startedAt = i === 0 ? received : acc.completedAt[i - 1];
    const handler = acc.stepHandlers[i];
    const state: LegacyStepState = {
      code: step.code,
      name: step.name,
      budgetMinutes: budgets[i]!.budgetMinutes,
      dueAt: dues[i]!,
      status: completedAt !== undefined ? 'done' : i === current && open ? 'active' : 'pending',
    };
    if (startedAt !== undefined && (completedAt !== undefined || i === current)) state.startedAt = startedAt;
    if (completedAt !== undefined) state.completedAt = completedAt;
    if (handler?.unit) state.handlerUnit = handler.unit;
    if (handler?.id) state.handlerId = handler.id;
    return state;
  });
}

/** The fold before issue 14 (see the header). */
export function foldDossierBeforeSteps(code: string, events: readonly DossierEvent[], ctx: FoldContext): LegacyDossierState {
  if (events.length === 0) throw new InvalidHistoryError(0, 'Hồ sơ chưa có sự kiện nào.');
  const acc = newAcc();
  events.forEach((event, index) => apply(acc, event, index));

  const procedure = acc.procedure;
  const closed: ClosedPause[] = acc.pauses.flatMap((p) => (p.to === undefined ? [] : [{ from: p.from, to: p.to }]));
  const baseDue =
    procedure && acc.receivedAt !== undefined
      ? computeDueDate(acc.receivedAt, procedure.timeLimit, ctx.calendar, { sameDayCutoff: ctx.sameDayCutoff })
      : undefined;
  const legalDueAt = baseDue === undefined ? undefined : shiftByPauses(baseDue, closed, ctx.calendar);
  const pausedWorkingMinutes = closed.reduce((sum, p) => sum + ctx.calendar.workingMinutesBetween(p.from, p.to), 0);
  const paidOnlineAmount = acc.payments.filter((p) => p.online).reduce((sum, p) => sum + p.amount, 0);

  const state: LegacyDossierState = {
    code,
    unitCode: acc.unitCode,
    procedureCode: procedure?.code ?? '',
    procedureName: procedure?.name ?? '',
    field: procedure?.field ?? '',
    status: acc.status === 'none' ? STATUS.submitted : acc.status,
    channel: acc.channel,
    applicant: acc.applicant,
    source: acc.source,
    extensions: acc.extensions,
    pauses: acc.pauses,
    pausedWorkingMinutes,
    paused: acc.pauses.some((p) => p.to === undefined) && acc.endedAt === undefined,
    supplementRequests: acc.supplementRequests,
    steps: buildSteps(acc, ctx, baseDue, closed),
    feeAmount: acc.feeAmount,
    payments: acc.payments,
    paidOnline: acc.feeAmount > 0 && paidOnlineAmount >= acc.feeAmount,
    hasComponentFile: acc.hasComponentFile,
    hasReusedComponent: acc.hasReusedComponent,
    hasResultFile: acc.hasResultFile,
    resultRequired: procedure?.resultRequired ?? true,
    version: events.length,
  };
  const optional: Partial<LegacyDossierState> = {
    departmentCode: acc.departmentCode,
    receivedBy: acc.receivedBy,
    assigneeId: acc.assigneeId,
    submittedAt: acc.submittedAt,
    receivedAt: acc.receivedAt,
    legalDueAt,
    appointmentDueAt: acc.extensions.at(-1)?.newDueAt ?? legalDueAt,
    endedAt: acc.endedAt,
    endKind: acc.endKind,
    resultReadyAt: acc.resultReadyAt,
    returnedAt: acc.returnedAt,
    returnMethod: acc.returnMethod,
    stoppedAt: acc.stoppedAt,
    stopIsRefusal: acc.stopIsRefusal,
    withdrawnAt: acc.withdrawnAt,
    refusedAt: acc.refusedAt,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (state as unknown as Record<string, unknown>)[key] = value;
  }
  return state;
}
