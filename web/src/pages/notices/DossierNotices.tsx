/**
 * A dossier's notices to the citizen (issue 17), or a PAKN's to its sender (w3-reply): each notice
 * with its channel, state, the reason it was skipped or failed, its attempts, and "Gửi lại" for a
 * sent or parked one.
 */
import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Empty, List, Tag, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { formatDateTime } from '../../labels.ts';
import type { paths } from '../../api/schema.d.ts';

type Notice = paths['/api/dossiers/{code}/notices']['get']['responses'][200]['content']['application/json']['items'][number];

const KIND: Record<Notice['kind'], string> = {
  receipt: 'Tiếp nhận và hẹn trả',
  supplement_request: 'Yêu cầu bổ sung',
  refusal: 'Từ chối',
  stop: 'Dừng giải quyết',
  extension: 'Xin lỗi, hẹn lại',
  result_ready: 'Có kết quả',
  pakn_reply: 'Trả lời phản ánh, kiến nghị',
  pakn_not_accepted: 'Không tiếp nhận phản ánh',
  pakn_forwarded: 'Chuyển cơ quan có thẩm quyền',
};
const CHANNEL: Record<Notice['channel'], string> = { email: 'Thư điện tử', sms: 'SMS', zalo: 'Zalo' };
const STATUS: Record<Notice['status'], { text: string; color: string }> = {
  queued: { text: 'Chờ gửi', color: 'blue' },
  sending: { text: 'Đang gửi', color: 'blue' },
  sent: { text: 'Đã gửi', color: 'green' },
  failed: { text: 'Gửi lỗi, sẽ thử lại', color: 'orange' },
  parked: { text: 'Đã dừng gửi', color: 'red' },
  skipped: { text: 'Không gửi', color: 'default' },
};

export function DossierNotices({ code, canAct, subject = 'dossier' }: { code: string; canAct: boolean; subject?: 'dossier' | 'pakn' }) {
  const { message } = App.useApp();
  const [items, setItems] = useState<Notice[]>([]);
  const load = useCallback(() => {
    const list =
      subject === 'pakn' ? client.GET('/api/pakn/{code}/notices', { params: { path: { code } } }) : client.GET('/api/dossiers/{code}/notices', { params: { path: { code } } });
    void ok(list).then((r) => setItems(r.items), () => setItems([]));
  }, [code, subject]);
  useEffect(load, [load]);
  const resend = async (id: string) => {
    try {
      await ok(client.POST('/api/notices/{id}/resend', { params: { path: { id } } }));
      message.success('Đã đưa thông báo vào hàng chờ gửi lại.');
      load();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const shown = items.filter((n) => n.status !== 'skipped' || !items.some((o) => o.kind === n.kind && o.status !== 'skipped'));
  return (
    <Card size="small" title={subject === 'pakn' ? 'Thông báo cho người gửi phản ánh, kiến nghị' : 'Thông báo cho người nộp hồ sơ'} style={{ marginTop: 12 }}>
      {shown.length === 0 ? (
        <Empty description="Chưa gửi thông báo nào cho người nộp hồ sơ này. Thông báo được gửi khi hồ sơ được tiếp nhận, cần bổ sung hoặc có kết quả." image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <List
          size="small"
          dataSource={shown}
          renderItem={(n) => (
            <List.Item
              actions={canAct && (n.status === 'sent' || n.status === 'parked') ? [<Button key="resend" size="small" onClick={() => void resend(n.id)}>Gửi lại</Button>] : []}
            >
              <div>
                <strong>{KIND[n.kind]}</strong> · {CHANNEL[n.channel]} <Tag color={STATUS[n.status].color}>{STATUS[n.status].text}</Tag>
                {n.resend && <Tag>Gửi lại</Tag>}
                <div>
                  <Typography.Text type="secondary">
                    {n.sentAt ? `Gửi lúc ${formatDateTime(n.sentAt)}` : n.skipReason ?? n.lastError ?? ''}
                    {n.attempts > 0 ? ` · ${n.attempts} lần gửi` : ''}
                  </Typography.Text>
                </div>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
