/**
 * "Việc của tôi": the signed-in officer's work queues (GET /api/dossiers/queues) and each tab's
 * list (GET /api/dossiers?queue=…): one definition on the server (domain/dossier/work.ts), so a
 * tab's count is its list's length. Overdue is a filter over everything the user may read.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Badge, Tabs, Typography } from 'antd';
import { client, ok } from '../api.ts';
import { useUser } from '../session.ts';
import type { DossierFilters, DossierList } from '../api/types.ts';
import { DossierTable } from './DossierTable.tsx';
import { useLiveList } from '../live-lists.ts';

interface Tab {
  key: string;
  label: string;
  count: number;
  filter: DossierFilters;
}

/** Why a tab is empty and what to do: the officer's turn has not come, or the work is done. */
const EMPTY_TEXTS: Record<string, string> = {
  'cho-tiep-nhan': 'Chưa có hồ sơ nộp trực tuyến nào chờ tiếp nhận. Hồ sơ công dân nộp trên Cổng dịch vụ công sẽ hiện ở đây.',
  'cho-bo-sung': 'Không có hồ sơ nào đang chờ công dân bổ sung.',
  'nghia-vu-tai-chinh': 'Không có hồ sơ nào đang chờ công dân thực hiện nghĩa vụ tài chính.',
  'cho-tra': 'Không có hồ sơ nào chờ trả kết quả. Hồ sơ đã có kết quả sẽ hiện ở đây.',
  'qua-han': 'Không có hồ sơ quá hạn nào trong phạm vi bạn được xem.',
};
const EMPTY_DEFAULT = 'Chưa có hồ sơ nào chờ bạn xử lý. Hồ sơ được chuyển đến bạn sẽ hiện ở đây.';

const OVERDUE = { key: 'qua-han', label: 'Quá hạn', filter: { overdue: 'true' } as DossierFilters };

export function QueuesPage() {
  const user = useUser();
  const [tabs, setTabs] = useState<Tab[] | null>(null);
  const [lists, setLists] = useState<Record<string, DossierList>>({});
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  const load = useCallback(async () => {
    try {
      const { queues } = await ok(client.GET('/api/dossiers/queues'));
      const own: Tab[] = queues.map((q) => ({ ...q, filter: { queue: q.key } as DossierFilters }));
      const overdue = await ok(client.GET('/api/dossiers', { params: { query: { ...OVERDUE.filter, pageSize: 200 } } }));
      const all = [...own, { ...OVERDUE, count: overdue.total }];
      const entries = await Promise.all(own.map(async (tab) => [tab.key, await ok(client.GET('/api/dossiers', { params: { query: { ...tab.filter, sort: 'legalDueAt', pageSize: 200 } } }))] as const));
      if (!mounted.current) return;
      setTabs(all);
      setLists({ ...Object.fromEntries(entries), [OVERDUE.key]: overdue });
      setError(null);
    } catch (e) {
      if (mounted.current) setError(e instanceof Error ? e.message : String(e));
    }
  }, [user]);
  useEffect(() => {
    mounted.current = true;
    void load();
    return () => {
      mounted.current = false;
    };
  }, [load]);
  useLiveList(load);
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Việc của tôi
      </Typography.Title>
      {error && <Alert type="error" message={error} />}
      <Tabs
        items={(tabs ?? []).map((tab) => {
          const data = lists[tab.key];
          return {
            key: tab.key,
            label: (
              <span data-testid={`tab-${tab.key}`}>
                {tab.label} <Badge count={tab.count} showZero color={tab.key === 'qua-han' ? 'red' : 'blue'} overflowCount={999} />
              </span>
            ),
            children: (
              <DossierTable
                caption={`${tab.label}: ${data?.total ?? '…'} hồ sơ, hạn gần nhất lên trước`}
                items={data?.items ?? []}
                loading={!data}
                emptyText={EMPTY_TEXTS[tab.key] ?? EMPTY_DEFAULT}
                submittedColumn={tab.key === 'cho-tiep-nhan'}
              />
            ),
          };
        })}
      />
    </div>
  );
}
