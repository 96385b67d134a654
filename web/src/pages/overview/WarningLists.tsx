/**
 * The unit board's warning lists (GET /api/overview/warnings): due soon, due today, overdue, and
 * the apologies owed (Mẫu 04) with the last moment to send them. The staff overview shows them as
 * tabs of tables; the wall screen (Wall.tsx) shows them in large type.
 */
import { Alert, Card, Table, Tabs, Tag } from 'antd';
import type { Answer } from '../../api/types.ts';
import { formatDateTime, formatRemaining } from '../../labels.ts';
import { Link } from '../../router.tsx';

export type UnitWarnings = Answer<'/api/overview/warnings'>;
type Item = UnitWarnings['overdue'][number];
type Apology = UnitWarnings['apologiesOwed'][number];

export const WARNING_LIST_NAMES = {
  dueSoon: 'Sắp đến hạn',
  dueToday: 'Đến hạn hôm nay',
  overdue: 'Quá hạn',
  apologiesOwed: 'Chưa gửi thư xin lỗi',
} as const;

export const RISK_NAMES: Record<Apology['risk'][number], string> = {
  'little-time-left': 'sắp hết thời hạn',
  'step-overdue': 'có bước xử lý quá hạn',
  overdue: 'đã quá hạn',
};

export const APOLOGY_STATUS_TAGS: Record<Apology['status'], { color: string; text: string }> = {
  owed: { color: 'purple', text: 'Cần gửi' },
  late: { color: 'red', text: 'Đã quá thời điểm gửi' },
};

const holderColumns = [
  { title: 'Mã hồ sơ', dataIndex: 'dossierCode', width: 190, render: (code: string) => <Link to={`/ho-so/${encodeURIComponent(code)}`}>{code}</Link> },
  { title: 'Thủ tục', dataIndex: 'procedureName' },
  { title: 'Nơi xử lý', dataIndex: 'departmentName', width: 200, render: (name: string | null, row: Item | Apology) => [name, row.assigneeName].filter(Boolean).join(' — ') || 'Bộ phận một cửa' },
];

function ItemTable({ rows, label }: { rows: Item[]; label: string }) {
  return (
    <Table<Item>
      size="small"
      rowKey="dossierCode"
      aria-label={label}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      dataSource={rows}
      locale={{ emptyText: 'Không có hồ sơ nào cần cảnh báo ở mục này.' }}
      columns={[
        ...holderColumns,
        { title: 'Hạn giải quyết', dataIndex: 'dueAt', width: 140, render: (v: string) => formatDateTime(v) },
        { title: 'Thời gian', dataIndex: 'remainingMinutes', width: 190, render: (v: number) => formatRemaining(v) },
      ]}
    />
  );
}

function ApologyTable({ rows }: { rows: Apology[] }) {
  return (
    <Table<Apology>
      size="small"
      rowKey="dossierCode"
      aria-label={WARNING_LIST_NAMES.apologiesOwed}
      pagination={rows.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      dataSource={rows}
      locale={{ emptyText: 'Không có hồ sơ quá hạn nào còn phải gửi thư xin lỗi (Mẫu 04).' }}
      columns={[
        ...holderColumns,
        { title: 'Hạn giải quyết', dataIndex: 'legalDueAt', width: 140, render: (v: string) => formatDateTime(v) },
        { title: 'Gửi Mẫu 04 muộn nhất', dataIndex: 'lastMoment', width: 160, render: (v: string) => formatDateTime(v) },
        {
          title: 'Tình trạng',
          dataIndex: 'status',
          width: 200,
          render: (status: Apology['status'], row) => (
            <>
              <Tag color={APOLOGY_STATUS_TAGS[status].color}>{APOLOGY_STATUS_TAGS[status].text}</Tag>
              {row.risk.map((r) => RISK_NAMES[r]).join(', ')}
            </>
          ),
        },
      ]}
    />
  );
}

export function WarningLists({ data }: { data: UnitWarnings }) {
  const count = (n: number) => ` (${n})`;
  return (
    <Card size="small" title="Cảnh báo" style={{ marginBottom: 12 }} data-testid="warning-lists">
      {data.truncated && <Alert type="warning" showIcon style={{ marginBottom: 8 }} message={`Chỉ xét ${data.limit} hồ sơ có hạn giải quyết sớm nhất.`} />}
      <Tabs
        defaultActiveKey={data.overdue.length > 0 ? 'overdue' : 'dueToday'}
        items={[
          { key: 'dueSoon', label: WARNING_LIST_NAMES.dueSoon + count(data.dueSoon.length), children: <ItemTable rows={data.dueSoon} label={WARNING_LIST_NAMES.dueSoon} /> },
          { key: 'dueToday', label: WARNING_LIST_NAMES.dueToday + count(data.dueToday.length), children: <ItemTable rows={data.dueToday} label={WARNING_LIST_NAMES.dueToday} /> },
          { key: 'overdue', label: WARNING_LIST_NAMES.overdue + count(data.overdue.length), children: <ItemTable rows={data.overdue} label={WARNING_LIST_NAMES.overdue} /> },
          { key: 'apologiesOwed', label: WARNING_LIST_NAMES.apologiesOwed + count(data.apologiesOwed.length), children: <ApologyTable rows={data.apologiesOwed} /> },
        ]}
      />
    </Card>
  );
}
