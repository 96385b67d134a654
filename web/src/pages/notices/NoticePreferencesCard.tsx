/**
 * On the dossier page (issue 17 item 3): whether the citizen agreed to notices, by which
 * channel and address, and the preferred channel; "Thay đổi" records a new consent (or its
 * withdrawal) and the preferred channel. Each change is a new record (docs/notices.md).
 */
import { useCallback, useEffect, useState } from 'react';
import { App, Button, Card, Checkbox, Input, Select, Space, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { addressFor, NOTICE_CHANNEL_NAMES, type NoticeChannel } from '../reception/NoticeChoice.tsx';

const fetchPreferences = (code: string) => ok(client.GET('/api/dossiers/{code}/notice-preferences', { params: { path: { code } } }));
type Preferences = Awaited<ReturnType<typeof fetchPreferences>>;
type Granted = Extract<Preferences['channels'][number], { address: string }>;

interface Draft {
  consent: boolean;
  channel: NoticeChannel;
  address: string;
}

export function NoticePreferencesCard({ code, canAct, contact }: { code: string; canAct: boolean; contact: { phone?: string | undefined; email?: string | undefined } }) {
  const { message } = App.useApp();
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const path = { code };
  const load = useCallback(() => {
    void fetchPreferences(code).then(setPreferences, () => setPreferences(null));
  }, [code]);
  useEffect(load, [load]);
  if (!preferences) return null;

  const granted = preferences.channels.filter((c): c is Granted => 'address' in c && c.granted);
  const preferred = preferences.preferred && granted.some((c) => c.channel === preferences.preferred) ? preferences.preferred : granted[0]?.channel;
  const addressOf = (channel: NoticeChannel) => granted.find((c) => c.channel === channel)?.address ?? addressFor(channel, contact) ?? '';

  const edit = () => {
    const channel = preferred ?? (addressFor('email', contact) ? 'email' : 'sms');
    setDraft({ consent: granted.length > 0, channel, address: addressOf(channel) });
  };
  const save = async (d: Draft) => {
    setBusy(true);
    try {
      const body = d.consent
        ? { consents: [{ channel: d.channel, address: d.address.trim(), granted: true }], preferred: d.channel }
        : { consents: granted.map((c) => ({ channel: c.channel, address: c.address, granted: false })) };
      setPreferences(await ok(client.PUT('/api/dossiers/{code}/notice-preferences', { params: { path }, body })));
      setDraft(null);
      message.success(d.consent ? 'Đã ghi nhận đồng ý nhận thông báo.' : 'Đã ghi nhận rút lại đồng ý nhận thông báo.');
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title="Nhận thông báo"
      style={{ marginTop: 12 }}
      data-testid="notice-preferences"
      extra={canAct && !draft && <Button size="small" onClick={edit}>Thay đổi</Button>}
    >
      {granted.length === 0 ? (
        <Typography.Text type="secondary">Người nộp hồ sơ chưa đồng ý nhận thông báo.</Typography.Text>
      ) : (
        <div>
          {granted.map((c) => (
            <div key={c.channel}>
              Đồng ý nhận qua {NOTICE_CHANNEL_NAMES[c.channel]}: <span style={{ whiteSpace: 'nowrap' }}>{c.address}</span>
              {c.channel === preferred && <Typography.Text strong> (kênh ưu tiên)</Typography.Text>}
            </div>
          ))}
        </div>
      )}
      {draft && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Checkbox checked={draft.consent} onChange={(e) => setDraft({ ...draft, consent: e.target.checked })}>
            Đồng ý nhận thông báo
          </Checkbox>
          {draft.consent && (
            <Space wrap>
              <Select<NoticeChannel>
                aria-label="Kênh ưu tiên"
                style={{ width: 140 }}
                value={draft.channel}
                onChange={(channel) => setDraft({ ...draft, channel, address: addressOf(channel) })}
                options={(Object.keys(NOTICE_CHANNEL_NAMES) as NoticeChannel[]).map((value) => ({ value, label: NOTICE_CHANNEL_NAMES[value] }))}
              />
              <Input aria-label="Địa chỉ nhận thông báo" style={{ width: 220 }} value={draft.address} maxLength={200} onChange={(e) => setDraft({ ...draft, address: e.target.value })} placeholder={draft.channel === 'email' ? 'Thư điện tử' : 'Số điện thoại'} />
            </Space>
          )}
          <Space>
            <Button type="primary" size="small" loading={busy} disabled={draft.consent && !draft.address.trim()} onClick={() => void save(draft)}>
              Lưu
            </Button>
            <Button size="small" onClick={() => setDraft(null)}>
              Hủy
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
