/** The form of one lifecycle action: only the fields that action needs, each with its label. */
import { useEffect, useState } from 'react';
import { Alert, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, ok } from '../api.ts';
import { formatMoney } from '../labels.ts';
import type { Department, DossierDetail, UserRow } from '../api/types.ts';
import { ACTIONS, type ActionBody } from './actions.ts';

type Values = Record<string, unknown>;

export function ActionModal({ event, dossier, onClose, onDone }: { event: string; dossier: DossierDetail; onClose: () => void; onDone: (d: DossierDetail) => void }) {
  const spec = ACTIONS[event]!;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [users, setUsers] = useState<UserRow[]>([]);
  const to = Form.useWatch('to', form) as string | undefined;

  useEffect(() => {
    if (event !== 'forwarded') return;
    void ok(client.GET('/api/units/{code}/departments', { params: { path: { code: dossier.unitCode } } })).then((r) => setDepartments(r.items.filter((d) => d.active)));
    void ok(client.GET('/api/users')).then((r) => setUsers(r.items.filter((u) => u.active)));
  }, [event, dossier.unitCode]);

  const pendingSteps = dossier.steps.filter((s) => s.status !== 'done');
  const remainingFee = Math.max(0, dossier.feeAmount - dossier.paidAmount);
  const initial: Values = {
    toKind: 'department',
    method: 'desk',
    online: false,
    electronic: false,
    refusal: false,
    amount: event === 'fee_paid' ? remainingFee || undefined : undefined,
    stepCode: pendingSteps.find((s) => s.status === 'active')?.code ?? pendingSteps[0]?.code,
    newDueAt: dossier.appointmentDueAt ? dayjs(dossier.appointmentDueAt.slice(0, 16)).add(2, 'day') : undefined,
  };

  const submit = async () => {
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body: Values = { expectedVersion: dossier.version };
      for (const [key, value] of Object.entries(values)) {
        if (value === undefined || value === '' || value === null) continue;
        if (key === 'items') body.items = String(value).split('\n').map((s) => s.trim()).filter(Boolean);
        else if (key === 'newDueAt') body.newDueAt = (value as Dayjs).format('YYYY-MM-DDTHH:mm');
        else if (key === 'toKind') continue;
        else body[key] = typeof value === 'string' ? value.trim() : value;
      }
      if (event === 'forwarded') body.toKind = departments.find((d) => d.code === values.to)?.kind ?? 'department';
      // The body is built from this action's own fields (above); the route's schema checks it and names a wrong field.
      const result = await ok(client.POST(spec.path, { params: { path: { code: dossier.code } }, body: body as ActionBody }));
      onDone(result);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const reason = (label: string) => (
    <Form.Item label={label} name="reason" rules={[{ required: true, whitespace: true, message: 'Hãy ghi rõ lý do.' }]}>
      <Input.TextArea rows={3} maxLength={2000} />
    </Form.Item>
  );

  return (
    <Modal open title={`${spec.label} — ${dossier.code}`} okText={spec.label} cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} confirmLoading={busy} okButtonProps={{ danger: spec.danger ?? false }} destroyOnHidden>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={initial} onFinish={() => void submit()}>
        {event === 'forwarded' && (
          <>
            <Form.Item label="Chuyển đến phòng, cơ quan" name="to" rules={[{ required: true, message: 'Hãy chọn nơi xử lý.' }]}>
              <Select options={departments.map((d) => ({ value: d.code, label: d.name }))} showSearch optionFilterProp="label" />
            </Form.Item>
            <Form.Item label="Cán bộ xử lý (không bắt buộc)" name="assigneeId">
              <Select allowClear options={users.filter((u) => !to || u.departmentCode === to).map((u) => ({ value: u.id, label: `${u.fullName} — ${u.roleName}` }))} />
            </Form.Item>
          </>
        )}
        {event === 'step_completed' && (
          <>
            <Form.Item label="Bước xử lý" name="stepCode" rules={[{ required: true, message: 'Hãy chọn bước.' }]}>
              <Select options={pendingSteps.map((s) => ({ value: s.code, label: s.name }))} />
            </Form.Item>
            <Form.Item label="Ghi chú" name="note">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {event === 'supplement_requested' && (
          <>
            {reason('Lý do yêu cầu bổ sung')}
            <Form.Item label="Giấy tờ cần bổ sung (mỗi dòng một loại)" name="items">
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {event === 'supplement_received' && (
          <Form.Item label="Ghi chú về hồ sơ bổ sung" name="note">
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        {event === 'refused_at_reception' && reason('Lý do từ chối tiếp nhận')}
        {event === 'financial_obligation_requested' && (
          <>
            <Form.Item label="Số tiền nghĩa vụ tài chính (đồng)" name="amount" rules={[{ required: true, message: 'Hãy nhập số tiền.' }]}>
              <InputNumber min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item label="Nội dung" name="description" rules={[{ required: true, whitespace: true, message: 'Hãy ghi nội dung.' }]}>
              <Input maxLength={1000} />
            </Form.Item>
          </>
        )}
        {event === 'financial_obligation_paid' && (
          <Form.Item label="Số tiền đã nộp (đồng)" name="amount" rules={[{ required: true, message: 'Hãy nhập số tiền.' }]}>
            <InputNumber min={0} style={{ width: '100%' }} />
          </Form.Item>
        )}
        {event === 'stopped' && (
          <>
            {reason('Lý do dừng giải quyết')}
            <Form.Item name="refusal" valuePropName="checked">
              <Checkbox>Từ chối giải quyết (văn bản nêu rõ lý do)</Checkbox>
            </Form.Item>
          </>
        )}
        {event === 'extended' && (
          <>
            <Form.Item label="Ngày hẹn trả mới" name="newDueAt" rules={[{ required: true, message: 'Hãy chọn ngày hẹn trả mới.' }]}>
              <DatePicker showTime={{ format: 'HH:mm', minuteStep: 15 }} format="DD/MM/YYYY HH:mm" style={{ width: '100%' }} />
            </Form.Item>
            {reason('Lý do chậm trả kết quả')}
          </>
        )}
        {event === 'withdrawn' && (
          <Form.Item label="Lý do rút hồ sơ" name="reason">
            <Input.TextArea rows={2} maxLength={2000} placeholder="Công dân đề nghị rút hồ sơ" />
          </Form.Item>
        )}
        {event === 'result_ready' && (
          <>
            <Form.Item name="electronic" valuePropName="checked">
              <Checkbox>Kết quả điện tử (có bản ký số)</Checkbox>
            </Form.Item>
            <Form.Item label="Ý kiến phê duyệt" name="note">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {event === 'result_returned' && (
          <Form.Item label="Hình thức trả kết quả" name="method">
            <Radio.Group
              options={[
                { value: 'desk', label: 'Tại quầy' },
                { value: 'post', label: 'Qua bưu chính' },
                { value: 'electronic', label: 'Bản điện tử' },
              ]}
            />
          </Form.Item>
        )}
        {event === 'fee_paid' && (
          <>
            <Form.Item label={`Số tiền thu (đồng) — còn phải thu ${formatMoney(remainingFee)}`} name="amount" rules={[{ required: true, message: 'Hãy nhập số tiền.' }]}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="online" valuePropName="checked">
              <Checkbox>Nộp trực tuyến</Checkbox>
            </Form.Item>
          </>
        )}
        {event === 'received' && <p>Tiếp nhận hồ sơ nộp trực tuyến này: thời hạn giải quyết bắt đầu tính từ bây giờ.</p>}
      </Form>
    </Modal>
  );
}
