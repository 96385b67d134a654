/**
 * Report SQL: the narrative figures and Biểu II.06a counted by aggregate SQL over the
 * dossiers read model, with exactly the definitions of src/domain/kpi/classify.ts
 * (docs/report-definitions.md §4). test/db/report-queries.test.ts checks, on PGlite and
 * PostgreSQL, that every count equals computeFigures / buildFormII06a of the pure core on
 * the same dossiers.
 *
 * How each definition reads in SQL (columns filled by src/db/dossier-read-model.ts):
 * - received          received_at IS NOT NULL AND status NOT IN (1, 3)
 * - handled in [s, e) received and received_at < e AND (closed_at IS NULL OR closed_at ≥ s)
 *                     (closed_at = end of processing when its time and kind are both known)
 * - carried over      received_at < s
 * - ended             closed_at < e
 * - timing            overdue: closed_at > legal_due_at; early: closed_at before 00:00 (UTC+7) of
 *                     the due day; else on time; no legal_due_at → on time
 * - in progress late  legal_due_at < J AND NOT ((J = asOf AND paused) OR pause_ranges @> J),
 *                     J = least(e, asOf), pause_ranges holding every pause as (from, to]
 * - supplement        supplement_ranges && [s, e)
 * - refused at desk   status = 3 AND refused_at in [s, e)   (its own query)
 * - fees collected    payments dated in [s, e) of received dossiers (its own query)
 * - QĐ 766 2.1        service-index.ts isOnTimeForServiceIndex: more than one processing-stage
 *                     supplement request before J ⇒ late; ended ⇒ closed_at ≤ legal_due_at; open
 *                     and J ≤ legal date ⇒ on time; else judged at the single unanswered request,
 *                     else at the start of the pause open at J (else late). Only dossiers with a
 *                     supplement request, and open past-due ones, read their folded state for it.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { GroupBy } from '../../domain/kpi/figures.ts';
import { emptyFigureCounts } from '../../domain/kpi/figures.ts';
import { emptyFormII06aCounts, type FormII06aCounts } from '../../domain/kpi/form-ii06a.ts';
import { DOSSIER_SUB_INDICATORS, emptyServiceIndexTallies, type ServiceIndexTallies } from '../../domain/kpi/service-index.ts';
import type { ReportCounts, ReportGroupCounts } from '../../domain/report/counts.ts';
import { UNASSIGNED_GROUP } from '../../domain/kpi/labels.ts';
import { periodWindow, type DayRange } from '../../domain/kpi/period.ts';
import type { Database } from '../../platform/db/client.ts';
import { departments as departmentsTable, units, users } from '../../platform/db/schema.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';
import { queryRows } from '../../platform/db/sql.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';

/** Which dossiers a report reads: those of the listed units (one unit, or every unit of a city). */
export interface ReportScope {
  unitCodes: readonly string[];
}

export interface ReportQueryOptions {
  /** Snapshot time: unfinished dossiers are judged at min(period end, asOf). */
  asOf: LocalMinute;
  /** A second grouping besides field (and the total). */
  groupBy?: GroupBy;
}

/** 00:00 local time (UTC+7) as an origin for date_bin: the start of the local day of an instant. */
const LOCAL_DAY_ORIGIN = '2000-01-01T00:00:00+07:00';

interface Bounds {
  start: string;
  end: string;
  judgedAt: string;
  asOf: string;
  startMinute: number;
  endMinute: number;
  /** J as a local minute (the folded state's unit). */
  judgedMinute: number;
}

function boundsOf(period: DayRange, asOf: LocalMinute): Bounds {
  const window = periodWindow(period);
  const iso = (minute: LocalMinute) => dateFromLocalMinute(minute).toISOString();
  return {
    start: iso(window.start),
    end: iso(window.end),
    judgedAt: iso(Math.min(window.end, asOf)),
    asOf: iso(asOf),
    startMinute: window.start,
    endMinute: window.end,
    judgedMinute: Math.min(window.end, asOf),
  };
}

function scopeCondition(scope: ReportScope): SQL {
  if (scope.unitCodes.length === 1) return sql`d.unit_code = ${scope.unitCodes[0]!}`;
  return sql`d.unit_code IN (${sql.join(
    scope.unitCodes.map((code) => sql`${code}`),
    sql`, `,
  )})`;
}

