/**
 * w3-city (issue 16 §4): a unit opened to its departments (GET /api/overview/units/:code/departments),
 * a department to its officers (…/departments/:department/officers), an officer — and every count —
 * to the dossier list behind it (links.ts). A department head sees their own department only.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { formatDate, formatNumber } from '../../labels.ts';
import type { Answer } from '../../api/types.ts';
import { formatBasisPoints } from '../../../../src/domain/format/percent.ts';
import { Link, navigate } from '../../router.tsx';
import { dossierListLink, type ListKind, type ListScope } from './links.ts';

type Page = Answer<'/api/overview/units/{code}/departments'>;
type Row = Page['rows'][number];
type OfficersPage = Answer<'/api/overview/units/{code}/departments/{department}/officers'>;

const COUNTS: Array<{ key: 'inProgress' | 'overdue' | 'dueSoon'; title: string }> = [
  { key: 'inProgress', title: 'Đang xử lý' },
  { key: 'overdue', title: 'Quá hạn' },
  { key: 'dueSoon', title: 'Sắp đến hạn' },
];

/** The table of one level: the name (opening the next level), the month's figures, each count a link to its list. */
function FiguresTable({ page, label, scopeOf, open, testId }: { page: Page; label: string; scopeOf: (row: Row) => ListScope | null; open: (row: Row) => void; testId: string }) {
  return (
    <Table<Row>
      size="small"
      rowKey={(row) => row.key ?? ''}
      pagination={false}
      dataSource={page.rows}
      data-testid={testId}
      locale={{ emptyText: 'Chưa có hồ sơ nào đang xử lý hay tiếp nhận trong tháng ở đây.' }}
      columns={[
        { title: label, dataIndex: 'name', render: (name: string, row) => (row.key === null ? name : <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => open(row)}>{name}</Button>) },
        {
          title: 'Tiếp nhận tháng',
          dataIndex: 'received',
          width: 96,
          align: 'right',
          // w4-links: the month's receptions, as the drill-down counts them (received, never refused or still online).
          render: (value: number, row: Row) => {
            const scope = scopeOf(row);
            return scope === null || value === 0 ? formatNumber(value) : <Link to={dossierListLink('receptions', scope, `Tiếp nhận tháng — ${row.name}`, page.period)}>{formatNumber(value)}</Link>;
          },
        },
        ...COUNTS.map((count) => ({
          title: count.title,
          dataIndex: count.key,
          width: 96,
          align: 'right' as const,
          render: (value: number, row: Row) => {
            const scope = scopeOf(row);
            return scope === null || value === 0 ? formatNumber(value) : <Link to={dossierListLink(count.key as ListKind, scope, `${count.title} — ${row.name}`)}>{formatNumber(value)}</Link>;
          },
        })),
        { title: 'Đúng hạn (tháng)', dataIndex: 'onTimeBasisPoints', width: 100, align: 'right', render: (v: number | null) => formatBasisPoints(v) },
      ]}
    />
  );
}

export function DrillDown({ unitCode }: { unitCode: string }) {
  const [page, setPage] = useState<Page | null>(null);
  const [department, setDepartment] = useState<Row | null>(null);
  const [officers, setOfficers] = useState<OfficersPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setPage(null);
    setDepartment(null);
    ok(client.GET('/api/overview/units/{code}/departments', { params: { path: { code: unitCode } } }))
      .then(setPage)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [unitCode]);
  useEffect(() => {
    setOfficers(null);
    if (department?.key == null) return;
    ok(client.GET('/api/overview/units/{code}/departments/{department}/officers', { params: { path: { code: unitCode, department: department.key } } }))
      .then(setOfficers)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [unitCode, department]);
  // Refused (a role without the drill-down): the section is simply absent.
  if (error) return <Alert type="info" showIcon style={{ marginBottom: 12 }} message={error} />;
  if (!page) return null;
  const period = `từ ${formatDate(page.period.from)} đến ${formatDate(page.period.to)}`;
  return (
    <Card size="small" title={`Theo phòng, cán bộ (tiếp nhận và tỷ lệ đúng hạn ${period})`} style={{ marginBottom: 12 }}>
      <FiguresTable
        page={page}
        label="Phòng, cơ quan xử lý"
        testId="drill-departments"
        // w4-links: the dossiers not routed yet open as the list of those without a department.
        scopeOf={(row) => (row.key === null ? { unitCode, unrouted: true } : { unitCode, departmentCode: row.key })}
        open={setDepartment}
      />
      {department && officers && (
        <div style={{ marginTop: 12 }}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>{officers.departmentName}: theo cán bộ</Typography.Text>
            <Button size="small" onClick={() => setDepartment(null)}>
              Đóng
            </Button>
          </Space>
          <FiguresTable
            page={officers}
            label="Cán bộ xử lý"
            testId="drill-officers"
            scopeOf={(row) => ({ unitCode, departmentCode: officers.departmentCode, ...(row.key === null ? { unassigned: true } : { assigneeId: row.key }) })}
            open={(row) => {
              if (row.key !== null) navigate(dossierListLink('inProgress', { unitCode, departmentCode: officers.departmentCode, assigneeId: row.key }, `Đang xử lý — ${row.name}`));
            }}
          />
        </div>
      )}
    </Card>
  );
}
