/** The dossier table shared by the work queues and the search page: due dates coloured by urgency. */
import { Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig } from 'antd';
import { CHANNEL_NAMES, LEVEL_COLORS, LEVEL_NAMES, STATUS_COLORS, formatDateTime } from '../labels.ts';
import { Link } from '../router.tsx';
import type { DossierListItem } from '../api/types.ts';

export function DossierTable({ items, loading, pagination, caption }: { items: DossierListItem[]; loading: boolean; pagination?: TablePaginationConfig | false; caption: string }) {
  return (
    <Table<DossierListItem>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={items}
      pagination={pagination ?? { pageSize: 20, showSizeChanger: false }}
      scroll={{ x: 1000 }}
      rowClassName={(row) => (row.deadlineLevel === 'overdue' ? 'row-overdue' : row.deadlineLevel === 'due-soon' ? 'row-due-soon' : '')}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      locale={{ emptyText: 'Không có hồ sơ' }}
      columns={[
        { title: 'Mã hồ sơ', dataIndex: 'code', width: 215, render: (code: string) => <Link to={`/ho-so/${encodeURIComponent(code)}`}>{code}</Link> },
        { title: 'Thủ tục', dataIndex: 'procedureName', ellipsis: true },
        { title: 'Người nộp', dataIndex: 'applicantName', width: 170, ellipsis: true },
        { title: 'Kênh', dataIndex: 'channel', width: 95, render: (c: string) => CHANNEL_NAMES[c] ?? c },
        { title: 'Trạng thái', dataIndex: 'statusName', width: 170, render: (name: string, row) => <Tag color={STATUS_COLORS[row.status]}>{name}</Tag> },
        { title: 'Tiếp nhận', dataIndex: 'receivedAt', width: 125, render: formatDateTime },
        {
          title: 'Hạn trả',
          dataIndex: 'appointmentDueAt',
          width: 175,
          render: (due: string | null, row) => (
            <span>
              {formatDateTime(due ?? row.legalDueAt)} {row.deadlineLevel && row.deadlineLevel !== 'on-track' && <Tag color={LEVEL_COLORS[row.deadlineLevel]}>{LEVEL_NAMES[row.deadlineLevel]}</Tag>}
            </span>
          ),
        },
      ]}
    />
  );
}