/** The key of the second grouping, as an SQL expression over `d`. */
function groupKeyExpression(groupBy: GroupBy): SQL {
  switch (groupBy) {
    case 'field':
      return sql`d.field`;
    case 'unit':
      return sql`d.unit_code`;
    case 'procedure':
      return sql`d.procedure_code`;
    case 'department':
      return sql`coalesce(d.department_code, ${UNASSIGNED_GROUP})`;
    case 'officer':
      return sql`coalesce(d.received_by, ${UNASSIGNED_GROUP})`;
  }
}

/** The key of the second grouping as a column of the inner query (NULL without one). */
function groupColumn(groupBy: GroupBy | undefined): SQL {
  return groupBy === undefined || groupBy === 'field' ? sql`NULL::text AS grp` : sql`${groupKeyExpression(groupBy)} AS grp`;
}

/**
 * `GROUP BY field, grp` over an inner query that has `field` and `grp` columns. Every count is
 * additive (each dossier sits in exactly one (field, grp) cell), so the total, the fields and
 * the groups are summed from these cells in TypeScript (rollUp): one hash aggregate instead of
 * grouping sets that sort the rows once per set.
 */
function grouping(): { select: SQL; groupBy: SQL } {
  return { select: sql`d.field AS field, d.grp AS grp`, groupBy: sql`d.field, d.grp` };
}

interface GroupColumns {
  field: string;
  grp: string | null;
}

interface HandledRow extends GroupColumns {
  received: number;
  online: number;
  in_person: number;
  post: number;
  carried_over: number;
  resolved_early: number;
  resolved_on_time: number;
  resolved_overdue: number;
  stopped_early: number;
  stopped_on_time: number;
  stopped_overdue: number;
  withdrawn: number;
  in_progress_within: number;
  in_progress_overdue: number;
  supplement_requested: number;
  with_fee: number;
  paid_online: number;
  reused: number;
  with_result_file: number;
  digitized: number;
  result_required: number;
  electronic_result: number;
  index_on_time: number;
  index_online: number;
  index_digitized: number;
}

/**
 * QĐ 766 2.1 of one handled dossier (service-index.ts isOnTimeForServiceIndex), as a boolean over `d`.
 * The common cases read columns; the processing-stage supplement requests and the pauses are read
 * from the folded state only where they can matter (a supplement was requested; open past its date).
 */
function indexOnTime(b: Bounds): SQL {
  const requests = sql`jsonb_to_recordset(coalesce(d.state -> 'supplementRequests', '[]'::jsonb)) AS r(at bigint, stage text, "receivedAt" bigint)`;
  return sql`CASE
          WHEN d.supplement_ranges <> '{}'::tstzmultirange
            AND (SELECT count(*) FROM ${requests} WHERE r.stage = 'processing' AND r.at < ${b.judgedMinute}) > 1 THEN false
          WHEN d.legal_due_at IS NULL THEN true
          WHEN d.closed_at < ${b.end}::timestamptz THEN d.closed_at <= d.legal_due_at
          WHEN d.legal_due_at >= ${b.judgedAt}::timestamptz THEN true
          ELSE coalesce((
            SELECT CASE
              WHEN p.n = 1 AND (p.received_at IS NULL OR p.received_at >= ${b.judgedMinute}) THEN p.at
              ELSE (SELECT (x.pause ->> 'from')::bigint
                    FROM jsonb_array_elements(coalesce(d.state -> 'pauses', '[]'::jsonb)) WITH ORDINALITY AS x(pause, i)
                    WHERE (x.pause ->> 'from')::bigint < ${b.judgedMinute}
                      AND (x.pause ->> 'to' IS NULL OR (x.pause ->> 'to')::bigint >= ${b.judgedMinute})
                    ORDER BY x.i LIMIT 1)
            END
            FROM (SELECT count(*) AS n, min(r.at) AS at, min(r."receivedAt") AS received_at FROM ${requests}
                  WHERE r.stage = 'processing' AND r.at < ${b.judgedMinute}) p
          ) <= (d.state ->> 'legalDueAt')::bigint, false)
        END`;
}

