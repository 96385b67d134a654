/**
 * The dossier table shared by the work queues and the search page: due dates coloured by urgency;
 * with `sort`/`onSort`, the columns sort on the server (the list route's `sort` parameter).
 */
import { Table, Tag, Typography } from 'antd';
import type { TablePaginationConfig, TableProps } from 'antd';
import { CHANNEL_NAMES, LEVEL_COLORS, LEVEL_NAMES, STATUS_COLORS, formatDateTime } from '../labels.ts';
import { Link } from '../router.tsx';
import type { DossierListItem, DossierSort } from '../api/types.ts';

type SortColumn = Exclude<DossierSort, `-${string}`>;

/** The sort order of a column as the table shows it, from the list's sort. */
function orderOf(sort: DossierSort | undefined, column: SortColumn): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

const NO_MATCH = 'Không có hồ sơ nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc hoặc chọn khoảng thời gian khác.';

export function DossierTable({
  items,
  loading,
  pagination,
  caption,
  sort,
  onSort,
  emptyText = NO_MATCH,
  submittedColumn = false,
}: {
  items: DossierListItem[];
  loading: boolean;
  pagination?: TablePaginationConfig | false;
  caption: string;
  /** Why the list is empty and what to do (issue 15: never a bare "Trống"). */
  emptyText?: string;
  /** The online-submissions list: the time each submission arrived instead of the (empty) reception time. */
  submittedColumn?: boolean;
  /** The list's current sort; columns sort only when `onSort` is given. */
  sort?: DossierSort;
  onSort?: (sort: DossierSort | undefined) => void;
}) {
  const sortable = (column: SortColumn) => (onSort ? { key: column, sorter: true, sortOrder: orderOf(sort, column), sortDirections: ['ascend', 'descend', 'ascend'] as Array<'ascend' | 'descend'> } : {});
  const onChange: TableProps<DossierListItem>['onChange'] = (_pagination, _filters, sorter) => {
    if (!onSort || Array.isArray(sorter)) return;
    const column = sorter.columnKey as SortColumn | undefined;
    onSort(column && sorter.order ? ((sorter.order === 'descend' ? `-${column}` : column) as DossierSort) : undefined);
  };
  return (
    <Table<DossierListItem>
      size="small"
      rowKey="code"
      loading={loading}
      dataSource={items}
      pagination={pagination ?? { pageSize: 20, showSizeChanger: false }}
      onChange={onChange}
      scroll={{ x: 1000 }}
      rowClassName={(row) => (row.deadlineLevel === 'overdue' ? 'row-overdue' : row.deadlineLevel === 'due-soon' ? 'row-due-soon' : '')}
      title={() => <Typography.Text strong>{caption}</Typography.Text>}
      locale={{ emptyText, triggerAsc: 'Bấm để sắp xếp tăng dần', triggerDesc: 'Bấm để sắp xếp giảm dần', cancelSort: 'Bấm để bỏ sắp xếp' }}
      showSorterTooltip={false}
      columns={[
        { title: 'Mã hồ sơ', dataIndex: 'code', width: 215, ...sortable('code'), render: (code: string) => <Link to={`/ho-so/${encodeURIComponent(code)}`}>{code}</Link> },
        { title: 'Thủ tục', dataIndex: 'procedureName', ellipsis: true, ...sortable('procedureName') },
        {
          title: 'Người nộp',
          dataIndex: 'applicantName',
          width: 190,
          ellipsis: true,
          ...sortable('applicantName'),
          render: (name: string, row) => (
            <span>
              {name}
              {row.applicantIdNumber && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  CCCD {row.applicantIdNumber}
                </Typography.Text>
              )}
            </span>
          ),
        },
        { title: 'Kênh', dataIndex: 'channel', width: 95, render: (c: string) => CHANNEL_NAMES[c] ?? c },
        { title: 'Trạng thái', dataIndex: 'statusName', width: 170, ...sortable('status'), render: (name: string, row) => <Tag color={STATUS_COLORS[row.status]}>{name}</Tag> },
        submittedColumn
          ? { title: 'Nộp lúc', dataIndex: 'submittedAt', width: 125, render: formatDateTime }
          : {
              title: 'Tiếp nhận',
              dataIndex: 'receivedAt',
              width: 125,
              ...sortable('receivedAt'),
              // An online submission not yet received shows when it arrived.
              render: (at: string | null, row) =>
                at || !row.submittedAt ? formatDateTime(at) : <Typography.Text type="secondary">Nộp {formatDateTime(row.submittedAt)}</Typography.Text>,
            },
        {
          title: 'Hạn trả',
          dataIndex: 'appointmentDueAt',
          width: 175,
          ...sortable('appointmentDueAt'),
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
