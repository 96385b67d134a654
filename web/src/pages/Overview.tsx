/**
 * Overview for leaders (GET /api/overview): today's figures, overdue by department and by
 * officer, with charts. A city supervisor first sees the city board (GET /api/overview/city):
 * the city's totals and its units ranked; a unit opens to its own overview (?donVi=…). Both
 * update themselves from the live stream (live.ts) without reloading the page.
 */
import { Alert, Button, Card, Col, Row, Space, Spin, Statistic, Table, Tag, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { client, ok } from '../api.ts';
import { formatDate, formatNumber } from '../labels.ts';
import type { Answer, OverviewRow } from '../api/types.ts';
import { formatBasisPoints } from '../../../src/domain/format/percent.ts';
import { useLiveData, type LiveState } from '../live.ts';
import { WarningLists } from './overview/WarningLists.tsx';
import { QueueSection } from './overview/QueueSection.tsx';
import { Link, navigate, useLocation } from '../router.tsx';
import { can, useUser } from '../session.ts';
import { DrillDown } from './overview/DrillDown.tsx';
import { TrendChart } from './overview/TrendChart.tsx';
import { dossierListLink, type ListDays, type ListKind, type ListScope } from './overview/links.ts';

type CityOverview = Answer<'/api/overview/city'>;

// The counts both kinds of rows have (every key but the name).
type SeriesKey = 'inProgress' | 'dueToday' | 'dueNextWorkingDay' | 'overdue';
const SERIES: Array<{ key: SeriesKey; name: string; color: string }> = [
  { key: 'inProgress', name: 'Đang xử lý', color: '#1677ff' },
  { key: 'dueToday', name: 'Đến hạn hôm nay', color: '#faad14' },
  { key: 'dueNextWorkingDay', name: 'Đến hạn ngày làm việc kế tiếp', color: '#ffd666' },
  { key: 'overdue', name: 'Quá hạn', color: '#cf1322' },
];

/** Horizontal bars, one row per place and one bar per series (the unit board's and the city's). */
function PlaceBars<K extends string, R extends { name: string } & Record<K, number>>({
  rows,
  series,
  labelWidth,
  linkOf,
}: {
  rows: readonly R[];
  series: ReadonlyArray<{ key: K; name: string; color: string }>;
  labelWidth: number;
  /** w3-links (issue 15 §4): the list a bar opens (its place and its series), if any. */
  linkOf?: (row: R, key: K, seriesName: string) => string | undefined;
}) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 44 + 60)}>
      <BarChart data={[...rows]} layout="vertical" margin={{ left: 16, right: 16 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={labelWidth} tick={{ fontSize: 12 }} />
        <Tooltip formatter={(value) => formatNumber(Number(value))} />
        <Legend />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.name}
            fill={s.color}
            isAnimationActive={false}
            cursor={linkOf ? 'pointer' : undefined}
            onClick={(_bar, index) => {
              const row = rows[index];
              const link = row && linkOf?.(row, s.key, s.name);
              if (link) navigate(link);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

function Chart({ title, rows, linkOf }: { title: string; rows: OverviewRow[]; linkOf?: (row: OverviewRow, key: SeriesKey, seriesName: string) => string | undefined }) {
  return (
    <Card size="small" title={title} style={{ marginBottom: 12 }}>
      <figure aria-label={title} style={{ margin: 0 }}>
        <PlaceBars rows={rows} series={SERIES} labelWidth={220} {...(linkOf ? { linkOf } : {})} />
      </figure>
      <Table
        size="small"
        rowKey="name"
        pagination={false}
        dataSource={rows}
        // Narrow right-aligned counts leave the names (departments are long) room on one or two lines.
        columns={[
          { title: 'Nơi xử lý / cán bộ', dataIndex: 'name' },
          ...SERIES.map((s) => ({ title: s.name, dataIndex: s.key, width: 88, align: 'right' as const, render: (v: number, row: OverviewRow) => <CountLink value={v} to={linkOf?.(row, s.key, s.name)} /> })),
        ]}
      />
    </Card>
  );
}

/** A count in a table: a link to its list when it has one and is not zero (issue 15 §4). */
function CountLink({ value, to, stopRowClick = false }: { value: number; to: string | undefined; stopRowClick?: boolean }) {
  if (to === undefined || value === 0) return <>{formatNumber(value)}</>;
  const link = <Link to={to}>{formatNumber(value)}</Link>;
  // In a row that itself opens something (the ranking opens the unit), the count opens its list only.
  return stopRowClick ? <span onClick={(event) => event.stopPropagation()}>{link}</span> : link;
}

/** The list a figure opens (issue 15 §4): its kind, and the day(s) of a day-bound kind. */
interface FigureList {
  kind: ListKind;
  days?: ListDays;
}
type BoardCard = [title: string, value: number, color: string | undefined, list: FigureList | undefined];

/** The list a count of the series `key` opens on a day `today` (next working day `next`), within `scope`. */
function seriesLink(key: string, scope: ListScope, title: string, days: { today: string; next?: string }): string | undefined {
  if (key === 'inProgress' || key === 'overdue') return dossierListLink(key, scope, title);
  if (key === 'dueToday') return dossierListLink('dueOn', scope, title, { from: days.today });
  if (key === 'dueNextWorkingDay' && days.next) return dossierListLink('dueOn', scope, title, { from: days.next });
  if (key === 'apologiesOwed') return dossierListLink('apologyOwed', scope, title);
  if (key === 'receivedToday') return dossierListLink('received', scope, title, { from: days.today });
  return undefined;
}

/** The cards of a board; a card with a list behind it opens it (same filters, same count). */
function Cards({ cards, scope }: { cards: BoardCard[]; scope: ListScope }) {
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      {cards.map(([title, value, color, list]) => {
        const card = (
          <Card size="small" data-testid={`card-${title}`} hoverable={list !== undefined}>
            <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} valueStyle={color ? { color } : {}} />
          </Card>
        );
        return (
          <Col key={title} xs={12} md={8} xl={4}>
            {list === undefined ? card : <Link to={dossierListLink(list.kind, scope, title, list.days)} aria-label={`${title}: mở danh sách hồ sơ`}>{card}</Link>}
          </Col>
        );
      })}
    </Row>
  );
}

/** Whether the page follows the live stream (a small tag beside the title). */
function LiveTag({ state }: { state: LiveState }) {
  if (state === 'live') return <Tag color="green" data-testid="live-state">Cập nhật trực tuyến</Tag>;
  return <Tag color="orange" data-testid="live-state">{state === 'connecting' ? 'Đang kết nối…' : 'Đang kết nối lại…'}</Tag>;
}

export function OverviewPage() {
  const user = useUser();
  const { search } = useLocation();
  const unitCode = search.get('donVi') ?? undefined;
  if (can.cityBoard(user.role) && unitCode === undefined) return <CityBoard />;
  return <UnitOverview unitCode={unitCode} fromCity={can.cityBoard(user.role)} />;
}

const CITY_SERIES: Array<{ key: 'inProgress' | 'dueToday' | 'overdue' | 'apologiesOwed'; name: string; color: string }> = [
  { key: 'inProgress', name: 'Đang xử lý', color: '#1677ff' },
  { key: 'dueToday', name: 'Đến hạn hôm nay', color: '#faad14' },
  { key: 'overdue', name: 'Quá hạn', color: '#cf1322' },
  { key: 'apologiesOwed', name: 'Chưa xin lỗi, hẹn lại', color: '#722ed1' },
];

function CityBoard() {
  const { data, error, live } = useLiveData(() => ok(client.GET('/api/overview/city')), 'city');
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Spin />;
  // w4-links: "Tiếp nhận trong tháng" counts the month's receptions (not the report's total with
  // carried-over dossiers), "Chưa xin lỗi, hẹn lại" each unit's own warning window: both open lists.
  const month = { from: data.period.from, to: data.today };
  const cards: BoardCard[] = [
    ['Tiếp nhận hôm nay', data.total.receivedToday, undefined, { kind: 'received', days: { from: data.today } }],
    ['Đang xử lý', data.total.inProgress, undefined, { kind: 'inProgress' }],
    ['Đến hạn hôm nay', data.total.dueToday, '#d48806', { kind: 'dueOn', days: { from: data.today } }],
    ['Quá hạn', data.total.overdue, '#cf1322', { kind: 'overdue' }],
    ['Chưa xin lỗi, hẹn lại', data.total.apologiesOwed, '#722ed1', { kind: 'apologyOwed' }],
    ['Tiếp nhận trong tháng', data.total.received, undefined, { kind: 'receptions', days: month }],
  ];
  type UnitRow = CityOverview['units'][number];
  return (
    <div>
      <Space align="center" style={{ marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {data.cityName}: tổng quan ngày {formatDate(data.today)}
        </Typography.Title>
        <LiveTag state={live} />
      </Space>
      <Cards cards={cards} scope={{}} />
      <TrendChart />
      <Card size="small" title={`Xếp hạng đơn vị (Chỉ số phục vụ theo QĐ 766, rồi tỷ lệ đúng hạn; từ ${formatDate(data.period.from)} đến ${formatDate(data.period.to)})`} style={{ marginBottom: 12 }}>
        <Table<UnitRow>
          size="small"
          rowKey="unitCode"
          pagination={false}
          dataSource={data.units}
          aria-label="Xếp hạng đơn vị"
          onRow={(row) => ({ onClick: () => navigate(`/tong-quan?donVi=${encodeURIComponent(row.unitCode)}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: 'Hạng', dataIndex: 'rank', width: 60, align: 'right' },
            { title: 'Đơn vị', dataIndex: 'name', render: (name: string, row) => <Link to={`/tong-quan?donVi=${encodeURIComponent(row.unitCode)}`}>{name}</Link> },
            { title: 'Chỉ số phục vụ', dataIndex: 'serviceBasisPoints', width: 110, align: 'right', render: (v: number | null) => formatBasisPoints(v) },
            { title: 'Đúng hạn', dataIndex: 'onTimeBasisPoints', width: 100, align: 'right', render: (v: number | null) => formatBasisPoints(v) },
            {
              title: 'Tiếp nhận tháng',
              dataIndex: 'received',
              width: 100,
              align: 'right',
              render: (v: number, row) => <CountLink stopRowClick value={v} to={dossierListLink('receptions', { unitCode: row.unitCode }, `Tiếp nhận trong tháng — ${row.name}`, month)} />,
            },
            // Every count opens the unit's list (issue 15 §4).
            ...[{ key: 'receivedToday' as const, name: 'Tiếp nhận hôm nay' }, ...CITY_SERIES].map((s) => ({
              title: s.name,
              dataIndex: s.key,
              width: 100,
              align: 'right' as const,
              render: (v: number, row: UnitRow) => <CountLink stopRowClick value={v} to={seriesLink(s.key, { unitCode: row.unitCode }, `${s.name} — ${row.name}`, { today: data.today })} />,
            })),
          ]}
        />
      </Card>
      <Card size="small" title="Theo đơn vị">
        <figure aria-label="Theo đơn vị" style={{ margin: 0 }}>
          <PlaceBars rows={data.units} series={CITY_SERIES} labelWidth={260} linkOf={(row, key, name) => seriesLink(key, { unitCode: row.unitCode }, `${name} — ${row.name}`, { today: data.today })} />
        </figure>
      </Card>
    </div>
  );
}

function UnitOverview({ unitCode, fromCity }: { unitCode: string | undefined; fromCity: boolean }) {
  const query = unitCode === undefined ? {} : { unitCode };
  const { data, error, live } = useLiveData(
    () =>
      Promise.all([
        ok(client.GET('/api/overview', { params: { query } })),
        ok(client.GET('/api/overview/warnings', { params: { query } })),
        ok(client.GET('/api/overview/queue', { params: { query } })),
      ]),
    unitCode ?? '',
  );
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!data) return <Spin />;
  const [overview, warnings, queue] = data;
  const cards: BoardCard[] = [
    ['Tiếp nhận hôm nay', overview.receivedToday, undefined, { kind: 'received', days: { from: overview.today } }],
    ['Đang xử lý', overview.inProgress, undefined, { kind: 'inProgress' }],
    ['Đến hạn hôm nay', overview.dueToday, '#d48806', { kind: 'dueOn', days: { from: overview.today } }],
    [`Đến hạn ${formatDate(overview.nextWorkingDay)}`, overview.dueNextWorkingDay, '#d48806', { kind: 'dueOn', days: { from: overview.nextWorkingDay } }],
    ['Quá hạn', overview.overdue, '#cf1322', { kind: 'overdue' }],
    ['Chờ trả kết quả', overview.awaitingReturn, undefined, { kind: 'awaitingReturn' }],
  ];
  const days = { today: overview.today, next: overview.nextWorkingDay };
  return (
    <div>
      <Space align="center" style={{ marginBottom: 8 }}>
        {fromCity && <Button onClick={() => navigate('/tong-quan')}>← Toàn thành phố</Button>}
        <Typography.Title level={4} style={{ margin: 0 }}>
          Tổng quan ngày {formatDate(overview.today)}
        </Typography.Title>
        <LiveTag state={live} />
        <Link to={`/man-hinh${unitCode === undefined ? '' : `?donVi=${encodeURIComponent(unitCode)}`}`}>Màn hình trung tâm (toàn màn hình)</Link>
      </Space>
      <Cards cards={cards} scope={{ unitCode: overview.unitCode }} />
      <DrillDown unitCode={overview.unitCode} />
      <TrendChart unitCode={overview.unitCode} />
      <WarningLists data={warnings} />
      <QueueSection data={queue} />
      <Row gutter={12}>
        <Col xs={24} xl={12}>
          <Chart title="Theo phòng, cơ quan xử lý" rows={overview.byDepartment} linkOf={(row, key, name) => ('code' in row ? seriesLink(key, { unitCode: overview.unitCode, ...(row.code ? { departmentCode: row.code } : { unrouted: true }) }, `${name} — ${row.name}`, days) : undefined)} />
        </Col>
        <Col xs={24} xl={12}>
          <Chart title="Theo cán bộ xử lý" rows={overview.byOfficer} linkOf={(row, key, name) => ('id' in row ? seriesLink(key, { unitCode: overview.unitCode, ...(row.id ? { assigneeId: row.id } : { unassigned: true }) }, `${name} — ${row.name}`, days) : undefined)} />
        </Col>
      </Row>
    </div>
  );
}
