/**
 * First start of a database: the catalog loaded into `procedures`, a root (city) unit and the
 * first administrator. Idempotent: later starts only refresh the catalog rows.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../db/client.ts';
import { countAdministrators, insertAdministratorIfMissing, insertUnitIfMissing, upsertProcedures } from './bootstrap.store.ts';
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
  await upsertProcedures(db, rows);
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
  await insertUnitIfMissing(db, ROOT_UNIT);
  if ((await countAdministrators(db)) > 0) return { adminCreated: false, procedures: count };
  const password = options.adminPassword ?? randomBytes(9).toString('base64url');
  await insertAdministratorIfMissing(db, { username: 'admin', fullName: 'Quản trị hệ thống', passwordHash: await hashPassword(password), unitCode: ROOT_UNIT.code });
  return { adminCreated: true, procedures: count, ...(options.adminPassword ? {} : { generatedAdminPassword: password }) };
}
