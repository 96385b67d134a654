/**
 * Small helpers shared by the repositories: typed rows from raw SQL on either driver,
 * and PostgreSQL error codes through Drizzle's error wrapper.
 */
import type { SQL } from 'drizzle-orm';
import type { Database } from './client.ts';

/**
 * Runs raw SQL and returns its rows. Both drivers answer `{ rows }`; the row type is the
 * caller's promise, so cast int8/numeric results in SQL (`count(*)::int`) — node-postgres
 * would otherwise return them as strings (see src/db/pg-types.ts).
 */
export async function queryRows<TRow extends Record<string, unknown>>(db: Database, query: SQL): Promise<TRow[]> {
  const result = (await db.execute(query)) as { rows: TRow[] };
  return result.rows;
}

/** SQLSTATE of a database error (e.g. '23505' unique_violation), looking through `cause` chains. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `text` can be compared with a uuid column (any other text makes PostgreSQL raise). */
export function isUuid(text: string): boolean {
  return UUID.test(text);
}

export function pgErrorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && 'code' in current && typeof current.code === 'string' && /^[0-9A-Z]{5}$/.test(current.code)) {
      return current.code;
    }
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}

/** Name of the violated constraint, when the driver reports it. */
export function pgConstraintName(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && 'constraint' in current && typeof current.constraint === 'string') {
      return current.constraint;
    }
    current = typeof current === 'object' && 'cause' in current ? current.cause : undefined;
  }
  return undefined;
}
