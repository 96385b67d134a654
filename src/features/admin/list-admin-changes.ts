/** The configuration change log, newest first: every change (administrators) or one unit's (its administrator). */
import { adminChangesScope } from '../../domain/policy/policy.ts';
import { listAdminChanges, type AdminChangeEntry } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';

export async function readAdminChanges(ctx: AppContext, user: CurrentUser, query: { unitCode?: string | undefined; limit: number; beforeId?: number | undefined }): Promise<{ items: AdminChangeEntry[]; nextBeforeId: number | null }> {
  const scope = adminChangesScope(user, query.unitCode);
  if (scope === null) throw forbidden('Bạn không có quyền xem nhật ký cấu hình của đơn vị này.');
  const { unitCode } = scope;
  const { limit, beforeId } = query;
  const items = await listAdminChanges(ctx.db, { ...(unitCode !== undefined ? { unitCode } : {}), limit, ...(beforeId !== undefined ? { beforeId } : {}) });
  return { items, nextBeforeId: items.length === limit ? items[items.length - 1]!.id : null };
}
