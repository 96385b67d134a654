import type { Role } from '../dossier/roles.ts';
import { ROLE_NAMES } from '../dossier/roles.ts';
import { EVENT_NAMES, PAKN_MESSAGES, STATUS_NAMES, type Competence, type PaknEventType, type PaknStatus } from './labels.ts';

/** No history yet: the PAKN does not exist. */
export type PaknFromState = PaknStatus | 'none';

/**
 * Where a transition leads: a status, the same status, back to where the PAKN was before the
 * information request, or a status chosen by the classification's competence.
 */
export type PaknTarget = PaknStatus | 'same' | 'previous' | { byCompetence: Record<Competence, PaknStatus> };

export interface PaknTransition {
  event: PaknEventType;
  from: readonly PaknFromState[];
  to: PaknTarget;
  roles: readonly Role[];
  /** Why this edge exists (legal anchor or practice), for reviewers. */
  basis: string;
}

/** Statuses in which the PAKN is still being handled by the unit. */
const HANDLING: readonly PaknStatus[] = ['registered', 'awaiting_information', 'in_handling', 'awaiting_forwarding'];
/** Resolved: the answer exists, publication and the sender's feedback may follow. */
const ANSWERED: readonly PaknStatus[] = ['awaiting_publication', 'published'];

/**
 * The PAKN transition table: "event E may happen in states FROM, leads to TO, and may be taken
 * by ROLES". Who registers, classifies, answers and publishes is read here (docs/pakn.md §2);
 * the policy module adds the unit and department rules later. `citizen` acts through the public
 * form and the lookup page, `system` is the importer and the reminder job.
 */
export const PAKN_TRANSITIONS: readonly PaknTransition[] = [
  { event: 'registered', from: ['none'], to: 'registered', roles: ['counter_officer', 'citizen', 'system'], basis: 'NĐ 20/2008, Điều 9: tiếp nhận và vào sổ tiếp nhận phản ánh, kiến nghị; người gửi tự gửi qua biểu mẫu' },
  {
    event: 'classified',
    from: ['registered', 'in_handling', 'awaiting_forwarding'],
    to: { byCompetence: { within_competence: 'in_handling', outside_competence: 'awaiting_forwarding' } },
    roles: ['counter_officer', 'center_leader', 'system'],
    basis: 'NĐ 20/2008, Điều 9: nghiên cứu, đánh giá, phân loại (thuộc thẩm quyền / không thuộc thẩm quyền); QĐ 766 chỉ tiêu 5.1',
  },
  { event: 'not_accepted', from: ['registered', 'awaiting_information'], to: 'not_accepted', roles: ['counter_officer', 'center_leader', 'system'], basis: 'NĐ 20/2008, Điều 7 và Điều 9: không tiếp nhận phản ánh, kiến nghị không đáp ứng yêu cầu' },
  { event: 'information_requested', from: ['registered', 'in_handling'], to: 'awaiting_information', roles: ['counter_officer', 'specialist', 'department_head', 'system'], basis: 'QĐ 766 chỉ tiêu 5.2: đề nghị người gửi bổ sung thông tin; thời hạn tạm dừng' },
  { event: 'information_received', from: ['awaiting_information'], to: 'previous', roles: ['counter_officer', 'specialist', 'citizen', 'system'], basis: 'Người gửi bổ sung thông tin, thời hạn tiếp tục tính' },
  { event: 'assigned', from: ['in_handling'], to: 'same', roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'Giao phòng chuyên môn, công chức xử lý (NĐ 20/2008, Điều 14)' },
  { event: 'answer_drafted', from: ['in_handling'], to: 'same', roles: ['specialist', 'department_head'], basis: 'Dự thảo văn bản trả lời trình lãnh đạo' },
  { event: 'resolved', from: ['in_handling'], to: 'awaiting_publication', roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'NĐ 20/2008, Điều 14–15: quyết định xử lý, văn bản trả lời theo thể thức NĐ 30/2020' },
  { event: 'forwarded', from: ['awaiting_forwarding'], to: 'forwarded', roles: ['center_leader', 'chairman', 'system'], basis: 'NĐ 20/2008, Điều 9: chuyển cơ quan có thẩm quyền trong 05 ngày làm việc, bằng văn bản' },
  { event: 'published', from: ['awaiting_publication'], to: 'published', roles: ['counter_officer', 'center_leader', 'system'], basis: 'NĐ 20/2008, Điều 19: công khai kết quả xử lý; QĐ 766 chỉ tiêu 5.2 (02 ngày làm việc)' },
  { event: 'satisfaction_recorded', from: ANSWERED, to: 'same', roles: ['citizen', 'counter_officer', 'system'], basis: 'QĐ 766 chỉ tiêu 5.3: đánh giá hài lòng / không hài lòng của người gửi' },
  { event: 'follow_up_received', from: ANSWERED, to: 'same', roles: ['citizen', 'counter_officer', 'system'], basis: 'QĐ 766 chỉ tiêu 5.3: phản ánh tiếp về kết quả xử lý' },
  { event: 'reminded', from: ['registered', 'in_handling', 'awaiting_forwarding', 'awaiting_publication'], to: 'same', roles: ['department_head', 'center_leader', 'chairman', 'system'], basis: 'Đôn đốc xử lý khi sắp đến hạn, quá hạn (TT 02/2017/TT-VPCP; thang đôn đốc clocks.ts)' },
  { event: 'withdrawn', from: HANDLING, to: 'withdrawn', roles: ['citizen', 'counter_officer', 'system'], basis: 'Người gửi đề nghị rút phản ánh, kiến nghị trước khi có kết quả xử lý' },
];

/** Statuses nothing may follow. */
export const TERMINAL_STATUSES: readonly PaknStatus[] = ['not_accepted', 'forwarded', 'withdrawn'];
/** Handling is over but the sender's feedback may still be recorded. */
export const CLOSED_STATUSES: readonly PaknStatus[] = ['published'];

export type PaknTransitionCheck = { ok: true; transition: PaknTransition } | { ok: false; reason: string; cause: 'state' | 'role' };

function wrongStateReason(from: PaknFromState, event: PaknEventType): string {
  const action = EVENT_NAMES[event];
  if (from === 'none') return PAKN_MESSAGES.notRegistered(action);
  if (TERMINAL_STATUSES.includes(from)) return PAKN_MESSAGES.endedState(STATUS_NAMES[from], action);
  return PAKN_MESSAGES.wrongState(STATUS_NAMES[from], action);
}

/** May `role` take `event` on a PAKN in state `from`? If not, a Vietnamese reason. */
export function checkPaknTransition(from: PaknFromState, event: PaknEventType, role: Role): PaknTransitionCheck {
  const transition = PAKN_TRANSITIONS.find((t) => t.event === event);
  if (!transition) return { ok: false, cause: 'state', reason: PAKN_MESSAGES.unsupported(event) };
  if (!transition.from.includes(from)) return { ok: false, cause: 'state', reason: wrongStateReason(from, event) };
  if (!transition.roles.includes(role)) return { ok: false, cause: 'role', reason: PAKN_MESSAGES.wrongRole(ROLE_NAMES[role], EVENT_NAMES[event]) };
  return { ok: true, transition };
}

/** Events a role may take in a state: what the user interface offers. */
export function allowedPaknEvents(from: PaknFromState, role: Role): PaknEventType[] {
  return PAKN_TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.event);
}

/** Every status a target can lead to (for the walks of the tests and the docs). */
export function targetStatuses(target: PaknTarget): PaknStatus[] {
  if (typeof target === 'object') return Object.values(target.byCompetence);
  return target === 'same' || target === 'previous' ? [] : [target];
}
