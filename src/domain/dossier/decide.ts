import { dossierEventSchema, EVENT_NAMES, type DossierEvent, type DossierEventInput, type ProcedureSnapshot } from './events.ts';
import { foldDossier, InvalidHistoryError, type FoldContext } from './fold.ts';
import { receptionPapersProblem } from './papers.ts';
import { submitterProblem } from './submitter.ts';
import type { DossierState } from './state.ts';
import { checkTransition } from './transitions.ts';
import { checkTurn, isSameActor, notCurrentReason, returnTargets, takesNoTurn, type Officer } from '../policy/turns.ts';
import { isoLocalDateTime } from '../calendar/local-time.ts';
import { STEP_HOLDING } from '../deadline/steps.ts';

/**
 * Why an event was refused: `invalid` payload, wrong `state` for it, a `role` that may not
 * take it, not this officer's `turn` on the current step, or a business `rule` about its values.
 */
export type RefusalCause = 'invalid' | 'state' | 'role' | 'turn' | 'rule';

export type Decision =
  | { ok: true; event: DossierEvent; state: DossierState }
  | { ok: false; cause: RefusalCause; reason: string; field?: string };

export interface DecideContext extends FoldContext {
  /**
   * Who acts and where they sit. Given, decide() also applies the turn table (turns.ts) and
   * the rules that ask the acting officer for something: a result document at approval, the
   * collector at the desk. Left out, it judges as before issue 14 — the transition table and
   * the rules of the payload — for callers not wired to the step level yet (docs/steps.md).
   */
  officer?: Officer;
}

type Refusal = Extract<Decision, { ok: false }>;
const refuse = (cause: RefusalCause, reason: string, field?: string): Refusal => ({ ok: false, cause, reason, ...(field ? { field } : {}) });

/** The procedure snapshot a reception is judged against: its own, or the online submission's. */
function snapshotOf(history: readonly DossierEvent[], event: DossierEvent): ProcedureSnapshot | undefined {
  if ('procedure' in event && event.procedure) return event.procedure;
  for (let i = history.length - 1; i >= 0; i--) {
    const earlier = history[i]!;
    if ('procedure' in earlier && earlier.procedure) return earlier.procedure;
  }
  return undefined;
}

/** Rules of the step-level events that hold whoever acts: the current step, a real target. */
function stepEventProblem(state: DossierState, event: DossierEvent): Refusal | undefined {
  if (event.type === 'step_assigned') {
    const notCurrent = notCurrentReason(state, event.stepCode);
    if (notCurrent) return refuse('rule', notCurrent, 'stepCode');
    const step = state.currentSteps[0]!;
    if (STEP_HOLDING[step.role] !== 'department') return refuse('rule', `Bước "${step.name}" không giao cho từng công chức.`, 'stepCode');
    const department = step.holder.departmentCode;
    if (department === undefined && event.departmentCode === undefined) return refuse('rule', `Bước "${step.name}" chưa được chuyển đến phòng xử lý: hãy "${EVENT_NAMES.forwarded}" trước.`, 'departmentCode');
    if (department !== undefined && event.departmentCode !== undefined && event.departmentCode !== department) {
      return refuse('rule', `Chỉ giao lại trong phòng đang giữ bước; muốn chuyển phòng, cơ quan khác, hãy "${EVENT_NAMES.forwarded}".`, 'departmentCode');
    }
    if (step.holder.assigneeId === event.assigneeId) return refuse('rule', `Bước "${step.name}" đã được giao cho người này.`, 'assigneeId');
  }
  if (event.type === 'step_returned') {
    const notCurrent = notCurrentReason(state, event.stepCode);
    if (notCurrent) return refuse('rule', notCurrent, 'stepCode');
    const targets = returnTargets(state);
    const target = targets.find((s) => s.code === event.toStepCode);
    if (!target) {
      const named = state.steps.find((s) => s.code === event.toStepCode)?.name ?? event.toStepCode;
      return refuse('rule', targets.length === 0 ? 'Bước đầu tiên không có bước trước để trả lại.' : `Không trả lại được về bước "${named}": chỉ về bước liền trước, hoặc về công chức đã xử lý một bước chuyên môn trước đó.`, 'toStepCode');
    }
    const officerStep = STEP_HOLDING[target.role] === 'department';
    if (event.toAssigneeId !== undefined && !officerStep) return refuse('rule', `Bước "${target.name}" không giao cho từng công chức; bỏ trống người nhận.`, 'toAssigneeId');
    if (target !== targets[0] && event.toAssigneeId === undefined) return refuse('rule', `Trả lại vượt bước về "${target.name}" phải ghi rõ công chức nhận lại hồ sơ.`, 'toAssigneeId');
  }
  if (event.type === 'step_completed' && event.onBehalfOf !== undefined) {
    const holder = state.steps.find((s) => s.code === event.stepCode)?.holder.assigneeId;
    if (holder !== event.onBehalfOf || holder === event.actor.id) return refuse('rule', 'Chỉ ghi "hoàn thành thay" cho công chức đang được giao bước này.', 'onBehalfOf');
  }
  return undefined;
}

