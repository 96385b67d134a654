/**
 * The units of a city for a period, ranked as the city report ranks them (QĐ 766 service index,
 * then on-time rate: domain/report rankUnits), for the supervision board (features/overview):
 * the same aggregate SQL counts by unit, service index included, as build-report.ts, so the board
 * and the report cannot disagree; no folded state is read (issue 16 §6).
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DayRange } from '../../domain/kpi/period.ts';
import { figuresFromCounts } from '../../domain/report/from-counts.ts';
import { rankUnits, type RankingRow } from '../../domain/report/report.ts';
import type { Database } from '../../platform/db/client.ts';
import { queryReportCounts, reportUnits, serviceIndexTalliesByGroup, type ReportUnitRow } from './reports.queries.ts';

export interface UnitRanking {
  city: ReportUnitRow;
  members: ReportUnitRow[];
  ranking: RankingRow[];
}

/** The city's units ranked for `range`, or undefined when the city does not exist. */
export async function unitRanking(db: Database, cityCode: string, range: DayRange, asOf: LocalMinute): Promise<UnitRanking | undefined> {
  const found = await reportUnits(db, cityCode);
  if (found === undefined) return undefined;
  const scope = { unitCodes: found.members.map((member) => member.code) };
  const counts = await queryReportCounts(db, scope, range, { asOf, groupBy: 'unit' });
  const byUnit = figuresFromCounts(counts, { groupBy: 'unit', percentMode: 'truncate' }).byGroup ?? {};
  return { city: found.unit, members: found.members, ranking: rankUnits(found.members, byUnit, serviceIndexTalliesByGroup(counts), range, 'truncate') };
}
