/** The units a user sees in the unit list: all (administrators), else their unit and its wards and communes. */
import { unitsListedFor } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { listUnits, type UnitRow } from './units.store.ts';

export function listUnitsFor(ctx: AppContext, user: CurrentUser): Promise<UnitRow[]> {
  return listUnits(ctx.db, unitsListedFor(user));
}
