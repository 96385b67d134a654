/**
 * Issue 16 §4 (w3-city): the figures of the supervision drill-down, unit → departments →
 * officers, and the trend month by month. The open counts use the same columns and conditions as
 * the dossier list's filters (features/dossiers/dossiers.queries.ts: department_code,
 * assignee_id, overdue, dueSoon), so that a figure opened as a list gives as many dossiers.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { IN_PROGRESS_STATUSES } from '../../domain/overview/overview.ts';
import type { GroupCounts } from '../../domain/supervision/drill-down.ts';

/** One group's figures (domain/supervision/drill-down.ts): key = department_code or assignee_id. */
export type GroupFigures = GroupCounts;

export interface DrillDownBounds {
  now: LocalMinute;
  /** End of "due soon": one working day from now (the dossier list's dueSoon filter). */
  dueSoonUntil: LocalMinute;
  /** The month so far: [monthStart, monthEnd). */
  monthStart: LocalMinute;
  monthEnd: LocalMinute;
}

const at = (minute: LocalMinute) => dateFromLocalMinute(minute).toISOString();

/**
 * The figures of a unit's dossiers grouped by department, or of one department's (`departmentCode`)
 * grouped by officer. Groups are those with an open dossier or with activity in the month.
 */
export async function drillDownFigures(
  db: Database,
  scope: { unitCode: string; departmentCode?: string },
  groupBy: 'department' | 'officer',
  bounds: DrillDownBounds,
): Promise<GroupFigures[]> {
  const key = groupBy === 'department' ? sql`d.department_code` : sql`d.assignee_id`;
  const inDepartment = scope.departmentCode === undefined ? sql`true` : sql`d.department_code = ${scope.departmentCode}`;
  const inProgress = sql.raw(`(${IN_PROGRESS_STATUSES.join(',')})`);
  const open = sql`d.ended_at IS NULL AND d.status IN ${inProgress}`;
  const running = sql`${open} AND NOT d.paused`;
  const [now, soon, start, end] = [at(bounds.now), at(bounds.dueSoonUntil), at(bounds.monthStart), at(bounds.monthEnd)];
  const resolvedInMonth = sql`d.end_kind IN ('processed', 'returned') AND d.closed_at >= ${start}::timestamptz AND d.closed_at < ${end}::timestamptz`;
  const result = await db.execute(sql`
    SELECT ${key} AS key,
      count(*) FILTER (WHERE d.received_at >= ${start}::timestamptz AND d.received_at < ${end}::timestamptz AND d.status NOT IN (1, 3))::int AS received,
      count(*) FILTER (WHERE ${open})::int AS "inProgress",
      count(*) FILTER (WHERE ${running} AND d.legal_due_at < ${now}::timestamptz)::int AS overdue,
      count(*) FILTER (WHERE ${running} AND d.legal_due_at >= ${now}::timestamptz AND d.legal_due_at <= ${soon}::timestamptz)::int AS "dueSoon",
      count(*) FILTER (WHERE ${resolvedInMonth})::int AS resolved,
      count(*) FILTER (WHERE ${resolvedInMonth} AND (d.legal_due_at IS NULL OR d.closed_at <= d.legal_due_at))::int AS "resolvedOnTime"
    FROM dossiers d
    WHERE d.unit_code = ${scope.unitCode} AND ${inDepartment}
      AND (d.ended_at IS NULL OR d.received_at >= ${start}::timestamptz OR d.closed_at >= ${start}::timestamptz)
    GROUP BY 1`);
  return (result as unknown as { rows: GroupFigures[] }).rows.filter((row) => row.received + row.inProgress + row.resolved > 0);
}

/** One month of the trend: received, and resolved by / after the legal date. */
export interface TrendMonth {
  /** 'YYYY-MM' (local time). */
  month: string;
  received: number;
  resolvedOnTime: number;
  resolvedLate: number;
}

/** Month by month from `from` (the first day of a month) to `to` (exclusive), over the units. */
export async function monthlyFigures(db: Database, unitCodes: readonly string[], from: LocalMinute, to: LocalMinute): Promise<TrendMonth[]> {
  if (unitCodes.length === 0) return [];
  const inUnits: SQL = sql`d.unit_code IN (${sql.join(unitCodes.map((code) => sql`${code}`), sql`, `)})`;
  const month = (column: SQL) => sql`to_char(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;
  const [start, end] = [at(from), at(to)];
  const result = await db.execute(sql`
    WITH received AS (
      SELECT ${month(sql`d.received_at`)} AS month, count(*)::int AS n
      FROM dossiers d
      WHERE ${inUnits} AND d.received_at >= ${start}::timestamptz AND d.received_at < ${end}::timestamptz AND d.status NOT IN (1, 3)
      GROUP BY 1
    ), resolved AS (
      SELECT ${month(sql`d.closed_at`)} AS month,
        count(*) FILTER (WHERE d.legal_due_at IS NULL OR d.closed_at <= d.legal_due_at)::int AS on_time,
        count(*) FILTER (WHERE d.closed_at > d.legal_due_at)::int AS late
      FROM dossiers d
      WHERE ${inUnits} AND d.end_kind IN ('processed', 'returned') AND d.closed_at >= ${start}::timestamptz AND d.closed_at < ${end}::timestamptz
      GROUP BY 1
    )
    SELECT coalesce(r.month, s.month) AS month, coalesce(r.n, 0) AS received, coalesce(s.on_time, 0) AS "resolvedOnTime", coalesce(s.late, 0) AS "resolvedLate"
    FROM received r FULL JOIN resolved s ON s.month = r.month`);
  return (result as unknown as { rows: TrendMonth[] }).rows;
}
