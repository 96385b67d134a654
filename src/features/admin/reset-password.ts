/**
 * A manager sets a new password for an account (a forgotten one); the account's sessions end.
 * One's own password is changed with the current one ("Đổi mật khẩu", auth), so that a session
 * left open on a counter PC cannot take the account over.
 */
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest } from '../../platform/errors.ts';
import { endSessionsOfUser } from '../../platform/sessions/sessions.ts';
import { assertStrongPassword } from '../../platform/users/password-strength.ts';
import { setUserPassword } from '../../platform/users/users.store.ts';
import { manageableUser } from './account-checks.ts';

export async function resetPassword(ctx: AppContext, actor: CurrentUser, userId: string, newPassword: string): Promise<void> {
  const target = await manageableUser(ctx, actor, userId);
  if (target.id === actor.id) throw badRequest('Hãy dùng "Đổi mật khẩu" (cần mật khẩu hiện tại) để đổi mật khẩu của chính mình.', 'id');
  assertStrongPassword(newPassword, target, 'newPassword');
  await ctx.db.transaction(async (tx) => {
    await setUserPassword(tx, target.id, newPassword);
    await recordAdminChange(tx, { kind: 'user.password_reset', actorId: actor.id, unitCode: target.unitCode, target: target.username });
  });
  await endSessionsOfUser(ctx.db, target.id);
}
