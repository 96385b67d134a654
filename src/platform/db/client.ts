/**
 * Opening the database: embedded PGlite in the data folder (default), or PostgreSQL
 * through a pg Pool when DATABASE_URL is set. Both give the same Drizzle `Database`
 * type, so repositories never know which driver they run on.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Config } from '../config.ts';
import { acquireDataFolderLock } from './data-folder-lock.ts';
import { pgliteFileOptions } from './durable-fs.ts';
import { migratePglite, migratePostgres } from './migrate.ts';
import { closeListenersOf, pgliteListen, poolListen, registerListen } from './notifications.ts';
import { installPgTypeParsers } from './pg-types.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;

/** The database as repositories see it; a transaction (`tx`) is one too. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseDriver = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  driver: DatabaseDriver;
  /** Idempotent. Closes the connection(s) and releases the data-folder lock. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/**
 * One value per open database, made on first use and gone with the handle: what a server
 * process keeps beside its connection (session and procedure-list caches, the reception
 * batcher). Two handles (two tests, two databases) never share it.
 */
export function perDatabase<T>(make: (db: Database) => T): (db: Database) => T {
  const values = new WeakMap<Database, T>();
  return (db) => {
    let value = values.get(db);
    if (value === undefined) {
      value = make(db);
      values.set(db, value);
    }
    return value;
  };
}

/** Subfolder of the data folder that holds PGlite's PostgreSQL cluster. */
export const PGLITE_SUBDIR = 'pglite';

/**
 * PGlite server settings. shared_buffers=16MB saves ~100 MB of RSS per instance
 * (stack.md §3); the working set of a commune fits easily.
 */
export const PGLITE_POSTGRESQL_CONF = ['shared_buffers=16MB'];

/**
 * Opens the configured database and applies pending migrations.
 * PGlite: takes the data folder's exclusive lock first; throws DataFolderLockedError
 * (Vietnamese message) when another process holds it. Commits are on disk when they return
 * (durable-fs.ts) unless the configuration says `unsafeNoFsync`.
 */
export async function openDatabase(
  config: Pick<Config, 'database'>,
  options: OpenDatabaseOptions = {},
): Promise<DatabaseHandle> {
  const migrate = options.migrate ?? true;
  const database = config.database;
  if (database.driver === 'postgres') {
    const pool = createPgPool(database.url);
    const handle = databaseFromPool(pool);
    if (migrate) await runOrClose(handle, () => migratePostgres(pool));
    return handle;
  }

  const lock = acquireDataFolderLock(database.dataDir);
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...pgliteFileOptions(path.join(database.dataDir, PGLITE_SUBDIR), { durable: database.unsafeNoFsync !== true }),
      postgresqlconf: PGLITE_POSTGRESQL_CONF,
    });
  } catch (error) {
    lock.release();
    throw error;
  }
  const handle = databaseFromPglite(client, { onClose: () => lock.release() });
  if (migrate) await runOrClose(handle, () => migratePglite(client));
  return handle;
}

async function runOrClose(handle: DatabaseHandle, action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** A pg Pool whose int8 values come back as numbers. */
export function createPgPool(url: string, options: pg.PoolConfig = {}): pg.Pool {
  installPgTypeParsers();
  return new pg.Pool({ connectionString: url, application_name: 'motcua', max: 10, ...options });
}

/** Wraps an open PGlite (file, memory or loaded from a dump). Does not migrate. */
export function databaseFromPglite(client: PGlite, options: { onClose?: () => void } = {}): DatabaseHandle {
  const db = drizzlePglite({ client, schema });
  registerListen(db, pgliteListen(client));
  let closing: Promise<void> | undefined;
  return {
    db,
    driver: 'pglite',
    close: () => {
      closing ??= (async () => {
        try {
          await closeListenersOf(db);
          if (!client.closed) await client.close();
        } finally {
          options.onClose?.();
        }
      })();
      return closing;
    },
  };
}

/** Wraps a pg Pool. Does not migrate. Closing the handle ends the pool. */
export function databaseFromPool(pool: pg.Pool): DatabaseHandle {
  installPgTypeParsers();
  const db = drizzleNodePg({ client: pool, schema });
  registerListen(db, poolListen(pool));
  // pool.end() resolves as soon as the pool forgets its clients, before their sockets have
  // closed; count them out ('remove' fires when a client has really ended) so that closing
  // means closed (a DROP DATABASE right after would otherwise hit a live connection).
  let connected = 0;
  let allRemoved: (() => void) | undefined;
  pool.on('connect', () => {
    connected += 1;
  });
  pool.on('remove', () => {
    connected -= 1;
    if (connected === 0) allRemoved?.();
  });
  let closing: Promise<void> | undefined;
  return {
    db,
    driver: 'postgres',
    close: () => {
      closing ??= (async () => {
        await closeListenersOf(db);
        const drained = new Promise<void>((resolve) => {
          allRemoved = resolve;
        });
        await pool.end();
        if (connected > 0) await drained;
      })();
      return closing;
    },
  };
}