/**
 * Per-dossier classification of the handled dossiers (one row each), then counts per group.
 * `h.*` flags are computed once in the inner SELECT so the FILTERs stay readable.
 */
function handledQuery(scope: ReportScope, period: DayRange, b: Bounds, groupBy: GroupBy | undefined): SQL {
  const g = grouping();
  return sql`
    WITH h AS (
      SELECT d.field, ${groupColumn(groupBy)}, d.channel, d.end_kind, d.fee_amount, d.paid_online,
        d.has_reused_component, d.has_result_file, d.has_component_file, d.result_required,
        d.received_at < ${b.start}::timestamptz AS carried,
        coalesce(d.closed_at < ${b.end}::timestamptz, false) AS ended,
        CASE
          WHEN d.legal_due_at IS NULL THEN 'onTime'
          WHEN d.closed_at > d.legal_due_at THEN 'overdue'
          WHEN d.closed_at < date_bin('1 day', d.legal_due_at, ${LOCAL_DAY_ORIGIN}::timestamptz) THEN 'early'
          ELSE 'onTime'
        END AS timing,
        coalesce(
          d.legal_due_at < ${b.judgedAt}::timestamptz
          AND NOT ((${b.judgedAt}::timestamptz = ${b.asOf}::timestamptz AND d.paused) OR d.pause_ranges @> ${b.judgedAt}::timestamptz),
          false) AS late,
        d.supplement_ranges && tstzrange(${b.start}::timestamptz, ${b.end}::timestamptz, '[)') AS supplemented,
        d.end_kind IN ('processed', 'returned') AS resolved_kind,
        ${indexOnTime(b)} AS index_on_time
      FROM dossiers d
      WHERE ${handledCondition(scope, period)}
    )
    SELECT ${g.select},
      count(*)::int AS received,
      count(*) FILTER (WHERE NOT carried AND channel = 'online')::int AS online,
      count(*) FILTER (WHERE NOT carried AND channel = 'in_person')::int AS in_person,
      count(*) FILTER (WHERE NOT carried AND channel = 'post')::int AS post,
      count(*) FILTER (WHERE carried)::int AS carried_over,
      count(*) FILTER (WHERE ended AND resolved_kind AND timing = 'early')::int AS resolved_early,
      count(*) FILTER (WHERE ended AND resolved_kind AND timing = 'onTime')::int AS resolved_on_time,
      count(*) FILTER (WHERE ended AND resolved_kind AND timing = 'overdue')::int AS resolved_overdue,
      count(*) FILTER (WHERE ended AND end_kind = 'stopped' AND timing = 'early')::int AS stopped_early,
      count(*) FILTER (WHERE ended AND end_kind = 'stopped' AND timing = 'onTime')::int AS stopped_on_time,
      count(*) FILTER (WHERE ended AND end_kind = 'stopped' AND timing = 'overdue')::int AS stopped_overdue,
      count(*) FILTER (WHERE ended AND end_kind = 'withdrawn')::int AS withdrawn,
      count(*) FILTER (WHERE NOT ended AND NOT late)::int AS in_progress_within,
      count(*) FILTER (WHERE NOT ended AND late)::int AS in_progress_overdue,
      count(*) FILTER (WHERE supplemented)::int AS supplement_requested,
      count(*) FILTER (WHERE NOT carried AND fee_amount > 0)::int AS with_fee,
      count(*) FILTER (WHERE NOT carried AND fee_amount > 0 AND paid_online)::int AS paid_online,
      count(*) FILTER (WHERE NOT carried AND has_reused_component)::int AS reused,
      count(*) FILTER (WHERE ended AND resolved_kind AND has_result_file)::int AS with_result_file,
      count(*) FILTER (WHERE ended AND resolved_kind AND has_result_file AND has_component_file)::int AS digitized,
      count(*) FILTER (WHERE ended AND resolved_kind AND result_required)::int AS result_required,
      count(*) FILTER (WHERE ended AND resolved_kind AND result_required AND has_result_file)::int AS electronic_result,
      count(*) FILTER (WHERE index_on_time)::int AS index_on_time,
      count(*) FILTER (WHERE NOT carried AND channel = 'online' AND (NOT result_required OR has_result_file))::int AS index_online,
      count(*) FILTER (WHERE ended AND resolved_kind AND has_component_file AND (NOT result_required OR has_result_file))::int AS index_digitized
    FROM h d
    GROUP BY ${g.groupBy}`;
}

