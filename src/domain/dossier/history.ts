/**
 * The history of a dossier in words (issue 14 §7): each event with the step it happened at
 * (by name), the step sent back to, the department and officer it names, the new appointment
 * of an extension, the collector of the result — and a Vietnamese sentence built from them
 * with the officers' and departments' names supplied by the caller (no codes, ids or raw
 * numbers). Pure; the caller looks the names up.
 */
import type { LocalMinute } from '../calendar/local-time.ts';
import { formatDateTime } from '../format/date.ts';
import type { Collector, DossierEvent, DossierEventType, SubmittedComponent } from './events.ts';
import { EVENT_NAMES } from './events.ts';
import { foldDossier, type FoldContext } from './fold.ts';
import type { Role } from './roles.ts';
import { ROLE_NAMES } from './roles.ts';
import type { DossierState, ReturnMethod } from './state.ts';

export interface HistoryEntry {
  index: number;
  type: DossierEventType;
  /** The action's Vietnamese name. */
  name: string;
  at: LocalMinute;
  actorId: string;
  actorRole: Role;
  /** The step the event acted on (its own step, else the step current before it). */
  stepCode?: string;
  stepName?: string;
  /** A send-back's target step. */
  toStepCode?: string;
  toStepName?: string;
  /** The department or agency it sends the dossier to. */
  departmentCode?: string;
  /** The officer it names: assigned, sent back to. */
  assigneeId?: string;
  /** A step completed for this holder by the department head. */
  onBehalfOf?: string;
  reason?: string;
  /** An extension's new appointment date. */
  newDueAt?: LocalMinute;
  resultReference?: string;
  method?: ReturnMethod;
  collectedBy?: Collector;
  /** Papers missing at reception. */
  missing?: SubmittedComponent[];
  /** Received although papers were missing (the confirmation's reason). */
  missingConfirmedReason?: string;
}

/** Names for the sentence: an officer by id, a department or agency by code (undefined: unknown). */
export interface HistoryNames {
  officer(id: string): string | undefined;
  department(code: string): string | undefined;
}

function payloadFields(event: DossierEvent, stepName: (code: string) => string | undefined): Partial<HistoryEntry> {
  switch (event.type) {
    case 'received':
      return { ...(event.missing?.length ? { missing: event.missing } : {}), ...(event.missingConfirmed ? { missingConfirmedReason: event.missingConfirmed.reason } : {}) };
    case 'forwarded':
      return { departmentCode: event.to, ...(event.assigneeId ? { assigneeId: event.assigneeId } : {}) };
    case 'step_assigned':
      return { assigneeId: event.assigneeId, ...(event.departmentCode ? { departmentCode: event.departmentCode } : {}) };
    case 'step_completed':
      return event.onBehalfOf ? { onBehalfOf: event.onBehalfOf } : {};
    case 'step_returned':
      return { toStepCode: event.toStepCode, toStepName: stepName(event.toStepCode) ?? '', reason: event.reason, ...(event.toAssigneeId ? { assigneeId: event.toAssigneeId } : {}) };
    case 'extended':
      return { newDueAt: event.newDueAt, reason: event.reason };
    case 'supplement_requested':
    case 'stopped':
    case 'withdrawn':
    case 'refused_at_reception':
      return { reason: event.reason };
    case 'result_ready':
      return event.resultReference ? { resultReference: event.resultReference } : {};
    case 'result_returned':
      return { method: event.method, ...(event.collectedBy ? { collectedBy: event.collectedBy } : {}) };
    default:
      return {};
  }
}

/**
 * The entries of a history. The step an event happened at comes from the fold of the events
 * before it (a history is tens of events: the repeated folds cost microseconds).
 */
export function historyEntries(code: string, events: readonly DossierEvent[], ctx: FoldContext): HistoryEntry[] {
  let before: DossierState | undefined;
  return events.map((event, index) => {
    const after = foldDossier(code, events.slice(0, index + 1), ctx);
    const steps = after.steps.length > 0 ? after.steps : (before?.steps ?? []);
    const stepName = (stepCode: string) => steps.find((s) => s.code === stepCode)?.name;
    const own = 'stepCode' in event ? event.stepCode : before?.currentSteps[0]?.code;
    const entry: HistoryEntry = { index, type: event.type, name: EVENT_NAMES[event.type], at: event.at, actorId: event.actor.id, actorRole: event.actor.role, ...payloadFields(event, stepName) };
    const name = own === undefined ? undefined : stepName(own);
    if (own !== undefined && name !== undefined) Object.assign(entry, { stepCode: own, stepName: name });
    before = after;
    return entry;
  });
}

const METHOD_WORDS: Record<ReturnMethod, string> = { desk: 'tại quầy', post: 'qua dịch vụ bưu chính công ích', electronic: 'bản điện tử' };

/** Who acted, in words: the officer's name, else the role's (never an id). */
export function actorWords(entry: Pick<HistoryEntry, 'actorId' | 'actorRole'>, names: HistoryNames): string {
  return names.officer(entry.actorId) ?? ROLE_NAMES[entry.actorRole];
}

/** What happened, in words (one sentence, no codes). */
export function describeEntry(entry: HistoryEntry, names: HistoryNames): string {
  const person = (id: string | undefined) => (id === undefined ? undefined : (names.officer(id) ?? 'công chức được giao'));
  const department = entry.departmentCode === undefined ? undefined : (names.department(entry.departmentCode) ?? 'phòng, cơ quan xử lý');
  const step = entry.stepName ? ` "${entry.stepName}"` : '';
  const reason = entry.reason ? `. Lý do: ${entry.reason}` : '';
  switch (entry.type) {
    case 'received': {
      const missing = entry.missing ? `; còn thiếu: ${entry.missing.map((c) => c.name).join('; ')}` : '';
      const confirmed = entry.missingConfirmedReason ? ` (xác nhận tiếp nhận khi còn thiếu giấy tờ: ${entry.missingConfirmedReason})` : '';
      return `${entry.name}${missing}${confirmed}`;
    }
    case 'forwarded':
      return `Chuyển hồ sơ đến ${department}${entry.assigneeId ? `, giao ${person(entry.assigneeId)} xử lý` : ''}`;
    case 'step_assigned':
      return `Phân công ${person(entry.assigneeId)} xử lý bước${step}`;
    case 'step_completed':
      return `Hoàn thành bước${step}${entry.onBehalfOf ? ` (hoàn thành thay ${person(entry.onBehalfOf)})` : ''}`;
    case 'step_returned':
      return `Trả lại từ bước${step} về bước "${entry.toStepName}"${entry.assigneeId ? ` cho ${person(entry.assigneeId)}` : ''}${reason}`;
    case 'extended':
      return `${entry.name}: hẹn trả kết quả lúc ${formatDateTime(entry.newDueAt!)}${reason}`;
    case 'result_ready':
      return `${entry.name}${entry.resultReference ? ` (văn bản số ${entry.resultReference})` : ''}`;
    case 'result_returned': {
      const collector = entry.collectedBy ? ` cho ${entry.collectedBy.kind === 'applicant' ? 'người nộp hồ sơ' : 'người được ủy quyền'} ${entry.collectedBy.name}` : '';
      return `${entry.name} ${METHOD_WORDS[entry.method!]}${collector}`;
    }
    default:
      return `${entry.name}${step && entry.type !== 'file_attached' && entry.type !== 'fee_paid' ? ` (bước${step})` : ''}${reason}`;
  }
}
