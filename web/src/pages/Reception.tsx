/**
 * Counter reception: find the procedure, the applicant, the channel, the component checklist,
 * scans by drag and drop, fees with exemptions and the due date computed live (quote route);
 * then receive, receive and ask for a supplement (Mẫu 02), or refuse (Mẫu 03).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { App, Alert, Button, Card, Checkbox, Col, Descriptions, Form, Input, InputNumber, Modal, Radio, Result, Row, Select, Space, Table, Typography, Upload } from 'antd';
import type { UploadFile } from 'antd';
import { InboxOutlined, PrinterOutlined } from '@ant-design/icons';
import { ApiError, client, formBody, newIdempotencyKey, ok } from '../api.ts';
import { COMPONENT_FORM_NAMES, formatDateTimeWeekday, formatMoney } from '../labels.ts';
import { navigate } from '../router.tsx';
import type { ComponentForm, DossierDetail, ProcedureDetail, ProcedureSummary, Quote } from '../api/types.ts';
import { FormLinks } from './FormLinks.tsx';
import { SubmitterFields, submitterOf, type SubmitterValues } from './reception/SubmitterFields.tsx';
import { PrefillOffer } from './reception/PrefillOffer.tsx';
import { NoticeChoice, noticesOf, type NoticeValues } from './reception/NoticeChoice.tsx';

interface ComponentRow {
  code: string;
  name: string;
  form: ComponentForm;
  quantity: number;
  optional: boolean;
  received: boolean;
}

interface ApplicantValues extends SubmitterValues, NoticeValues {
  kind: 'individual' | 'organization';
  idNumber?: string;
  name: string;
  address?: string;
  phone?: string;
  email?: string;
  channel: 'in_person' | 'post';
}

type Outcome = { kind: 'received' | 'supplement' | 'refused'; dossier: DossierDetail; uploadErrors: string[] };

const blank = (value: string | undefined) => (value && value.trim() ? value.trim() : undefined);
/** `{ [key]: value }` when there is a value, else nothing (the API's optional fields). */
const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/** Lower case without diacritics ("Hôn nhân" → "hon nhan"), so that officers may type either way. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().trim();
}

export function ReceptionPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<ApplicantValues>();
  const [procedures, setProcedures] = useState<ProcedureSummary[]>([]);
  const [frequent, setFrequent] = useState<Map<string, number>>(new Map());
  const [procedureCode, setProcedureCode] = useState<string | undefined>();
  const [procedure, setProcedure] = useState<ProcedureDetail | null>(null);
  const [components, setComponents] = useState<ComponentRow[]>([]);
  const [exemptions, setExemptions] = useState<string[]>([]);
  const [variant, setVariant] = useState<string | undefined>();
  const [pages, setPages] = useState<number | null>(null);
  const [copies, setCopies] = useState<number | null>(null);
  const [quote, setQuote] = useState<Quote | null>(null);
  const [quoteError, setQuoteError] = useState<string | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [reasonFor, setReasonFor] = useState<'supplement' | 'refused' | 'confirmed' | null>(null);
  const [reason, setReason] = useState('');
  const idempotencyKey = useRef(newIdempotencyKey());
  const channel = Form.useWatch('channel', form) ?? 'in_person';
  const kind = Form.useWatch('kind', form) ?? 'individual';

  // Procedures: this unit's most received first, then the catalog order. The catalog of a
  // commune is small (about fifty procedures), so it is filtered here, instantly, as the officer types.
  useEffect(() => {
    ok(client.GET('/api/catalog/procedures'))
      .then((r) => setProcedures(r.items))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void ok(client.GET('/api/catalog/frequent'))
      .then((r) => setFrequent(new Map(r.items.map((i) => [i.procedureCode, i.count]))))
      .catch(() => undefined);
  }, []);
  const options = useMemo(
    () =>
      [...procedures]
        .sort((a, b) => (frequent.get(b.code) ?? 0) - (frequent.get(a.code) ?? 0))
        .map((p) => ({
          value: p.code,
          label: `${p.code} — ${p.name}`,
          title: `${p.name} (${p.field}, ${p.timeLimitText})`,
          search: foldText(`${p.code} ${p.localCode} ${p.name} ${p.field}`),
          frequent: frequent.has(p.code),
        })),
    [procedures, frequent],
  );

  // The chosen procedure: its checklist, exemptions and fee variants.
  useEffect(() => {
    setProcedure(null);
    setComponents([]);
    setExemptions([]);
    setVariant(undefined);
    if (!procedureCode) return;
    void ok(client.GET('/api/catalog/procedures/{code}', { params: { path: { code: procedureCode } } }))
      .then(({ procedure: p }) => {
        setProcedure(p);
        setComponents(p.components.map((c) => ({ code: c.code, name: c.name, form: c.form, quantity: c.quantity, optional: c.optional, received: false })));
        setVariant(p.feeVariants[0]?.code);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [procedureCode]);

  const allExemptions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const fee of procedure?.fees ?? []) for (const e of fee.exemptions) if (!seen.has(e.code)) seen.set(e.code, e.label);
    return [...seen.entries()].map(([value, label]) => ({ value, label }));
  }, [procedure]);
  const perPage = procedure?.fees.some((f) => f.unit === 'trang') ?? false;
  const perCopy = procedure?.fees.some((f) => f.unit === 'ban') ?? false;

  // Fees and the due date, recomputed on every change and every minute (the clock moves).
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setTick((n) => n + 1), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  useEffect(() => {
    setQuote(null);
    setQuoteError(null);
    if (!procedureCode) return;
    let cancelled = false;
    const q = { channel, exemptions: exemptions.length ? exemptions.join(',') : undefined, variant, pages: (perPage && pages) || undefined, copies: (perCopy && copies) || undefined };
    ok(client.GET('/api/catalog/procedures/{code}/quote', { params: { path: { code: procedureCode }, query: q } }))
      .then((result) => !cancelled && setQuote(result))
      .catch((e: unknown) => !cancelled && setQuoteError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [procedureCode, channel, exemptions, variant, pages, copies, perPage, perCopy, tick]);

  const missing = components.filter((c) => !c.received && !c.optional);

  const reset = () => {
    form.resetFields();
    setProcedureCode(undefined);
    setFiles([]);
    setOutcome(null);
    setError(null);
    setPages(null);
    setCopies(null);
    idempotencyKey.current = newIdempotencyKey();
  };

  async function uploadScans(dossier: DossierDetail): Promise<{ dossier: DossierDetail; errors: string[] }> {
    let version = dossier.version;
    const errors: string[] = [];
    for (const file of files) {
      if (!file.originFileObj) continue;
      const body = new FormData();
      body.set('kind', 'component');
      body.set('expectedVersion', String(version));
      body.set('file', file.originFileObj, file.name);
      try {
        const result = await ok(client.POST('/api/dossiers/{code}/files', { params: { path: { code: dossier.code } }, ...formBody(body) }));
        version = result.version;
      } catch (e) {
        errors.push(`${file.name}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    const fresh = files.length ? await ok(client.GET('/api/dossiers/{code}', { params: { path: { code: dossier.code } } })) : dossier;
    return { dossier: fresh, errors };
  }

  async function submit(mode: 'received' | 'supplement' | 'refused' | 'confirmed', why?: string) {
    if (!procedureCode) {
      setError('Hãy chọn thủ tục hành chính.');
      return;
    }
    let values: ApplicantValues;
    try {
      values = await form.validateFields();
    } catch {
      setError('Hãy sửa các trường được đánh dấu đỏ.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = {
        procedureCode,
        channel: values.channel,
        applicant: { kind: values.kind, name: values.name.trim(), idNumber: blank(values.idNumber), address: blank(values.address), phone: blank(values.phone), email: blank(values.email) },
        components: components.filter((c) => c.received).map((c) => ({ code: c.code, name: c.name, form: c.form, quantity: c.quantity })),
        ...(exemptions.length ? { exemptions } : {}),
        ...(variant ? { feeVariant: variant } : {}),
        ...(perPage && pages ? { pages } : {}),
        ...(perCopy && copies ? { copies } : {}),
        ...(mode === 'refused' ? { mode: 'refuse' as const, refusalReason: why } : { mode: 'receive' as const }),
        // Issue 14: missing papers go with the supplement request in the same action, or with a recorded confirmation.
        ...(mode === 'supplement' ? { supplementRequest: { reason: why ?? '', items: missing.map((c) => `${c.name} (${COMPONENT_FORM_NAMES[c.form].toLowerCase()})`) } } : {}),
        ...(mode === 'confirmed' ? { missingConfirmed: { reason: why ?? '' } } : {}),
        // Issue 15: who brings the dossier for the applicant; issue 17: the consent to notices.
        ...optional('submitter', submitterOf(values, values.kind)),
        ...optional('notices', noticesOf(values)),
      };
      let dossier: DossierDetail = await ok(client.POST('/api/dossiers', { params: { header: { 'idempotency-key': idempotencyKey.current } }, body }));
      let uploadErrors: string[] = [];
      if (mode !== 'refused') ({ dossier, errors: uploadErrors } = await uploadScans(dossier));
      setOutcome({ kind: mode === 'confirmed' ? 'received' : mode, dossier, uploadErrors });
      message.success(mode === 'received' || mode === 'confirmed' ? `Đã tiếp nhận hồ sơ ${dossier.code}.` : mode === 'supplement' ? `Đã ghi yêu cầu bổ sung cho hồ sơ ${dossier.code}.` : `Đã ghi từ chối tiếp nhận hồ sơ ${dossier.code}.`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message + (e.field ? ` (trường ${e.field})` : '') : String(e));
    } finally {
      setBusy(false);
    }
  }

  if (outcome) return <ReceptionOutcome outcome={outcome} onNext={reset} />;

  const idLabel = kind === 'organization' ? 'Mã số thuế của tổ chức' : 'Số CCCD / định danh cá nhân';
  return (
    <Form
      form={form}
      layout="vertical"
      size="middle"
      initialValues={{ kind: 'individual', channel: 'in_person' }}
      onFinish={() => (missing.length > 0 ? setError(`Hồ sơ còn thiếu giấy tờ bắt buộc: ${missing.map((c) => c.name).join('; ')}. Hãy chọn "Tiếp nhận và yêu cầu bổ sung", hoặc xác nhận tiếp nhận khi còn thiếu.`) : void submit('received'))}
      aria-label="Phiếu tiếp nhận hồ sơ"
    >
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Tiếp nhận hồ sơ
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 12 }} closable onClose={() => setError(null)} />}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" title="Thủ tục và người nộp" style={{ marginBottom: 12 }}>
            <Form.Item label="Thủ tục hành chính (tìm theo tên hoặc mã)" htmlFor="procedure" required>
              <Select
                id="procedure"
                showSearch
                autoFocus
                allowClear
                placeholder="Gõ tên hoặc mã thủ tục, ví dụ: xác nhận tình trạng hôn nhân"
                filterOption={(input, option) => (option?.search ?? '').includes(foldText(input))}
                value={procedureCode}
                onChange={(value: string | undefined) => setProcedureCode(value)}
                options={options}
                optionRender={(option) => (
                  <span>
                    {option.data.frequent && <Typography.Text type="success">★ </Typography.Text>}
                    {option.label}
                  </span>
                )}
                notFoundContent="Không tìm thấy thủ tục"
              />
            </Form.Item>
            <Row gutter={12}>
              <Col span={12}>
                <Form.Item label="Người nộp là" name="kind">
                  <Radio.Group optionType="button" options={[{ value: 'individual', label: 'Cá nhân' }, { value: 'organization', label: 'Tổ chức' }]} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label="Kênh nộp" name="channel">
                  <Radio.Group optionType="button" options={[{ value: 'in_person', label: 'Trực tiếp' }, { value: 'post', label: 'Bưu chính công ích' }]} />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item
                  label={idLabel}
                  name="idNumber"
                  rules={[
                    kind === 'organization'
                      ? { pattern: /^\d{10}(-\d{3})?$/, message: 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số).' }
                      : { pattern: /^\d{12}$/, message: 'Số CCCD phải gồm đúng 12 chữ số.' },
                  ]}
                >
                  <Input inputMode="numeric" maxLength={14} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item label={kind === 'organization' ? 'Tên tổ chức' : 'Họ và tên người nộp'} name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập họ tên người nộp.' }]}>
                  <Input maxLength={300} />
                </Form.Item>
              </Col>
            </Row>
            <PrefillOffer />
            <Form.Item label="Địa chỉ" name="address">
              <Input maxLength={500} />
            </Form.Item>
            <Row gutter={12}>
              <Col span={10}>
                <Form.Item label="Số điện thoại" name="phone" rules={[{ pattern: /^(0\d{9,10}|\+84\d{9})$/, message: 'Số điện thoại có 10–11 chữ số, bắt đầu bằng 0 hoặc +84.' }]}>
                  <Input inputMode="tel" maxLength={14} />
                </Form.Item>
              </Col>
              <Col span={14}>
                <Form.Item label="Thư điện tử (email)" name="email" rules={[{ type: 'email', message: 'Địa chỉ email không hợp lệ.' }]}>
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            <NoticeChoice />
            <SubmitterFields applicantKind={kind} />
          </Card>
          <Card size="small" title="Thành phần hồ sơ" style={{ marginBottom: 12 }}>
            {procedure ? (
              <Table<ComponentRow>
                size="small"
                rowKey="code"
                pagination={false}
                dataSource={components}
                columns={[
                  {
                    title: 'Đã nộp',
                    width: 70,
                    render: (_, row, i) => (
                      <Checkbox aria-label={`Đã nộp: ${row.name}`} checked={row.received} onChange={(e) => setComponents(components.map((c, j) => (j === i ? { ...c, received: e.target.checked } : c)))} />
                    ),
                  },
                  { title: 'Giấy tờ', render: (_, row) => (row.optional ? <span>{row.name} <Typography.Text type="secondary">(nếu có)</Typography.Text></span> : row.name) },
                  {
                    title: 'Hình thức',
                    width: 190,
                    render: (_, row, i) => (
                      <Select<ComponentForm>
                        aria-label={`Hình thức: ${row.name}`}
                        size="small"
                        style={{ width: 180 }}
                        value={row.form}
                        onChange={(form) => setComponents(components.map((c, j) => (j === i ? { ...c, form } : c)))}
                        options={Object.entries(COMPONENT_FORM_NAMES).map(([value, label]) => ({ value: value as ComponentForm, label }))}
                      />
                    ),
                  },
                  {
                    title: 'Số lượng',
                    width: 90,
                    render: (_, row, i) => (
                      <InputNumber aria-label={`Số lượng: ${row.name}`} size="small" min={1} max={1000} value={row.quantity} onChange={(q) => setComponents(components.map((c, j) => (j === i ? { ...c, quantity: q ?? 1 } : c)))} />
                    ),
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">Chọn thủ tục để hiện danh mục giấy tờ.</Typography.Text>
            )}
            <Form.Item label="Bản quét thành phần hồ sơ (kéo thả tệp PDF, ảnh vào đây)" htmlFor="scan-input" style={{ marginTop: 12, marginBottom: 0 }}>
              <Upload.Dragger
                id="scan-input"
                multiple
                accept=".pdf,.png,.jpg,.jpeg,.tif,.tiff,.webp"
                fileList={files}
                beforeUpload={(file) => {
                  setFiles((list) => [...list, { uid: file.uid, name: file.name, size: file.size, type: file.type, originFileObj: file, status: 'done' }]);
                  return false;
                }}
                onRemove={(file) => setFiles((list) => list.filter((f) => f.uid !== file.uid))}
              >
                <p className="ant-upload-drag-icon">
                  <InboxOutlined />
                </p>
                <p className="ant-upload-text">Kéo thả bản quét vào đây hoặc bấm để chọn tệp</p>
                <p className="ant-upload-hint">Tệp được đính kèm vào hồ sơ ngay sau khi tiếp nhận.</p>
              </Upload.Dragger>
            </Form.Item>
          </Card>
        </Col>
        <Col xs={24} xl={9} className="reception-side">
          <Space direction="vertical" className="reception-side-actions" style={{ width: '100%', marginBottom: 12 }}>
            <Button type="primary" htmlType="submit" size="large" block loading={busy} disabled={!procedureCode || missing.length > 0}>
              Tiếp nhận hồ sơ
            </Button>
            <Button
              block
              type={missing.length > 0 ? 'primary' : 'default'}
              disabled={!procedureCode || busy}
              onClick={() => {
                setReason(missing.length ? `Hồ sơ còn thiếu: ${missing.map((c) => c.name).join('; ')}.` : '');
                setReasonFor('supplement');
              }}
            >
              Tiếp nhận và yêu cầu bổ sung (Mẫu 02)
            </Button>
            {missing.length > 0 && (
              <Button
                block
                disabled={!procedureCode || busy}
                onClick={() => {
                  setReason('');
                  setReasonFor('confirmed');
                }}
              >
                Tiếp nhận khi còn thiếu giấy tờ (xác nhận, ghi lý do)
              </Button>
            )}
            <Button
              danger
              block
              disabled={!procedureCode || busy}
              onClick={() => {
                setReason('');
                setReasonFor('refused');
              }}
            >
              Từ chối tiếp nhận (Mẫu 03)
            </Button>
          </Space>
          <Card size="small" title="Phí, lệ phí và hạn trả kết quả" style={{ marginBottom: 12 }}>
            {allExemptions.length > 0 && (
              <Form.Item label="Miễn, giảm phí, lệ phí">
                <Checkbox.Group aria-label="Miễn, giảm phí, lệ phí" value={exemptions} onChange={(v) => setExemptions(v as string[])} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={allExemptions} />
              </Form.Item>
            )}
            {procedure && procedure.feeVariants.length > 0 && (
              <Form.Item label="Trường hợp tính phí" htmlFor="fee-variant">
                <Select id="fee-variant" value={variant} onChange={setVariant} options={procedure.feeVariants.map((v) => ({ value: v.code, label: v.label }))} />
              </Form.Item>
            )}
            {(perPage || perCopy) && (
              <Space>
                {perPage && (
                  <Form.Item label="Số trang" htmlFor="pages">
                    <InputNumber id="pages" min={1} max={10000} value={pages} onChange={setPages} />
                  </Form.Item>
                )}
                {perCopy && (
                  <Form.Item label="Số bản" htmlFor="copies">
                    <InputNumber id="copies" min={1} max={1000} value={copies} onChange={setCopies} />
                  </Form.Item>
                )}
              </Space>
            )}
            {quoteError && <Alert type="warning" message={quoteError} />}
            {quote ? (
              <Descriptions size="small" column={1} bordered>
                {quote.fee.lines.map((line, i) => (
                  <Descriptions.Item key={i} label={line.label}>
                    {line.waivedReason ? `Miễn (${line.waivedReason})` : formatMoney(line.amount)}
                  </Descriptions.Item>
                ))}
                <Descriptions.Item label="Tổng phí, lệ phí">
                  <strong data-testid="fee-total">{formatMoney(quote.fee.total)}</strong>
                  {!quote.fee.complete && <Typography.Text type="warning"> (chưa đủ thông tin tính phí)</Typography.Text>}
                </Descriptions.Item>
                <Descriptions.Item label="Thời hạn giải quyết">{quote.timeLimitText}</Descriptions.Item>
                <Descriptions.Item label="Ngày hẹn trả kết quả">
                  <strong data-testid="due-date">
                    {formatDateTimeWeekday(quote.dueAt)}
                  </strong>
                </Descriptions.Item>
              </Descriptions>
            ) : (
              !quoteError && <Typography.Text type="secondary">Chọn thủ tục để tính phí và ngày hẹn trả.</Typography.Text>
            )}
          </Card>
          {missing.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`Còn thiếu ${missing.length} giấy tờ bắt buộc`}
              description={missing.map((c) => c.name).join('; ')}
            />
          )}
        </Col>
      </Row>
      <Modal
        open={reasonFor !== null}
        title={reasonFor === 'refused' ? 'Từ chối tiếp nhận hồ sơ' : reasonFor === 'confirmed' ? `Tiếp nhận khi còn thiếu: ${missing.map((c) => c.name).join('; ')}` : 'Yêu cầu bổ sung, hoàn thiện hồ sơ'}
        okText={reasonFor === 'refused' ? 'Ghi từ chối' : reasonFor === 'confirmed' ? 'Xác nhận tiếp nhận' : 'Tiếp nhận và yêu cầu bổ sung'}
        cancelText="Hủy"
        okButtonProps={{ disabled: !reason.trim(), loading: busy }}
        onCancel={() => setReasonFor(null)}
        onOk={() => {
          const mode = reasonFor!;
          setReasonFor(null);
          void submit(mode, reason.trim());
        }}
      >
        <Form layout="vertical">
          <Form.Item label={reasonFor === 'refused' ? 'Lý do từ chối' : reasonFor === 'confirmed' ? 'Lý do tiếp nhận khi còn thiếu giấy tờ' : 'Nội dung cần bổ sung'} htmlFor="reception-reason" required>
            <Input.TextArea id="reception-reason" rows={4} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Form>
  );
}

function ReceptionOutcome({ outcome, onNext }: { outcome: Outcome; onNext: () => void }) {
  const { dossier, kind, uploadErrors } = outcome;
  const title =
    kind === 'received' ? `Đã tiếp nhận hồ sơ ${dossier.code}` : kind === 'supplement' ? `Hồ sơ ${dossier.code}: đã yêu cầu bổ sung` : `Đã từ chối tiếp nhận hồ sơ ${dossier.code}`;
  const primaryForm = kind === 'received' ? 'mau-01' : kind === 'supplement' ? 'mau-02' : 'mau-03';
  return (
    <Result
      status={kind === 'refused' ? 'warning' : 'success'}
      title={title}
      subTitle={
        kind === 'received'
          ? `Ngày hẹn trả kết quả: ${formatDateTimeWeekday(dossier.appointmentDueAt)}. Lệ phí: ${formatMoney(dossier.feeAmount)}.`
          : `${dossier.procedureName} — ${dossier.applicant.name}`
      }
      extra={
        <Space direction="vertical" align="center">
          {uploadErrors.length > 0 && <Alert type="warning" showIcon message="Một số bản quét chưa đính kèm được" description={uploadErrors.join('\n')} />}
          <FormLinks code={dossier.code} forms={[primaryForm]} primary icon={<PrinterOutlined />} />
          <Space>
            <Button onClick={() => navigate(`/ho-so/${encodeURIComponent(dossier.code)}`)}>Xem hồ sơ</Button>
            <Button type="primary" onClick={onNext} autoFocus>
              Tiếp nhận hồ sơ mới
            </Button>
          </Space>
        </Space>
      }
    />
  );
}
