/**
 * Periodic report (routes of docs/reports.md): choose the unit and the period, preview the
 * figures, Biểu II.06a and the QĐ 766 score, then download the DOCX (NĐ 30 layout) or the XLSX.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Descriptions, Form, Row, Select, Space, Spin, Statistic, Table, Typography } from 'antd';
import { dayNumberFromYmd, isoDate } from '../../../src/domain/calendar/local-time.ts';
import { periodShortcuts } from '../../../src/domain/kpi/period-shortcuts.ts';
import { conventionOf } from '../../../src/domain/report/report.ts';
import { previewCards } from '../../../src/domain/report/preview-cards.ts';
import { EyeOutlined, FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { client, ok, query } from '../api.ts';
import { formatNumber } from '../labels.ts';
import { useUser } from '../session.ts';
import type { ReportPreview, Unit } from '../api/types.ts';

type Ratio = ReportPreview['total']['rates']['onTime'];

/** basis points → "91,79%" (the API truncates or rounds; this only writes it). */
function percent(r: Ratio): string {
  if (r.basisPoints === null) return '-';
  const whole = Math.floor(r.basisPoints / 100);
  const cents = r.basisPoints % 100;
  return cents ? `${whole},${String(cents).padStart(2, '0')}%` : `${whole}%`;
}

/** The six period shortcuts around today, as date-picker ranges, under the unit's period convention. */
function shortcutRanges(unit: Unit | undefined): Array<{ key: string; label: string; name: string; range: [Dayjs, Dayjs] }> {
  const today = dayjs();
  const convention = unit ? conventionOf(unit.settings) : 'calendar';
  return periodShortcuts(dayNumberFromYmd(today.year(), today.month() + 1, today.date()), convention).map((s) => ({
    key: s.key,
    label: s.label,
    name: s.period.label,
    range: [dayjs(isoDate(s.period.from)), dayjs(isoDate(s.period.to))],
  }));
}

