/** The rows of a first start: catalog procedures, the root unit, the first administrator. */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { procedures, units, users } from '../db/schema.ts';

export type ProcedureRow = typeof procedures.$inferInsert;

/** Inserts the catalog's procedure versions, refreshing the ones already there. */
export async function upsertProcedures(db: Database, rows: ProcedureRow[]): Promise<void> {
  await db
    .insert(procedures)
    .values(rows)
    .onConflictDoUpdate({
      target: [procedures.code, procedures.versionId],
      set: { name: sql`excluded.name`, field: sql`excluded.field`, effectiveTo: sql`excluded.effective_to`, catalogVersion: sql`excluded.catalog_version`, data: sql`excluded.data` },
    });
}

export async function insertUnitIfMissing(db: Database, unit: { code: string; name: string; kind: 'city' }): Promise<void> {
  await db.insert(units).values(unit).onConflictDoNothing();
}

export async function countAdministrators(db: Database): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`${users.role} = 'administrator'`);
  return existing?.n ?? 0;
}

export async function insertAdministratorIfMissing(db: Database, admin: { username: string; fullName: string; passwordHash: string; unitCode: string }): Promise<void> {
  await db.insert(users).values({ ...admin, role: 'administrator' }).onConflictDoNothing();
}
