import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, PGLITE_SUBDIR, type DatabaseHandle } from '../../src/platform/db/client.ts';
import { queryRows } from '../../src/platform/db/sql.ts';
import { units } from '../../src/platform/db/schema.ts';
import { createEmptyPostgresDatabase, describeOnPostgres } from '../support/db.ts';
import { EXPECTED_TABLES } from '../support/db-fixtures.ts';

const countMigrations = (rows: { applied: number }[]) => rows[0]?.applied ?? 0;
const MIGRATION_COUNT = sql`SELECT count(*)::int AS applied FROM drizzle.__drizzle_migrations`;

describe('openDatabase [pglite]', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-open-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('creates, migrates and reopens a data folder; committed rows survive', async () => {
    const first = await openDatabase({ database: { driver: 'pglite', dataDir } });
    expect(first.driver).toBe('pglite');
    const applied = countMigrations(await queryRows(first.db, MIGRATION_COUNT));
    expect(applied).toBeGreaterThan(0);
    await first.db.insert(units).values({ code: '000.00.24.H24', name: 'Phường Hồng Bàng', kind: 'ward' });
    await first.close();
    await first.close(); // idempotent
    expect(fs.existsSync(path.join(dataDir, PGLITE_SUBDIR, 'PG_VERSION'))).toBe(true);

    const second = await openDatabase({ database: { driver: 'pglite', dataDir } });
    try {
      expect(countMigrations(await queryRows(second.db, MIGRATION_COUNT))).toBe(applied);
      expect(await second.db.select({ name: units.name }).from(units)).toEqual([{ name: 'Phường Hồng Bàng' }]);
    } finally {
      await second.close();
    }
  });
});

describe('openDatabase [pglite]: durability', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'motcua-open-durable-'));
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const settings = async (handle: DatabaseHandle) =>
    Object.fromEntries(
      (
        await queryRows<{ name: string; setting: string }>(
          handle.db,
          sql`SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method') ORDER BY name`,
        )
      ).map((row) => [row.name, row.setting]),
    );

  it('runs PostgreSQL with fsync on and the WAL synced by fsync; MOTCUA_UNSAFE_NO_FSYNC (unsafeNoFsync) turns it off', async () => {
    const durable = await openDatabase({ database: { driver: 'pglite', dataDir } });
    try {
      expect(await settings(durable)).toEqual({ fsync: 'on', full_page_writes: 'on', synchronous_commit: 'on', wal_sync_method: 'fsync' });
      // The command line outranks ALTER SYSTEM: a setting in postgresql.auto.conf cannot turn it off.
      await durable.db.execute(sql`ALTER SYSTEM SET fsync = off`);
    } finally {
      await durable.close();
    }
    const again = await openDatabase({ database: { driver: 'pglite', dataDir } });
    try {
      expect((await settings(again)).fsync).toBe('on');
    } finally {
      await again.close();
    }
    const unsafe = await openDatabase({ database: { driver: 'pglite', dataDir, unsafeNoFsync: true } });
    try {
      expect((await settings(unsafe)).fsync).toBe('off');
    } finally {
      await unsafe.close();
    }
  });
});

describeOnPostgres('openDatabase', (baseUrl) => {
  describe('openDatabase [postgres]', () => {
    it('migrates an empty database, also when several servers start at once', async () => {
      const empty = await createEmptyPostgresDatabase(baseUrl);
      try {
        const handles = await Promise.all(
          [1, 2, 3].map(() => openDatabase({ database: { driver: 'postgres', url: empty.url } })),
        );
        try {
          expect(handles.map((handle) => handle.driver)).toEqual(['postgres', 'postgres', 'postgres']);
          const [applied] = await queryRows<{ applied: number }>(handles[0]!.db, MIGRATION_COUNT);
          expect(applied?.applied).toBeGreaterThan(0);
          const [tables] = await queryRows<{ count: unknown }>(
            handles[0]!.db,
            sql`SELECT count(*) AS count FROM information_schema.tables WHERE table_schema = 'public'`,
          );
          expect(tables?.count).toBe(EXPECTED_TABLES.length);
        } finally {
          await Promise.all(handles.map((handle) => handle.close()));
        }
      } finally {
        await empty.drop();
      }
    });
  });
});
