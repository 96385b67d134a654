/**
 * Vietnamese wording of supervision (warning levels, the apology rule, escalation alerts, the
 * board), in one place so that a Vietnamese reader can review it in one sitting. Code elsewhere
 * stays English (docs/supervision.md).
 */

import type { ApologyStatus } from './apology.ts';
import type { EscalationTriggerKind } from './config.ts';
import type { WarningLevel } from './warnings.ts';

export const WARNING_LEVEL_NAMES: Record<WarningLevel, string> = {
  'on-time': 'Trong hạn',
  'due-soon': 'Sắp đến hạn',
  'due-today': 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  paused: 'Tạm dừng, chờ công dân',
};

export const APOLOGY_STATUS_NAMES: Record<ApologyStatus, string> = {
  'not-needed': 'Chưa cần xin lỗi, hẹn lại',
  owed: 'Cần gửi văn bản xin lỗi, hẹn lại',
  late: 'Đã quá thời điểm gửi văn bản xin lỗi, hẹn lại (chậm nhất 01 ngày làm việc trước hạn)',
  'too-late': 'Đã quá hạn giải quyết, không còn gửi xin lỗi, hẹn lại trước hạn được',
  sent: 'Đã gửi văn bản xin lỗi, hẹn lại',
  'sent-late': 'Đã gửi văn bản xin lỗi, hẹn lại nhưng muộn hơn 01 ngày làm việc trước hạn',
  paused: 'Đang tạm dừng, chờ công dân',
};

export const TRIGGER_NAMES: Record<EscalationTriggerKind, string> = {
  'step-overdue': 'Bước xử lý quá hạn',
  'legal-due-within': 'Sắp đến hạn giải quyết theo quy định',
  'legal-overdue': 'Quá hạn giải quyết theo quy định',
};

/** Default rung names of the ladder (unit data may rename them). */
export const DEFAULT_RUNG_NAMES = {
  stepOverdue: 'Bước quá hạn: báo Lãnh đạo phòng',
  legalDueWithinDay: 'Còn dưới 01 ngày làm việc đến hạn: báo Lãnh đạo Trung tâm',
  legalOverdue: 'Quá hạn giải quyết: báo Chủ tịch UBND',
} as const;

/** Words of alert texts. Texts name the dossier code, the procedure and the step, never the citizen. */
export const ALERT_WORDS = {
  dossier: 'Hồ sơ',
  step: 'bước',
  atStep: 'Đang ở bước',
  stepOverdue: 'đã quá hạn xử lý của bước (hạn',
  legalDueWithin: 'sắp đến hạn giải quyết theo quy định (hạn',
  legalOverdue: 'đã quá hạn giải quyết theo quy định (hạn',
  apologyMissing: 'Chưa có văn bản xin lỗi, hẹn lại.',
  apologyDeadline: 'Gửi văn bản xin lỗi, hẹn lại chậm nhất',
} as const;

export const SUPERVISION_MESSAGES = {
  root: '(gốc)',
  invalidValue: 'giá trị không hợp lệ.',
  quarterDays: 'số ngày làm việc phải là bội số của 0,25 (ví dụ 0,5; 1; 1,25).',
  duplicateRung: (id: string) => `bậc "${id}" bị trùng mã trong thang báo cáo vượt cấp; mỗi bậc cần một mã riêng.`,
  notAddressee: 'Bạn không phải người nhận cảnh báo này nên không xác nhận được.',
  alreadyAcknowledged: (by: string) => `Cảnh báo đã được xác nhận (bởi ${by}).`,
  otherUnit: 'Cảnh báo thuộc đơn vị khác.',
} as const;

/** Column and row words of the board (the web and XLSX take them from here). */
export const BOARD_WORDS = {
  open: 'Đang giải quyết',
  overdue: 'Quá hạn',
  dueSoon: 'Sắp đến hạn',
  dueToday: 'Đến hạn hôm nay',
  paused: 'Tạm dừng',
  apologiesOwed: 'Chưa xin lỗi, hẹn lại',
  received: 'Tiếp nhận trong kỳ',
  resolved: 'Đã giải quyết trong kỳ',
  onTimeRate: 'Tỷ lệ đúng hạn',
  serviceIndex: 'Chỉ số phục vụ (QĐ 766)',
  rank: 'Xếp hạng',
  unit: 'Đơn vị',
  department: 'Phòng, bộ phận',
  officer: 'Công chức',
  city: 'Toàn thành phố',
  notComputable: 'Chưa tính được',
} as const;
