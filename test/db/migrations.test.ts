import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER } from '../../src/platform/db/migrate.ts';
import { dossierEvents, dossiers } from '../../src/platform/db/schema.ts';
import { queryRows } from '../../src/platform/db/sql.ts';
import { appendDossierEvents } from '../../src/platform/events/event-store.ts';
import { forEachDriver } from '../support/db.ts';
import { EXPECTED_TABLES, insertUnit, receivedEvent, testFold } from '../support/db-fixtures.ts';


const journal = JSON.parse(fs.readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as {
  entries: { tag: string }[];
};

describe('migrations folder', () => {
  it('has one SQL file per journal entry, in order', () => {
    const files = fs.readdirSync(MIGRATIONS_FOLDER).filter((name) => name.endsWith('.sql')).sort();
    expect(files).toEqual(journal.entries.map((entry) => `${entry.tag}.sql`));
  });
});

forEachDriver('migrations', (getDb) => {
  it('create every table', async () => {
    const rows = await queryRows<{ name: string }>(
      getDb().db,
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(rows.map((row) => row.name)).toEqual(EXPECTED_TABLES);
  });

  it('are recorded as applied, one row per migration', async () => {
    const [row] = await queryRows<{ applied: number }>(
      getDb().db,
      sql`SELECT count(*)::int AS applied FROM drizzle.__drizzle_migrations`,
    );
    expect(row?.applied).toBe(journal.entries.length);
  });

  it('make dossier_events append-only (UPDATE, DELETE refused with a Vietnamese message)', async () => {
    const { db } = getDb();
    const unitCode = await insertUnit(db);
    await appendDossierEvents(db, {
      dossierCode: `${unitCode}-261123-0001`,
      unitCode,
      expectedVersion: 0,
      events: [receivedEvent()],
      fold: testFold,
    });
    const attempt = (statement: ReturnType<typeof sql>) =>
      db.execute(statement).then(
        () => 'accepted',
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
    expect(await attempt(sql`UPDATE ${dossierEvents} SET type = 'x' WHERE unit_code = ${unitCode}`)).toMatch(
      /chỉ được ghi thêm/,
    );
    expect(await attempt(sql`DELETE FROM ${dossierEvents} WHERE unit_code = ${unitCode}`)).toMatch(/chỉ được ghi thêm/);
    expect(await attempt(sql`TRUNCATE ${dossierEvents} CASCADE`)).toMatch(/chỉ được ghi thêm/);
  });

  it('return int8 values as numbers on both drivers', async () => {
    const { db } = getDb();
    const [raw] = await queryRows<{ big: unknown; counted: unknown }>(
      db,
      sql`SELECT 9007199254740991::int8 AS big, (SELECT count(*) FROM ${dossiers}) AS counted`,
    );
    expect(raw?.big).toBe(Number.MAX_SAFE_INTEGER);
    expect(typeof raw?.counted).toBe('number');
    const [event] = await db.select({ id: dossierEvents.id }).from(dossierEvents).limit(1);
    expect(typeof event?.id).toBe('number');
  });
});
