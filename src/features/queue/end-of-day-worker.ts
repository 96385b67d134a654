/**
 * The in-process end-of-day job (docs/queue.md §12, like the notice worker): runs endQueueDays
 * every `intervalMs` (MOTCUA_QUEUE_END_OF_DAY_INTERVAL_MS), one run at a time. Several server
 * processes may run it at once: each ticket is cancelled under its row lock, once.
 */
import type { AppContext } from '../../platform/context.ts';
import { startIntervalJob, type IntervalJob } from '../../platform/jobs/interval-job.ts';
import { endQueueDays } from './end-queue-days.ts';

export function startEndOfDayWorker(ctx: AppContext, options: { intervalMs: number; onError: (error: unknown) => void }): IntervalJob {
  return startIntervalJob(() => endQueueDays(ctx), options);
}
