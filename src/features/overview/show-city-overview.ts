/**
 * The city board (issue 16 §4): for a city supervisor (or a leader of the city's own unit), the
 * city's totals today and its units ranked by the QĐ 766 service index then the on-time rate of
 * the month so far (features/reports unit-ranking.ts, the report's ranking), each with its live
 * counts (overview.queries.ts liveCountsByUnit: one aggregate statement for every unit) and its
 * receptions of the month so far (receivedByUnit: not the report's "received", which counts
 * carried-over dossiers too — w4-links, issue 15 §4). A unit
 * opens to its departments and officers through GET /api/overview?unitCode=… (show-overview.ts).
 * Counts only: no citizen's data.
 */
import { dayOf, isoDate, MINUTES_PER_DAY, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { periodContaining } from '../../domain/kpi/period.ts';
import { liveBoundsOf } from '../../domain/overview/live-bounds.ts';
import { canReadUnit } from '../../domain/policy/policy.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { unitRanking } from '../reports/unit-ranking.ts';
import { activeMembersOf, liveCountsByUnit, receivedByUnit, type UnitLiveCounts } from './overview.queries.ts';

export type LiveFigures = Omit<UnitLiveCounts, 'unitCode'>;

export interface CityUnitRow extends LiveFigures {
  rank: number;
  unitCode: string;
  name: string;
  /**
   * w4-links (issue 15 §4): dossiers received in the month so far (received_at from the 1st to
   * now; online, in person, by post — never carried-over dossiers, online submissions not yet
   * received nor those refused at the desk): the list receivedFrom=<1st>&receivedTo=<today>&receivedOnly=true.
   */
  received: number;
  /** The month so far (the report's ranking): resolved, on-time rate and service index (basis points; null: no data). */
  resolved: number;
  onTimeBasisPoints: number | null;
  serviceBasisPoints: number | null;
}

export interface CityOverview {
  cityCode: string;
  cityName: string;
  today: string;
  period: { from: string; to: string };
  total: LiveFigures & { received: number; resolved: number };
  units: CityUnitRow[];
}

const ZERO: LiveFigures = { receivedToday: 0, awaitingReturn: 0, inProgress: 0, dueToday: 0, dueNextWorkingDay: 0, overdue: 0, apologiesOwed: 0 };

/** The city the user supervises: a city supervisor's unit, or the city asked for. */
export async function showCityOverview(ctx: AppContext, user: CurrentUser, cityCode: string): Promise<CityOverview> {
  if (!canReadUnit(user, { code: cityCode, parentCode: null })) throw forbidden('Bạn không có quyền xem tổng quan của thành phố này.');
  const now = ctx.now();
  const today = dayOf(now);
  const month = periodContaining(today, 'month', 'calendar');
  // The month's ranking and the live counts at once (issue 16 §6: the board's time is the slower of the two).
  const liveCounts = async () => {
    const members = await activeMembersOf(ctx.db, cityCode);
    const bounds = await Promise.all(members.map(async (member) => liveBoundsOf(member.code, member.settings, now, (await ctx.calendars.forUnit(member.code)).calendar)));
    const codes = members.map((member) => member.code);
    return Promise.all([liveCountsByUnit(ctx.db, bounds), receivedByUnit(ctx.db, codes, month.from * MINUTES_PER_DAY, (today + 1) * MINUTES_PER_DAY)]);
  };
  const [found, [counts, receivedInMonth]] = await Promise.all([unitRankingOfMonth(ctx, cityCode, now), liveCounts()]);
  if (found === undefined) throw notFound(`Không tìm thấy đơn vị có mã ${cityCode}.`);
  if (found.city.kind !== 'city') throw forbidden('Đơn vị này không phải cấp thành phố: hãy xem tổng quan của đơn vị.');
  const live = new Map(counts.map(({ unitCode, ...rest }) => [unitCode, rest]));
  const names = new Map(found.members.map((member) => [member.code, member.name]));
  const units = found.ranking.map((row): CityUnitRow => ({
    rank: row.rank,
    unitCode: row.unitCode,
    name: names.get(row.unitCode) ?? row.unitCode,
    received: receivedInMonth.get(row.unitCode) ?? 0,
    resolved: row.resolved,
    onTimeBasisPoints: row.onTimeBasisPoints,
    serviceBasisPoints: row.serviceBasisPoints,
    ...(live.get(row.unitCode) ?? ZERO),
  }));
  const total = { ...ZERO, received: 0, resolved: 0 };
  for (const unit of units) for (const key of Object.keys(total) as Array<keyof typeof total>) total[key] += unit[key];
  return { cityCode, cityName: found.city.name, today: isoDate(today), period: { from: isoDate(found.period.from), to: isoDate(found.period.to) }, total, units };
}

/** The units ranked over the calendar month so far (the report's month, judged now). */
async function unitRankingOfMonth(ctx: AppContext, cityCode: string, now: LocalMinute) {
  const today = dayOf(now);
  const month = periodContaining(today, 'month', 'calendar');
  // The month so far: judged now.
  const range = { from: month.from, to: Math.min(month.to, today) };
  const found = await unitRanking(ctx.db, cityCode, range, now);
  return found === undefined ? undefined : { ...found, period: range };
}
