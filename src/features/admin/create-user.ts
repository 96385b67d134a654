/** An account created with a role the actor may give, a strong password, and its department; logged (never the password). */
import type { StaffRole } from '../../domain/dossier/roles.ts';
import { mayGiveRole } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { pgErrorCode } from '../../platform/db/sql.ts';
import { badRequest, conflict, forbidden } from '../../platform/errors.ts';
import { assertStrongPassword } from '../../platform/users/password-strength.ts';
import { createUser, type User } from '../../platform/users/users.store.ts';
import { checkDepartmentOfRole } from './account-checks.ts';

export async function createAccount(
  ctx: AppContext,
  actor: CurrentUser,
  account: { username: string; fullName: string; password: string; role: StaffRole; unitCode: string; departmentCode: string | null },
): Promise<User> {
  if (!mayGiveRole(actor, account.unitCode, account.role)) throw forbidden('Bạn không có quyền tạo người dùng với vai trò này cho đơn vị này.');
  assertStrongPassword(account.password, account, 'password');
  await checkDepartmentOfRole(ctx, account.unitCode, account.role, account.departmentCode);
  try {
    return await ctx.db.transaction(async (tx) => {
      const user = await createUser(tx, account);
      // Never the password: only who was given which role where.
      await recordAdminChange(tx, { kind: 'user.created', actorId: actor.id, unitCode: account.unitCode, target: account.username, after: { fullName: account.fullName, role: account.role, departmentCode: account.departmentCode } });
      return user;
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw conflict(`Tên đăng nhập ${account.username} đã được dùng.`);
    if (pgErrorCode(error) === '23503') throw badRequest(`Không tìm thấy đơn vị ${account.unitCode}.`, 'unitCode');
    throw error;
  }
}
