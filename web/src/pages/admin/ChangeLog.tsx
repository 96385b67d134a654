/**
 * The configuration change log (GET /api/admin/changes): who changed the calendar, a unit's
 * settings or procedures, departments, users, import profiles or source keys, when, and from
 * what to what. Newest first, older pages on demand; each row opens to the values before and after.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Form, Select, Table, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { formatDate, formatDateTime, ROLE_NAMES } from '../../labels.ts';
import { useUser } from '../../session.ts';
import type { AdminChange, Role } from '../../api/types.ts';
import { useUnits } from './units.tsx';
import { ChangeFields } from '../../components/ChangeFields.tsx';
import { channelChangeSummary } from '../notices/channel-change-names.ts';

const PAGE = 50;
const ALL = '';

const SETTING_NAMES: Record<string, string> = {
  documentHeader: 'tên cơ quan trên văn bản',
  placeName: 'địa danh',
  signers: 'người ký',
  workingHours: 'giờ làm việc',
  saturdayDesk: 'tiếp nhận sáng thứ Bảy',
  reportPeriod: 'kỳ báo cáo',
  documentSymbol: 'ký hiệu văn bản',
  contactPhone: 'điện thoại',
  publicBaseUrl: 'địa chỉ tra cứu công khai',
};

type Json = Record<string, unknown> | null;

function day(value: Json): string {
  return value ? `${value.working ? 'Làm việc' : 'Nghỉ'} — ${String(value.reason ?? '')}` : '';
}

function offered(value: Json): string[] | null {
  return value && Array.isArray(value.offered) ? (value.offered as string[]) : null;
}

/** One line a leader reads at a glance; the row's expansion shows the whole values. */
export function summarize(change: AdminChange): string {
  const before = change.before as Json;
  const after = change.after as Json;
  switch (change.kind) {
    case 'calendar_override.set':
      return before ? `${day(before)} → ${day(after)}` : day(after);
    case 'calendar_override.removed':
      return `Bỏ: ${day(before)}`;
    case 'unit.procedures': {
      const now = offered(after) ?? [];
      const was = offered(before);
      if (!was) return `Từ cả danh mục sang ${now.length} thủ tục`;
      const added = now.filter((code) => !was.includes(code));
      const removed = was.filter((code) => !now.includes(code));
      const parts = [added.length > 0 ? `thêm ${added.join(', ')}` : '', removed.length > 0 ? `bỏ ${removed.join(', ')}` : ''].filter(Boolean);
      return `${parts.join('; ') || 'không đổi'} (còn ${now.length} thủ tục)`;
    }
    case 'unit.settings': {
      const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
      const changed = [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));
      return changed.length > 0 ? `Đổi ${changed.map((key) => SETTING_NAMES[key] ?? key).join(', ')}` : 'Lưu lại, không đổi';
    }
    case 'user.updated': {
      const parts: string[] = [];
      if (before?.fullName !== after?.fullName) parts.push(`Họ tên: ${String(before?.fullName ?? '')} → ${String(after?.fullName ?? '')}`);
      if (before?.role !== after?.role) parts.push(`Vai trò: ${ROLE_NAMES[before?.role as Role] ?? ''} → ${ROLE_NAMES[after?.role as Role] ?? ''}`);
      const department = (value: Json) => String(value?.departmentName ?? value?.departmentCode ?? 'không thuộc phòng nào');
      if (before?.departmentCode !== after?.departmentCode) parts.push(`Phòng: ${department(before)} → ${department(after)}`);
      return parts.join('; ');
    }
    case 'user.created':
      return `${String(after?.fullName ?? '')} — ${ROLE_NAMES[after?.role as Role] ?? String(after?.role ?? '')}`;
    case 'unit.created':
    case 'department.created':
      return String(after?.name ?? '');
    case 'source_key.created':
    case 'source_key.revoked':
      return `Khóa ${String((after ?? before)?.keyPrefix ?? '')}…`;
    case 'notice_channels.set':
      return channelChangeSummary(after);
    case 'zalo_token.refresh_failed':
      return String(after?.reason ?? '');
    default:
      return '';
  }
}

export function ChangeLogPage() {
  const me = useUser();
  const isAdmin = me.role === 'administrator';
  const { units } = useUnits();
  const [unitCode, setUnitCode] = useState(isAdmin ? ALL : me.unitCode);
  const [items, setItems] = useState<AdminChange[] | null>(null);
  const [next, setNext] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = (beforeId: number | null) => {
    const query = { limit: PAGE, unitCode: unitCode !== ALL ? unitCode : undefined, beforeId: beforeId ?? undefined };
    return ok(client.GET('/api/admin/changes', { params: { query } })).then(
      (page) => {
        setItems((current) => (beforeId === null ? page.items : [...(current ?? []), ...page.items]));
        setNext(page.nextBeforeId);
      },
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  };
  useEffect(() => {
    setItems(null);
    setError(null);
    void load(null);
  }, [unitCode]);

  const unitName = new Map(units.map((u) => [u.code, u.name]));
  const options = [...(isAdmin ? [{ value: ALL, label: 'Tất cả đơn vị và thay đổi toàn hệ thống' }] : []), ...units.map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))];

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Nhật ký thay đổi cấu hình
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        Mọi thay đổi lịch làm việc, cấu hình đơn vị, danh sách thủ tục, phòng, người dùng, cấu hình nhập và khóa API đều được ghi lại ở đây, không sửa, không xóa được.
      </Typography.Paragraph>
      <Form.Item label="Đơn vị" htmlFor="change-unit" style={{ marginBottom: 12 }}>
        <Select id="change-unit" value={unitCode} onChange={setUnitCode} style={{ width: 460 }} showSearch optionFilterProp="label" options={options} />
      </Form.Item>
      {error && <Alert type="error" message={error} style={{ marginBottom: 12 }} />}
      <Table<AdminChange>
        size="small"
        rowKey="id"
        loading={!items && !error}
        dataSource={items ?? []}
        pagination={false}
        locale={{ emptyText: 'Chưa có thay đổi nào trong phạm vi đang xem. Mỗi lần sửa thủ tục, lịch, người dùng hay cấu hình đơn vị sẽ được ghi ở đây.' }}
        expandable={{
          expandedRowRender: (change) => <ChangeFields before={change.before} after={change.after} />,
        }}
        columns={[
          { title: 'Thời điểm', dataIndex: 'at', width: 130, render: (at: string) => formatDateTime(at) },
          { title: 'Người thực hiện', dataIndex: 'actor', width: 170, render: (actor: AdminChange['actor']) => actor?.fullName ?? 'Hệ thống (dòng lệnh)' },
          { title: 'Việc', dataIndex: 'kindName', width: 210 },
          // One unit chosen: its rows name it or the whole system, so the column only when all are shown.
          ...(unitCode === ALL ? [{ title: 'Đơn vị', dataIndex: 'unitCode', width: 190, render: (code: string | null) => (code ? (unitName.get(code) ?? code) : 'Toàn hệ thống') }] : []),
          { title: 'Đối tượng', dataIndex: 'target', width: 190, render: (target: string, change: AdminChange) => (change.kind.startsWith('calendar_override') ? formatDate(target) : target) },
          { title: 'Nội dung', key: 'summary', render: (_: unknown, change: AdminChange) => (change.unitCode === null && unitCode !== ALL ? `${summarize(change)} (toàn hệ thống)` : summarize(change)) },
        ]}
      />
      {next !== null && (
        <Button style={{ marginTop: 12 }} onClick={() => void load(next)}>
          Xem các thay đổi cũ hơn
        </Button>
      )}
    </div>
  );
}
