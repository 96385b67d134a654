/**
 * Escalation alerts in words (w3-alerts, docs/supervision.md §9): how an addressee is named when
 * an alert is raised ("Trưởng phòng Nguyễn Văn A"), and the lines the dossier's (or PAKN's)
 * history shows for an alert raised and acknowledged. Pure: the store passes what it recorded.
 */
import type { Role } from '../dossier/roles.ts';
import { formatDateTime } from '../format/date.ts';
import type { LocalMinute } from '../calendar/local-time.ts';
import type { EscalationTriggerKind } from './config.ts';

/** Short titles of the people alerts go to, as a center writes them in a memo. */
const ADDRESSEE_TITLES: Partial<Record<Role, string>> = {
  department_head: 'Trưởng phòng',
  center_leader: 'Lãnh đạo Trung tâm',
  chairman: 'Chủ tịch UBND',
  counter_officer: 'Công chức một cửa',
};

/** Short reasons, lower case, for the history line. */
export const ALERT_REASONS: Record<EscalationTriggerKind | 'pakn-overdue', string> = {
  'step-overdue': 'bước quá hạn',
  'legal-due-within': 'sắp đến hạn giải quyết',
  'legal-overdue': 'quá hạn giải quyết',
  'pakn-overdue': 'phản ánh, kiến nghị quá thời hạn',
};

export const ALERT_HISTORY_WORDS = {
  sentTo: 'Cảnh báo gửi',
  acknowledgedBy: 'Đã xác nhận bởi',
  due: 'hạn',
  note: 'ghi chú',
  notFound: (id: number) => `Không tìm thấy cảnh báo số ${id}.`,
  notAddressee: 'Bạn không phải người nhận cảnh báo này nên không xác nhận được.',
  alreadyAcknowledged: (name: string, at: LocalMinute) => `Cảnh báo đã được ${name} xác nhận lúc ${formatDateTime(at)}; không cần xác nhận lại.`,
  forbiddenSettings: 'Chỉ Lãnh đạo Trung tâm của đơn vị hoặc quản trị hệ thống được đặt ngưỡng cảnh báo và thang báo cáo vượt cấp.',
  forbiddenReadSettings: 'Bạn không có quyền xem ngưỡng cảnh báo của đơn vị này.',
  unknownUnit: (code: string) => `Không tìm thấy đơn vị ${code}.`,
} as const;

/** "Trưởng phòng Nguyễn Văn A": the person's short title and name (the name alone for other roles). */
export function addresseeName(role: Role, fullName: string): string {
  const title = ADDRESSEE_TITLES[role];
  return title === undefined ? fullName : `${title} ${fullName}`;
}

export type AlertHistoryRecord =
  | { kind: 'raised'; at: LocalMinute; addresseeNames: readonly string[]; trigger: string; dueAt?: LocalMinute; text: string }
  | { kind: 'acknowledged'; at: LocalMinute; actorName: string; note?: string };

/** One history line: "Cảnh báo gửi Trưởng phòng Nguyễn Văn A: bước quá hạn (hạn 25/11/2026 17:00)" / "Đã xác nhận bởi …". */
export function alertHistoryLine(record: AlertHistoryRecord): string {
  if (record.kind === 'acknowledged') {
    const note = record.note === undefined || record.note === '' ? '' : ` (${ALERT_HISTORY_WORDS.note}: ${record.note})`;
    return `${ALERT_HISTORY_WORDS.acknowledgedBy} ${record.actorName}${note}`;
  }
  const reason = ALERT_REASONS[record.trigger as keyof typeof ALERT_REASONS] ?? record.trigger;
  const due = record.dueAt === undefined ? '' : ` (${ALERT_HISTORY_WORDS.due} ${formatDateTime(record.dueAt)})`;
  return `${ALERT_HISTORY_WORDS.sentTo} ${record.addresseeNames.join(', ')}: ${reason}${due}`;
}
