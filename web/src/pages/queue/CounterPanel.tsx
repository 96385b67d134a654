/**
 * The counter panel (staff app, counter officers): open a counter with its service groups, call the
 * next number, recall, record the no-show after the unit's recall limit, start serving, finish with
 * the dossier(s) received or "guidance only", transfer, put a missed number back in the queue.
 */
import { useCallback, useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Col, Descriptions, Input, List, Row, Select, Space, Tag, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import type { paths } from '../../api/schema.d.ts';
import { useLiveQueue } from '../../live-queue.ts';

type Panel = paths['/api/queue/counter']['get']['responses'][200]['content']['application/json'];
type Action = 'recall' | 'no_show' | 'start' | 'serve' | 'transfer' | 'cancel' | 'rejoin';
type ActionBody = { action: Action; outcome?: { kind: 'dossiers'; dossierCodes: string[] } | { kind: 'guidance' }; toGroup?: string; toCounter?: number };

export function CounterPanelPage() {
  const { message } = App.useApp();
  const [panel, setPanel] = useState<Panel>();
  const [error, setError] = useState('');
  const [counter, setCounter] = useState<number>();
  const [groups, setGroups] = useState<string[]>([]);
  const [takesOther, setTakesOther] = useState(true);
  const [codes, setCodes] = useState('');
  const [transferTo, setTransferTo] = useState<string>();

  const load = useCallback(async () => {
    try {
      setPanel(await ok(client.GET('/api/queue/counter')));
      setError('');
    } catch (e) {
      setError((e as Error).message);
    }
  }, []);
  useEffect(() => void load(), [load]);
  useLiveQueue(load);

  const run = async (work: () => Promise<unknown>, done?: string) => {
    try {
      await work();
      if (done) void message.success(done);
      await load();
    } catch (e) {
      void message.error((e as Error).message);
    }
  };
  const act = (id: string, body: ActionBody, done?: string) => run(() => ok(client.POST('/api/queue/tickets/{id}/actions', { params: { path: { id } }, body })), done);

  if (!panel) return error ? <Alert type="error" showIcon message={error} /> : null;
  const current = panel.current;
  const groupName = (code: string) => panel.groups.find((g) => g.code === code)?.name ?? code;

  if (!panel.session) {
    const free = panel.counters.filter((c) => c.openBy === null);
    return (
      <Card title="Mở quầy" style={{ maxWidth: 720 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Select
            aria-label="Quầy"
            placeholder="Chọn quầy"
            style={{ width: '100%' }}
            value={counter}
            options={free.map((c) => ({ value: c.number, label: c.name }))}
            onChange={(value: number) => {
              setCounter(value);
              setGroups(panel.counters.find((c) => c.number === value)?.groups ?? []);
            }}
          />
          <Select aria-label="Nhóm dịch vụ của quầy" mode="multiple" placeholder="Nhóm dịch vụ" style={{ width: '100%' }} value={groups} options={panel.groups.map((g) => ({ value: g.code, label: g.name }))} onChange={setGroups} />
          <Checkbox checked={takesOther} onChange={(e) => setTakesOther(e.target.checked)}>
            Khi nhóm của quầy hết số, gọi số của nhóm khác
          </Checkbox>
          <Button type="primary" disabled={counter === undefined || groups.length === 0} onClick={() => void run(() => ok(client.POST('/api/queue/counter/open', { body: { counter: counter!, groups, takesOtherGroups: takesOther } })), 'Đã mở quầy.')}>
            Mở quầy
          </Button>
        </Space>
      </Card>
    );
  }

  return (
    <Row gutter={16}>
      <Col xs={24} lg={14}>
        <Card
          title={`Quầy ${panel.session.counter} — ${panel.session.groups.map(groupName).join(', ')}`}
          extra={
            <Button disabled={current !== null} onClick={() => void run(() => ok(client.POST('/api/queue/counter/close')), 'Đã đóng quầy.')}>
              Đóng quầy
            </Button>
          }
        >
          {!current ? (
            <Button type="primary" size="large" style={{ height: 72, fontSize: 22, width: '100%' }} onClick={() => void run(async () => {
              const called = await ok(client.POST('/api/queue/counter/call-next'));
              if (!called.ticket) void message.info('Không còn số nào đang chờ quầy này.');
            })}>
              Gọi số tiếp theo
            </Button>
          ) : (
            <Space direction="vertical" style={{ width: '100%' }}>
              <Typography.Title level={2} style={{ margin: 0 }} aria-label="Số đang phục vụ">
                {current.label} <Tag color={current.status === 'serving' ? 'green' : 'blue'}>{current.statusName}</Tag>
              </Typography.Title>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label="Nhóm">{current.groupName}</Descriptions.Item>
                {current.priorityName && <Descriptions.Item label="Ưu tiên">{current.priorityName}</Descriptions.Item>}
                <Descriptions.Item label="Lấy số lúc">{current.issuedAt.slice(11, 16)}</Descriptions.Item>
                {current.status === 'called' && <Descriptions.Item label="Đã mời lại">{`${current.recalls}/${current.recallLimit} lần`}</Descriptions.Item>}
              </Descriptions>
              {current.status === 'called' ? (
                <Space wrap>
                  <Button type="primary" onClick={() => void act(current.id, { action: 'start' })}>
                    Công dân đã đến: bắt đầu phục vụ
                  </Button>
                  <Button onClick={() => void act(current.id, { action: 'recall' }, 'Đã mời lại.')}>Mời lại</Button>
                  <Button danger disabled={current.recalls < current.recallLimit} onClick={() => void act(current.id, { action: 'no_show' }, 'Đã ghi nhận vắng mặt.')}>
                    Vắng mặt
                  </Button>
                </Space>
              ) : (
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Input aria-label="Mã hồ sơ đã tiếp nhận" placeholder="Mã hồ sơ đã tiếp nhận (nhiều mã cách nhau bởi dấu phẩy)" value={codes} onChange={(e) => setCodes(e.target.value)} />
                  <Space wrap>
                    <Button
                      type="primary"
                      disabled={codes.trim() === ''}
                      onClick={() =>
                        void act(current.id, { action: 'serve', outcome: { kind: 'dossiers', dossierCodes: codes.split(/[,\s]+/).filter(Boolean) } }, 'Đã hoàn thành phục vụ.').then(() => setCodes(''))
                      }
                    >
                      Hoàn thành: đã tiếp nhận hồ sơ
                    </Button>
                    <Button onClick={() => void act(current.id, { action: 'serve', outcome: { kind: 'guidance' } }, 'Đã hoàn thành phục vụ.')}>Hoàn thành: chỉ hướng dẫn</Button>
                    <a href="/tiep-nhan" target="_blank" rel="noreferrer">
                      Mở trang tiếp nhận hồ sơ
                    </a>
                  </Space>
                </Space>
              )}
              <Space wrap>
                <Select aria-label="Chuyển sang nhóm" placeholder="Chuyển sang nhóm" style={{ minWidth: 260 }} value={transferTo} options={panel.groups.map((g) => ({ value: g.code, label: g.name }))} onChange={setTransferTo} />
                <Button disabled={!transferTo} onClick={() => void act(current.id, { action: 'transfer', toGroup: transferTo! }, 'Đã chuyển số.').then(() => setTransferTo(undefined))}>
                  Chuyển
                </Button>
              </Space>
            </Space>
          )}
        </Card>
        <Card size="small" title="Đánh giá tại quầy" style={{ marginTop: 16 }}>
          Máy tính bảng tại quầy mở địa chỉ <Typography.Text code>{`/danh-gia/${panel.unitCode}/${panel.session.counter}`}</Typography.Text>: sau khi hoàn thành phục vụ, công dân đánh giá ở đó (ẩn danh, mỗi lượt một lần).
        </Card>
      </Col>
      <Col xs={24} lg={10}>
        <Card size="small" title="Số đang chờ theo nhóm">
          <List size="small" dataSource={panel.groups} locale={{ emptyText: 'Quầy chưa phục vụ nhóm dịch vụ nào. Nhờ quản trị gán nhóm dịch vụ cho quầy.' }} renderItem={(g) => <List.Item extra={<strong>{g.waiting}</strong>}>{g.name}</List.Item>} />
        </Card>
        <Card size="small" title="Số kế tiếp của quầy" style={{ marginTop: 16 }}>
          <List size="small" dataSource={panel.next} locale={{ emptyText: 'Không có số nào đang chờ quầy này. Số mới sẽ hiện khi công dân lấy số.' }} renderItem={(t) => <List.Item>{t.label} — {t.groupName} {t.priority && <Tag color="orange">Ưu tiên</Tag>}</List.Item>} />
        </Card>
        <Card size="small" title="Lỡ lượt (vắng mặt khi được mời)" style={{ marginTop: 16 }}>
          <List
            size="small"
            dataSource={panel.missed}
            locale={{ emptyText: 'Không có số nào lỡ lượt. Số được mời mà công dân vắng mặt sẽ hiện ở đây để xếp lại.' }}
            renderItem={(t) => (
              <List.Item actions={[<Button key="rejoin" size="small" onClick={() => void act(t.id, { action: 'rejoin' }, 'Đã xếp lại cuối hàng.')}>Xếp lại</Button>]}>
                {t.label} — {t.groupName}
              </List.Item>
            )}
          />
        </Card>
      </Col>
    </Row>
  );
}
