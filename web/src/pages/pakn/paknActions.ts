/** The PAKN steps as the staff page offers them: event → route, button, fields (the API's body). */
import { CLASS_NAMES, COMPETENCES, NOT_ACCEPTED_REASON_NAMES, OUTCOME_NAMES, PAKN_CLASSES, PAKN_CLOCK_IDS, CLOCK_NAMES, RESULT_NAMES } from '../../../../src/domain/pakn/labels.ts';

export interface ActionField {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'select' | 'number';
  options?: Array<{ value: string | number; label: string }>;
  required?: boolean;
}

export interface PaknAction {
  route: string;
  label: string;
  fields: ActionField[];
  danger?: boolean;
}

const options = (names: Record<string, string>, keys?: readonly string[]) => (keys ?? Object.keys(names)).map((value) => ({ value, label: names[value]! }));

export const PAKN_ACTIONS: Record<string, PaknAction> = {
  classified: {
    route: 'classify',
    label: 'Phân loại',
    fields: [
      { name: 'class', label: 'Phân loại', kind: 'select', options: options(CLASS_NAMES, PAKN_CLASSES), required: true },
      { name: 'competence', label: 'Thẩm quyền', kind: 'select', options: options(OUTCOME_NAMES, COMPETENCES), required: true },
      { name: 'note', label: 'Ghi chú', kind: 'textarea' },
    ],
  },
  not_accepted: { route: 'not-accept', label: 'Không tiếp nhận', danger: true, fields: [{ name: 'reason', label: 'Lý do', kind: 'select', options: options(NOT_ACCEPTED_REASON_NAMES), required: true }, { name: 'note', label: 'Ghi chú', kind: 'textarea' }] },
  information_requested: { route: 'request-information', label: 'Đề nghị bổ sung thông tin', fields: [{ name: 'request', label: 'Nội dung đề nghị', kind: 'textarea', required: true }] },
  information_received: { route: 'receive-information', label: 'Nhận thông tin bổ sung', fields: [{ name: 'note', label: 'Ghi chú', kind: 'textarea' }] },
  assigned: { route: 'assign', label: 'Giao xử lý', fields: [{ name: 'handlerId', label: 'Mã cán bộ được giao', kind: 'text', required: true }, { name: 'departmentCode', label: 'Mã phòng', kind: 'text' }] },
  answer_drafted: { route: 'draft-answer', label: 'Dự thảo trả lời', fields: [{ name: 'answer', label: 'Nội dung dự thảo', kind: 'textarea', required: true }] },
  resolved: {
    route: 'resolve',
    label: 'Ban hành văn bản trả lời',
    fields: [
      { name: 'answer', label: 'Nội dung trả lời', kind: 'textarea', required: true },
      { name: 'result', label: 'Kết quả xử lý', kind: 'select', options: options(RESULT_NAMES), required: true },
      { name: 'documentNumber', label: 'Số văn bản', kind: 'text' },
    ],
  },
  forwarded: { route: 'forward', label: 'Chuyển cơ quan có thẩm quyền', fields: [{ name: 'to', label: 'Cơ quan có thẩm quyền', kind: 'text', required: true }, { name: 'documentNumber', label: 'Số công văn chuyển', kind: 'text' }] },
  published: {
    route: 'publish',
    label: 'Công khai kết quả',
    fields: [
      { name: 'summary', label: 'Tóm tắt nội dung (không ghi thông tin cá nhân)', kind: 'textarea', required: true },
      { name: 'answer', label: 'Nội dung trả lời công khai', kind: 'textarea', required: true },
    ],
  },
  satisfaction_recorded: { route: 'record-satisfaction', label: 'Ghi nhận đánh giá', fields: [{ name: 'vote', label: 'Đánh giá', kind: 'select', options: [{ value: 'like', label: 'Hài lòng' }, { value: 'dislike', label: 'Không hài lòng' }], required: true }] },
  follow_up_received: { route: 'record-follow-up', label: 'Ghi nhận phản ánh tiếp', fields: [{ name: 'content', label: 'Nội dung', kind: 'textarea', required: true }] },
  reminded: {
    route: 'remind',
    label: 'Đôn đốc',
    fields: [
      { name: 'clock', label: 'Thời hạn', kind: 'select', options: options(CLOCK_NAMES, PAKN_CLOCK_IDS), required: true },
      { name: 'level', label: 'Cấp đôn đốc (1–3)', kind: 'number', required: true },
    ],
  },
  withdrawn: { route: 'withdraw', label: 'Người gửi rút', danger: true, fields: [{ name: 'reason', label: 'Lý do', kind: 'textarea' }] },
};
