import type { Collector, DossierEvent, ProcedureSnapshot } from './events.ts';
import type { Submitter } from './submitter.ts';
import type { Applicant, Channel, DossierState, EndKind, Extension, Papers, PauseInterval, Payment, StatusCode, StepHolder, StepPhase, StepReturns, StepState, SupplementRequest } from './state.ts';
import { STATUS } from './state.ts';
import { checkTransition, TERMINAL_STATUSES, type FromState } from './transitions.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { LocalMinute } from '../calendar/local-time.ts';
import { computeDueDate, shiftByPauses, type ClosedPause } from '../deadline/due-date.ts';
import { splitStepBudgets, stepDueDates } from '../deadline/step-budgets.ts';
import { isDepartmentStep, stepActs } from '../deadline/steps.ts';

export interface FoldContext {
  /** Working calendar of the unit holding the dossier. */
  calendar: WorkingCalendar;
  /** Same-day cut-off (minutes since midnight); 15:00 by default. */
  sameDayCutoff?: number;
}

/** A stored history that breaks the transition table: never silently folded. */
export class InvalidHistoryError extends Error {
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(`Sự kiện thứ ${index + 1}: ${reason}`);
    this.name = 'InvalidHistoryError';
  }
}

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
  /** Per step of the procedure (same index as its template). */
  completedAt: Array<LocalMinute | undefined>;
  completedBy: Array<string | undefined>;
  onBehalfOf: Array<string | undefined>;
  holders: StepHolder[];
  /** When a send-back last made the step current again. */
  reopenedAt: Array<LocalMinute | undefined>;
  /** The step is current because it was sent back to, and not completed since. */
  sentBackTo: boolean[];
  returns: Array<StepReturns | undefined>;
  stepReturns: number;
  papers: Papers;
  resultReference?: string;
  collectedBy?: Collector;
  submitter?: Submitter;
  returnTrackingNumber?: string;
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
    completedBy: [],
    onBehalfOf: [],
    holders: [],
    reopenedAt: [],
    sentBackTo: [],
    returns: [],
    stepReturns: 0,
    papers: { submitted: [], missing: [], supplementRequestDue: false },
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

/** Completes every step up to and including `index` that is not done yet, closed by `by`. */
function completeStepsThrough(acc: Acc, index: number, at: LocalMinute, by: string): void {
  for (let i = 0; i <= index && i < acc.completedAt.length; i++) {
    if (acc.completedAt[i] !== undefined) continue;
    acc.completedAt[i] = at;
    acc.completedBy[i] = by;
    acc.sentBackTo[i] = false;
  }
}

function currentStepIndex(acc: Acc): number {
  const index = acc.completedAt.findIndex((c) => c === undefined);
  return index === -1 ? acc.completedAt.length : index;
}

function setProcedure(acc: Acc, procedure: ProcedureSnapshot): void {
  acc.procedure = procedure;
  acc.completedAt = procedure.steps.map(() => undefined);
  acc.completedBy = procedure.steps.map(() => undefined);
  acc.onBehalfOf = procedure.steps.map(() => undefined);
  acc.holders = procedure.steps.map(() => ({}));
  acc.reopenedAt = procedure.steps.map(() => undefined);
  acc.sentBackTo = procedure.steps.map(() => false);
  acc.returns = procedure.steps.map(() => undefined);
}

/** Index of a step of the procedure, or an InvalidHistoryError naming it. */
function stepIndexOf(acc: Acc, stepCode: string, index: number): number {
  const stepIndex = acc.procedure?.steps.findIndex((s) => s.code === stepCode) ?? -1;
  if (stepIndex === -1) throw new InvalidHistoryError(index, `Bước "${stepCode}" không có trong quy trình của thủ tục.`);
  return stepIndex;
}

/** The dossier-wide department and officer follow the holder of the step that becomes current. */
function followHolder(acc: Acc, holder: StepHolder): void {
  if (holder.departmentCode !== undefined) acc.departmentCode = holder.departmentCode;
  if (holder.assigneeId !== undefined) acc.assigneeId = holder.assigneeId;
}

/**
 * A department step that becomes current without a department of its own is held by the
 * department holding the dossier (a head's review after the specialist's step).
 */
function settleCurrentHolder(acc: Acc): void {
  const i = currentStepIndex(acc);
  const step = acc.procedure?.steps[i];
  const holder = acc.holders[i];
  if (!step || !holder || !isDepartmentStep(step.role)) return;
  if (holder.departmentCode === undefined && acc.departmentCode !== undefined) holder.departmentCode = acc.departmentCode;
}

