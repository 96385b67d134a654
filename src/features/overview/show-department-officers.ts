/**
 * w3-city (issue 16 §4): one department of a unit opened to its officers (the dossiers' assignee),
 * with the same figures as its row among the departments; each officer opens the dossier list
 * (GET /api/dossiers?unitCode=…&departmentCode=…&assigneeId=…). Who may: domain/policy
 * canOpenBoardDepartment.
 */
import { canOpenBoardDepartment } from '../../domain/policy/policy.ts';
import { drillDownRows } from '../../domain/supervision/drill-down.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden } from '../../platform/errors.ts';
import { drillDownFigures } from './drill-down.queries.ts';
import { unitNames } from './overview.queries.ts';
import { boardUnit, drillDownBounds, drillDownPage, UNASSIGNED_OFFICER, type DrillDownPage } from './show-unit-departments.ts';

export async function showDepartmentOfficers(ctx: AppContext, user: CurrentUser, unitCode: string, departmentCode: string): Promise<DrillDownPage & { departmentCode: string; departmentName: string }> {
  const { unit } = await boardUnit(ctx, user, unitCode);
  if (!canOpenBoardDepartment(user, { code: unit.code, parentCode: unit.parentCode }, departmentCode)) throw forbidden('Bạn chỉ xem được số liệu của phòng mình.');
  const { calendar } = await ctx.calendars.forUnit(unit.code);
  const { period, ...bounds } = drillDownBounds(ctx.now(), calendar);
  const [groups, names] = await Promise.all([drillDownFigures(ctx.db, { unitCode: unit.code, departmentCode }, 'officer', bounds), unitNames(ctx.db, unit.code)]);
  const page = drillDownPage(unit, period, drillDownRows(groups, (id) => names.users.get(id) ?? id, UNASSIGNED_OFFICER));
  return { ...page, departmentCode, departmentName: names.departments.get(departmentCode) ?? departmentCode };
}
