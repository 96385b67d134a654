/**
 * The escalation alerts of a dossier and their acknowledgements, in words ("Cảnh báo gửi Trưởng
 * phòng …: bước quá hạn", "Đã xác nhận bởi …"), under its history (issue 16 §3). Alerts are their
 * own history (alert_events), not dossier events; shown only when there are some.
 */
import { useCallback, useEffect, useState } from 'react';
import { Card, Timeline, Typography } from 'antd';
import { client, ok } from '../../api.ts';
import { formatDateTime } from '../../labels.ts';
import { KeepTogether } from '../../components/KeepTogether.tsx';

type Entry = Awaited<ReturnType<typeof loadEntries>>['items'][number];

function loadEntries(code: string) {
  return ok(client.GET('/api/dossiers/{code}/alerts', { params: { path: { code } } }));
}

export function DossierAlerts({ code }: { code: string }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  const load = useCallback(() => {
    void loadEntries(code).then((answer) => setEntries(answer.items), () => setEntries([]));
  }, [code]);
  useEffect(load, [load]);
  if (entries.length === 0) return null;
  return (
    <Card size="small" title="Cảnh báo và xác nhận" style={{ marginTop: 12 }} data-testid="dossier-alerts">
      <Timeline
        items={entries.map((entry) => ({
          key: `${entry.alertId}-${entry.kind}`,
          color: entry.kind === 'raised' ? 'red' : 'green',
          children: (
            <div>
              <strong>{entry.description}</strong>
              <div>
                <Typography.Text type="secondary">
                  {formatDateTime(entry.at)}
                  {entry.kind === 'raised' && entry.detail ? ' · ' : ''}
                  {entry.kind === 'raised' && entry.detail ? <KeepTogether text={entry.detail} /> : null}
                </Typography.Text>
              </div>
            </div>
          ),
        }))}
      />
    </Card>
  );
}
