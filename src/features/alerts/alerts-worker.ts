/**
 * The in-process raising job (like the notice worker): runs raiseAlerts every `intervalMs`
 * (MOTCUA_ALERT_INTERVAL_MS; 0: off), one run at a time. Several server processes may run it at
 * once: each alert is stored once (alerts.store.ts).
 */
import type { AppContext } from '../../platform/context.ts';
import { startIntervalJob, type IntervalJob } from '../../platform/jobs/interval-job.ts';
import { raiseAlerts } from './raise-alerts.ts';

export function startAlertWorker(ctx: AppContext, options: { intervalMs: number; onError: (error: unknown) => void }): IntervalJob {
  return startIntervalJob(() => raiseAlerts(ctx), options);
}
