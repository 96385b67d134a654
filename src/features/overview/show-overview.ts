/**
 * The leaders' overview of a unit now: staff see their own unit, a city supervisor also the units
 * of the city (domain/policy canReadUnit); counts only, no personal data. The arithmetic is the
 * pure domain/overview; the rows come from overview.queries.ts.
 */
import { computeOverview, daysAgo, type Overview } from '../../domain/overview/overview.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { cityOf } from '../../platform/units/units.queries.ts';
import { openOverviewRows, overviewTallies, unitNames } from './overview.queries.ts';

export async function showOverview(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<Overview & { unitCode: string }> {
  if (!canReadUnit(user, { code: unitCode, parentCode: await cityOf(ctx.db, unitCode) })) throw forbidden('Bạn không có quyền xem tổng quan của đơn vị này.');
  const now = ctx.now();
  const [{ calendar }, rows, tallies, names] = await Promise.all([
    ctx.calendars.forUnit(unitCode),
    openOverviewRows(ctx.db, unitCode),
    overviewTallies(ctx.db, unitCode, daysAgo(now, 0)),
    unitNames(ctx.db, unitCode),
  ]);
  return { unitCode, ...computeOverview(rows, tallies, now, calendar, names) };
}