interface RefusedRow extends GroupColumns {
  refused_at_reception: number;
}

function refusedAtReceptionQuery(scope: ReportScope, b: Bounds, groupBy: GroupBy | undefined): SQL {
  const g = grouping();
  return sql`
    SELECT ${g.select}, count(*)::int AS refused_at_reception
    FROM (
      SELECT d.field, ${groupColumn(groupBy)}
      FROM dossiers d
      WHERE ${scopeCondition(scope)}
        AND d.status = 3
        AND d.refused_at >= ${b.start}::timestamptz AND d.refused_at < ${b.end}::timestamptz
    ) d
    GROUP BY ${g.groupBy}`;
}

interface PaymentRow extends GroupColumns {
  fees_collected: number;
  fees_collected_online: number;
}

/** Money follows the payment date: every payment in [s, e) of a received dossier, handled or not. */
function paymentsQuery(scope: ReportScope, b: Bounds, groupBy: GroupBy | undefined): SQL {
  const g = grouping();
  return sql`
    WITH paid AS (
      SELECT d.field, ${groupColumn(groupBy)}, p.amount, p.online_amount
      FROM dossiers d
      CROSS JOIN LATERAL (
        SELECT sum(x.amount)::bigint AS amount, coalesce(sum(x.amount) FILTER (WHERE x.online), 0)::bigint AS online_amount, count(*) AS n
        FROM jsonb_to_recordset(d.payments) AS x(at bigint, amount bigint, online boolean)
        WHERE x.at >= ${b.startMinute} AND x.at < ${b.endMinute}
      ) p
      WHERE ${scopeCondition(scope)}
        AND d.last_payment_at >= ${b.start}::timestamptz
        AND d.received_at IS NOT NULL AND d.status NOT IN (1, 3)
        AND p.n > 0
    )
    SELECT ${g.select}, sum(amount)::bigint AS fees_collected, sum(online_amount)::bigint AS fees_collected_online
    FROM paid d
    GROUP BY ${g.groupBy}`;
}

function emptyGroupCounts(): ReportGroupCounts {
  return { figures: emptyFigureCounts(), form: emptyFormII06aCounts(), serviceIndex: emptyServiceIndexTallies() };
}

/** The entries a (field, grp) cell adds to: the total, its field and, with a grouping, its group. */
function targetsOf(counts: ReportCounts, row: GroupColumns): ReportGroupCounts[] {
  const pick = (map: Map<string, ReportGroupCounts>, key: string): ReportGroupCounts => {
    let entry = map.get(key);
    if (entry === undefined) {
      entry = emptyGroupCounts();
      map.set(key, entry);
    }
    return entry;
  };
  const targets = [counts.total, pick(counts.byField, row.field)];
  if (counts.byGroup !== undefined && row.grp !== null) targets.push(pick(counts.byGroup, row.grp));
  return targets;
}

function addHandledRow(target: ReportGroupCounts, row: HandledRow): void {
  const f = target.figures;
  f.received.total += row.received;
  f.received.online += row.online;
  f.received.inPerson += row.in_person;
  f.received.post += row.post;
  f.received.carriedOver += row.carried_over;
  f.resolved.total += row.resolved_early + row.resolved_on_time + row.resolved_overdue;
  f.resolved.early += row.resolved_early;
  f.resolved.onTime += row.resolved_on_time;
  f.resolved.overdue += row.resolved_overdue;
  f.inProgress.total += row.in_progress_within + row.in_progress_overdue;
  f.inProgress.withinDeadline += row.in_progress_within;
  f.inProgress.overdue += row.in_progress_overdue;
  f.refused += row.stopped_early + row.stopped_on_time + row.stopped_overdue;
  f.withdrawn += row.withdrawn;
  f.supplementRequested += row.supplement_requested;
  f.withFee += row.with_fee;
  f.paidOnline += row.paid_online;
  f.reused += row.reused;
  f.withResultFile += row.with_result_file;
  f.digitized += row.digitized;
  f.resultRequired += row.result_required;
  f.electronicResult += row.electronic_result;
  const form = formCountsOf(row);
  for (const key of Object.keys(form) as (keyof FormII06aCounts)[]) target.form[key] += form[key];
  const tallies = serviceIndexTalliesOf(row);
  for (const id of DOSSIER_SUB_INDICATORS) {
    target.serviceIndex[id].numerator += tallies[id].numerator;
    target.serviceIndex[id].denominator += tallies[id].denominator;
  }
}