/** The officer's turn, and what the acting officer must provide (issue 14 §2, §6). */
function officerProblem(state: DossierState, event: DossierEvent, officer: Officer): Refusal | undefined {
  if (takesNoTurn(officer)) return undefined;
  const turn = checkTurn(state, event.type, officer, 'stepCode' in event ? event.stepCode : undefined);
  if (!turn.ok) return refuse('turn', turn.reason);
  if (event.type === 'step_completed' && turn.onBehalfOf !== event.onBehalfOf) {
    return refuse('rule', turn.onBehalfOf === undefined ? 'Bạn đang giữ bước này: không ghi "hoàn thành thay".' : 'Lãnh đạo phòng hoàn thành bước của công chức được giao: phải ghi rõ là hoàn thành thay người đó.', 'onBehalfOf');
  }
  if (event.type === 'result_ready' && state.resultRequired && !state.hasResultFile) {
    if (event.electronic) return refuse('rule', 'Kết quả điện tử: hãy đính kèm tệp kết quả trước khi phê duyệt.', 'electronic');
    if (event.resultReference === undefined) return refuse('rule', 'Thủ tục có kết quả là văn bản: hãy đính kèm tệp kết quả, hoặc ghi số, ký hiệu của văn bản kết quả bản giấy.', 'resultReference');
  }
  if (event.type === 'result_returned' && event.method === 'desk' && !event.collectedBy) {
    return refuse('rule', 'Trả kết quả tại quầy: hãy ghi người nhận kết quả (người nộp hồ sơ hoặc người được ủy quyền), họ tên và số giấy tờ tùy thân.', 'collectedBy');
  }
  return undefined;
}

