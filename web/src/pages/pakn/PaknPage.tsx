/** One PAKN: what was received, its clocks, its history, the reply letter and the steps this user may take now. */
import { useCallback, useEffect, useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Timeline, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { client, ok } from '../../api.ts';
import type { paths } from '../../api/schema.d.ts';
import { LevelTag } from './PaknRegister.tsx';
import { PAKN_ACTIONS, type PaknAction } from './paknActions.ts';
import { DossierNotices } from '../notices/DossierNotices.tsx';

type Detail = paths['/api/pakn/{code}']['get']['responses']['200']['content']['application/json'];

const time = (iso: string | null | undefined) => (iso ? `${iso.slice(11, 16)} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');

function ActionDialog({ detail, action, onClose, onDone }: { detail: Detail; action: PaknAction; onClose: () => void; onDone: (d: Detail) => void }) {
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    const body = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    try {
      // One dialog for every step: the route is chosen at run time, so the typed client is called untyped here.
      const post = client.POST as unknown as (path: string, init: { params: { path: { code: string } }; body: unknown }) => Promise<{ data: Detail; error?: never; response: Response } | { data?: never; error: unknown; response: Response }>;
      onDone(await ok(post(`/api/pakn/{code}/${action.route}`, { params: { path: { code: detail.code } }, body: { expectedVersion: detail.version, ...body } })));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Modal open title={action.label} okText="Ghi nhận" cancelText="Đóng" onOk={() => void submit()} onCancel={onClose} width={640}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} />}
      <Form form={form} layout="vertical">
        {action.fields.map((f) => (
          <Form.Item key={f.name} name={f.name} label={f.label} rules={f.required ? [{ required: true, message: `Hãy ghi ${f.label.toLocaleLowerCase('vi-VN')}.` }] : []}>
            {f.kind === 'select' ? <Select options={f.options} /> : f.kind === 'textarea' ? <Input.TextArea rows={4} /> : f.kind === 'number' ? <InputNumber min={1} max={10} /> : <Input />}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}

export function PaknPage({ code }: { code: string }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [action, setAction] = useState<PaknAction | null>(null);
  const load = useCallback(() => {
    ok(client.GET('/api/pakn/{code}', { params: { path: { code } } }))
      .then(setDetail)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [code]);
  useEffect(load, [load]);
  if (error) return <Alert type="error" showIcon message={error} />;
  if (!detail) return null;
  const sender = detail.sender;
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Phản ánh, kiến nghị {detail.code} <Tag>{detail.statusName}</Tag> <LevelTag level={detail.level} />
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        {detail.allowedActions
          .map((event) => [event, PAKN_ACTIONS[event]] as const)
          .filter((entry): entry is readonly [string, PaknAction] => entry[1] !== undefined)
          .map(([event, a]) => (
            <Button key={event} danger={a.danger ?? false} onClick={() => setAction(a)}>
              {a.label}
            </Button>
          ))}
        {detail.answer && (
          <Button icon={<FileWordOutlined />} href={`/api/pakn/${encodeURIComponent(detail.code)}/reply.docx`}>
            Văn bản trả lời (DOCX)
          </Button>
        )}
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="Loại">{detail.kindName}</Descriptions.Item>
          <Descriptions.Item label="Kênh">{detail.channelName}</Descriptions.Item>
          <Descriptions.Item label="Người gửi">{[sender.name ?? 'Không ghi tên', sender.idNumber, sender.phone, sender.email].filter(Boolean).join(' · ')}</Descriptions.Item>
          <Descriptions.Item label="Địa chỉ">{sender.address ?? (detail.personalDataVisible ? '' : 'Ẩn (thông tin cá nhân)')}</Descriptions.Item>
          <Descriptions.Item label="Nhận lúc">{time(detail.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="Hạn">{time(detail.dueAt)}{detail.paused ? ' (tạm dừng, chờ người gửi)' : ''}</Descriptions.Item>
          <Descriptions.Item label="Phân loại">{detail.className ?? 'Chưa phân loại'}</Descriptions.Item>
          <Descriptions.Item label="Thẩm quyền">{detail.outcomeName ?? ''}{detail.notAcceptedReasonName ? `: ${detail.notAcceptedReasonName}` : ''}</Descriptions.Item>
          <Descriptions.Item label="Hồ sơ liên quan">{detail.concerns.dossierCode ?? ''}</Descriptions.Item>
          <Descriptions.Item label="Cán bộ bị phản ánh">{detail.concerns.officerId ?? ''}</Descriptions.Item>
          <Descriptions.Item label="Nội dung" span={2}>
            {detail.content ?? 'Ẩn (thông tin cá nhân)'}
          </Descriptions.Item>
          {detail.answer && (
            <Descriptions.Item label={`Trả lời (${detail.answer.resultName})`} span={2}>
              {detail.answer.answer}
            </Descriptions.Item>
          )}
          {detail.forwarding && <Descriptions.Item label="Đã chuyển" span={2}>{`${detail.forwarding.to} — ${time(detail.forwarding.at)}`}</Descriptions.Item>}
          {detail.publication && <Descriptions.Item label="Đã công khai" span={2}>{`${time(detail.publication.at)}: ${detail.publication.summary}`}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <Card size="small" title="Thời hạn" style={{ marginBottom: 12 }}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          locale={{ emptyText: 'Chưa có thời hạn nào: thời hạn bắt đầu khi phản ánh, kiến nghị được phân loại và giao xử lý.' }}
          dataSource={detail.clocks}
          columns={[
            { title: 'Việc', dataIndex: 'name' },
            { title: 'Số ngày làm việc', dataIndex: 'limitWorkingDays' },
            { title: 'Hạn', dataIndex: 'dueAt', render: time },
            { title: 'Tình trạng', dataIndex: 'statusName' },
            { title: 'Cảnh báo', dataIndex: 'level', render: (level: Detail['level']) => <LevelTag level={level} /> },
          ]}
        />
      </Card>
      <Card size="small" title="Lịch sử xử lý">
        <Timeline items={detail.history.map((h) => ({ children: `${time(h.at)} — ${h.name}` }))} />
      </Card>
      <DossierNotices key={detail.version} code={detail.code} subject="pakn" canAct={detail.personalDataVisible} />
      {action && (
        <ActionDialog
          detail={detail}
          action={action}
          onClose={() => setAction(null)}
          onDone={(d) => {
            setAction(null);
            setDetail(d);
          }}
        />
      )}
    </div>
  );
}