/** QĐ 766 dossier sub-indicators from the same row (service-index.ts talliesOf). */
function serviceIndexTalliesOf(row: HandledRow): ServiceIndexTallies {
  const fresh = row.received - row.carried_over;
  const resolved = row.resolved_early + row.resolved_on_time + row.resolved_overdue;
  return {
    '2.1': { numerator: row.index_on_time, denominator: row.received },
    '3.3': { numerator: row.index_online, denominator: fresh },
    '3.6': { numerator: row.paid_online, denominator: row.with_fee },
    '4.1': { numerator: row.electronic_result, denominator: row.result_required },
    '4.2': { numerator: row.index_digitized, denominator: resolved },
    '4.3': { numerator: row.reused, denominator: fresh },
  };
}

/** Biểu II.06a columns from the same row: (7) takes every end, withdrawn dossiers in (9). */
function formCountsOf(row: HandledRow): FormII06aCounts {
  const early = row.resolved_early + row.stopped_early;
  const onTime = row.resolved_on_time + row.stopped_on_time + row.withdrawn;
  const overdue = row.resolved_overdue + row.stopped_overdue;
  return {
    received: row.received,
    receivedOnline: row.online,
    receivedInPersonOrPost: row.in_person + row.post,
    carriedOver: row.carried_over,
    resolved: early + onTime + overdue,
    resolvedEarly: early,
    resolvedOnTime: onTime,
    resolvedOverdue: overdue,
    inProgress: row.in_progress_within + row.in_progress_overdue,
    inProgressWithinDeadline: row.in_progress_within,
    inProgressOverdue: row.in_progress_overdue,
  };
}

function emptyReportCounts(groupBy: GroupBy | undefined): ReportCounts {
  const counts: ReportCounts = { total: emptyGroupCounts(), byField: new Map() };
  if (groupBy !== undefined) counts.byGroup = new Map();
  return counts;
}

/**
 * Biểu II.06a counts only (the handled dossiers): the query behind the form and the benchmark.
 * `groupBy` 'unit' gives the rows of a city's form.
 */
export async function queryHandledCounts(db: Database, scope: ReportScope, period: DayRange, options: ReportQueryOptions): Promise<ReportCounts> {
  const counts = emptyReportCounts(options.groupBy);
  if (scope.unitCodes.length === 0) return counts;
  const bounds = boundsOf(period, options.asOf);
  for (const row of await queryRows<HandledRow & Record<string, unknown>>(db, handledQuery(scope, period, bounds, options.groupBy))) {
    for (const target of targetsOf(counts, row)) addHandledRow(target, row);
  }
  return counts;
}

/** Every narrative count (handled dossiers, refusals at the desk, fees collected) by total, field and group. */
export async function queryReportCounts(db: Database, scope: ReportScope, period: DayRange, options: ReportQueryOptions): Promise<ReportCounts> {
  const counts = await queryHandledCounts(db, scope, period, options);
  if (scope.unitCodes.length === 0) return counts;
  const bounds = boundsOf(period, options.asOf);
  for (const row of await queryRows<RefusedRow & Record<string, unknown>>(db, refusedAtReceptionQuery(scope, bounds, options.groupBy))) {
    for (const target of targetsOf(counts, row)) target.figures.refusedAtReception += row.refused_at_reception;
  }
  for (const row of await queryRows<PaymentRow & Record<string, unknown>>(db, paymentsQuery(scope, bounds, options.groupBy))) {
    for (const { figures } of targetsOf(counts, row)) {
      figures.feesCollected += Number(row.fees_collected);
      figures.feesCollectedOnline += Number(row.fees_collected_online);
    }
  }
  return counts;
}

