/**
 * The in-process notice worker (docs/ARCHITECTURE.md "Jobs"): runs sendDueNotices every
 * `intervalMs`, one run at a time; a run that fails is reported and the next one tries again.
 */
import type { AppContext } from '../../platform/context.ts';
import { sendDueNotices, type SendDueNoticesOptions } from './send-due-notices.ts';

export interface NoticeWorker {
  /** Runs once now (tests, and the first tick). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startNoticeWorker(ctx: AppContext, options: SendDueNoticesOptions & { intervalMs: number; onError: (error: unknown) => void }): NoticeWorker {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const runOnce = (): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await sendDueNotices(ctx, options);
      } catch (error) {
        options.onError(error);
      }
    });
    return running;
  };
  const tick = (): void => {
    void runOnce().then(() => {
      if (!stopped) timer = setTimeout(tick, options.intervalMs);
    });
  };
  tick();
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
