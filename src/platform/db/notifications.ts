/**
 * PostgreSQL notifications (LISTEN/NOTIFY) on either driver, for the change feed
 * (platform/changes/). A notification sent inside a transaction is delivered when it commits,
 * and never when it rolls back, to every process listening on the same database: on PGlite the
 * one process (its own connection), on PostgreSQL every `motcua serve` process.
 *
 * PostgreSQL: one dedicated connection per listener, outside the pool (a pooled connection
 * would be handed to queries); when it breaks, the listener is told (`onState(false)`, the
 * feed then stops trusting caches) and reconnects with a growing pause.
 */
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Database } from './client.ts';

export interface NotificationListener {
  /** Stops listening and closes the connection. Idempotent. */
  close(): Promise<void>;
}

export interface ListenOptions {
  onNotification(payload: string): void;
  /** true once LISTEN is in place (again), false when the connection is lost. */
  onState(listening: boolean): void;
}

type ListenFunction = (channel: string, options: ListenOptions) => NotificationListener;

const listenFunctions = new WeakMap<Database, ListenFunction>();
const openListeners = new WeakMap<Database, Set<NotificationListener>>();

/** Called by client.ts when it opens a database. */
export function registerListen(db: Database, listen: ListenFunction): void {
  listenFunctions.set(db, listen);
}

/** Starts listening on `channel` of the database `db` (a handle's db, not a transaction). */
export function listenTo(db: Database, channel: string, options: ListenOptions): NotificationListener {
  const listen = listenFunctions.get(db);
  if (!listen) throw new Error('listenTo: this database was not opened through platform/db/client.ts');
  const open = openListeners.get(db) ?? new Set<NotificationListener>();
  openListeners.set(db, open);
  const inner = listen(channel, options);
  const listener: NotificationListener = {
    close: async () => {
      open.delete(listener);
      await inner.close();
    },
  };
  open.add(listener);
  return listener;
}

/** Closes every listener of the database (the handle is closing). */
export async function closeListenersOf(db: Database): Promise<void> {
  const open = openListeners.get(db);
  if (open) await Promise.all([...open].map((listener) => listener.close()));
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

function checkedChannel(channel: string): string {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`listen: invalid channel name ${channel}`);
  return channel;
}

/** PGlite: its one connection listens; notifications of its own commits come back to it. */
export function pgliteListen(client: PGlite): ListenFunction {
  return (channel, options) => {
    let stop: (() => Promise<void>) | undefined;
    let closed = false;
    const started = client.listen(checkedChannel(channel), (payload) => options.onNotification(payload)).then((unlisten) => {
      stop = unlisten;
      if (closed) return unlisten().catch(() => undefined);
      options.onState(true);
      return undefined;
    });
    return {
      close: async () => {
        if (closed) return;
        closed = true;
        options.onState(false);
        await started.catch(() => undefined);
        if (stop && !client.closed) await stop().catch(() => undefined);
      },
    };
  };
}

const RECONNECT_MIN_MS = 200;
const RECONNECT_MAX_MS = 5_000;

/** PostgreSQL: a dedicated client made from the pool's settings, reconnecting when it breaks. */
export function poolListen(pool: pg.Pool): ListenFunction {
  return (channel, options) => {
    const name = checkedChannel(channel);
    let client: pg.Client | undefined;
    let closed = false;
    let delay = RECONNECT_MIN_MS;
    let timer: NodeJS.Timeout | undefined;

    const retry = () => {
      if (closed || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        void connect();
      }, delay);
      timer.unref();
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    };

    const connect = async () => {
      const { max: _max, ...settings } = (pool as unknown as { options: pg.ClientConfig & { max?: number } }).options;
      const next = new pg.Client({ ...settings, application_name: 'motcua-listen' });
      client = next;
      let lost = false;
      const onLost = () => {
        if (lost) return;
        lost = true;
        options.onState(false);
        next.end().catch(() => undefined);
        retry();
      };
      next.on('error', onLost);
      next.on('end', onLost);
      next.on('notification', (message) => {
        if (message.channel === name && message.payload !== undefined) options.onNotification(message.payload);
      });
      try {
        await next.connect();
        await next.query(`listen ${name}`);
        if (closed) {
          await next.end().catch(() => undefined);
          return;
        }
        delay = RECONNECT_MIN_MS;
        options.onState(true);
      } catch {
        onLost();
      }
    };

    void connect();
    return {
      close: async () => {
        if (closed) return;
        closed = true;
        if (timer) clearTimeout(timer);
        options.onState(false);
        await client?.end().catch(() => undefined);
      },
    };
  };
}