/** Rules of the payload that hold for every caller. */
function payloadProblem(history: readonly DossierEvent[], current: DossierState | undefined, event: DossierEvent): Refusal | undefined {
  const last = history.at(-1);
  if (last && event.at < last.at) {
    return refuse('rule', `Thời điểm "${EVENT_NAMES[event.type]}" (${isoLocalDateTime(event.at)}) không được trước sự kiện liền trước (${isoLocalDateTime(last.at)}).`, 'at');
  }
  if (current?.papers.supplementRequestDue && event.type !== 'supplement_requested') {
    return refuse('rule', `Hồ sơ vừa được tiếp nhận kèm yêu cầu bổ sung: phải "${EVENT_NAMES.supplement_requested}" ngay trong cùng thao tác.`);
  }
  if (event.type === 'received') {
    if (!event.procedure && !current?.procedureCode) return refuse('rule', 'Tiếp nhận hồ sơ phải chọn thủ tục hành chính.', 'procedure');
    const papers = receptionPapersProblem(event, snapshotOf(history, event));
    if (papers) return refuse('rule', papers.reason, papers.field);
    const submitter = submitterProblem((event.applicant ?? current?.applicant)?.kind ?? 'individual', event.submitter);
    if (submitter) return refuse('rule', submitter.reason, submitter.field);
  }
  if (event.type === 'extended' && current) {
    const appointment = current.appointmentDueAt;
    if (event.newDueAt <= event.at || (appointment !== undefined && event.newDueAt <= appointment)) {
      return refuse('rule', 'Ngày hẹn trả mới phải sau thời điểm hiện tại và sau ngày hẹn trả đang có hiệu lực.', 'newDueAt');
    }
  }
  if (event.type === 'step_completed' && current && !current.steps.some((s) => s.code === event.stepCode)) {
    return refuse('rule', `Bước "${event.stepCode}" không có trong quy trình của thủ tục.`, 'stepCode');
  }
  if (event.type === 'result_returned' && event.collectedBy?.kind === 'authorised' && !event.collectedBy.authorisation) {
    return refuse('rule', 'Người được ủy quyền nhận kết quả: hãy ghi số, ngày của văn bản ủy quyền.', 'collectedBy.authorisation');
  }
  return current ? stepEventProblem(current, event) : undefined;
}

/**
 * Decides whether `input` may be appended to a dossier's history: validates the payload,
 * the transition table, the turn table when the officer is known, and the business rules
 * that need the current state, and returns the parsed event with the state it leads to.
 * Pure: the caller stores the event.
 */
export function decide(code: string, history: readonly DossierEvent[], input: DossierEventInput, ctx: DecideContext): Decision {
  const parsed = dossierEventSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || undefined;
    return refuse('invalid', `Dữ liệu sự kiện không hợp lệ${field ? ` (trường "${field}")` : ''}.`, field);
  }
  const event = parsed.data;
  const { officer } = ctx;
  if (officer && !isSameActor(officer, event.actor)) {
    return refuse('invalid', 'Người thao tác không khớp với người được ghi trong sự kiện.', 'actor');
  }
  const current = history.length === 0 ? undefined : foldDossier(code, history, ctx);
  const check = checkTransition(current ? current.status : 'none', event.type, event.actor.role);
  if (!check.ok) return refuse(check.cause, check.reason);
  const problem = payloadProblem(history, current, event) ?? (officer && current ? officerProblem(current, event, officer) : undefined);
  if (problem) return problem;
  try {
    return { ok: true, event, state: foldDossier(code, [...history, event], ctx) };
  } catch (error) {
    if (error instanceof InvalidHistoryError) return refuse('rule', error.reason);
    throw error;
  }
}

export type BatchDecision =
  | { ok: true; events: DossierEvent[]; state: DossierState }
  | (Refusal & { index: number });

/**
 * Decides the events of one action in order ("Tiếp nhận và yêu cầu bổ sung" is a reception
 * and a supplement request): all are admitted or none, and the action may not stop halfway
 * (a reception announcing a supplement request must carry it).
 */
export function decideAll(code: string, history: readonly DossierEvent[], inputs: readonly DossierEventInput[], ctx: DecideContext): BatchDecision {
  const events: DossierEvent[] = [];
  let state: DossierState | undefined;
  for (const [index, input] of inputs.entries()) {
    const decision = decide(code, [...history, ...events], input, ctx);
    if (!decision.ok) return { ...decision, index };
    events.push(decision.event);
    state = decision.state;
  }
  if (!state) return { ...refuse('invalid', 'Thao tác không có sự kiện nào.'), index: 0 };
  if (state.papers.supplementRequestDue) {
    return { ...refuse('rule', `Hồ sơ được tiếp nhận kèm yêu cầu bổ sung: thao tác phải có cả "${EVENT_NAMES.supplement_requested}".`), index: inputs.length - 1 };
  }
  return { ok: true, events, state };
}
