/**
 * The in-process notice worker (docs/ARCHITECTURE.md "Jobs"): runs sendDueNotices every
 * `intervalMs`, one run at a time; a run that fails is reported and the next one tries again.
 */
import type { AppContext } from '../../platform/context.ts';
import { startIntervalJob, type IntervalJob } from '../../platform/jobs/interval-job.ts';
import { sendDueNotices, type SendDueNoticesOptions } from './send-due-notices.ts';

export type NoticeWorker = IntervalJob;

export function startNoticeWorker(ctx: AppContext, options: SendDueNoticesOptions & { intervalMs: number; onError: (error: unknown) => void }): NoticeWorker {
  return startIntervalJob(() => sendDueNotices(ctx, options), options);
}
