/**
 * What a step template says about the workflow beyond its budget: how each step is held and
 * what it does with the dossier. Derived from the template's roles and order, so that the
 * snapshots stored before issue 14 (code, name, share, role) read the same way (docs/steps.md).
 */
import type { StepRole, StepTemplate } from './types.ts';

/**
 * How a step is held:
 * - `unit-role`: by a role within the unit, no named holder (the desk, the center leader, the chairman);
 * - `department`: by a department, and optionally one of its officers by name (a specialist);
 * - `department-head`: by the head(s) of the department holding the dossier, no named holder.
 */
export type StepHolding = 'unit-role' | 'department' | 'department-head';

export const STEP_HOLDING: Record<StepRole, StepHolding> = {
  counter_officer: 'unit-role',
  specialist: 'department',
  department_head: 'department-head',
  center_leader: 'unit-role',
  chairman: 'unit-role',
};

/** A step held by a department (an officer of it, or its head), as opposed to a role of the unit. */
export const isDepartmentStep = (role: StepRole): boolean => STEP_HOLDING[role] !== 'unit-role';

/**
 * What a step does with the dossier:
 * - `receive`: reception and routing at the desk (the first step, when a department step follows);
 * - `process`: processing (a specialist, or the desk for procedures handled there);
 * - `review`: a leader's review before the signature (a department head's, or a leader's
 *   opinion before the chairman signs);
 * - `approve`: approval and signature: the only step where the result may be declared ready;
 * - `return`: handing the result back (the last step; after the result is ready).
 * The approval step may also be the last one ("Lãnh đạo ký, trả kết quả"): it is then the
 * step where the result is signed and, once ready, handed back.
 */
export type StepAct = 'receive' | 'process' | 'review' | 'approve' | 'return';

const LEADER_ROLES: readonly StepRole[] = ['center_leader', 'chairman'];
/** The roles the transition table lets declare a result ready. */
const APPROVER_ROLES: readonly StepRole[] = ['department_head', ...LEADER_ROLES];

/**
 * The approval step: the last step of a center leader or the chairman; without one, the last
 * step of a department head; without one either, the step before the last (the step the
 * result's readiness has always completed, docs/steps.md).
 */
export function approvalStepIndex(steps: readonly Pick<StepTemplate, 'role'>[]): number {
  const leader = steps.findLastIndex((s) => LEADER_ROLES.includes(s.role));
  if (leader !== -1) return leader;
  const head = steps.findLastIndex((s) => s.role === 'department_head');
  if (head !== -1) return head;
  return Math.max(0, steps.length - 2);
}

/** The act of every step of a template (see StepAct). */
export function stepActs(steps: readonly Pick<StepTemplate, 'role'>[]): StepAct[] {
  const approval = approvalStepIndex(steps);
  const last = steps.length - 1;
  const routes = steps.slice(1).some((s) => isDepartmentStep(s.role));
  return steps.map((step, i): StepAct => {
    if (i === approval) return 'approve';
    if (i === last) return 'return';
    if (i === 0 && step.role === 'counter_officer' && routes) return 'receive';
    return APPROVER_ROLES.includes(step.role) ? 'review' : 'process';
  });
}

/**
 * Why a template cannot drive the workflow (empty when it can): the result's readiness
 * completes every step but the last, so the approval step must be the last step or the one
 * before it, and a separate last step returns the result at the desk; someone who may approve
 * holds the approval step; and the desk receives (the first step).
 */
export function stepTemplateProblems(steps: readonly Pick<StepTemplate, 'role'>[]): string[] {
  if (steps.length === 0) return ['a procedure needs at least one step'];
  const approval = approvalStepIndex(steps);
  const last = steps.length - 1;
  const problems: string[] = [];
  if (steps[0]!.role !== 'counter_officer') problems.push('the first step is the reception at the desk: its role must be counter_officer');
  if (approval < last - 1) problems.push('the approval step (the last leader step) must be the last step or the one before it');
  if (approval === last - 1 && steps[last]!.role !== 'counter_officer') problems.push('the step after the approval returns the result: its role must be counter_officer');
  if (!APPROVER_ROLES.includes(steps[approval]!.role)) problems.push('the approval step needs a role that may approve: department_head, center_leader or chairman');
  return problems;
}
