/** The form of one lifecycle action: only the fields that action needs, each with its label. */
import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { client, ok } from '../api.ts';
import { formatMoney } from '../labels.ts';
import type { Department, DossierDetail, UserRow } from '../api/types.ts';
import { ACTIONS, type ActionBody } from './actions.ts';

type Values = Record<string, unknown>;

/**
 * The dossier changed while the dialog was open (the page follows the live stream): the dialog
 * stays on the version it was opened on, so the form keeps what the user typed and a write on a
 * stale version is refused by the server; the user may go on with the newest version instead.
 */
function UpdatedNotice({ onUseLatest }: { onUseLatest: () => void }) {
  return (
    <Alert
      type="info"
      showIcon
      data-testid="dossier-updated"
      style={{ marginBottom: 12 }}
      message="Hồ sơ vừa được cập nhật"
      description="Nội dung bạn đang nhập vẫn được giữ nguyên."
      action={
        <Button size="small" onClick={onUseLatest}>
          Dùng bản mới nhất
        </Button>
      }
    />
  );
}

export function ActionModal({ event, dossier: latest, onClose, onDone }: { event: string; dossier: DossierDetail; onClose: () => void; onDone: (d: DossierDetail) => void }) {
  const [dossier, setDossier] = useState(latest);
  const spec = ACTIONS[event]!;
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [users, setUsers] = useState<UserRow[]>([]);
  const to = Form.useWatch('to', form) as string | undefined;

  const allowed = dossier.actions.find((a) => a.event === event);
  const currentStep = dossier.steps.find((s) => s.code === allowed?.stepCode);
  const checklist = dossier.papers.checklist;
  const submitted = (Form.useWatch('components', form) as string[] | undefined) ?? [];
  const missingNow = checklist.filter((c) => !c.optional && !submitted.includes(c.code));
  const method = Form.useWatch('method', form) as string | undefined;
  const collectorKind = Form.useWatch('collectorKind', form) as string | undefined;
  const electronic = Form.useWatch('electronic', form) as boolean | undefined;
  const toStepCode = Form.useWatch('toStepCode', form) as string | undefined;
  const toStep = dossier.steps.find((s) => s.code === toStepCode);

  useEffect(() => {
    if (event === 'step_assigned' || event === 'step_returned') void ok(client.GET('/api/users')).then((r) => setUsers(r.items.filter((u) => u.active)));
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
    stepCode: allowed?.stepCode ?? pendingSteps.find((s) => s.status === 'active')?.code ?? pendingSteps[0]?.code,
    toStepCode: allowed?.returnTo?.[0],
    collectorKind: 'applicant',
    collectorName: dossier.applicant.name,
    collectorIdNumber: dossier.personalDataVisible ? dossier.applicant.idNumber : undefined,
    components: [],
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
      const { collectorKind: kind, collectorName, collectorIdNumber, collectorAuthorisation, components, supplementReason, confirmReason, ...rest } = values;
      if (event === 'result_returned' && values.method === 'desk') {
        body.collectedBy = { kind, name: String(collectorName ?? '').trim(), idNumber: String(collectorIdNumber ?? '').trim(), ...(kind === 'authorised' ? { authorisation: String(collectorAuthorisation ?? '').trim() } : {}) };
      }
      if (event === 'received' || event === 'supplement_received') {
        const codes = (components as string[] | undefined) ?? [];
        const papers = (event === 'received' ? checklist : dossier.papers.missing).filter((c) => codes.includes(c.code)).map(({ code, name, form: f, quantity }) => ({ code, name, form: f, quantity }));
        if (event === 'received' || papers.length > 0) body.components = papers;
        if (event === 'received' && missingNow.length > 0) {
          if (supplementReason) body.supplementRequest = { reason: String(supplementReason).trim(), items: missingNow.map((c) => c.name) };
          else body.missingConfirmed = { reason: String(confirmReason ?? '').trim() };
        }
      }
      for (const [key, value] of Object.entries(rest)) {
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
    <Modal
      open
      title={`${spec.label} — ${dossier.code}`}
      okText={event === 'received' && missingNow.length > 0 ? 'Tiếp nhận và yêu cầu bổ sung' : spec.label} cancelText="Hủy" onOk={() => void submit()} onCancel={onClose} confirmLoading={busy} okButtonProps={{ danger: spec.danger ?? false }} destroyOnHidden>
      {latest.version !== dossier.version && <UpdatedNotice onUseLatest={() => setDossier(latest)} />}
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
        {(event === 'step_completed' || event === 'step_assigned' || event === 'step_returned') && (
          <>
            <Form.Item name="stepCode" hidden>
              <Input />
            </Form.Item>
            <p>
              Bước đang xử lý: <strong>{currentStep?.name ?? ''}</strong>
              {allowed?.onBehalfOf && currentStep?.assigneeName ? ` — bạn hoàn thành thay ${currentStep.assigneeName} (được ghi lại trong diễn biến hồ sơ)` : ''}
            </p>
          </>
        )}
        {event === 'step_assigned' && (
          <Form.Item label="Giao cho công chức" name="assigneeId" rules={[{ required: true, message: 'Hãy chọn công chức.' }]}>
            <Select options={users.filter((u) => u.departmentCode === currentStep?.departmentCode && u.role === 'specialist' && u.id !== currentStep?.assigneeId).map((u) => ({ value: u.id, label: u.fullName }))} />
          </Form.Item>
        )}
        {event === 'step_returned' && (
          <>
            <Form.Item label="Trả lại về bước" name="toStepCode" rules={[{ required: true, message: 'Hãy chọn bước.' }]}>
              <Select options={(allowed?.returnTo ?? []).map((code) => ({ value: code, label: dossier.steps.find((s) => s.code === code)?.name ?? code }))} />
            </Form.Item>
            {toStep?.departmentCode && (
              <Form.Item label={`Công chức nhận lại${toStepCode === allowed?.returnTo?.[0] ? ' (để trống: người đã xử lý bước này)' : ''}`} name="toAssigneeId" rules={[{ required: toStepCode !== allowed?.returnTo?.[0], message: 'Hãy chọn công chức nhận lại hồ sơ.' }]}>
                <Select allowClear options={users.filter((u) => u.departmentCode === toStep.departmentCode && u.role === 'specialist').map((u) => ({ value: u.id, label: u.fullName }))} />
              </Form.Item>
            )}
            {reason('Lý do trả lại')}
          </>
        )}
        {event === 'step_completed' && (
          <>
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
          <>
            {dossier.papers.missing.length > 0 && (
              <Form.Item label="Giấy tờ công dân mang đến bổ sung" name="components">
                <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={dossier.papers.missing.map((c) => ({ value: c.code, label: c.name }))} />
              </Form.Item>
            )}
            <Form.Item label="Ghi chú về hồ sơ bổ sung" name="note">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
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
            {dossier.resultRequired && !dossier.hasResultFile && (
              <Alert type="info" showIcon style={{ marginBottom: 12 }} message={electronic ? 'Kết quả điện tử: hãy đính kèm tệp kết quả (mục "Tệp đính kèm") trước khi phê duyệt.' : 'Chưa có tệp kết quả: hãy ghi số, ký hiệu của văn bản kết quả bản giấy.'} />
            )}
            {!electronic && (
              <Form.Item label="Số, ký hiệu văn bản kết quả" name="resultReference" rules={[{ required: dossier.resultRequired && !dossier.hasResultFile, whitespace: true, message: 'Hãy ghi số, ký hiệu văn bản kết quả (hoặc đính kèm tệp kết quả).' }]}>
                <Input maxLength={100} placeholder="Ví dụ: 125/XN-UBND" />
              </Form.Item>
            )}
            <Form.Item label="Ý kiến phê duyệt" name="note">
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {event === 'result_returned' && (
          <>
            <Form.Item label="Hình thức trả kết quả" name="method">
              <Radio.Group
                options={[
                  { value: 'desk', label: 'Tại quầy' },
                  { value: 'post', label: 'Qua bưu chính' },
                  { value: 'electronic', label: 'Bản điện tử' },
                ]}
              />
            </Form.Item>
            {method === 'desk' && (
              <>
                <Form.Item label="Người nhận kết quả" name="collectorKind">
                  <Radio.Group options={[{ value: 'applicant', label: 'Người nộp hồ sơ' }, { value: 'authorised', label: 'Người được ủy quyền' }]} />
                </Form.Item>
                <Form.Item label="Họ tên người nhận" name="collectorName" rules={[{ required: true, whitespace: true, message: 'Hãy ghi họ tên người nhận.' }]}>
                  <Input maxLength={300} />
                </Form.Item>
                <Form.Item label="Số CCCD, giấy tờ tùy thân của người nhận" name="collectorIdNumber" rules={[{ required: true, whitespace: true, message: 'Hãy ghi số giấy tờ tùy thân.' }]}>
                  <Input maxLength={20} />
                </Form.Item>
                {collectorKind === 'authorised' && (
                  <Form.Item label="Văn bản ủy quyền (số, ngày)" name="collectorAuthorisation" rules={[{ required: true, whitespace: true, message: 'Hãy ghi số, ngày của văn bản ủy quyền.' }]}>
                    <Input maxLength={500} />
                  </Form.Item>
                )}
              </>
            )}
            {method === 'post' && (
              <Form.Item label="Số hiệu bưu gửi (không bắt buộc)" name="trackingNumber">
                <Input maxLength={50} />
              </Form.Item>
            )}
          </>
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
        {event === 'received' && (
          <>
            <p>Tiếp nhận hồ sơ nộp trực tuyến này: thời hạn giải quyết bắt đầu tính từ bây giờ. Đánh dấu từng giấy tờ đã kiểm tra đủ.</p>
            <Form.Item label="Thành phần hồ sơ đã kiểm tra" name="components">
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={checklist.map((c) => ({ value: c.code, label: `${c.name}${c.optional ? ' (nếu có)' : ''}` }))} />
            </Form.Item>
            {missingNow.length > 0 && (
              <>
                <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={`Còn thiếu: ${missingNow.map((c) => c.name).join('; ')}`} />
                <Form.Item label="Nội dung yêu cầu bổ sung (Mẫu 02)" name="supplementReason" rules={[{ required: true, whitespace: true, message: 'Hãy ghi nội dung yêu cầu bổ sung.' }]}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              </>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
