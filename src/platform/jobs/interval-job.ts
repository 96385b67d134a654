/**
 * An in-process job (docs/ARCHITECTURE.md "Jobs"): runs `run` now and then `intervalMs` after
 * each run ends, one run at a time; a run that fails is reported and the next one tries again.
 */
export interface IntervalJob {
  /** Runs once now (tests, and the first tick). */
  runOnce(): Promise<void>;
  stop(): Promise<void>;
}

export function startIntervalJob(run: () => Promise<unknown>, options: { intervalMs: number; onError: (error: unknown) => void }): IntervalJob {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  const runOnce = (): Promise<void> => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        await run();
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
