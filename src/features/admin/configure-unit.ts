/**
 * A unit's settings replaced as a whole (names on documents, place, signers, working hours,
 * report period…), logged before and after; the unit's cached calendar is dropped (its hours).
 */
import { canAdministerUnit } from '../../domain/policy/policy.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { lockUnitSettings, updateUnitSettings, type UnitRow } from './units.store.ts';

export async function configureUnit(ctx: AppContext, user: CurrentUser, code: string, settings: UnitSettings): Promise<UnitRow> {
  if (!canAdministerUnit(user, code)) throw forbidden('Bạn không có quyền cấu hình đơn vị này.');
  const row = await ctx.db.transaction(async (tx) => {
    const before = await lockUnitSettings(tx, code);
    if (!before) throw notFound(`Không tìm thấy đơn vị ${code}.`);
    // w3-alerts: the unit's supervision settings are set by their own route; a settings PUT keeps them.
    const supervision = (before as { supervision?: unknown }).supervision;
    const updated = await updateUnitSettings(tx, code, supervision === undefined ? settings : ({ ...settings, supervision } as UnitSettings));
    await recordAdminChange(tx, { kind: 'unit.settings', actorId: user.id, unitCode: code, target: code, before, after: settings });
    return updated;
  });
  ctx.calendars.invalidate(row.code);
  return row;
}
