/**
 * Whose turn it is (issue 14 §2): the step dimension on top of the transition table. The
 * table (transitions.ts) says which role may take an action in which status; this one says
 * who, among them, may take it NOW on the current step: its holder, the head of the
 * department holding it, and at which step. Rules as data (TURNS) and one function that
 * places an officer against the current step (standingOf); docs/steps.md.
 */
import type { DossierEventType } from '../dossier/events.ts';
import { EVENT_NAMES } from '../dossier/events.ts';
import type { Role } from '../dossier/roles.ts';
import { ROLE_NAMES } from '../dossier/roles.ts';
import type { DossierState, StepState } from '../dossier/state.ts';
import { STATUS } from '../dossier/state.ts';
import { allowedEvents } from '../dossier/transitions.ts';
import { STEP_HOLDING, type StepAct } from '../deadline/steps.ts';
import type { WorkItem } from '../dossier/work.ts';

/** The person acting and where they sit (a signed-in user has these fields). */
export interface Officer {
  id: string;
  role: Role;
  unitCode: string;
  departmentCode?: string | null | undefined;
}

/**
 * How an officer stands to the current step: its `holder` (the named officer of a department
 * step; the unit's officers of the step's role; the heads of the department of a head's step;
 * the desk for a department step nobody has routed yet), the `head` of the department
 * holding a specialist's step, or `none`.
 */
export type Standing = 'holder' | 'head' | 'none';

/** Which current step an action needs. */
export type StepCondition =
  /** any current step */
  | 'any'
  /** the approval step (signature, "Có kết quả giải quyết") */
  | 'approval'
  /** any step but the approval step, which only the result's readiness completes */
  | 'not-approval'
  /** any step but the first (there is a step to send back to) */
  | 'after-first'
  /** a step held by a department and assigned to one of its officers by name */
  | 'officer-step'
  /** the desk's reception step, or a department step (routing to a department or agency) */
  | 'routing';

export interface TurnRule {
  event: DossierEventType;
  /** Standings that may take it. */
  who: readonly Standing[];
  at: StepCondition;
  /** The action names a step (`stepCode`), which must be the current one. */
  targetsStep: boolean;
  basis: string;
}

/**
 * The turn table. Events not listed are not tied to a step (stop, extend, withdraw, fees,
 * files, the citizen's supplement, the result's hand-over): the transition table alone decides them.
 */
export const TURNS: readonly TurnRule[] = [
  { event: 'forwarded', who: ['holder', 'head'], at: 'routing', targetsStep: false, basis: 'Một cửa chuyển hồ sơ đến phòng, cơ quan giải quyết; lãnh đạo phòng chuyển hồ sơ phòng mình đang giữ sang nơi khác' },
  { event: 'step_assigned', who: ['head'], at: 'officer-step', targetsStep: true, basis: 'Lãnh đạo phòng phân công, giao lại trong phòng' },
  { event: 'step_completed', who: ['holder', 'head'], at: 'not-approval', targetsStep: true, basis: 'Người giữ bước hoàn thành; lãnh đạo phòng hoàn thành thay (ghi rõ là làm thay)' },
  { event: 'step_returned', who: ['holder', 'head'], at: 'after-first', targetsStep: true, basis: 'Người giữ bước (hoặc lãnh đạo phòng) trả lại bước trước, có lý do' },
  { event: 'result_ready', who: ['holder'], at: 'approval', targetsStep: false, basis: 'Chỉ người có thẩm quyền của bước phê duyệt, ký, và chỉ khi hồ sơ đã đến bước đó' },
  { event: 'supplement_requested', who: ['holder', 'head'], at: 'any', targetsStep: false, basis: 'Người đang giữ hồ sơ yêu cầu bổ sung (Mẫu 02)' },
  { event: 'financial_obligation_requested', who: ['holder', 'head'], at: 'any', targetsStep: false, basis: 'Người đang giữ hồ sơ yêu cầu nghĩa vụ tài chính' },
];

/** The step an online submission waits on before reception: the desk's check of its papers. */
const RECEPTION: Pick<StepState, 'code' | 'name' | 'role' | 'act' | 'holder'> = { code: 'tiep-nhan', name: 'Tiếp nhận hồ sơ', role: 'counter_officer', act: 'receive', holder: {} };

type TurnStep = Pick<StepState, 'code' | 'name' | 'role' | 'act' | 'holder'>;

