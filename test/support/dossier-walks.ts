/**
 * Test support for the step-level rules (issue 14): a cast of officers of one unit and two
 * departments, and random walks in which each event is an action allowedActions() offers to a
 * randomly chosen officer, decided by decide() with that officer. Used by the turn, queue and
 * transition tests.
 */
import fc from 'fast-check';
import { decide } from '../../src/domain/dossier/decide.ts';
import type { DossierEvent, DossierEventInput, ProcedureSnapshot } from '../../src/domain/dossier/events.ts';
import { foldDossier, type FoldContext } from '../../src/domain/dossier/fold.ts';
import type { DossierState } from '../../src/domain/dossier/state.ts';
import { ACTORS, HistoryBuilder, buildProcedureSnapshot } from './dossier-builders.ts';
import { allowedActions, type AllowedAction, type Officer } from '../../src/domain/policy/turns.ts';
import type { LocalMinute } from '../../src/domain/calendar/local-time.ts';
import { REVIEWED_STEPS, STEP_ROLES, type StepTemplate } from '../../src/domain/deadline/types.ts';
import { stepTemplateProblems } from '../../src/domain/deadline/steps.ts';

export const UNIT = 'GIAVIEN';

/** One officer of each kind, a colleague, another department and another unit. */
export const CAST = {
  counter: { id: 'can-bo-mot-cua', role: 'counter_officer', unitCode: UNIT },
  specialist: { id: 'chuyen-vien', role: 'specialist', unitCode: UNIT, departmentCode: 'tu-phap' },
  colleague: { id: 'chuyen-vien-2', role: 'specialist', unitCode: UNIT, departmentCode: 'tu-phap' },
  otherSpecialist: { id: 'chuyen-vien-kt', role: 'specialist', unitCode: UNIT, departmentCode: 'kinh-te' },
  head: { id: 'truong-phong', role: 'department_head', unitCode: UNIT, departmentCode: 'tu-phap' },
  otherHead: { id: 'truong-phong-kt', role: 'department_head', unitCode: UNIT, departmentCode: 'kinh-te' },
  leader: { id: 'lanh-dao-trung-tam', role: 'center_leader', unitCode: UNIT },
  chairman: { id: 'chu-tich', role: 'chairman', unitCode: UNIT },
  otherChairman: { id: 'chu-tich-khac', role: 'chairman', unitCode: 'KIMTHANH' },
} as const satisfies Record<string, Officer>;

export const OFFICERS: readonly Officer[] = Object.values(CAST);

/** Random templates that can drive the workflow (stepTemplateProblems finds nothing). */
export const workableTemplates: fc.Arbitrary<StepTemplate[]> = fc
  .array(fc.constantFrom(...STEP_ROLES), { minLength: 1, maxLength: 6 })
  .filter((roles) => stepTemplateProblems(roles.map((role) => ({ role }))).length === 0)
  .map((roles) => roles.map((role, i) => ({ code: `buoc-${i + 1}`, name: `Bước ${i + 1}`, sharePercent: 100 / roles.length, role })));

/**
 * The dossier at each step of REVIEWED_STEPS (the holder of "xu-ly": "chuyen-vien" of
 * tu-phap), unassigned at "xu-ly", and with the center leader signing instead of the chairman.
 */
export function statesAtEachStep(ctx: FoldContext, t0: LocalMinute): Record<string, DossierState> {
  const reviewed = buildProcedureSnapshot({ steps: REVIEWED_STEPS });
  const leaderSigns = buildProcedureSnapshot({ steps: REVIEWED_STEPS.map((s) => (s.code === 'phe-duyet' ? { ...s, role: 'center_leader' as const } : s)) });
  const base = (procedure = reviewed) => new HistoryBuilder(UNIT, procedure);
  const fold = (b: HistoryBuilder): DossierState => foldDossier('X', b.build(), ctx);
  const atApproval = (procedure = reviewed) => base(procedure).receive(t0).forward(t0 + 30).completeStep(t0 + 60, 'xu-ly').completeStep(t0 + 90, 'xem-xet', { actor: ACTORS.head });
  return {
    submitted: fold(base().submitOnline(t0)),
    'tiep-nhan': fold(base().receive(t0)),
    'xu-ly': fold(base().receive(t0).forward(t0 + 30)),
    'xu-ly-unassigned': fold(base().receive(t0).forward(t0 + 30, 'tu-phap', null)),
    'xem-xet': fold(base().receive(t0).forward(t0 + 30).completeStep(t0 + 60, 'xu-ly')),
    'phe-duyet': fold(atApproval()),
    'phe-duyet-leader': fold(atApproval(leaderSigns)),
    'tra-ket-qua': fold(atApproval().ready(t0 + 120, false, '1/UBND')),
  };
}

