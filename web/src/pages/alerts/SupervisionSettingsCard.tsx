/**
 * "Cảnh báo sớm và báo cáo vượt cấp" on the unit settings page (issue 16 §2–3): the unit's
 * due-soon thresholds, the apology risk, and its escalation ladder (rungs: when, whom), read
 * from and saved to /api/units/{code}/supervision-settings (center leader or administrator; the
 * server validates and answers in Vietnamese what to fix).
 */
import { useEffect, useState } from 'react';
import { App, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { client, ok } from '../../api.ts';
import { TRIGGER_NAMES } from '../../../../src/domain/supervision/labels.ts';

type Answer = Awaited<ReturnType<typeof loadSettings>>;
type Settings = Answer['settings'];
type Rung = Settings['ladder'][number];
type TriggerKind = Rung['trigger']['kind'];

function loadSettings(code: string) {
  return ok(client.GET('/api/units/{code}/supervision-settings', { params: { path: { code } } }));
}

const NOTIFY: Array<{ value: Rung['notify']; label: string }> = [
  { value: 'department_head', label: 'Lãnh đạo phòng giữ hồ sơ' },
  { value: 'center_leader', label: 'Lãnh đạo Trung tâm' },
  { value: 'chairman', label: 'Chủ tịch UBND' },
  { value: 'counter_officer', label: 'Công chức một cửa' },
];
const TRIGGERS = (Object.keys(TRIGGER_NAMES) as TriggerKind[]).map((value) => ({ value, label: TRIGGER_NAMES[value] }));

/** The form's rung: the trigger's one number, whichever kind it is. */
interface RungRow {
  id: string;
  name: string;
  kind: TriggerKind;
  days: number;
  notify: Rung['notify'];
}

const rowOf = (rung: Rung): RungRow => ({ id: rung.id, name: rung.name, kind: rung.trigger.kind, days: 'remainingWorkingDays' in rung.trigger ? rung.trigger.remainingWorkingDays : rung.trigger.overdueWorkingDays, notify: rung.notify });
const rungOf = (row: RungRow): Rung => ({
  id: row.id,
  name: row.name,
  notify: row.notify,
  trigger: row.kind === 'legal-due-within' ? { kind: row.kind, remainingWorkingDays: row.days } : { kind: row.kind, overdueWorkingDays: row.days },
});

export function SupervisionSettingsCard({ unitCode }: { unitCode: string | undefined }) {
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [answer, setAnswer] = useState<Answer | undefined>();
  useEffect(() => {
    if (!unitCode) return;
    void loadSettings(unitCode).then(setAnswer, () => setAnswer(undefined));
  }, [unitCode]);
  useEffect(() => {
    if (answer) form.setFieldsValue({ ...answer.settings, ladder: answer.settings.ladder.map(rowOf) });
  }, [answer, form]);
  if (!unitCode || !answer) return null;

  const save = async (values: Omit<Settings, 'ladder'> & { ladder: RungRow[] }) => {
    try {
      const saved = await ok(client.PUT('/api/units/{code}/supervision-settings', { params: { path: { code: unitCode } }, body: { ...values, ladder: (values.ladder ?? []).map(rungOf) } }));
      setAnswer(saved);
      message.success('Đã lưu ngưỡng cảnh báo và thang báo cáo vượt cấp.');
    } catch (error) {
      message.error(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <Card
      size="small"
      title="Cảnh báo sớm và báo cáo vượt cấp"
      extra={<Tag color={answer.isDefault ? 'default' : 'blue'}>{answer.isDefault ? 'Mặc định' : 'Riêng của đơn vị'}</Tag>}
      style={{ marginTop: 12 }}
      data-testid="supervision-settings"
    >
      <Form form={form} layout="vertical" onFinish={(values) => void save(values as Omit<Settings, 'ladder'> & { ladder: RungRow[] })}>
        <Space wrap size={16}>
          <Form.Item label="Sắp đến hạn khi còn (ngày làm việc)" name="dueSoonRemainingWorkingDays">
            <InputNumber min={0} max={20} step={0.25} decimalSeparator="," />
          </Form.Item>
          <Form.Item label="… hoặc đã dùng (% thời gian)" name="dueSoonElapsedPercent">
            <InputNumber min={1} max={100} />
          </Form.Item>
          <Form.Item label="Cần xin lỗi, hẹn lại khi còn (ngày làm việc)" name="apologyRiskRemainingWorkingDays">
            <InputNumber min={0} max={20} step={0.25} decimalSeparator="," />
          </Form.Item>
          <Form.Item label="Bước quá hạn cũng tính là có nguy cơ trễ hạn" name="riskWhenStepOverdue" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Typography.Text strong>Thang báo cáo vượt cấp</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Mỗi bậc: khi nào cảnh báo và gửi cho ai. Hồ sơ và phản ánh, kiến nghị quá thời hạn cùng theo thang này; mỗi bậc cảnh báo một lần.
        </Typography.Paragraph>
        <Form.List name="ladder">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} wrap align="start" style={{ display: 'flex', marginBottom: 4 }}>
                  <Form.Item name={[field.name, 'id']} rules={[{ required: true, pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/, message: 'Mã bậc: chữ thường không dấu, số, gạch ngang' }]}>
                    <Input aria-label="Mã bậc" placeholder="ma-bac" style={{ width: 130 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'name']} rules={[{ required: true, message: 'Nhập tên bậc' }]}>
                    <Input aria-label="Tên bậc" placeholder="Tên bậc" style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'kind']}>
                    <Select aria-label="Khi nào" options={TRIGGERS} style={{ width: 280 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'days']}>
                    <InputNumber aria-label="Số ngày làm việc" min={0} max={20} step={0.25} decimalSeparator="," addonAfter="ngày" style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'notify']}>
                    <Select aria-label="Gửi cho" options={NOTIFY} style={{ width: 230 }} />
                  </Form.Item>
                  <Button aria-label="Bỏ bậc" icon={<DeleteOutlined />} onClick={() => remove(field.name)} />
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ id: `bac-${fields.length + 1}`, name: '', kind: 'legal-overdue', days: 0, notify: 'center_leader' })}>
                Thêm bậc
              </Button>
            </>
          )}
        </Form.List>
        <div style={{ marginTop: 12 }}>
          <Button type="primary" htmlType="submit">
            Lưu ngưỡng cảnh báo
          </Button>
        </div>
      </Form>
    </Card>
  );
}