/** Sends the dossier back from step `from` to the earlier step `to`: `to` and every later step reopen. */
function sendBack(acc: Acc, from: number, to: number, event: Extract<DossierEvent, { type: 'step_returned' }>): void {
  for (let i = to; i < acc.completedAt.length; i++) {
    acc.completedAt[i] = undefined;
    acc.completedBy[i] = undefined;
    acc.onBehalfOf[i] = undefined;
    acc.sentBackTo[i] = false;
  }
  acc.reopenedAt[to] = event.at;
  acc.sentBackTo[to] = true;
  const previous = acc.returns[to];
  acc.returns[to] = { count: (previous?.count ?? 0) + 1, lastAt: event.at, lastReason: event.reason, lastFromStepCode: acc.procedure!.steps[from]!.code, lastById: event.actor.id };
  acc.stepReturns += 1;
  const holder = acc.holders[to]!;
  if (event.toAssigneeId !== undefined) holder.assigneeId = event.toAssigneeId;
  followHolder(acc, holder);
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
      acc.papers.submitted = event.components ?? [];
      break;
    case 'received': {
      acc.unitCode = event.unitCode;
      acc.channel = event.channel;
      if (event.applicant) acc.applicant = event.applicant;
      if (event.procedure) setProcedure(acc, event.procedure);
      if (!acc.procedure) throw new InvalidHistoryError(index, 'Tiếp nhận hồ sơ phải ghi rõ thủ tục hành chính.');
      acc.receivedAt = event.at;
      acc.receivedBy = event.actor.id;
      acc.feeAmount = event.feeAmount;
      // Receiving an online submission without a list of its own keeps what was submitted online.
      if (event.components.length > 0 || previous !== STATUS.submitted) acc.papers.submitted = event.components;
      const missing = event.missing ?? [];
      acc.papers.missing = missing;
      if (event.missingConfirmed) acc.papers.missingConfirmed = { at: event.at, byId: event.actor.id, reason: event.missingConfirmed.reason, missing };
      acc.papers.supplementRequestDue = event.withSupplementRequest === true;
      if (event.submitter) acc.submitter = event.submitter;
      break;
    }
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
      acc.papers.supplementRequestDue = false;
      break;
    }
    case 'supplement_received': {
      const request = acc.supplementRequests.at(-1);
      if (request) request.receivedAt = event.at;
      closeOpenPause(acc, 'supplement', event.at);
      const brought = event.components ?? [];
      if (brought.length > 0) {
        const codes = new Set(brought.map((c) => c.code));
        acc.papers.submitted = [...acc.papers.submitted.filter((c) => !codes.has(c.code)), ...brought];
        acc.papers.missing = acc.papers.missing.filter((c) => !codes.has(c.code));
      }
      break;
    }
    case 'forwarded': {
      if (currentStepIndex(acc) === 0) completeStepsThrough(acc, 0, event.at, event.actor.id);
      acc.departmentCode = event.to;
      acc.assigneeId = event.assigneeId;
      const current = currentStepIndex(acc);
      if (current < acc.holders.length) {
        acc.holders[current] = event.assigneeId ? { departmentCode: event.to, assigneeId: event.assigneeId } : { departmentCode: event.to };
        acc.sentBackTo[current] = false;
      }
      break;
    }
    case 'step_completed': {
      const stepIndex = stepIndexOf(acc, event.stepCode, index);
      completeStepsThrough(acc, stepIndex, event.at, event.actor.id);
      if (event.onBehalfOf) acc.onBehalfOf[stepIndex] = event.onBehalfOf;
      if (event.assigneeId) acc.assigneeId = event.assigneeId;
      break;
    }
    case 'step_assigned': {
      const stepIndex = stepIndexOf(acc, event.stepCode, index);
      const holder = acc.holders[stepIndex]!;
      const departmentCode = event.departmentCode ?? holder.departmentCode ?? acc.departmentCode;
      acc.holders[stepIndex] = departmentCode === undefined ? { assigneeId: event.assigneeId } : { departmentCode, assigneeId: event.assigneeId };
      followHolder(acc, acc.holders[stepIndex]!);
      break;
    }
    case 'step_returned': {
      const from = stepIndexOf(acc, event.stepCode, index);
      const to = stepIndexOf(acc, event.toStepCode, index);
      if (to >= from) throw new InvalidHistoryError(index, `Chỉ trả lại được về một bước trước bước "${event.stepCode}".`);
      sendBack(acc, from, to, event);
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
      if (event.resultReference) acc.resultReference = event.resultReference;
      completeStepsThrough(acc, acc.completedAt.length - 2, event.at, event.actor.id);
      end(acc, event.at, 'processed');
      break;
    case 'result_returned':
      acc.returnedAt = event.at;
      acc.returnMethod = event.method;
      if (event.collectedBy) acc.collectedBy = event.collectedBy;
      if (event.trackingNumber) acc.returnTrackingNumber = event.trackingNumber;
      completeStepsThrough(acc, acc.completedAt.length - 1, event.at, event.actor.id);
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
  settleCurrentHolder(acc);
}