/** The payload that goes with an offered action, varied by `pick`. */
export function payloadFor(action: AllowedAction, state: DossierState, officer: Officer, pick: number): Record<string, unknown> | undefined {
  const departments = ['tu-phap', 'kinh-te'];
  const officers = ['chuyen-vien', 'chuyen-vien-2'];
  switch (action.event) {
    case 'forwarded': {
      const to = departments[pick % 2]!;
      return { to, toKind: 'department', ...(pick % 3 === 0 ? {} : { assigneeId: to === 'tu-phap' ? officers[pick % 2] : 'chuyen-vien-kt' }) };
    }
    case 'step_assigned': {
      const holder = state.currentSteps[0]?.holder;
      const candidates = holder?.departmentCode === 'kinh-te' ? ['chuyen-vien-kt', 'chuyen-vien-kt-2'] : officers;
      return { stepCode: action.stepCode, assigneeId: candidates.find((id) => id !== holder?.assigneeId) };
    }
    case 'step_completed':
      return { stepCode: action.stepCode, ...(action.onBehalfOf ? { onBehalfOf: action.onBehalfOf } : {}) };
    case 'step_returned': {
      const targets = action.returnTo ?? [];
      const toStepCode = targets[pick % targets.length]!;
      return { stepCode: action.stepCode, toStepCode, reason: 'Cần xử lý lại', ...(toStepCode === targets[0] ? {} : { toAssigneeId: officers[pick % 2] }) };
    }
    case 'result_ready':
      return { electronic: false, resultReference: `${pick % 100}/UBND` };
    case 'result_returned':
      return { method: 'desk', collectedBy: { kind: 'applicant', name: 'Nguyễn Văn An', idNumber: '031090001234' } };
    case 'supplement_requested':
      return { reason: 'Thiếu giấy tờ', items: [] };
    case 'supplement_received':
      return {};
    case 'financial_obligation_requested':
      return { amount: 100_000, description: 'Lệ phí' };
    case 'financial_obligation_paid':
      return { amount: 100_000 };
    default:
      // Ends (stop, withdraw), extensions, receptions, fees and files are not part of the walks.
      void officer;
      return undefined;
  }
}

export interface WalkStep {
  before: DossierState;
  officer: Officer;
  event: DossierEvent;
  after: DossierState;
}

/**
 * A walk from a fresh reception: each choice picks one of the officers offered something and
 * one of the actions offered to them (in the order allowedActions lists them); every offered
 * action must be accepted, or the walk throws. Stops when nothing is offered any more.
 */
export function walk(procedure: ProcedureSnapshot, choices: readonly { officer: number; action: number; pick: number }[], ctx: FoldContext, start: LocalMinute): WalkStep[] {
  const reception = decide('X', [], new HistoryBuilder(UNIT, procedure).receive(start).build()[0]!, { ...ctx, officer: CAST.counter });
  if (!reception.ok) throw new Error(reception.reason);
  const events: DossierEvent[] = [reception.event];
  let current = reception.state;
  const steps: WalkStep[] = [];
  let at = start;
  const offeredTo = (officer: Officer) => allowedActions(current, officer).filter((a) => payloadFor(a, current, officer, 0) !== undefined);
  for (const choice of choices) {
    const acting = OFFICERS.filter((o) => offeredTo(o).length > 0);
    if (acting.length === 0) break;
    const officer = acting[choice.officer % acting.length]!;
    const offered = offeredTo(officer);
    const action = offered[choice.action % offered.length]!;
    at += 30;
    const input = { type: action.event, at, actor: { id: officer.id, role: officer.role }, ...payloadFor(action, current, officer, choice.pick) } as DossierEventInput;
    const decision = decide('X', events, input, { ...ctx, officer });
    if (!decision.ok) throw new Error(`offered but refused: ${action.event} by ${officer.id}: ${decision.reason}`);
    steps.push({ before: current, officer, event: decision.event, after: decision.state });
    events.push(decision.event);
    current = decision.state;
  }
  return steps;
}