/** The step whose turn it is: the current step, or the reception check of an online submission. */
export function turnStep(state: DossierState): TurnStep | undefined {
  if (state.status === STATUS.submitted) return RECEPTION;
  return state.currentSteps[0];
}

/** Why `stepCode` is not the step whose turn it is (undefined when it is). */
export function notCurrentReason(state: DossierState, stepCode: string | undefined): string | undefined {
  const step = turnStep(state);
  if (!step) return 'Hồ sơ không có bước nào đang chờ xử lý.';
  if (stepCode === step.code) return undefined;
  const named = state.steps.find((s) => s.code === stepCode)?.name ?? stepCode ?? '';
  return `Bước "${named}" không phải bước đang xử lý; hồ sơ đang ở bước "${step.name}".`;
}

/** The one function that places an officer against a step (the turn table's rows name standings). */
export function standingOf(step: TurnStep, state: Pick<DossierState, 'unitCode'>, officer: Officer): Standing {
  if (officer.unitCode !== state.unitCode) return 'none';
  const holding = STEP_HOLDING[step.role];
  const department = step.holder.departmentCode;
  if (holding === 'unit-role') return officer.role === step.role ? 'holder' : 'none';
  // A department step nobody has routed yet waits at the desk.
  if (department === undefined) return officer.role === 'counter_officer' ? 'holder' : 'none';
  const headOfIt = officer.role === 'department_head' && officer.departmentCode === department;
  if (holding === 'department-head') return headOfIt ? 'holder' : 'none';
  if (step.holder.assigneeId !== undefined && officer.id === step.holder.assigneeId) return 'holder';
  return headOfIt ? 'head' : 'none';
}

function meets(condition: StepCondition, step: TurnStep, state: DossierState): boolean {
  const index = state.steps.findIndex((s) => s.code === step.code);
  switch (condition) {
    case 'any':
      return true;
    case 'approval':
      return step.act === 'approve';
    case 'not-approval':
      return step.act !== 'approve';
    case 'after-first':
      return index > 0;
    case 'officer-step':
      return STEP_HOLDING[step.role] === 'department' && step.holder.departmentCode !== undefined;
    case 'routing':
      return step.act === 'receive' || STEP_HOLDING[step.role] !== 'unit-role';
  }
}

export type TurnCheck = { ok: true; onBehalfOf?: string } | { ok: false; reason: string };

const ACT_WORDS: Record<StepAct, string> = { receive: 'tiếp nhận', process: 'xử lý', review: 'xem xét', approve: 'phê duyệt, ký', return: 'trả kết quả' };

/** Who holds a step, in words (no codes: the message is shown to the officer). */
export function holderWords(step: TurnStep): string {
  const holding = STEP_HOLDING[step.role];
  if (holding === 'unit-role') return ROLE_NAMES[step.role];
  if (step.holder.departmentCode === undefined) return `${ROLE_NAMES.counter_officer} (chưa chuyển đến phòng xử lý)`;
  if (holding === 'department-head') return `${ROLE_NAMES.department_head} của phòng đang giữ hồ sơ`;
  return step.holder.assigneeId === undefined ? `phòng đang giữ hồ sơ (chưa phân công; ${ROLE_NAMES.department_head} phân công)` : 'công chức được giao';
}

function conditionReason(condition: StepCondition, step: TurnStep, state: DossierState, event: DossierEventType): string {
  const approval = state.steps.find((s) => s.act === 'approve');
  switch (condition) {
    case 'approval':
      return `Chỉ "${EVENT_NAMES[event]}" ở bước "${approval?.name ?? 'phê duyệt'}"; hồ sơ đang ở bước "${step.name}".`;
    case 'not-approval':
      return `Bước "${step.name}" kết thúc bằng thao tác "${EVENT_NAMES.result_ready}" (phê duyệt, ký), không bằng "${EVENT_NAMES[event]}".`;
    case 'after-first':
      return `Bước "${step.name}" là bước đầu tiên, không có bước trước để trả lại.`;
    case 'officer-step':
      return `Bước "${step.name}" do ${holderWords(step)} ${ACT_WORDS[step.act]}, không phân công cho từng công chức.`;
    case 'routing':
      return `Không "${EVENT_NAMES[event]}" ở bước "${step.name}".`;
    case 'any':
      return '';
  }
}

