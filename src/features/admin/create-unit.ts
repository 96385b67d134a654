/** An administrator creates a unit (ward, commune, city), logged in the change log. */
import { canAdministerSystem } from '../../domain/policy/policy.ts';
import type { UnitKind, UnitSettings } from '../../domain/unit/settings.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { pgErrorCode } from '../../platform/db/sql.ts';
import { badRequest, conflict, forbidden } from '../../platform/errors.ts';
import { insertUnit, type UnitRow } from './units.store.ts';

export async function createUnit(ctx: AppContext, user: CurrentUser, unit: { code: string; name: string; kind: UnitKind; parentCode: string | null; settings: UnitSettings }): Promise<UnitRow> {
  if (!canAdministerSystem(user)) throw forbidden('Chỉ quản trị hệ thống được tạo đơn vị.');
  try {
    return await ctx.db.transaction(async (tx) => {
      const created = await insertUnit(tx, unit);
      await recordAdminChange(tx, { kind: 'unit.created', actorId: user.id, unitCode: unit.code, target: unit.code, after: { name: unit.name, kind: unit.kind, parentCode: unit.parentCode, settings: unit.settings } });
      return created;
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505') throw conflict(`Mã đơn vị ${unit.code} đã tồn tại.`);
    if (pgErrorCode(error) === '23503') throw badRequest(`Không tìm thấy đơn vị cấp trên ${unit.parentCode ?? ''}.`, 'parentCode');
    throw error;
  }
}
