/**
 * "Mẫu thông báo" (issue 17): the center leader chooses a notice kind and a channel, edits the
 * template with the list of fields it may use, sees it as a citizen would get it (sample values
 * or a dossier of the unit) while typing, and saves it or goes back to the default.
 */
import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Col, Input, InputNumber, Row, Select, Space, Tag, Typography } from 'antd';
import { useNoticeTemplates, useTemplatePreview, type TemplateDraft } from './useNoticeTemplates.ts';
import { KeepTogether } from '../../components/KeepTogether.tsx';

export function NoticeTemplatesCard({ unitCode }: { unitCode: string | undefined }) {
  const { message } = App.useApp();
  const { items, save, reset } = useNoticeTemplates(unitCode);
  const [kind, setKind] = useState('receipt');
  const [channel, setChannel] = useState('email');
  const [dossierCode, setDossierCode] = useState('');
  const entry = items.find((i) => i.kind === kind && i.channel === channel);
  const [draft, setDraft] = useState<TemplateDraft | undefined>();
  useEffect(() => setDraft(entry?.template), [entry]);
  const { preview, error } = useTemplatePreview(unitCode, draft, dossierCode);
  const kinds = useMemo(() => [...new Map(items.map((i) => [i.kind, i.kindName])).entries()].map(([value, label]) => ({ value, label })), [items]);
  const channels = useMemo(() => [...new Map(items.map((i) => [i.channel, i.channelName])).entries()].map(([value, label]) => ({ value, label })), [items]);
  if (!entry || !draft) return null;
  const set = (patch: Partial<TemplateDraft>) => setDraft({ ...draft, ...patch });
  const insert = (name: string) => set(draft.channel === 'zalo' ? {} : { body: `${draft.body ?? ''}{${name}}` });
  const act = async (what: () => Promise<void>, done: string) => {
    try {
      await what();
      message.success(done);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const rendered = preview?.rendered;
  return (
    <Card size="small" title="Mẫu thông báo cho người dân" style={{ marginTop: 12 }} data-testid="notice-templates">
      <Space wrap style={{ marginBottom: 12 }}>
        <Select aria-label="Loại thông báo" style={{ width: 280 }} value={kind} options={kinds} onChange={setKind} />
        <Select aria-label="Kênh gửi" style={{ width: 160 }} value={channel} options={channels} onChange={setChannel} />
        <Tag color={entry.custom ? 'blue' : 'default'}>{entry.custom ? 'Mẫu riêng của đơn vị' : 'Mẫu mặc định'}</Tag>
      </Space>
      <Row gutter={12}>
        <Col xs={24} xl={12}>
          {draft.channel === 'email' && (
            <>
              <Typography.Text strong>Tiêu đề thư</Typography.Text>
              <Input aria-label="Tiêu đề thư" value={draft.subject} onChange={(e) => set({ subject: e.target.value })} style={{ marginBottom: 8 }} />
            </>
          )}
          {draft.channel !== 'zalo' && (
            <>
              <Typography.Text strong>{draft.channel === 'email' ? 'Nội dung thư' : 'Nội dung tin nhắn'}</Typography.Text>
              <Input.TextArea aria-label="Nội dung" value={draft.body} autoSize={{ minRows: 6, maxRows: 16 }} onChange={(e) => set({ body: e.target.value })} />
            </>
          )}
          {draft.channel === 'zalo' && (
            <>
              <Typography.Text strong>Mã mẫu ZNS (Zalo cấp khi duyệt mẫu)</Typography.Text>
              <Input aria-label="Mã mẫu ZNS" value={draft.templateId} onChange={(e) => set({ templateId: e.target.value })} style={{ marginBottom: 8 }} />
              <Typography.Text strong>Nội dung mẫu đã đăng ký với Zalo</Typography.Text>
              <Input.TextArea aria-label="Nội dung mẫu Zalo" value={draft.sample} autoSize={{ minRows: 3 }} onChange={(e) => set({ sample: e.target.value })} style={{ marginBottom: 8 }} />
              {(draft.params ?? []).map((p, i) => (
                <Space key={p.key} style={{ display: 'flex', marginBottom: 4 }}>
                  <Tag>{`<${p.key}>`}</Tag>
                  <Input aria-label={`Giá trị ${p.key}`} value={p.value} style={{ width: 220 }} onChange={(e) => set({ params: draft.params!.map((q, j) => (j === i ? { ...q, value: e.target.value } : q)) })} />
                  <InputNumber aria-label={`Độ dài tối đa ${p.key}`} min={1} max={400} value={p.maxLength} onChange={(v) => set({ params: draft.params!.map((q, j) => (j === i ? { ...q, maxLength: v ?? 1 } : q)) })} />
                </Space>
              ))}
            </>
          )}
          <div style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">Trường được dùng (bấm để chèn): </Typography.Text>
            {entry.fields.map((f) => (
              <Tag key={f.name} title={f.label} style={{ cursor: 'pointer', marginBottom: 4 }} onClick={() => insert(f.name)}>
                {`{${f.name}}`}
              </Tag>
            ))}
          </div>
        </Col>
        <Col xs={24} xl={12}>
          <Space style={{ marginBottom: 8 }}>
            <Typography.Text strong>Xem trước</Typography.Text>
            <Input aria-label="Mã hồ sơ để xem trước" placeholder="Mã hồ sơ (để trống: dữ liệu mẫu)" value={dossierCode} onChange={(e) => setDossierCode(e.target.value)} style={{ width: 280 }} />
          </Space>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
          {preview?.problems.map((p) => <Alert key={p} type="error" showIcon message={p} style={{ marginBottom: 8 }} />)}
          {preview?.warnings.map((w) => <Alert key={w} type="warning" showIcon message={w} style={{ marginBottom: 8 }} />)}
          {rendered && (
            <div data-testid="notice-preview" style={{ whiteSpace: 'pre-wrap', border: '1px solid #d9d9d9', borderRadius: 6, padding: 8, background: '#fafafa' }}>
              {rendered.channel === 'email' && <Typography.Paragraph strong><KeepTogether text={rendered.subject} /></Typography.Paragraph>}
              <KeepTogether text={rendered.channel !== 'zalo' ? rendered.text : Object.entries(rendered.data).map(([k, v]) => `${k}: ${v}`).join('\n')} />
            </div>
          )}
          {preview?.sms && (
            <Typography.Text type="secondary">
              {`${preview.sms.withDiacritics.units} ký tự có dấu, ${preview.sms.withDiacritics.parts} tin; không dấu: ${preview.sms.withoutDiacritics.parts} tin.`}
            </Typography.Text>
          )}
        </Col>
      </Row>
      <Space style={{ marginTop: 12 }}>
        <Button type="primary" disabled={!preview?.valid} onClick={() => void act(() => save(draft), 'Đã lưu mẫu thông báo.')}>
          Lưu mẫu
        </Button>
        <Button disabled={!entry.custom} onClick={() => void act(() => reset(draft), 'Đã dùng lại mẫu mặc định.')}>
          Dùng mẫu mặc định
        </Button>
      </Space>
    </Card>
  );
}
