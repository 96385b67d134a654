/**
 * What waits on a dossier now and for whom (issue 14 §4): its work items, and the queues
 * ("Việc của tôi" tabs, the dashboard's counts, the list filters) as predicates over them.
 * One definition: the store persists the same fields in the read model and queries them, and
 * a test checks that its SQL and this fold agree (docs/steps.md).
 */
import type { LocalMinute } from '../calendar/local-time.ts';
import type { StaffRole } from './roles.ts';
import type { DossierState } from './state.ts';
import { STATUS } from './state.ts';
import { turnStep, waitsFor, type Officer } from '../policy/turns.ts';
import { STEP_HOLDING } from '../deadline/steps.ts';

/**
 * - `receive`: an online submission to check and receive (the desk);
 * - `route`: a received dossier to send to the department or agency (the desk);
 * - `assign`: a department step nobody holds by name (the department's head);
 * - `process`: a step to process (its holder);
 * - `review`: a leader's review before the signature (a department head's, usually);
 * - `approve`: the approval, signature (the role the template names);
 * - `supplement`, `financial`: waiting for the citizen; the desk records what comes in;
 * - `return`: a result to hand over (the desk).
 */
export const WORK_KINDS = ['receive', 'route', 'assign', 'process', 'review', 'approve', 'supplement', 'financial', 'return'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

/**
 * One thing that waits on the dossier, and for whom: an officer by id when `assigneeId` is
 * set; otherwise every officer of `role` in the unit (and in `departmentCode` when set).
 */
export interface WorkItem {
  kind: WorkKind;
  role: StaffRole;
  unitCode: string;
  departmentCode?: string;
  assigneeId?: string;
  /** The step it concerns (none for an online submission not yet received). */
  stepCode?: string;
  stepName?: string;
  /** The step's due date; otherwise the legal due date (none before reception). */
  dueAt?: LocalMinute;
}

/** Who each kind can wait for: the roles whose "Việc của tôi" shows it. */
export const WORK_KIND_ROLES: Record<WorkKind, readonly StaffRole[]> = {
  receive: ['counter_officer'],
  route: ['counter_officer'],
  assign: ['department_head'],
  process: ['counter_officer', 'specialist', 'department_head'],
  review: ['department_head', 'center_leader', 'chairman'],
  approve: ['department_head', 'center_leader', 'chairman'],
  supplement: ['counter_officer'],
  financial: ['counter_officer'],
  return: ['counter_officer'],
};

const DESK: StaffRole = 'counter_officer';

function item(state: DossierState, kind: WorkKind, role: StaffRole, extra: Partial<WorkItem> = {}): WorkItem {
  const work: WorkItem = { kind, role, unitCode: state.unitCode, ...extra };
  const dueAt = extra.dueAt ?? state.legalDueAt;
  if (dueAt !== undefined) work.dueAt = dueAt;
  return work;
}

/** The work items of a dossier now (none once it has ended for good). */
export function workItemsOf(state: DossierState): WorkItem[] {
  const step = turnStep(state);
  const about = step && state.status !== STATUS.submitted ? { stepCode: step.code, stepName: step.name } : {};
  switch (state.status) {
    case STATUS.submitted:
      return [item(state, 'receive', DESK)];
    case STATUS.supplementRequested:
      return [item(state, 'supplement', DESK, about)];
    case STATUS.financialObligation:
      return [item(state, 'financial', DESK, about)];
    case STATUS.processed: {
      const last = state.steps.at(-1);
      return [item(state, 'return', DESK, last ? { stepCode: last.code, stepName: last.name, dueAt: last.dueAt } : {})];
    }
    case STATUS.received:
    case STATUS.processing:
      return [processingItem(state)];
    default:
      return [];
  }
}

/** The item of a dossier in processing: its current step, by how the step is held. */
function processingItem(state: DossierState): WorkItem {
  const step = state.currentSteps[0];
  if (!step) {
    // Every step done but no result yet (a history completing its last step): the approval is due.
    const approval = state.steps.find((s) => s.act === 'approve');
    return item(state, 'approve', approval?.role ?? 'chairman', approval ? { stepCode: approval.code, stepName: approval.name } : {});
  }
  const about = { stepCode: step.code, stepName: step.name, dueAt: step.dueAt };
  const holding = STEP_HOLDING[step.role];
  const { departmentCode, assigneeId } = step.holder;
  const kind: WorkKind = step.act === 'approve' ? 'approve' : step.act === 'receive' ? 'route' : step.act === 'review' ? 'review' : 'process';
  if (holding === 'unit-role') return item(state, kind, step.role, about);
  if (departmentCode === undefined) return item(state, 'route', DESK, about);
  if (holding === 'department-head') return item(state, kind, 'department_head', { ...about, departmentCode });
  if (assigneeId === undefined) return item(state, 'assign', 'department_head', { ...about, departmentCode });
  return item(state, kind, 'specialist', { ...about, departmentCode, assigneeId });
}


/** Does the dossier wait for `officer` now ("Việc của tôi")? */
export function isWaitingFor(state: DossierState, officer: Officer): boolean {
  return workItemsOf(state).some((work) => waitsFor(work, officer));
}

export interface Queue {
  key: string;
  label: string;
  kinds: readonly WorkKind[];
}

/** The queues of "Việc của tôi", the dashboard and the list filters: every kind in exactly one. */
export const QUEUES = [
  { key: 'cho-tiep-nhan', label: 'Chờ tiếp nhận (nộp trực tuyến)', kinds: ['receive'] },
  { key: 'cho-chuyen', label: 'Chờ chuyển xử lý', kinds: ['route'] },
  { key: 'cho-phan-cong', label: 'Chờ phân công', kinds: ['assign'] },
  { key: 'cho-xu-ly', label: 'Chờ xử lý', kinds: ['process'] },
  { key: 'cho-phe-duyet', label: 'Chờ phê duyệt', kinds: ['review', 'approve'] },
  { key: 'cho-bo-sung', label: 'Chờ bổ sung', kinds: ['supplement'] },
  { key: 'nghia-vu-tai-chinh', label: 'Chờ nghĩa vụ tài chính', kinds: ['financial'] },
  { key: 'cho-tra', label: 'Chờ trả kết quả', kinds: ['return'] },
] as const satisfies readonly Queue[];

export type QueueKey = (typeof QUEUES)[number]['key'];

export function queueOfKind(kind: WorkKind): QueueKey {
  return QUEUES.find((queue) => (queue.kinds as readonly WorkKind[]).includes(kind))!.key;
}

/** The queues in which the dossier waits for `officer` now. */
export function queuesFor(state: DossierState, officer: Officer): QueueKey[] {
  return [...new Set(workItemsOf(state).filter((work) => waitsFor(work, officer)).map((work) => queueOfKind(work.kind)))];
}

/** The tabs a role sees: the queues of the kinds that can wait for it, in queue order. */
export function queuesOfRole(role: StaffRole): QueueKey[] {
  return QUEUES.filter((queue) => queue.kinds.some((kind) => WORK_KIND_ROLES[kind].includes(role))).map((queue) => queue.key);
}

/** The count of every queue for `officer` over `states` (tabs and dashboard; the SQL must agree). */
export function queueCounts(states: Iterable<DossierState>, officer: Officer): Record<QueueKey, number> {
  const counts = Object.fromEntries(QUEUES.map((queue) => [queue.key, 0])) as Record<QueueKey, number>;
  for (const state of states) for (const key of queuesFor(state, officer)) counts[key] += 1;
  return counts;
}
