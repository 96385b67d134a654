/**
 * First start of a database: the catalog loaded into `procedures`, a root (city) unit and the
 * first administrator. Idempotent: later starts only refresh the catalog rows.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { procedures, units, users } from '../db/schema.ts';
import { allProcedures, catalogVersion } from '../../domain/catalog/catalog.ts';
import { hashPassword } from '../users/users.store.ts';

export const ROOT_UNIT = { code: '000.00.00.H24', name: 'Ủy ban nhân dân thành phố Hải Phòng', kind: 'city' as const };

export async function loadCatalog(db: Database): Promise<number> {
  const version = catalogVersion();
  const rows = allProcedures().map((p) => ({
    code: p.code,
    versionId: p.versionId,
    name: p.name,
    field: p.field.name,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo ?? null,
    catalogVersion: version,
    data: p as unknown as Record<string, unknown>,
  }));
  await db
    .insert(procedures)
    .values(rows)
    .onConflictDoUpdate({
      target: [procedures.code, procedures.versionId],
      set: { name: sql`excluded.name`, field: sql`excluded.field`, effectiveTo: sql`excluded.effective_to`, catalogVersion: sql`excluded.catalog_version`, data: sql`excluded.data` },
    });
  return rows.length;
}

export interface BootstrapResult {
  /** Set only when the administrator was created now with a generated password. */
  generatedAdminPassword?: string;
  adminCreated: boolean;
  procedures: number;
}

export async function bootstrap(db: Database, options: { adminPassword?: string | undefined }): Promise<BootstrapResult> {
  const count = await loadCatalog(db);
  await db.insert(units).values(ROOT_UNIT).onConflictDoNothing();
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(users).where(sql`${users.role} = 'administrator'`);
  if ((existing?.n ?? 0) > 0) return { adminCreated: false, procedures: count };
  const password = options.adminPassword ?? randomBytes(9).toString('base64url');
  await db
    .insert(users)
    .values({ username: 'admin', fullName: 'Quản trị hệ thống', passwordHash: await hashPassword(password), role: 'administrator', unitCode: ROOT_UNIT.code })
    .onConflictDoNothing();
  return { adminCreated: true, procedures: count, ...(options.adminPassword ? {} : { generatedAdminPassword: password }) };
}
