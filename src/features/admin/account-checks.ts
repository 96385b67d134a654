/**
 * Checks shared by the account use cases: which account an actor may manage, and that a role
 * needing a department names one of the unit's.
 */
import type { StaffRole } from '../../domain/dossier/roles.ts';
import { mayGiveRole, roleNeedsDepartment } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden, notFound } from '../../platform/errors.ts';
import { findUserById, type User } from '../../platform/users/users.store.ts';
import { findDepartment } from '../../platform/units/units.queries.ts';

/**
 * The user an actor may manage: administrators any; a center leader the accounts of their own
 * unit that are neither administrators nor city supervisors (as for creating them).
 */
export async function manageableUser(ctx: AppContext, actor: CurrentUser, userId: string): Promise<User> {
  const target = await findUserById(ctx.db, userId);
  if (!target) throw notFound('Không tìm thấy người dùng này.');
  if (!mayGiveRole(actor, target.unitCode, target.role)) throw forbidden('Bạn không có quyền quản lý tài khoản này.');
  return target;
}

/** Specialists and department heads belong to a department, which must be one of the unit's. */
export async function checkDepartmentOfRole(ctx: AppContext, unitCode: string, role: StaffRole, departmentCode: string | null): Promise<void> {
  if (roleNeedsDepartment(role) && !departmentCode) {
    throw badRequest('Chuyên viên và lãnh đạo phòng phải thuộc một phòng chuyên môn.', 'departmentCode');
  }
  if (departmentCode && !(await findDepartment(ctx.db, unitCode, departmentCode))) {
    throw badRequest(`Không tìm thấy phòng ${departmentCode} trong đơn vị ${unitCode}.`, 'departmentCode');
  }
}
