/**
 * Mapping profiles per source system and unit (which header names which field, which text means
 * which status): read, saved and removed within the user's import scope, every change logged
 * (what the profile maps, not when it was saved).
 */
import { headerKey, type ImportField } from '../../domain/import/fields.ts';
import type { ImportStatus } from '../../domain/import/status.ts';
import { scopeIncludes } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { importScope, profileUnit } from './import-access.ts';
import { validateSourceName } from './import-file.ts';
import { deleteImportProfile, getImportProfile, listImportProfiles, saveImportProfile, unitDirectory, type ImportProfile } from './imports.store.ts';

function loggedProfile(profile: ImportProfile): Pick<ImportProfile, 'columns' | 'statuses' | 'defaultUnitCode'> {
  return { columns: profile.columns, statuses: profile.statuses, defaultUnitCode: profile.defaultUnitCode };
}

/** The profiles of the user's units and the shared ones (administrators: all). */
export function listProfiles(ctx: AppContext, user: CurrentUser): Promise<ImportProfile[]> {
  return listImportProfiles(ctx.db, importScope(user));
}

export async function readProfile(ctx: AppContext, user: CurrentUser, source: string, named: string | undefined): Promise<ImportProfile> {
  const unitCode = profileUnit(user, named, source);
  const profile = await getImportProfile(ctx.db, source, unitCode);
  if (!profile) throw notFound(`Chưa có cấu hình cột cho hệ thống "${source}".`);
  return profile;
}

export async function saveProfile(
  ctx: AppContext,
  user: CurrentUser,
  request: { source: string; unitCode: string | undefined; columns: Partial<Record<ImportField, string>>; statuses: Record<string, ImportStatus>; defaultUnitCode: string | null },
): Promise<ImportProfile> {
  const scope = importScope(user);
  if (request.unitCode && !scopeIncludes(scope, request.unitCode)) throw forbidden(`Bạn chỉ được sửa cấu hình nhập của đơn vị mình (${user.unitCode}).`);
  const unitCode = profileUnit(user, request.unitCode, request.source);
  const source = validateSourceName(request.source);
  const { defaultUnitCode } = request;
  if (defaultUnitCode && unitCode !== null && defaultUnitCode !== unitCode) throw badRequest(`Đơn vị mặc định của cấu hình đơn vị ${unitCode} chỉ có thể là chính đơn vị đó.`, 'defaultUnitCode');
  const directory = await unitDirectory(ctx.db);
  for (const [code, field] of [[unitCode, 'unitCode'], [defaultUnitCode, 'defaultUnitCode']] as const) {
    if (code && !directory.some((u) => u.code === code)) throw badRequest(`Đơn vị ${code} chưa có.`, field);
  }
  const columns = Object.fromEntries(Object.entries(request.columns).map(([field, header]) => [field, headerKey(header!)]));
  const statuses = Object.fromEntries(Object.entries(request.statuses).map(([text, status]) => [headerKey(text), status]));
  return ctx.db.transaction(async (tx) => {
    const before = await getImportProfile(tx, source, unitCode);
    const profile = await saveImportProfile(tx, { source, unitCode, columns, statuses, defaultUnitCode }, user.id);
    await recordAdminChange(tx, { kind: 'import_profile.set', actorId: user.id, unitCode, target: source, before: before && loggedProfile(before), after: loggedProfile(profile) });
    return profile;
  });
}

export async function removeProfile(ctx: AppContext, user: CurrentUser, source: string, named: string | undefined): Promise<void> {
  const unitCode = profileUnit(user, named, source);
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteImportProfile(tx, source, unitCode);
    if (!removed) throw notFound(`Chưa có cấu hình cột cho hệ thống "${source}".`);
    await recordAdminChange(tx, { kind: 'import_profile.removed', actorId: user.id, unitCode, target: removed.source, before: loggedProfile(removed) });
  });
}
