/**
 * "Việc của tôi": the queues of the signed-in officer with their counts (issue 14 §4). The
 * tabs, their counts, the dashboard and the list filter `queue` all read the same work columns
 * through the same condition (dossiers.queries.ts), projected from domain/dossier/work.ts.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { dossierVisibility } from '../../domain/policy/policy.ts';
import { QUEUES, queuesOfRole, WORK_KINDS, type QueueKey, type WorkKind } from '../../domain/dossier/work.ts';
import { workCounts } from './dossiers.queries.ts';

/** The list filter's `queue`: a queue of work.ts, or every kind ("Việc của tôi"). */
export const MY_WORK = 'viec-cua-toi';
export const QUEUE_KEYS = [MY_WORK, ...QUEUES.map((q) => q.key)] as [string, ...string[]];

/** The work kinds of a queue key. */
export function kindsOfQueue(key: string): readonly WorkKind[] {
  if (key === MY_WORK) return WORK_KINDS;
  return QUEUES.find((q) => q.key === key)?.kinds ?? [];
}

export interface WorkQueue {
  key: QueueKey | typeof MY_WORK;
  label: string;
  count: number;
}

/** The officer's tabs, in queue order, each with its count; the first is "Việc của tôi" (everything). */
export async function workQueuesOf(ctx: AppContext, user: CurrentUser): Promise<WorkQueue[]> {
  const counts = await workCounts(ctx.db, dossierVisibility(user), user);
  const count = (kinds: readonly WorkKind[]) => kinds.reduce((sum, kind) => sum + (counts[kind] ?? 0), 0);
  const own = queuesOfRole(user.role).map((key) => QUEUES.find((q) => q.key === key)!);
  if (own.length === 0) return [];
  return [{ key: MY_WORK, label: 'Việc của tôi', count: count(WORK_KINDS) }, ...own.map((q) => ({ key: q.key, label: q.label, count: count(q.kinds) }))];
}