/**
 * May `officer` take `event` now on the dossier's current step? `stepCode` is the step the
 * action names (steps' own events). Events outside the turn table, and the `system` actor
 * (imports and synchronisation replay what happened elsewhere), are not checked here. A head
 * completing a step that an officer holds does it on their behalf (`onBehalfOf`).
 */
export function checkTurn(state: DossierState, event: DossierEventType, officer: Officer, stepCode?: string): TurnCheck {
  const rule = TURNS.find((r) => r.event === event);
  if (!rule || officer.role === 'system') return { ok: true };
  const step = turnStep(state);
  if (!step) return { ok: false, reason: `Hồ sơ không có bước nào đang chờ xử lý, không thể "${EVENT_NAMES[event]}".` };
  const notCurrent = rule.targetsStep ? notCurrentReason(state, stepCode) : undefined;
  if (notCurrent) return { ok: false, reason: notCurrent };
  if (!meets(rule.at, step, state)) return { ok: false, reason: conditionReason(rule.at, step, state, event) };
  const standing = standingOf(step, state, officer);
  if (!rule.who.includes(standing)) {
    return { ok: false, reason: `Chưa đến lượt bạn "${EVENT_NAMES[event]}": bước "${step.name}" do ${holderWords(step)} ${ACT_WORDS[step.act]}.` };
  }
  const assignee = step.holder.assigneeId;
  if (event === 'step_completed' && standing === 'head' && assignee !== undefined) return { ok: true, onBehalfOf: assignee };
  return { ok: true };
}

/** An action the officer may take now, with what it needs. */
export interface AllowedAction {
  event: DossierEventType;
  /** The step it acts on (steps' own events). */
  stepCode?: string;
  /** Completing for the named holder (a department head). */
  onBehalfOf?: string;
  /** Steps it may send the dossier back to (step_returned): the previous one first. */
  returnTo?: string[];
}

/** Steps a send-back from the current step may go to: the previous step, or an earlier officer's step (with a named officer). */
export function returnTargets(state: DossierState): StepState[] {
  const step = state.currentSteps[0];
  const index = step ? state.steps.indexOf(step) : -1;
  if (index <= 0) return [];
  const earlier = state.steps.slice(0, index - 1).filter((s) => STEP_HOLDING[s.role] === 'department').reverse();
  return [state.steps[index - 1]!, ...earlier];
}

/**
 * What `officer` may do now: the transition table's actions for their role in this status,
 * those tied to a step only where it is their turn (the dossier JSON's `allowedActions`).
 */
export function allowedActions(state: DossierState, officer: Officer): AllowedAction[] {
  if (officer.unitCode !== state.unitCode) return [];
  const step = turnStep(state);
  const actions: AllowedAction[] = [];
  for (const event of allowedEvents(state.status, officer.role)) {
    const rule = TURNS.find((r) => r.event === event);
    if (!rule) {
      actions.push({ event });
      continue;
    }
    const check = checkTurn(state, event, officer, rule.targetsStep ? step?.code : undefined);
    if (!check.ok) continue;
    const action: AllowedAction = { event };
    if (rule.targetsStep && step) action.stepCode = step.code;
    if (check.onBehalfOf !== undefined) action.onBehalfOf = check.onBehalfOf;
    if (event === 'step_returned') action.returnTo = returnTargets(state).map((s) => s.code);
    actions.push(action);
  }
  return actions;
}

/** Does `work` wait for `officer`? By id when it names one; else by role, unit and department. */
export function waitsFor(work: Pick<WorkItem, 'unitCode' | 'assigneeId' | 'role' | 'departmentCode'>, officer: Officer): boolean {
  if (officer.unitCode !== work.unitCode) return false;
  if (work.assigneeId !== undefined) return officer.id === work.assigneeId;
  if (officer.role !== work.role) return false;
  return work.departmentCode === undefined || officer.departmentCode === work.departmentCode;
}

/** Outside actors (an import or synchronisation as `system`, a citizen online) take no turn. */
export const takesNoTurn = (officer: Pick<Officer, 'role'>): boolean => officer.role === 'system' || officer.role === 'citizen';

/** Is the acting officer the actor the event records (same person, same role)? */
export const isSameActor = (officer: Pick<Officer, 'id' | 'role'>, actor: { id: string; role: Role }): boolean => officer.id === actor.id && officer.role === actor.role;
