/**
 * Database-backed tests run every case on both drivers:
 *
 *   forEachDriver('dossier store', (getDb) => {
 *     it('appends', async () => { const { db } = getDb(); … });
 *   });
 *
 * - PGlite: a fresh in-memory instance per block, loaded from a migrated template that is
 *   built once (dumpDataDir) and cached in .tmp/ under a hash of the migrations (0.6–0.8 s
 *   per instance instead of 3–5 s for initdb + migrate).
 * - PostgreSQL: a fresh database per block, `CREATE DATABASE … TEMPLATE` of a migrated
 *   template database on the server named by MOTCUA_TEST_PG_URL (scripts/test.sh starts
 *   one with scripts/pg-start.sh). Without that variable the PostgreSQL half FAILS in CI
 *   (CI set) and is skipped with a printed reason elsewhere.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  createPgPool,
  databaseFromPglite,
  databaseFromPool,
  PGLITE_POSTGRESQL_CONF,
  type Database,
  type DatabaseDriver,
  type DatabaseHandle,
} from '../../src/platform/db/client.ts';
import { MIGRATIONS_FOLDER, migratePglite, migratePostgres } from '../../src/platform/db/migrate.ts';

export interface TestDatabase {
  db: Database;
  driver: DatabaseDriver;
}

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CACHE_DIR = path.join(REPO_ROOT, '.tmp');
/** Advisory lock key serializing template creation across parallel test files. */
const TEMPLATE_LOCK_KEY = 7_460_312_026;

export const TEST_PG_URL_VARIABLE = 'MOTCUA_TEST_PG_URL';

export function isCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** Registers `body` twice: once on PGlite, once on PostgreSQL. */
export function forEachDriver(name: string, body: (getDb: () => TestDatabase) => void): void {
  driverBlock(`${name} [pglite]`, createPgliteTestDatabase, body);
  describeOnPostgres(name, (baseUrl) => {
    driverBlock(`${name} [postgres]`, () => createPostgresTestDatabase(baseUrl), body);
  }, () => body(unavailable));
}

/**
 * Registers PostgreSQL-only tests against the server of MOTCUA_TEST_PG_URL (`baseUrl`
 * points at its `postgres` database). Without the variable: a failing test in CI, else
 * a skipped block (`skippedBody` lets the skipped cases show up in the report).
 */
export function describeOnPostgres(name: string, body: (baseUrl: string) => void, skippedBody?: () => void): void {
  const url = process.env[TEST_PG_URL_VARIABLE];
  if (url) {
    body(url);
  } else if (isCi()) {
    describe(`${name} [postgres]`, () => {
      it('has a PostgreSQL server to run on', () => {
        throw new Error(
          `${TEST_PG_URL_VARIABLE} is not set: in CI the database tests must also run on PostgreSQL (scripts/test.sh starts one).`,
        );
      });
    });
  } else {
    warnOnce(`[db tests] ${TEST_PG_URL_VARIABLE} is not set: PostgreSQL cases are skipped. Run "bash scripts/test.sh" or export ${TEST_PG_URL_VARIABLE}=$(bash scripts/pg-start.sh).`);
    describe.skip(`${name} [postgres] (skipped: ${TEST_PG_URL_VARIABLE} not set)`, skippedBody ?? (() => undefined));
  }
}

function driverBlock(
  title: string,
  open: () => Promise<DatabaseHandle>,
  body: (getDb: () => TestDatabase) => void,
): void {
  describe(title, () => {
    let handle: DatabaseHandle | undefined;
    beforeAll(async () => {
      handle = await open();
    });
    afterAll(async () => {
      await handle?.close();
    });
    body(() => {
      if (!handle) throw new Error('test database is not open yet (use getDb() inside a test or hook)');
      return { db: handle.db, driver: handle.driver };
    });
  });
}

function unavailable(): TestDatabase {
  throw new Error('no database: this block is skipped');
}

let warned = false;
function warnOnce(message: string): void {
  if (warned) return;
  warned = true;
  console.warn(message);
}

/** Hash of the migrations folder: a changed or added migration gives new templates. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${path.relative(MIGRATIONS_FOLDER, full)}\0`).update(fs.readFileSync(full));
    }
  };
  walk(MIGRATIONS_FOLDER);
  return hash.digest('hex').slice(0, 16);
}

// ─── PGlite ──────────────────────────────────────────────────────────────────

let pgliteTemplate: Promise<Buffer> | undefined;

function pgliteVersion(): string {
  const manifest = path.join(REPO_ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

async function buildPgliteTemplate(): Promise<Buffer> {
  const file = path.join(CACHE_DIR, `pglite-template-${pgliteVersion()}-${migrationsHash()}.tgz`);
  if (fs.existsSync(file)) return fs.readFileSync(file);
  const client = await PGlite.create({ postgresqlconf: PGLITE_POSTGRESQL_CONF });
  try {
    await migratePglite(client);
    const dump = await client.dumpDataDir('gzip');
    const bytes = Buffer.from(await dump.arrayBuffer());
    // Parallel test files may build it at once: write aside, then rename atomically.
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
    return bytes;
  } finally {
    await client.close();
  }
}

/** A fresh, migrated in-memory PGlite. */
export async function createPgliteTestDatabase(): Promise<DatabaseHandle> {
  pgliteTemplate ??= buildPgliteTemplate();
  const template = await pgliteTemplate;
  const client = await PGlite.create({
    loadDataDir: new Blob([new Uint8Array(template)]),
    postgresqlconf: PGLITE_POSTGRESQL_CONF,
  });
  return databaseFromPglite(client);
}

// ─── PostgreSQL ──────────────────────────────────────────────────────────────

export function urlForDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** An empty database (not migrated) on the test server, e.g. to test openDatabase itself. */
export async function createEmptyPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `motcua_empty_${randomBytes(6).toString('hex')}`;
  await withAdmin(baseUrl, (admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return {
    url: urlForDatabase(baseUrl, name),
    drop: async () => {
      await withAdmin(baseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
    },
  };
}

async function withAdmin<T>(baseUrl: string, action: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    return await action(admin);
  } finally {
    await admin.end();
  }
}

/** Creates the migrated template database once per server and migrations hash. */
async function ensurePostgresTemplate(admin: pg.Client, baseUrl: string): Promise<string> {
  const template = `motcua_template_${migrationsHash()}`;
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (exists.rowCount) return template;

  const building = `${template}_build`;
  await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(building)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${quoteIdent(building)}`);
  const pool = createPgPool(urlForDatabase(baseUrl, building), { max: 1 });
  try {
    await migratePostgres(pool);
  } finally {
    await pool.end();
  }
  await admin.query(`ALTER DATABASE ${quoteIdent(building)} RENAME TO ${quoteIdent(template)}`);
  return template;
}

/** A fresh, migrated PostgreSQL database; closing the handle drops it. */
export async function createPostgresTestDatabase(baseUrl: string): Promise<DatabaseHandle> {
  const name = `motcua_test_${randomBytes(6).toString('hex')}`;
  await withAdmin(baseUrl, async (admin) => {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK_KEY]);
    try {
      const template = await ensurePostgresTemplate(admin, baseUrl);
      await admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK_KEY]);
    }
  });

  const handle = databaseFromPool(createPgPool(urlForDatabase(baseUrl, name)));
  let dropping: Promise<void> | undefined;
  return {
    ...handle,
    close: () => {
      dropping ??= (async () => {
        await handle.close();
        await withAdmin(baseUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
      })();
      return dropping;
    },
  };
}
