/** Overview for leaders (GET /api/overview): today's figures, overdue by department and by officer, with charts. */
import { useEffect, useState } from 'react';
import { Alert, Card, Col, Row, Spin, Statistic, Table, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { client, ok } from '../api.ts';
import { formatDate, formatNumber } from '../labels.ts';
import type { Overview, OverviewRow } from '../api/types.ts';

// The counts both kinds of rows have (every key but the name).
const SERIES: Array<{ key: Exclude<keyof OverviewRow, 'name'>; name: string; color: string }> = [
  { key: 'inProgress', name: 'Đang xử lý', color: '#1677ff' },
  { key: 'dueToday', name: 'Đến hạn hôm nay', color: '#faad14' },
  { key: 'dueNextWorkingDay', name: 'Đến hạn ngày làm việc kế tiếp', color: '#ffd666' },
  { key: 'overdue', name: 'Quá hạn', color: '#cf1322' },
];

function Chart({ title, rows }: { title: string; rows: OverviewRow[] }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <figure aria-label={title} style={{ margin: 0 }}>
        <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 60)}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={220} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Legend />
            {SERIES.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </figure>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={rows}
        // Narrow right-aligned counts leave the names (departments are long) room on one or two lines.
        columns={[{ title: 'Nơi xử lý / cán bộ', dataIndex: 'name' }, ...SERIES.map((s) => ({ title: s.name, dataIndex: s.key, width: 88, align: 'right' as const, render: (v: number) => formatNumber(v) }))]}
      />
    </Card>
  );
}

export function OverviewPage() {
  const [data, setData] = useState<Overview | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ok(client.GET('/api/overview'))
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Spin />;
  const cards: Array<[string, number, string?]> = [
    ['Tiếp nhận hôm nay', data.receivedToday],
    ['Đang xử lý', data.inProgress],
    ['Đến hạn hôm nay', data.dueToday, '#d48806'],
    [`Đến hạn ${formatDate(data.nextWorkingDay)}`, data.dueNextWorkingDay, '#d48806'],
    ['Quá hạn', data.overdue, '#cf1322'],
    ['Chờ trả kết quả', data.awaitingReturn],
  ];
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Tổng quan ngày {formatDate(data.today)}
      </Typography.Title>
      <Row gutter={12} style={{ marginBottom: 12 }}>
        {cards.map(([title, value, color]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Card size="small">
              <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} valueStyle={color ? { color } : {}} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={12}>
        <Col xs={24} xl={12}>
          <Chart title="Theo phòng, cơ quan xử lý" rows={data.byDepartment} />
        </Col>
        <Col xs={24} xl={12}>
          <Chart title="Theo cán bộ xử lý" rows={data.byOfficer} />
        </Col>
      </Row>
    </div>
  );
}
