/**
 * The unit overview's queue and satisfaction section (GET /api/overview/queue, the report's
 * figures): today's queue in total and per counter, the month's ratings in total and per officer.
 */
import { Card, Col, Row, Statistic, Table } from 'antd';
import type { Answer } from '../../api/types.ts';
import { formatDate, formatNumber } from '../../labels.ts';

export type QueueOverview = Answer<'/api/overview/queue'>;
type QueueLine = QueueOverview['queue']['byCounter'][number];
type SatisfactionLine = QueueOverview['satisfaction']['byOfficer'][number];

const minutes = (value: number | null): string => (value === null ? '—' : `${formatNumber(value)} phút`);

const queueColumns = [
  { title: 'Quầy', dataIndex: 'counter', render: (counter: string) => (/^\d+$/.test(counter) ? `Quầy ${counter}` : counter) },
  { title: 'Số phát', dataIndex: 'tickets', align: 'right' as const },
  { title: 'Đang chờ', dataIndex: 'open', align: 'right' as const },
  { title: 'Đã phục vụ', dataIndex: 'served', align: 'right' as const },
  { title: 'Vắng mặt', dataIndex: 'noShow', align: 'right' as const },
  { title: 'Chờ (trung vị)', dataIndex: 'waitMedian', align: 'right' as const, render: minutes },
  { title: 'Chờ (p90)', dataIndex: 'waitP90', align: 'right' as const, render: minutes },
];

const satisfactionColumns = [
  { title: 'Cán bộ', dataIndex: 'officer' },
  { title: 'Lượt đánh giá', dataIndex: 'ratings', align: 'right' as const },
  { title: 'Hài lòng', dataIndex: 'satisfied', align: 'right' as const },
  { title: 'Không hài lòng', dataIndex: 'dissatisfied', align: 'right' as const },
];

export function QueueSection({ data }: { data: QueueOverview }) {
  const { queue, satisfaction, period } = data;
  const queueCards: Array<[string, string]> = [
    ['Số đã phát', formatNumber(queue.tickets)],
    ['Đang chờ', formatNumber(queue.open)],
    ['Đã phục vụ', formatNumber(queue.served)],
    ['Vắng mặt', formatNumber(queue.noShow)],
    ['Chờ trung vị', minutes(queue.waitMedian)],
    ['Chờ p90', minutes(queue.waitP90)],
  ];
  const ratingCards: Array<[string, string]> = [
    ['Lượt đánh giá', formatNumber(satisfaction.ratings)],
    ['Hài lòng', formatNumber(satisfaction.satisfied)],
    ['Không hài lòng', formatNumber(satisfaction.dissatisfied)],
  ];
  const stats = (cards: Array<[string, string]>, span: number) => (
    <Row gutter={8} style={{ marginBottom: 8 }}>
      {cards.map(([title, value]) => (
        <Col key={title} span={span}>
          <Statistic title={title} value={value} valueStyle={{ fontSize: 20 }} />
        </Col>
      ))}
    </Row>
  );
  return (
    <Row gutter={12} style={{ marginBottom: 12 }} data-testid="queue-section">
      <Col xs={24} xl={14}>
        <Card size="small" title="Hàng đợi hôm nay">
          {stats(queueCards, 4)}
          <Table<QueueLine> size="small" rowKey="counter" pagination={false} dataSource={queue.byCounter} columns={queueColumns} locale={{ emptyText: 'Hôm nay chưa phát số nào.' }} />
        </Card>
      </Col>
      <Col xs={24} xl={10}>
        <Card size="small" title={`Mức độ hài lòng (từ ${formatDate(period.from)} đến ${formatDate(period.to)})`}>
          {stats(ratingCards, 8)}
          <Table<SatisfactionLine> size="small" rowKey="officer" pagination={false} dataSource={satisfaction.byOfficer} columns={satisfactionColumns} locale={{ emptyText: 'Chưa có lượt đánh giá nào.' }} />
        </Card>
      </Col>
    </Row>
  );
}