/** The service index's tallies of each group (a city's units: the ranking's index). */
export function serviceIndexTalliesByGroup(counts: ReportCounts): Map<string, ServiceIndexTallies> {
  return new Map([...(counts.byGroup ?? new Map<string, ReportGroupCounts>())].map(([key, group]) => [key, group.serviceIndex]));
}

/** The handled dossiers of the period (received, received before its end, not closed before its start). */
function handledCondition(scope: ReportScope, period: DayRange): SQL {
  const window = periodWindow(period);
  const start = dateFromLocalMinute(window.start).toISOString();
  const end = dateFromLocalMinute(window.end).toISOString();
  return sql`${scopeCondition(scope)}
    AND d.status NOT IN (1, 3)
    AND d.received_at < ${end}::timestamptz
    AND (d.closed_at IS NULL OR d.closed_at >= ${start}::timestamptz)`;
}

/**
 * Folded states of the dossiers handled in the period (the service index and the overdue list read
 * them), in code order; `ordered: false` leaves the order to the database (the service index sums,
 * and sorting a city's month of states by code cost the city board 200 ms: issue 16 §6).
 */
export async function queryHandledStates<TState>(db: Database, scope: ReportScope, period: DayRange, options: { ordered?: boolean } = {}): Promise<TState[]> {
  if (scope.unitCodes.length === 0) return [];
  const order = options.ordered === false ? sql`` : sql` ORDER BY d.code`;
  const rows = await queryRows<{ state: TState }>(
    db,
    sql`SELECT d.state FROM dossiers d WHERE ${handledCondition(scope, period)}${order}`,
  );
  return rows.map((row) => row.state);
}

// ─── Names and units of a report ─────────────────────────────────────────────

export interface ReportUnitRow {
  code: string;
  name: string;
  kind: string;
  parentCode: string | null;
  settings: UnitSettings;
}

/** The unit asked for and, for a city, its active wards and communes (in code order). */
export async function reportUnits(db: Database, code: string): Promise<{ unit: ReportUnitRow; members: ReportUnitRow[] } | undefined> {
  const columns = { code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode, settings: units.settings };
  const [unit] = await db.select(columns).from(units).where(eq(units.code, code));
  if (unit === undefined) return undefined;
  if (unit.kind !== 'city') return { unit, members: [unit] };
  const members = await db.select(columns).from(units).where(and(eq(units.parentCode, code), eq(units.active, true))).orderBy(asc(units.code));
  return { unit, members };
}

/** Display names of the groups of a report: procedures (as received), departments, officers. */
export async function reportNames(
  db: Database,
  scope: ReportScope,
  keys: { procedures: readonly string[]; officers: readonly string[] },
): Promise<{ procedures: Map<string, string>; departments: Map<string, string>; officers: Map<string, string> }> {
  const procedures = new Map<string, string>();
  if (keys.procedures.length > 0 && scope.unitCodes.length > 0) {
    const rows = await queryRows<{ code: string; name: string }>(
      db,
      sql`SELECT DISTINCT ON (d.procedure_code) d.procedure_code AS code, d.procedure_name AS name
          FROM dossiers d
          WHERE ${scopeCondition(scope)} AND d.procedure_code IN (${sql.join(keys.procedures.map((code) => sql`${code}`), sql`, `)})
          ORDER BY d.procedure_code, d.received_at DESC NULLS LAST`,
    );
    for (const row of rows) if (row.name) procedures.set(row.code, row.name);
  }
  const departments = new Map<string, string>();
  const officers = new Map<string, string>();
  if (scope.unitCodes.length > 0) {
    const unitList = [...scope.unitCodes];
    for (const row of await db.select({ code: departmentsTable.code, name: departmentsTable.name }).from(departmentsTable).where(inArray(departmentsTable.unitCode, unitList))) {
      departments.set(row.code, row.name);
    }
    const ids = keys.officers.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (ids.length > 0) {
      for (const row of await db.select({ id: users.id, fullName: users.fullName }).from(users).where(inArray(users.id, ids))) officers.set(row.id, row.fullName);
    }
  }
  return { procedures, departments, officers };
}
