/**
 * w3-city (issue 16 §4): a unit opened to its departments — per department, received this month,
 * in progress, overdue, due soon (one working day, as the dossier list's filter) and the month's
 * on-time rate. A city supervisor opens the units of the city, a unit's leaders their unit, a
 * department head sees only their department's row (domain/policy boardDepartmentsFor).
 */
import { dayOf, isoDate, MINUTES_PER_DAY, type LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { periodContaining } from '../../domain/kpi/period.ts';
import { boardDepartmentsFor } from '../../domain/policy/policy.ts';
import { drillDownRows, totalOf, type DrillDownRow, type GroupCounts } from '../../domain/supervision/drill-down.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { drillDownFigures, type DrillDownBounds } from './drill-down.queries.ts';
import { unitNames } from './overview.queries.ts';

export const UNROUTED_DEPARTMENT = 'Bộ phận một cửa (chưa chuyển)';
export const UNASSIGNED_OFFICER = 'Chưa phân công';

export interface DrillDownPage {
  unitCode: string;
  unitName: string;
  /** The month so far, whose received and resolved figures are shown. */
  period: { from: string; to: string };
  total: Omit<GroupCounts, 'key'> & { onTimeBasisPoints: number | null };
  rows: DrillDownRow[];
}

/** The moments that split the figures: now, one working day ahead, the month so far. */
export function drillDownBounds(now: LocalMinute, calendar: WorkingCalendar): DrillDownBounds & { period: { from: string; to: string } } {
  const month = periodContaining(dayOf(now), 'month', 'calendar');
  return {
    now,
    dueSoonUntil: calendar.addWorkingMinutes(now, calendar.minutesPerDay),
    monthStart: month.from * MINUTES_PER_DAY,
    monthEnd: (dayOf(now) + 1) * MINUTES_PER_DAY,
    period: { from: isoDate(month.from), to: isoDate(dayOf(now)) },
  };
}

/** The page of rows with its total line. */
export function drillDownPage(unit: { code: string; name: string }, period: { from: string; to: string }, rows: DrillDownRow[]): DrillDownPage {
  const total = totalOf(rows);
  const [line] = drillDownRows([{ key: null, ...total }], () => '', '');
  return { unitCode: unit.code, unitName: unit.name, period, total: { ...total, onTimeBasisPoints: line!.onTimeBasisPoints }, rows };
}

/** The unit the user may open, or a Vietnamese refusal. */
export async function boardUnit(ctx: AppContext, user: CurrentUser, unitCode: string) {
  const unit = await findUnit(ctx.db, unitCode);
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${unitCode}.`);
  const scope = boardDepartmentsFor(user, { code: unit.code, parentCode: unit.parentCode });
  if (scope === 'none') throw forbidden('Bạn không có quyền xem số liệu theo phòng, cán bộ của đơn vị này.');
  return { unit, scope };
}

export async function showUnitDepartments(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<DrillDownPage> {
  const { unit, scope } = await boardUnit(ctx, user, unitCode);
  const { calendar } = await ctx.calendars.forUnit(unit.code);
  const { period, ...bounds } = drillDownBounds(ctx.now(), calendar);
  const [groups, names] = await Promise.all([drillDownFigures(ctx.db, { unitCode: unit.code }, 'department', bounds), unitNames(ctx.db, unit.code)]);
  const visible = scope === 'all' ? groups : groups.filter((group) => group.key === scope.departmentCode);
  return drillDownPage(unit, period, drillDownRows(visible, (code) => names.departments.get(code) ?? code, UNROUTED_DEPARTMENT));
}
