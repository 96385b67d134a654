/**
 * Starting Một Cửa: make the data folder private, open the database (PGlite in the data
 * folder under its lock, or PostgreSQL), apply migrations, remove what crashed uploads left,
 * load the catalog, make sure an administrator exists, and serve the API.
 */
// First (it loads the exceljs UTF-8 fix before anything loads exceljs): every feature's routes.
import { FEATURE_ROUTES } from './features/routes.ts';
import type { Config } from './platform/config.ts';
import { refoldWork } from './platform/events/refold-work.ts';
import { CalendarService } from './platform/calendar/calendar-service.ts';
import type { AppContext } from './platform/context.ts';
import { bootstrap, type BootstrapResult } from './platform/bootstrap/bootstrap.ts';
import { removePartialUploads } from './platform/files/partial-uploads.ts';
import { openDatabase, type DatabaseHandle } from './platform/db/client.ts';
import { makeDataFolderPrivate, privateUmask } from './platform/db/data-folder.ts';
import { localMinuteFromInstant } from './domain/calendar/local-time.ts';
import { buildApp, type App } from './platform/http/app.ts';
import { DemoOnNetworkError, demoExposure, type DemoExposure } from './platform/instance/instance.ts';
import { isDemoDatabase } from './platform/instance/instance-flags.store.ts';
import { startNoticeWorker } from './features/notices/notice-worker.ts';
import { startEndOfDayWorker } from './features/queue/end-of-day-worker.ts';
import { startAlertWorker } from './features/alerts/alerts-worker.ts';

export interface RunningServer {
  app: App;
  handle: DatabaseHandle;
  ctx: AppContext;
  url: string;
  bootstrap: BootstrapResult;
  /** Demo data, and whether it is served on the network (then a warning is due at every start). */
  demo: DemoExposure;
  close(): Promise<void>;
}

export function contextFor(handle: DatabaseHandle, config: Config, now: () => number = Date.now): AppContext {
  return {
    db: handle.db,
    driver: handle.driver,
    config,
    calendars: new CalendarService(handle.db),
    now: () => localMinuteFromInstant(now()),
  };
}

export interface StartServerOptions {
  logger?: boolean | object;
  /** Runs on the open, bootstrapped database before the server listens (motcua start loads the demo here). */
  afterBootstrap?: (handle: DatabaseHandle, result: BootstrapResult) => Promise<void>;
}

export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  privateUmask();
  const handle = await openDatabase(config);
  try {
    // After the lock: with PGlite nothing else uses the folder now.
    makeDataFolderPrivate(config.dataDir);
    await removePartialUploads(config, { exclusive: handle.driver === 'pglite' });
    const result = await bootstrap(handle.db, { adminPassword: config.adminPassword });
    await options.afterBootstrap?.(handle, result);
    // Issue 14: open dossiers stored before the work columns get them from their events.
    await refoldWork(handle.db, new CalendarService(handle.db));
    const demo = demoExposure({ demo: await isDemoDatabase(handle.db), host: config.server.host, allowDemoOnNetwork: config.allowDemoOnNetwork });
    if (demo === 'refused') throw new DemoOnNetworkError(config.server.host);
    const ctx = contextFor(handle, config);
    const app = await buildApp({ ctx, routes: FEATURE_ROUTES, logger: options.logger ?? false });
    await app.listen({ host: config.server.host, port: config.server.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.server.port;
    const host = config.server.host === '0.0.0.0' ? '127.0.0.1' : config.server.host;
    // Issue 17: notices queued with their events are sent after commit (also those a crash left queued).
    const notices = config.noticeIntervalMs > 0 ? startNoticeWorker(ctx, { intervalMs: config.noticeIntervalMs, onError: (error) => app.log.error(error) }) : undefined;
    // Issue 18: queue tickets still waiting or called at closing are cancelled (end of day).
    const endOfDay = config.queueEndOfDayIntervalMs > 0 ? startEndOfDayWorker(ctx, { intervalMs: config.queueEndOfDayIntervalMs, onError: (error) => app.log.error(error) }) : undefined;
    // w3-alerts: escalation alerts raised by the units' ladders (a threshold is crossed without any event).
    const alerts = config.alertIntervalMs > 0 ? startAlertWorker(ctx, { intervalMs: config.alertIntervalMs, onError: (error) => app.log.error(error) }) : undefined;
    let closed = false;
    return {
      app,
      handle,
      ctx,
      url: `http://${host}:${port}`,
      bootstrap: result,
      demo,
      async close() {
        if (closed) return;
        closed = true;
        await notices?.stop();
        await endOfDay?.stop();
        await alerts?.stop();
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
