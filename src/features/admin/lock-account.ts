/** An account locked (its sessions end) or unlocked; nobody locks their own. */
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { endSessionsOfUser } from '../../platform/sessions/sessions.ts';
import { manageableUser } from './account-checks.ts';
import { setUserActive, type UserRow } from './users.store.ts';

export async function setAccountActive(ctx: AppContext, actor: CurrentUser, userId: string, active: boolean): Promise<UserRow> {
  const target = await manageableUser(ctx, actor, userId);
  if (target.id === actor.id && !active) throw badRequest('Không thể tự khóa tài khoản của chính mình.', 'active');
  const updated = await ctx.db.transaction(async (tx) => {
    const row = await setUserActive(tx, target.id, active);
    if (target.active !== active) await recordAdminChange(tx, { kind: active ? 'user.unlocked' : 'user.locked', actorId: actor.id, unitCode: target.unitCode, target: target.username });
    return row;
  });
  if (!active) await endSessionsOfUser(ctx.db, target.id);
  return updated;
}
