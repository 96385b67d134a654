/** The import jobs the user may see: the recent ones, one job, a cancel (stops at the next batch; batches written stay). */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { conflict } from '../../platform/errors.ts';
import { importScope, visibleJob } from './import-access.ts';
import { getImportJob, listImportJobs, requestJobCancel, type ImportJob } from './imports.store.ts';

export const JOB_STATUS_NAMES = { running: 'Đang nhập', done: 'Đã xong', failed: 'Không thành công', cancelled: 'Đã hủy' } as const;

/** The recent jobs (50) of the units the user may import into. */
export function listJobs(ctx: AppContext, user: CurrentUser): Promise<ImportJob[]> {
  return listImportJobs(ctx.db, importScope(user));
}

export function readJob(ctx: AppContext, user: CurrentUser, id: string): Promise<ImportJob> {
  return visibleJob(ctx, user, id);
}

export async function cancelJob(ctx: AppContext, user: CurrentUser, id: string): Promise<ImportJob> {
  const job = await visibleJob(ctx, user, id);
  if (job.status !== 'running') throw conflict(`Lần nhập này đã kết thúc (${JOB_STATUS_NAMES[job.status]}), không hủy được.`);
  const asked = await requestJobCancel(ctx.db, job.id);
  // Finished between the read and the request: answer with the job as it ended.
  return asked ?? (await getImportJob(ctx.db, job.id))!;
}
