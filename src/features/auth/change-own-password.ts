/**
 * "Đổi mật khẩu": the owner changes their password with the current one (checked like a login,
 * against guessing), to a strong one; the change is logged (never the password) and the
 * account's other sessions end.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import { badRequest } from '../../platform/errors.ts';
import { endSessionsOfUser } from '../../platform/sessions/sessions.ts';
import { checkPasswordThrottled } from '../../platform/users/login-throttle.ts';
import { assertStrongPassword } from '../../platform/users/password-strength.ts';
import { setUserPassword } from '../../platform/users/users.store.ts';

export async function changeOwnPassword(ctx: AppContext, user: CurrentUser, input: { currentPassword: string; newPassword: string; sessionToken: string | undefined }): Promise<void> {
  const { currentPassword, newPassword } = input;
  if (!(await checkPasswordThrottled(ctx.db, user.username, currentPassword, new Date()))) throw badRequest('Mật khẩu hiện tại không đúng.', 'currentPassword');
  if (newPassword === currentPassword) throw badRequest('Mật khẩu mới phải khác mật khẩu hiện tại.', 'newPassword');
  assertStrongPassword(newPassword, user, 'newPassword');
  await ctx.db.transaction(async (tx) => {
    await setUserPassword(tx, user.id, newPassword);
    await recordAdminChange(tx, { kind: 'user.password_changed', actorId: user.id, unitCode: user.unitCode, target: user.username });
  });
  await endSessionsOfUser(ctx.db, user.id, input.sessionToken);
}
