/**
 * The bell in the header (issue 16 §3): how many escalation alerts addressed to me are still
 * open, and a drawer listing them (open first), each linking to its dossier or PAKN, with
 * "Đã nhận" to acknowledge. Follows the live stream: an alert raised or acknowledged for me
 * refreshes the count without reloading the page.
 */
import { useCallback, useEffect, useState } from 'react';
import { Badge, Button, Drawer, Empty, List, Space, Tag, Typography, message } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { client, ok } from '../../api.ts';
import { formatDateTime } from '../../labels.ts';
import { useLiveReload } from '../../live.ts';
import { Link } from '../../router.tsx';
import { KeepTogether } from '../../components/KeepTogether.tsx';

type MyAlert = Awaited<ReturnType<typeof loadAlerts>>['items'][number];

function loadAlerts() {
  return ok(client.GET('/api/alerts'));
}

const linkOf = (alert: MyAlert): string => (alert.subject === 'pakn' ? `/pakn/${alert.code}` : `/ho-so/${alert.code}`);

export function AlertBell() {
  const [data, setData] = useState<{ open: number; items: MyAlert[] }>({ open: 0, items: [] });
  const [drawer, setDrawer] = useState(false);
  const [busy, setBusy] = useState<number | undefined>();
  const load = useCallback(() => {
    void loadAlerts().then(setData, () => undefined);
  }, []);
  useEffect(load, [load]);
  useLiveReload(load);

  const acknowledge = async (alert: MyAlert) => {
    setBusy(alert.id);
    try {
      await ok(client.POST('/api/alerts/{id}/acknowledge', { params: { path: { id: alert.id } }, body: {} }));
      message.success('Đã xác nhận nhận cảnh báo.');
    } catch (error) {
      message.error(error instanceof Error ? error.message : 'Không xác nhận được cảnh báo.');
    } finally {
      setBusy(undefined);
      load();
    }
  };

  return (
    <>
      <Badge count={data.open} size="small" offset={[-4, 4]}>
        <Button icon={<BellOutlined />} aria-label={`Cảnh báo: ${data.open} chưa xác nhận`} data-testid="alert-bell" onClick={() => setDrawer(true)} />
      </Badge>
      <Drawer title={`Cảnh báo gửi tôi (${data.open} chưa xác nhận)`} open={drawer} onClose={() => setDrawer(false)} width={520}>
        {data.items.length === 0 ? (
          <Empty description="Chưa có cảnh báo nào." />
        ) : (
          <List
            dataSource={data.items}
            renderItem={(alert) => (
              <List.Item
                data-testid="alert-item"
                actions={
                  alert.acknowledgedAt === null
                    ? [
                        <Button key="ack" type="primary" size="small" loading={busy === alert.id} onClick={() => void acknowledge(alert)}>
                          Đã nhận
                        </Button>,
                      ]
                    : []
                }
              >
                <List.Item.Meta
                  title={
                    <Space wrap size={4}>
                      <Tag color={alert.acknowledgedAt === null ? 'red' : 'default'}>{alert.reason}</Tag>
                      <span onClick={() => setDrawer(false)}>
                        <Link to={linkOf(alert)} className="nowrap">
                          {alert.code}
                        </Link>
                      </span>
                    </Space>
                  }
                  description={
                    <div>
                      <div>
                        <KeepTogether text={alert.text} />
                      </div>
                      <Typography.Text type="secondary">
                        Gửi lúc {formatDateTime(alert.raisedAt)}
                        {alert.dueAt ? ` · hạn ${formatDateTime(alert.dueAt)}` : ''}
                        {alert.acknowledgedAt ? ` · đã xác nhận bởi ${alert.acknowledgedByName ?? ''} lúc ${formatDateTime(alert.acknowledgedAt)}` : ''}
                      </Typography.Text>
                    </div>
                  }
                />
              </List.Item>
            )}
          />
        )}
      </Drawer>
    </>
  );
}
