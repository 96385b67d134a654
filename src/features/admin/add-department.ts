/** A department or vertical agency added to a unit, logged in the change log. */
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { pgErrorCode } from '../../platform/db/sql.ts';
import { conflict, forbidden, notFound } from '../../platform/errors.ts';
import { insertDepartment, type DepartmentRow } from './units.store.ts';

export async function addDepartment(ctx: AppContext, user: CurrentUser, unitCode: string, department: { code: string; name: string; kind: DepartmentRow['kind'] }): Promise<DepartmentRow> {
  if (!canAdministerUnit(user, unitCode)) throw forbidden('Bạn không có quyền quản trị đơn vị này.');
  try {
    return await ctx.db.transaction(async (tx) => {
      const created = await insertDepartment(tx, { ...department, unitCode });
      await recordAdminChange(tx, { kind: 'department.created', actorId: user.id, unitCode, target: department.code, after: { name: department.name, kind: department.kind } });
      return created;
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw conflict(`Mã ${department.code} đã có trong đơn vị.`);
    if (pgErrorCode(error) === '23503') throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
    throw error;
  }
}
