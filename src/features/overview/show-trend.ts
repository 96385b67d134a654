/**
 * w3-city (issue 16 §4): the trend month by month over the last twelve months (the running one
 * to today) of a unit or, for a city, of the city and its units: received, resolved by the legal
 * date, resolved after it. Who may: domain/policy canReadUnit (as the unit's overview).
 */
import { dayNumberFromYmd, dayOf, MINUTES_PER_DAY, ymdFromDayNumber } from '../../domain/calendar/local-time.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { monthlyFigures, type TrendMonth } from './drill-down.queries.ts';
import { activeMembersOf } from './overview.queries.ts';

export const TREND_MONTHS = 12;

export async function showTrend(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<{ unitCode: string; unitName: string; months: TrendMonth[] }> {
  const unit = await findUnit(ctx.db, unitCode);
  if (unit === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${unitCode}.`);
  if (!canReadUnit(user, { code: unit.code, parentCode: unit.parentCode })) throw forbidden('Bạn không có quyền xem số liệu của đơn vị này.');
  const codes = unit.kind === 'city' ? [unit.code, ...(await activeMembersOf(ctx.db, unit.code)).map((member) => member.code)] : [unit.code];
  const today = dayOf(ctx.now());
  const { year, month } = ymdFromDayNumber(today);
  // The first day of the month eleven months before this one.
  const first = { year: month > TREND_MONTHS - 1 ? year : year - 1, month: ((month - TREND_MONTHS + 12) % 12) + 1 };
  const rows = await monthlyFigures(ctx.db, codes, dayNumberFromYmd(first.year, first.month, 1) * MINUTES_PER_DAY, (today + 1) * MINUTES_PER_DAY);
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  const months = Array.from({ length: TREND_MONTHS }, (_, i) => {
    const index = first.month - 1 + i;
    const key = `${first.year + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    return byMonth.get(key) ?? { month: key, received: 0, resolvedOnTime: 0, resolvedLate: 0 };
  });
  return { unitCode: unit.code, unitName: unit.name, months };
}
