/** Sổ tiếp nhận phản ánh, kiến nghị: the register with each PAKN's clock state, and the desk's entry form. */
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { Link, navigate } from '../../router.tsx';
import { can, useUser } from '../../session.ts';
import { CHANNEL_NAMES, KIND_NAMES, PAKN_CHANNELS, SENDER_KIND_NAMES, STATUS_NAMES } from '../../../../src/domain/pakn/labels.ts';
import type { paths } from '../../api/schema.d.ts';

type PaknList = paths['/api/pakn']['get']['responses']['200']['content']['application/json'];
type Level = PaknList['items'][number]['level'];

const LEVEL_TAG: Record<NonNullable<Level>, { color: string; text: string }> = {
  'on-track': { color: 'green', text: 'Trong hạn' },
  'due-soon': { color: 'orange', text: 'Sắp đến hạn' },
  overdue: { color: 'red', text: 'Quá hạn' },
};

export function LevelTag({ level }: { level: Level }) {
  if (!level) return <Typography.Text type="secondary">—</Typography.Text>;
  return <Tag color={LEVEL_TAG[level].color}>{LEVEL_TAG[level].text}</Tag>;
}

const time = (iso: string | null) => (iso ? `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

interface EntryForm {
  channel: (typeof PAKN_CHANNELS)[number];
  kind: 'reflection' | 'recommendation';
  senderKind: 'individual' | 'organization';
  name?: string;
  idNumber?: string;
  phone?: string;
  email?: string;
  address?: string;
  title?: string;
  content: string;
  dossierCode?: string;
  /** w3-reply: the channel the sender agreed to be told of the outcome on (the address is the one above). */
  noticeChannel?: 'none' | 'email' | 'sms';
}

/** The sender's consent as the API takes it, or a Vietnamese error when its address is missing. */
function noticeChoice(v: EntryForm): { consents: Array<{ channel: 'email' | 'sms'; address: string }>; preferred: 'email' | 'sms' } | undefined {
  if (!v.noticeChannel || v.noticeChannel === 'none') return undefined;
  const address = v.noticeChannel === 'email' ? v.email : v.phone;
  if (!address) throw new Error(v.noticeChannel === 'email' ? 'Hãy nhập thư điện tử của người gửi để gửi thông báo qua thư điện tử.' : 'Hãy nhập số điện thoại của người gửi để gửi thông báo qua SMS.');
  return { consents: [{ channel: v.noticeChannel, address }], preferred: v.noticeChannel };
}

function EntryCard({ onDone }: { onDone: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<EntryForm>();
  const submit = async (v: EntryForm) => {
    setError(null);
    try {
      const created = await ok(
        client.POST('/api/pakn', {
          body: {
            channel: v.channel,
            kind: v.kind,
            sender: { kind: v.senderKind, name: v.name || undefined, idNumber: v.idNumber || undefined, phone: v.phone || undefined, email: v.email || undefined, address: v.address || undefined },
            title: v.title || undefined,
            content: v.content,
            concerns: v.dossierCode ? { dossierCode: v.dossierCode } : undefined,
            notices: noticeChoice(v),
          },
        }),
      );
      form.resetFields();
      onDone();
      navigate(`/pakn/${encodeURIComponent(created.code)}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Card size="small" title="Vào sổ phản ánh, kiến nghị" style={{ marginBottom: 12 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
      <Form<EntryForm> form={form} layout="vertical" initialValues={{ channel: 'in_person', kind: 'reflection', senderKind: 'individual', noticeChannel: 'none' }} onFinish={(v) => void submit(v)}>
        <Space wrap>
          <Form.Item label="Kênh tiếp nhận" name="channel" rules={[{ required: true }]}>
            <Select style={{ width: 280 }} options={PAKN_CHANNELS.filter((c) => c !== 'public_form').map((c) => ({ value: c, label: CHANNEL_NAMES[c] }))} />
          </Form.Item>
          <Form.Item label="Loại" name="kind">
            <Select style={{ width: 140 }} options={Object.entries(KIND_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="Người gửi là" name="senderKind">
            <Select style={{ width: 200 }} options={Object.entries(SENDER_KIND_NAMES).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
          <Form.Item label="Họ tên, tên tổ chức" name="name">
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item label="Số định danh" name="idNumber">
            <Input style={{ width: 150 }} />
          </Form.Item>
          <Form.Item label="Điện thoại" name="phone">
            <Input style={{ width: 140 }} />
          </Form.Item>
          <Form.Item label="Thư điện tử" name="email">
            <Input style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="Người gửi đồng ý nhận thông báo kết quả qua" name="noticeChannel" tooltip="Chỉ chọn khi người gửi đồng ý: thông báo không tiếp nhận, chuyển cơ quan có thẩm quyền, trả lời (kèm văn bản trả lời qua thư điện tử).">
            <Select
              style={{ width: 180 }}
              options={[
                { value: 'none', label: 'Không nhận' },
                { value: 'email', label: 'Thư điện tử' },
                { value: 'sms', label: 'Tin nhắn SMS' },
              ]}
            />
          </Form.Item>
          <Form.Item label="Mã hồ sơ liên quan" name="dossierCode">
            <Input style={{ width: 220 }} />
          </Form.Item>
        </Space>
        <Form.Item label="Địa chỉ" name="address">
          <Input />
        </Form.Item>
        <Form.Item label="Nội dung phản ánh, kiến nghị" name="content" rules={[{ required: true, message: 'Hãy ghi nội dung phản ánh, kiến nghị.' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit">
          Vào sổ
        </Button>
      </Form>
    </Card>
  );
}

export function PaknRegisterPage() {
  const user = useUser();
  const [data, setData] = useState<PaknList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [overdue, setOverdue] = useState(false);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    ok(client.GET('/api/pakn', { params: { query: { page, pageSize: 20, ...(overdue ? { overdue: 'true' as const } : {}), ...(q ? { q } : {}) } } }))
      .then(setData)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [page, overdue, q, reload]);
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Sổ tiếp nhận phản ánh, kiến nghị
      </Typography.Title>
      {can.receive(user.role) && <EntryCard onDone={() => setReload((n) => n + 1)} />}
      <Space style={{ marginBottom: 8 }}>
        <Input.Search placeholder="Mã, người gửi, tiêu đề" allowClear onSearch={(value) => { setPage(1); setQ(value.trim()); }} style={{ width: 280 }} />
        <Checkbox checked={overdue} onChange={(e) => { setPage(1); setOverdue(e.target.checked); }}>
          Chỉ phản ánh, kiến nghị quá hạn
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        size="small"
        rowKey="code"
        loading={!data && !error}
        dataSource={data?.items ?? []}
        locale={{ emptyText: q || overdue ? 'Không có phản ánh, kiến nghị nào khớp bộ lọc. Hãy bỏ bớt điều kiện lọc.' : 'Sổ chưa có phản ánh, kiến nghị nào. Phản ánh nhận tại quầy, qua điện thoại hoặc trên cổng sẽ được ghi ở đây.' }}
        pagination={{ current: page, pageSize: 20, total: data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
        columns={[
          { title: 'Mã số', dataIndex: 'code', render: (code: string) => <Link to={`/pakn/${encodeURIComponent(code)}`} className="nowrap">{code}</Link> },
          { title: 'Nhận lúc', dataIndex: 'receivedAt', render: time },
          { title: 'Kênh', dataIndex: 'channelName' },
          { title: 'Người gửi', dataIndex: 'senderName' },
          { title: 'Phân loại', dataIndex: 'className', render: (v: string | null) => v ?? 'Chưa phân loại' },
          { title: 'Trạng thái', dataIndex: 'status', render: (s: keyof typeof STATUS_NAMES) => STATUS_NAMES[s] },
          { title: 'Hạn', dataIndex: 'dueAt', render: time },
          { title: 'Thời hạn', dataIndex: 'level', render: (level: Level) => <LevelTag level={level} /> },
        ]}
      />
    </div>
  );
}