export function ReportsPage() {
  const user = useUser();
  const [units, setUnits] = useState<Unit[]>([]);
  const [unit, setUnit] = useState(user.unitCode);
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')]);
  const [report, setReport] = useState<ReportPreview | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void ok(client.GET('/api/units')).then((r) => setUnits(r.items)).catch(() => undefined);
  }, []);
  const params = { unit, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const preview = async () => {
    setBusy(true);
    setError(null);
    try {
      setReport(await ok(client.GET('/api/reports', { params: { query: params } })));
    } catch (e) {
      setReport(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const t = report?.total;
  const shortcuts = shortcutRanges(units.find((u) => u.code === unit));
  const isRange = (r: [Dayjs, Dayjs]) => r[0].isSame(range[0], 'day') && r[1].isSame(range[1], 'day');
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Báo cáo định kỳ
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Form layout="inline" onFinish={() => void preview()} style={{ rowGap: 8 }}>
          <Form.Item label="Đơn vị báo cáo" htmlFor="report-unit">
            <Select id="report-unit" value={unit} onChange={setUnit} style={{ width: 380 }} showSearch optionFilterProp="label" options={(units.length ? units : [{ code: user.unitCode, name: user.unitCode } as Unit]).map((u) => ({ value: u.code, label: `${u.name} (${u.code})` }))} />
          </Form.Item>
          <Form.Item label="Kỳ báo cáo">
            <DatePicker.RangePicker aria-label="Kỳ báo cáo" format="DD/MM/YYYY" value={range} allowClear={false} onChange={(v) => v && v[0] && v[1] && setRange([v[0], v[1]])} />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<EyeOutlined />} loading={busy}>
              Xem trước
            </Button>
            <Button icon={<FileWordOutlined />} href={`/api/reports/docx${query(params)}`}>
              Tải báo cáo (DOCX)
            </Button>
            <Button icon={<FileExcelOutlined />} href={`/api/reports/xlsx${query(params)}`}>
              Tải bảng số liệu (XLSX)
            </Button>
          </Space>
        </Form>
        <Space.Compact aria-label="Chọn nhanh kỳ báo cáo" role="group" style={{ marginTop: 8 }}>
          {shortcuts.map((s) => (
            <Button key={s.key} title={s.name} type={isRange(s.range) ? 'primary' : 'default'} ghost={isRange(s.range)} onClick={() => setRange(s.range)}>
              {s.label}
            </Button>
          ))}
        </Space.Compact>
      </Card>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {busy && <Spin />}
      {report && t && (
        <>
          <Typography.Title level={5}>
            {report.unit.name} — {report.period.label}
          </Typography.Title>
          <Row gutter={12} style={{ marginBottom: 12 }}>
            {previewCards(t, report.formII06a.byField.total).map(({ title, value, note }) => (
              <Col key={title} xs={12} xl={4}>
                <Card size="small" style={{ height: '100%' }}>
                  <Statistic title={title} value={value} formatter={(v) => formatNumber(Number(v))} />
                  {note && (
                    <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }} data-testid="card-note">
                      {note}
                    </Typography.Text>
                  )}
                </Card>
              </Col>
            ))}
          </Row>
          <Descriptions size="small" bordered column={3} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="Tỷ lệ đúng hạn">{percent(t.rates.onTime)}</Descriptions.Item>
            <Descriptions.Item label="Tỷ lệ nộp trực tuyến">{percent(t.rates.online)}</Descriptions.Item>
            <Descriptions.Item label="Tỷ lệ số hóa">{percent(t.rates.digitization)}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="key"
            pagination={false}
            title={() => <strong>Biểu số II.06a — theo lĩnh vực</strong>}
            dataSource={report.formII06a.byField.rows}
            locale={{ emptyText: 'Đơn vị không có hồ sơ nào trong kỳ này. Hãy chọn kỳ báo cáo khác hoặc đơn vị khác.' }}
            columns={[
              { title: 'Lĩnh vực', dataIndex: 'name' },
              { title: 'Tiếp nhận', render: (_, r) => formatNumber(r.counts.received), width: 100 },
              { title: 'Đã giải quyết', render: (_, r) => formatNumber(r.counts.resolved), width: 110 },
              { title: 'Đúng hạn', render: (_, r) => formatNumber(r.counts.resolvedEarly + r.counts.resolvedOnTime), width: 100 },
              { title: 'Quá hạn', render: (_, r) => formatNumber(r.counts.resolvedOverdue), width: 100 },
              { title: 'Đang giải quyết', render: (_, r) => formatNumber(r.counts.inProgress), width: 120 },
              { title: 'Đang quá hạn', render: (_, r) => formatNumber(r.counts.inProgressOverdue), width: 110 },
            ]}
            summary={() => <FormTotalRow total={report.formII06a.byField.total} />}
          />
          {report.pakn && (
            <Descriptions size="small" bordered column={4} style={{ marginTop: 12 }} title="Phản ánh, kiến nghị">
              <Descriptions.Item label="Tiếp nhận, xử lý">{formatNumber(report.pakn.received.total)}</Descriptions.Item>
              <Descriptions.Item label="Kỳ trước chuyển sang">{formatNumber(report.pakn.received.carriedOver)}</Descriptions.Item>
              <Descriptions.Item label="Đã xử lý đúng hạn">{formatNumber(report.pakn.resolved.onTime)}</Descriptions.Item>
              <Descriptions.Item label="Đã xử lý quá hạn">{formatNumber(report.pakn.resolved.overdue)}</Descriptions.Item>
              <Descriptions.Item label="Đang xử lý">{formatNumber(report.pakn.inProgress.total)}</Descriptions.Item>
              <Descriptions.Item label="Đang xử lý quá hạn">{formatNumber(report.pakn.inProgress.overdue)}</Descriptions.Item>
              <Descriptions.Item label="Đã công khai">{formatNumber(report.pakn.published)}</Descriptions.Item>
              <Descriptions.Item label="Tóm tắt">{report.feedback.text}</Descriptions.Item>
            </Descriptions>
          )}
        </>
      )}
    </div>
  );
}

type FormCounts = ReportPreview['formII06a']['byField']['total'];

/** The "Tổng số" row of the preview's Biểu II.06a: the form's own total row, column by column. */
function FormTotalRow({ total }: { total: FormCounts }) {
  const cells = [total.received, total.resolved, total.resolvedEarly + total.resolvedOnTime, total.resolvedOverdue, total.inProgress, total.inProgressOverdue];
  return (
    <Table.Summary.Row data-testid="form-total">
      <Table.Summary.Cell index={0}>
        <strong>Tổng số</strong>
      </Table.Summary.Cell>
      {cells.map((value, i) => (
        <Table.Summary.Cell key={i} index={i + 1}>
          <strong>{formatNumber(value)}</strong>
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}
