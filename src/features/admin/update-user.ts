/**
 * An account's name, role and department changed (moving departments, changing roles); unit and
 * username never change. Nobody changes their own role; a change is logged with the department
 * names as they are today, so that the log still reads well after a rename.
 */
import type { StaffRole } from '../../domain/dossier/roles.ts';
import { changesOwnRole, mayGiveRole } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { departmentNames } from '../../platform/units/units.queries.ts';
import { checkDepartmentOfRole, manageableUser } from './account-checks.ts';
import { updateUser, type UserRow } from './users.store.ts';

export async function updateAccount(ctx: AppContext, actor: CurrentUser, userId: string, input: { fullName: string; role: StaffRole; departmentCode: string | null }): Promise<UserRow> {
  const target = await manageableUser(ctx, actor, userId);
  const { fullName, role } = input;
  const departmentCode = input.departmentCode || null;
  if (changesOwnRole(actor, target, role)) throw badRequest('Không thể tự đổi vai trò của chính mình.', 'role');
  if (!mayGiveRole(actor, target.unitCode, role)) throw forbidden('Bạn không có quyền gán vai trò này.');
  await checkDepartmentOfRole(ctx, target.unitCode, role, departmentCode);
  return ctx.db.transaction(async (tx) => {
    const row = await updateUser(tx, target.id, { fullName, role, departmentCode });
    const after = { fullName, role, departmentCode };
    if ((Object.keys(after) as Array<keyof typeof after>).some((key) => target[key] !== after[key])) {
      const names = await departmentNames(tx, target.unitCode);
      const nameOf = (code: string | null) => (code === null ? null : (names[code] ?? code));
      const before = { fullName: target.fullName, role: target.role, departmentCode: target.departmentCode, departmentName: nameOf(target.departmentCode) };
      await recordAdminChange(tx, { kind: 'user.updated', actorId: actor.id, unitCode: target.unitCode, target: target.username, before, after: { ...after, departmentName: nameOf(departmentCode) } });
    }
    return row;
  });
}
