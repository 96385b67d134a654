/**
 * Who may use imports, where (domain/policy unitsActorMayImportInto): a center leader imports
 * into, and sees the jobs and profiles of, their unit only; another unit's job or profile is
 * "not found"; administrators everywhere; anyone else is refused.
 */
import { canImport, scopeIncludes, unitsActorMayImportInto, type UnitScope } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { getImportJob, type ImportJob } from './imports.store.ts';

/** An uploaded import file (multipart: `file` plus text fields), streamed into the data folder. */
export interface ImportUpload {
  filePath: string;
  fileName: string;
  fields: Record<string, string>;
}

const NOT_IMPORTER = 'Chỉ quản trị hệ thống hoặc lãnh đạo Trung tâm được nhập dữ liệu và xem các lần nhập.';

/** The user's import scope; 403 for roles that may not import at all. */
export function importScope(user: CurrentUser): UnitScope {
  if (!canImport(user)) throw forbidden(NOT_IMPORTER);
  return unitsActorMayImportInto(user);
}

/** The unit an upload is for: the one named (if the user may import into it), else a center leader's own unit. */
export function uploadUnit(user: CurrentUser, named: string | undefined): string | undefined {
  const scope = importScope(user);
  if (named && !scopeIncludes(scope, named)) throw forbidden(`Bạn chỉ được nhập dữ liệu cho đơn vị của mình (${user.unitCode}).`);
  return named ?? (scope === 'all' ? undefined : scope[0]);
}

/** A job the user may see, else 404 (another unit's job is not revealed). */
export async function visibleJob(ctx: AppContext, user: CurrentUser, id: string): Promise<ImportJob> {
  const scope = importScope(user);
  const job = await getImportJob(ctx.db, id);
  if (!job || !scopeIncludes(scope, job.unitCode)) throw notFound('Không tìm thấy lần nhập này.');
  return job;
}

/**
 * The profile a request addresses: `?unitCode=` (administrators: any unit; absent: the shared
 * profile), a center leader's own unit. Another unit's profile is "not found".
 */
export function profileUnit(user: CurrentUser, named: string | undefined, source: string): string | null {
  const scope = importScope(user);
  if (scope === 'all') return named ?? null;
  if (named && !scope.includes(named)) throw notFound(`Chưa có cấu hình cột cho hệ thống "${source}".`);
  return scope[0]!;
}
