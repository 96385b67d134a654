/**
 * The yearly working calendar of a unit in a month view: public holidays, make-up working
 * days, and the unit's or the nation's overrides (add, remove), which correct every open deadline.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Calendar, Card, Col, Form, Input, Popconfirm, Radio, Row, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, ok } from '../../api.ts';
import { formatDate } from '../../labels.ts';
import type { CalendarYear } from '../../api/types.ts';
import { UnitPicker, useUnits } from './units.tsx';

/** What a year's schedule rests on, said to the administrator as what to check (never a research note). */
const CONFIDENCE_NOTES: Record<string, string> = {
  'single-source': 'Một số ngày nghỉ, làm bù của năm này chưa có văn bản chính thức đi kèm: hãy đối chiếu với thông báo của Bộ Nội vụ và ghi điều chỉnh nếu khác.',
  unconfirmed: 'Một số ngày nghỉ, làm bù của năm này cần được đối chiếu với thông báo chính thức: hãy kiểm tra và ghi điều chỉnh nếu khác.',
  'default-rule': 'Chưa có lịch nghỉ chính thức của năm này: lịch tính theo ngày lễ do luật định và thứ Bảy, Chủ nhật. Khi có thông báo, hãy ghi các ngày nghỉ bù, làm bù.',
};

export function CalendarPage() {
  const { message } = App.useApp();
  const { units, unitCode, setUnitCode } = useUnits();
  const [month, setMonth] = useState<Dayjs>(dayjs());
  const [data, setData] = useState<CalendarYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<Dayjs>(dayjs());
  const [form] = Form.useForm<{ working: boolean; reason: string }>();
  const year = month.year();

  const load = useCallback(() => {
    setError(null);
    ok(client.GET('/api/calendar/{year}', { params: { path: { year }, query: { unitCode } } }))
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [year, unitCode]);
  useEffect(load, [load]);

  const off = new Map((data?.daysOff ?? []).map((d) => [d.date, d.reason]));
  const extra = new Map((data?.extraWorkingDays ?? []).map((d) => [d.date, d.reason]));

  const save = async (values: { working: boolean; reason: string }) => {
    try {
      await ok(client.POST('/api/calendar/overrides', { body: { unitCode, date: selected.format('YYYY-MM-DD'), working: values.working, reason: values.reason.trim() } }));
      message.success(`Đã điều chỉnh ngày ${selected.format('DD/MM/YYYY')}.`);
      form.resetFields();
      load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Lịch làm việc năm {year}
      </Typography.Title>
      <UnitPicker units={units} value={unitCode} onChange={setUnitCode} />
      {error && <Alert type="error" message={error} />}
      <Row gutter={12}>
        <Col xs={24} xl={15}>
          <Card size="small">
            <Calendar
              value={selected}
              onPanelChange={(d) => setMonth(d)}
              onSelect={(d) => {
                setSelected(d);
                if (d.year() !== month.year() || d.month() !== month.month()) setMonth(d);
              }}
              fullscreen={false}
              headerRender={({ value, onChange }) => (
                <div style={{ display: 'flex', gap: 8, padding: 8 }}>
                  <Select
                    aria-label="Năm"
                    value={value.year()}
                    onChange={(y: number) => onChange(value.year(y))}
                    options={Array.from({ length: 11 }, (_, i) => dayjs().year() - 5 + i).map((y) => ({ value: y, label: `Năm ${y}` }))}
                    style={{ width: 120 }}
                  />
                  <Select
                    aria-label="Tháng"
                    value={value.month()}
                    onChange={(m: number) => onChange(value.month(m))}
                    options={Array.from({ length: 12 }, (_, m) => ({ value: m, label: `Tháng ${m + 1}` }))}
                    style={{ width: 120 }}
                  />
                </div>
              )}
              fullCellRender={(d) => {
                const key = d.format('YYYY-MM-DD');
                const isOff = off.has(key);
                const isExtra = extra.has(key);
                const title = off.get(key) ?? extra.get(key) ?? '';
                return (
                  <div className={`ant-picker-cell-inner ${isOff ? 'calendar-off' : isExtra ? 'calendar-extra' : ''}`} title={title} aria-label={`${d.format('DD/MM/YYYY')}${title ? `: ${title}` : ''}`}>
                    {d.date()}
                  </div>
                );
              }}
            />
            <div style={{ marginTop: 8 }}>
              <Tag className="calendar-off">Ngày nghỉ</Tag> <Tag className="calendar-extra">Ngày làm bù</Tag>
              <Typography.Text type="secondary">Nguồn: {data?.source ?? '…'}</Typography.Text>
              {data && data.confidence !== 'confirmed' && (
                <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                  {CONFIDENCE_NOTES[data.confidence] ?? CONFIDENCE_NOTES.unconfirmed}
                </Typography.Paragraph>
              )}
            </div>
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Card size="small" title={`Điều chỉnh ngày ${selected.format('DD/MM/YYYY')}`} style={{ marginBottom: 12 }}>
            <Form form={form} layout="vertical" initialValues={{ working: false }} onFinish={(v) => void save(v)}>
              <Form.Item label="Ngày này là" name="working">
                <Radio.Group options={[{ value: false, label: 'Ngày nghỉ' }, { value: true, label: 'Ngày làm việc (làm bù)' }]} />
              </Form.Item>
              <Form.Item label="Lý do điều chỉnh" name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy ghi rõ lý do.' }]}>
                <Input maxLength={500} />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                Lưu điều chỉnh
              </Button>
            </Form>
          </Card>
          <Card size="small" title="Ngày nghỉ, ngày làm bù trong tháng">
            <Table
              size="small"
              pagination={false}
              rowKey="date"
              locale={{ emptyText: 'Tháng này không có ngày nghỉ lễ hay ngày làm bù. Chọn một ngày trên lịch để ghi điều chỉnh nếu đơn vị nghỉ hoặc làm bù.' }}
              dataSource={[...(data?.daysOff ?? []).map((d) => ({ ...d, kind: 'Nghỉ' })), ...(data?.extraWorkingDays ?? []).map((d) => ({ ...d, kind: 'Làm bù' }))]
                .filter((d) => d.date.slice(0, 7) === month.format('YYYY-MM'))
                .sort((a, b) => a.date.localeCompare(b.date))}
              columns={[
                { title: 'Ngày', dataIndex: 'date', width: 100, render: formatDate },
                { title: 'Loại', dataIndex: 'kind', width: 70 },
                { title: 'Lý do', dataIndex: 'reason' },
              ]}
            />
            {(data?.overrides.length ?? 0) > 0 && (
              <Table
                size="small"
                style={{ marginTop: 8 }}
                pagination={false}
                rowKey="id"
                title={() => 'Điều chỉnh đã ghi'}
                dataSource={data!.overrides}
                columns={[
                  { title: 'Ngày', dataIndex: 'date', width: 100, render: formatDate },
                  { title: 'Loại', dataIndex: 'working', width: 80, render: (w: boolean) => (w ? 'Làm việc' : 'Nghỉ') },
                  { title: 'Lý do', dataIndex: 'reason' },
                  {
                    title: '',
                    width: 60,
                    render: (_, row) => (
                      <Popconfirm
                        title="Bỏ điều chỉnh này?"
                        okText="Bỏ"
                        cancelText="Không"
                        onConfirm={() =>
                          void ok(client.DELETE('/api/calendar/overrides/{id}', { params: { path: { id: row.id } } }))
                            .then(load)
                            .catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))
                        }
                      >
                        <Button size="small" danger>
                          Bỏ
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
