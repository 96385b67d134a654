/**
 * The values before and after one configuration change, as labelled fields in Vietnamese
 * (issue 15: the change log showed raw JSON). Only the fields that changed; nested values
 * (working hours, document header, signers) read as short sentences, never as JSON.
 */
import { Table } from 'antd';
import { ROLE_NAMES } from '../labels.ts';
import type { Role } from '../api/types.ts';
import { CHANNEL_FIELD_NAMES, channelValueText } from '../pages/notices/channel-change-names.ts';

const FIELD_NAMES: Record<string, string> = {
  documentHeader: 'Tên cơ quan trên văn bản',
  governingBody: 'Cơ quan chủ quản',
  issuingBody: 'Cơ quan ban hành',
  placeName: 'Địa danh',
  signers: 'Người ký',
  workingHours: 'Giờ làm việc',
  morning: 'Buổi sáng',
  afternoon: 'Buổi chiều',
  start: 'Bắt đầu',
  end: 'Kết thúc',
  saturdayDesk: 'Tiếp nhận sáng thứ Bảy',
  reportPeriod: 'Kỳ báo cáo',
  documentSymbol: 'Ký hiệu văn bản',
  contactPhone: 'Điện thoại',
  publicBaseUrl: 'Địa chỉ tra cứu công khai',
  fullName: 'Họ tên',
  username: 'Tên đăng nhập',
  role: 'Vai trò',
  departmentCode: 'Mã phòng',
  departmentName: 'Phòng',
  active: 'Đang hoạt động',
  locked: 'Bị khóa',
  working: 'Ngày làm việc',
  reason: 'Lý do',
  date: 'Ngày',
  offered: 'Thủ tục đơn vị cung cấp',
  name: 'Tên',
  title: 'Chức danh',
  code: 'Mã',
  kind: 'Loại',
  keyPrefix: 'Khóa (phần đầu)',
  unitCode: 'Đơn vị',
  source: 'Hệ thống nguồn',
  ...CHANNEL_FIELD_NAMES,
};

/** A field's name for people: its Vietnamese label, or "Mục khác" for a key this page does not know. */
export function fieldName(key: string): string {
  return FIELD_NAMES[key] ?? 'Mục khác';
}

/** A value in words: "Có"/"Không", lists joined, nested fields as "Tên: giá trị; …". */
export function valueText(key: string, value: unknown): string {
  const channel = channelValueText(key, value);
  if (channel !== undefined) return channel;
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Có' : 'Không';
  if (typeof value === 'number') return value.toLocaleString('vi-VN');
  if (typeof value === 'string') return key === 'role' ? (ROLE_NAMES[value as Role] ?? value) : value;
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map((item) => valueText(key, item)).join('; ');
  return Object.entries(value as Record<string, unknown>)
    .map(([k, v]) => `${fieldName(k)}: ${valueText(k, v)}`)
    .join('; ');
}

interface FieldRow {
  key: string;
  field: string;
  before: string;
  after: string;
}

export function changedFields(before: unknown, after: unknown): FieldRow[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((key) => JSON.stringify(b[key]) !== JSON.stringify(a[key]))
    .map((key) => ({ key, field: fieldName(key), before: valueText(key, b[key]), after: valueText(key, a[key]) }));
}

export function ChangeFields({ before, after }: { before: unknown; after: unknown }) {
  return (
    <Table<FieldRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={changedFields(before, after)}
      locale={{ emptyText: 'Lưu lại, không có mục nào đổi.' }}
      columns={[
        { title: 'Mục', dataIndex: 'field', width: 200 },
        { title: 'Trước', dataIndex: 'before' },
        { title: 'Sau', dataIndex: 'after' },
      ]}
    />
  );
}
