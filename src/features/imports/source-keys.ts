/**
 * API keys of source systems (administrators only): listed without the key, created for a unit
 * or a list of units (the key shown once, its prefix logged), revoked.
 */
import { canAdministerSystem } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { validateSourceName } from './import-file.ts';
import { createSourceApiKey, listSourceApiKeys, revokeSourceApiKey, unitDirectory, type SourceApiKeyView } from './imports.store.ts';

export function listSourceKeys(ctx: AppContext, user: CurrentUser): Promise<SourceApiKeyView[]> {
  if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống quản lý khóa API.');
  return listSourceApiKeys(ctx.db);
}

export async function createSourceKey(ctx: AppContext, user: CurrentUser, request: { source: string; unitCode: string; unitCodes?: string[] | undefined; name?: string | undefined }): Promise<SourceApiKeyView & { key: string }> {
  if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được tạo khóa API.');
  const source = validateSourceName(request.source);
  const { unitCode } = request;
  const unitCodes = request.unitCodes ? [...new Set(request.unitCodes)] : null;
  if (unitCodes && !unitCodes.includes(unitCode)) throw badRequest(`Danh sách đơn vị của khóa phải gồm đơn vị của khóa (${unitCode}).`, 'unitCodes');
  const directory = await unitDirectory(ctx.db);
  const missing = [unitCode, ...(unitCodes ?? [])].find((code) => !directory.some((u) => u.code === code));
  if (missing) throw badRequest(`Đơn vị ${missing} chưa có.`, missing === unitCode ? 'unitCode' : 'unitCodes');
  return ctx.db.transaction(async (tx) => {
    const key = await createSourceApiKey(tx, { source, name: request.name ?? source, unitCode, unitCodes, createdBy: user.id });
    // The key's prefix identifies it in the log; the key itself is shown once and never stored.
    await recordAdminChange(tx, { kind: 'source_key.created', actorId: user.id, unitCode: key.unitCode, target: source, after: { id: key.id, keyPrefix: key.keyPrefix, name: key.name, unitCodes: key.unitCodes } });
    return key;
  });
}

export async function revokeSourceKey(ctx: AppContext, user: CurrentUser, id: string): Promise<void> {
  if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được thu hồi khóa API.');
  await ctx.db.transaction(async (tx) => {
    const revoked = await revokeSourceApiKey(tx, id);
    if (!revoked) throw notFound('Không tìm thấy khóa API còn hiệu lực này.');
    await recordAdminChange(tx, { kind: 'source_key.revoked', actorId: user.id, unitCode: revoked.unitCode, target: revoked.source, before: { id, keyPrefix: revoked.keyPrefix } });
  });
}
