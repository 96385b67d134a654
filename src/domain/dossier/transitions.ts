import type { DossierEventType } from './events.ts';
import { EVENT_NAMES } from './events.ts';
import type { Role } from './roles.ts';
import { ROLE_NAMES } from './roles.ts';
import { STATUS, STATUS_NAMES, type StatusCode } from './state.ts';

/** No history yet: the dossier does not exist. */
export type FromState = StatusCode | 'none';

/** Where a transition leads: a status, the same status, or back to before the supplement request. */
export type Target = StatusCode | 'same' | 'previous';

export interface Transition {
  event: DossierEventType;
  from: readonly FromState[];
  to: Target;
  roles: readonly Role[];
  /** Why this edge exists (legal anchor or practice), for reviewers. */
  basis: string;
}

const S = STATUS;
/** Open states in which a dossier is being handled and the citizen can still act. */
const OPEN: readonly StatusCode[] = [S.received, S.processing, S.supplementRequested, S.financialObligation];

/**
 * The dossier transition table (reference.md §1.3 state machine). Read it as:
 * "event E may happen in states FROM, leads to TO, and may be taken by ROLES".
 * `system` is the importer / synchronisation actor, `citizen` acts through the portal.
 */
export const TRANSITIONS: readonly Transition[] = [
  { event: 'submitted_online', from: ['none'], to: S.submitted, roles: ['citizen', 'system'], basis: 'Nộp trực tuyến trên Cổng DVCQG (trạng thái 1)' },
  { event: 'received', from: ['none', S.submitted], to: S.received, roles: ['counter_officer', 'system'], basis: 'Tiếp nhận hồ sơ đầy đủ, hợp lệ, cấp Mẫu 01' },
  { event: 'refused_at_reception', from: ['none', S.submitted], to: S.refusedAtReception, roles: ['counter_officer', 'system'], basis: 'Từ chối tiếp nhận, Mẫu 03' },
  { event: 'supplement_requested', from: [S.submitted, S.received, S.processing], to: S.supplementRequested, roles: ['counter_officer', 'specialist', 'department_head', 'system'], basis: 'Yêu cầu bổ sung một lần, đầy đủ, Mẫu 02' },
  { event: 'supplement_received', from: [S.supplementRequested], to: 'previous', roles: ['counter_officer', 'citizen', 'system'], basis: 'Nhận đủ hồ sơ bổ sung, thời hạn tiếp tục tính' },
  { event: 'forwarded', from: [S.received, S.processing], to: S.processing, roles: ['counter_officer', 'department_head', 'center_leader', 'system'], basis: 'Chuyển hồ sơ đến phòng chuyên môn hoặc cơ quan ngành dọc, Mẫu 06' },
  { event: 'step_completed', from: [S.received, S.processing], to: 'same', roles: ['counter_officer', 'specialist', 'department_head', 'center_leader', 'chairman', 'system'], basis: 'Hoàn thành một bước của quy trình nội bộ' },
  { event: 'step_assigned', from: [S.received, S.processing], to: 'same', roles: ['department_head', 'system'], basis: 'Lãnh đạo phòng phân công, giao lại việc cho công chức trong phòng' },
  { event: 'step_returned', from: [S.received, S.processing], to: 'same', roles: ['counter_officer', 'specialist', 'department_head', 'center_leader', 'chairman', 'system'], basis: 'Trả lại bước trước hoặc người đã xử lý để xử lý lại, có lý do (Mẫu 06)' },
  { event: 'financial_obligation_requested', from: [S.received, S.processing], to: S.financialObligation, roles: ['counter_officer', 'specialist', 'department_head', 'system'], basis: 'Yêu cầu thực hiện nghĩa vụ tài chính (trạng thái 6)' },
  { event: 'financial_obligation_paid', from: [S.financialObligation], to: S.processing, roles: ['counter_officer', 'citizen', 'system'], basis: 'Đã thực hiện nghĩa vụ tài chính' },
  { event: 'stopped', from: OPEN, to: S.stopped, roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'Dừng giải quyết hoặc từ chối giải quyết có lý do, Mẫu 05' },
  { event: 'extended', from: OPEN, to: 'same', roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'Văn bản xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04' },
  { event: 'withdrawn', from: [S.submitted, ...OPEN], to: S.withdrawn, roles: ['counter_officer', 'citizen', 'system'], basis: 'Công dân yêu cầu rút hồ sơ (trạng thái 7)' },
  { event: 'result_ready', from: [S.received, S.processing], to: S.processed, roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'Lãnh đạo phê duyệt, có kết quả giải quyết (trạng thái 9)' },
  { event: 'result_returned', from: [S.processed], to: S.returned, roles: ['counter_officer', 'system'], basis: 'Trả kết quả tại quầy, qua bưu chính hoặc bản điện tử (trạng thái 10)' },
  { event: 'fee_paid', from: [S.submitted, ...OPEN, S.processed], to: 'same', roles: ['counter_officer', 'citizen', 'system'], basis: 'Thu phí, lệ phí (trực tiếp hoặc trực tuyến)' },
  { event: 'file_attached', from: [S.submitted, ...OPEN, S.processed], to: 'same', roles: ['counter_officer', 'specialist', 'department_head', 'citizen', 'system'], basis: 'Số hóa thành phần hồ sơ, tệp kết quả, tái sử dụng dữ liệu' },
];

/** Statuses that end a dossier: nothing may follow them. */
export const TERMINAL_STATUSES: readonly StatusCode[] = [S.refusedAtReception, S.withdrawn, S.stopped, S.returned];

export type TransitionCheck = { ok: true; transition: Transition } | { ok: false; reason: string; cause: 'state' | 'role' };

const stateName = (from: FromState): string => (from === 'none' ? 'chưa có hồ sơ' : `"${STATUS_NAMES[from]}"`);

/** May `role` take `event` on a dossier in state `from`? If not, a Vietnamese reason. */
export function checkTransition(from: FromState, event: DossierEventType, role: Role): TransitionCheck {
  const transition = TRANSITIONS.find((t) => t.event === event);
  if (!transition) return { ok: false, cause: 'state', reason: `Thao tác không được hỗ trợ: ${event}.` };
  if (!transition.from.includes(from)) {
    const terminal = from !== 'none' && TERMINAL_STATUSES.includes(from);
    return {
      ok: false,
      cause: 'state',
      reason: terminal
        ? `Hồ sơ đã kết thúc (trạng thái ${stateName(from)}), không thể "${EVENT_NAMES[event]}".`
        : `Không thể "${EVENT_NAMES[event]}" khi hồ sơ ở trạng thái ${stateName(from)}.`,
    };
  }
  if (!transition.roles.includes(role)) {
    return { ok: false, cause: 'role', reason: `Vai trò "${ROLE_NAMES[role]}" không được phép "${EVENT_NAMES[event]}".` };
  }
  return { ok: true, transition };
}

/** Events a role may take in a state: what the user interface offers. */
export function allowedEvents(from: FromState, role: Role): DossierEventType[] {
  return TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.event);
}
