/**
 * "Việc của tôi": the work queues of the signed-in role, sorted by due date (the list route
 * sorts by legal due date), due-soon and overdue in colour.
 */
import { useEffect, useState } from 'react';
import { Alert, Badge, Tabs, Typography } from 'antd';
import { client, ok } from '../api.ts';
import { useUser } from '../session.ts';
import type { CurrentUser, DossierFilters, DossierList, Role } from '../api/types.ts';
import { DossierTable } from './DossierTable.tsx';

interface Queue {
  key: string;
  label: string;
  /** Filters of GET /api/dossiers. */
  filter: (user: CurrentUser) => DossierFilters;
}

const Q = {
  toReceive: { key: 'cho-tiep-nhan', label: 'Chờ tiếp nhận (nộp trực tuyến)', filter: () => ({ status: '1' }) },
  toForward: { key: 'cho-chuyen', label: 'Chờ chuyển xử lý', filter: () => ({ status: '2' }) },
  toProcess: { key: 'cho-xu-ly', label: 'Chờ xử lý', filter: () => ({ status: '2,4' }) },
  mine: { key: 'cua-toi', label: 'Được giao cho tôi', filter: (u: CurrentUser) => ({ status: '2,4,5,6', assigneeId: u.id }) },
  toApprove: { key: 'cho-phe-duyet', label: 'Chờ phê duyệt', filter: () => ({ status: '4' }) },
  supplement: { key: 'cho-bo-sung', label: 'Chờ bổ sung', filter: () => ({ status: '5' }) },
  financial: { key: 'nghia-vu-tai-chinh', label: 'Chờ nghĩa vụ tài chính', filter: () => ({ status: '6' }) },
  toReturn: { key: 'cho-tra', label: 'Chờ trả kết quả', filter: () => ({ status: '9' }) },
  overdue: { key: 'qua-han', label: 'Quá hạn', filter: () => ({ overdue: 'true' }) },
} satisfies Record<string, Queue>;

export const QUEUES_BY_ROLE: Record<Role, Queue[]> = {
  counter_officer: [Q.toForward, Q.toReceive, Q.supplement, Q.financial, Q.toReturn, Q.overdue],
  specialist: [Q.mine, Q.toProcess, Q.supplement, Q.overdue],
  department_head: [Q.toApprove, Q.toProcess, Q.supplement, Q.overdue],
  center_leader: [Q.toApprove, Q.toForward, Q.overdue],
  chairman: [Q.toApprove, Q.overdue],
  city_supervisor: [Q.overdue],
  administrator: [],
};

export function QueuesPage() {
  const user = useUser();
  const queues = QUEUES_BY_ROLE[user.role];
  const [lists, setLists] = useState<Record<string, DossierList>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    Promise.all(queues.map(async (queue) => [queue.key, await ok(client.GET('/api/dossiers', { params: { query: { ...queue.filter(user), sort: 'legalDueAt', pageSize: 200 } } }))] as const))
      .then((entries) => !cancelled && setLists(Object.fromEntries(entries)))
      .catch((e: unknown) => !cancelled && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
    };
  }, [queues, user]);
  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        Việc của tôi
      </Typography.Title>
      {error && <Alert type="error" message={error} />}
      <Tabs
        items={queues.map((queue) => {
          const data = lists[queue.key];
          return {
            key: queue.key,
            label: (
              <span>
                {queue.label} <Badge count={data?.total ?? 0} showZero color={queue.key === 'qua-han' ? 'red' : 'blue'} overflowCount={999} />
              </span>
            ),
            children: <DossierTable caption={`${queue.label}: ${data?.total ?? '…'} hồ sơ, hạn gần nhất lên trước`} items={data?.items ?? []} loading={!data} />,
          };
        })}
      />
    </div>
  );
}