/** A dossier whose steps wait on someone: received and not ended for good (returned, stopped …). */
function stepsLive(status: FromState): boolean {
  return status !== 'none' && status !== STATUS.submitted && !TERMINAL_STATUSES.includes(status);
}

function buildSteps(acc: Acc, ctx: FoldContext, baseDue: LocalMinute | undefined, closed: ClosedPause[]): StepState[] {
  const procedure = acc.procedure;
  if (!procedure || acc.receivedAt === undefined || baseDue === undefined) return [];
  const received = acc.receivedAt;
  const total = Math.max(0, ctx.calendar.workingMinutesBetween(received, baseDue));
  const budgets = splitStepBudgets(total, procedure.steps);
  const pauseMinutes = closed.map((p) => ({ from: p.from, minutes: ctx.calendar.workingMinutesBetween(p.from, p.to) }));
  const dues = stepDueDates(received, budgets, pauseMinutes, acc.completedAt, ctx.calendar);
  const acts = stepActs(procedure.steps);
  const current = currentStepIndex(acc);
  const open = acc.endedAt === undefined;
  const live = stepsLive(acc.status);
  return procedure.steps.map((step, i) => {
    const completedAt = acc.completedAt[i];
    const reopenedAt = acc.reopenedAt[i];
    const reached = i === 0 ? received : acc.completedAt[i - 1];
    const startedAt = reopenedAt !== undefined && (reached === undefined || reopenedAt > reached) ? reopenedAt : reached;
    const holder = acc.holders[i] ?? {};
    const phase: StepPhase = completedAt !== undefined ? 'done' : i === current && live ? (acc.sentBackTo[i] ? 'returned' : 'active') : 'pending';
    const state: StepState = {
      code: step.code,
      name: step.name,
      role: step.role,
      act: acts[i]!,
      budgetMinutes: budgets[i]!.budgetMinutes,
      dueAt: dues[i]!,
      status: completedAt !== undefined ? 'done' : i === current && open ? 'active' : 'pending',
      state: phase,
      holder: { ...holder },
    };
    if (startedAt !== undefined && (completedAt !== undefined || i === current)) state.startedAt = startedAt;
    if (completedAt !== undefined) state.completedAt = completedAt;
    const completedBy = acc.completedBy[i];
    if (completedAt !== undefined && completedBy !== undefined) state.completedBy = completedBy;
    const onBehalfOf = acc.onBehalfOf[i];
    if (completedAt !== undefined && onBehalfOf !== undefined) state.onBehalfOf = onBehalfOf;
    const returns = acc.returns[i];
    if (returns) state.returns = { ...returns };
    if (holder.departmentCode) state.handlerUnit = holder.departmentCode;
    if (holder.assigneeId) state.handlerId = holder.assigneeId;
    return state;
  });
}

/**
 * The current state of a dossier: a pure fold of its events. Throws InvalidHistoryError
 * when the history breaks the transition table (an illegal step or a role that may not act).
 */
export function foldDossier(code: string, events: readonly DossierEvent[], ctx: FoldContext): DossierState {
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
  const steps = buildSteps(acc, ctx, baseDue, closed);

  const state: DossierState = {
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
    steps,
    currentSteps: steps.filter((step) => step.state === 'active' || step.state === 'returned'),
    stepReturns: acc.stepReturns,
    papers: acc.papers,
    feeAmount: acc.feeAmount,
    payments: acc.payments,
    paidOnline: acc.feeAmount > 0 && paidOnlineAmount >= acc.feeAmount,
    hasComponentFile: acc.hasComponentFile,
    hasReusedComponent: acc.hasReusedComponent,
    hasResultFile: acc.hasResultFile,
    resultRequired: procedure?.resultRequired ?? true,
    version: events.length,
  };
  const optional: Partial<DossierState> = {
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
    resultReference: acc.resultReference,
    collectedBy: acc.collectedBy,
    submitter: acc.submitter,
    returnTrackingNumber: acc.returnTrackingNumber,
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (state as unknown as Record<string, unknown>)[key] = value;
  }
  return state;
}
