/**
 * Read queries behind the leaders' overview: the open dossiers of one unit plus those received
 * since a moment, and the names of its departments and staff. Aggregation happens in
 * src/domain/overview (pure).
 */
import { and, asc, count, eq, gte, inArray, isNotNull, isNull, lt, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { departments, dossiers, units, users } from '../../platform/db/schema.ts';
import { dateFromLocalMinute, optionalLocalMinuteFromDate } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { IN_PROGRESS_STATUSES, NEVER_RECEIVED_STATUSES, type OverviewRow, type OverviewTallies } from '../../domain/overview/overview.ts';
import type { LiveBounds } from '../../domain/overview/live-bounds.ts';
import { STATUS } from '../../domain/dossier/state.ts';


/**
 * The unit's dossiers not ended (one range of the partial index dossiers_open_unit_idx): the
 * overview's in-progress, due and overdue figures by department and officer come from these.
 */
export async function openOverviewRows(db: Database, unitCode: string): Promise<OverviewRow[]> {
  const rows = await db
    .select({
      code: dossiers.code,
      status: dossiers.status,
      receivedAt: dossiers.receivedAt,
      legalDueAt: dossiers.legalDueAt,
      endedAt: dossiers.endedAt,
      departmentCode: dossiers.departmentCode,
      assigneeId: dossiers.assigneeId,
      paused: dossiers.paused,
    })
    .from(dossiers)
    .where(and(eq(dossiers.unitCode, unitCode), isNull(dossiers.endedAt)));
  return rows.map((r) => ({
    ...r,
    receivedAt: optionalLocalMinuteFromDate(r.receivedAt),
    legalDueAt: optionalLocalMinuteFromDate(r.legalDueAt),
    endedAt: optionalLocalMinuteFromDate(r.endedAt),
  }));
}

/**
 * Received since `since` and waiting to be handed back (processed, whenever received), counted by
 * index (dossiers_unit_received_idx, dossiers_unit_status_received_idx) instead of read: a unit
 * keeps years of results nobody collected (issue 16 §6).
 */
export async function overviewTallies(db: Database, unitCode: string, since: LocalMinute): Promise<OverviewTallies> {
  const [received, awaiting] = await Promise.all([
    db.select({ n: count() }).from(dossiers).where(and(eq(dossiers.unitCode, unitCode), gte(dossiers.receivedAt, dateFromLocalMinute(since)))),
    db.select({ n: count() }).from(dossiers).where(and(eq(dossiers.unitCode, unitCode), eq(dossiers.status, STATUS.processed))),
  ]);
  return { receivedToday: received[0]?.n ?? 0, awaitingReturn: awaiting[0]?.n ?? 0 };
}

/** Names of the unit's departments and users, for labels. */
export async function unitNames(db: Database, unitCode: string): Promise<{ departments: Map<string, string>; users: Map<string, string> }> {
  const [deptRows, userRows] = await Promise.all([
    db.select({ code: departments.code, name: departments.name }).from(departments).where(eq(departments.unitCode, unitCode)),
    db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.unitCode, unitCode)),
  ]);
  return { departments: new Map(deptRows.map((d) => [d.code, d.name])), users: new Map(userRows.map((u) => [u.id, u.fullName])) };
}

// ─── The city board (issue 16): live counts of many units in one aggregate query ─────────────

/** The active wards and communes of a city (code order), with their settings: the city board's rows. */
export async function activeMembersOf(db: Database, cityCode: string): Promise<Array<{ code: string; settings: unknown }>> {
  return db.select({ code: units.code, settings: units.settings }).from(units).where(and(eq(units.parentCode, cityCode), eq(units.active, true))).orderBy(asc(units.code));
}


export interface UnitLiveCounts {
  unitCode: string;
  receivedToday: number;
  awaitingReturn: number;
  inProgress: number;
  dueToday: number;
  dueNextWorkingDay: number;
  overdue: number;
  apologiesOwed: number;
}

/**
 * Live counts of each unit, by the rules of domain/overview computeOverview (in progress =
 * received, processing, supplement or obligation and not ended; overdue/due by the legal due
 * date, paused dossiers apart) plus the apologies owed by the legal date (at risk, no apology
 * sent, the date not passed). One statement whatever the number of units: per unit, one range
 * of the partial index on open dossiers (dossiers_open_unit_idx) and one of today's receptions
 * (dossiers_unit_received_idx).
 */
export async function liveCountsByUnit(db: Database, bounds: readonly LiveBounds[]): Promise<UnitLiveCounts[]> {
  if (bounds.length === 0) return [];
  const iso = (minute: LocalMinute) => dateFromLocalMinute(minute).toISOString();
  const rows = JSON.stringify(
    bounds.map((b) => ({ u: b.unitCode, now: iso(b.now), today: iso(b.today), next: iso(b.nextWorkingDay), after: iso(b.afterNextWorkingDay), risk: iso(b.apologyRisk) })),
  );
  const inProgress = sql.raw(`(${IN_PROGRESS_STATUSES.join(',')})`);
  // The planner prices 100 lateral ranges high enough to JIT-compile the statement on a default
  // PostgreSQL (jit_above_cost): 0.9 s of compiling for 20 ms of work (EXPLAIN ANALYZE, issue 16 §6).
  const result = await db.transaction(async (tx) => {
    await tx.execute(sql`set local jit = off`);
    return tx.execute(sql`
    with b as (
      select u, now::timestamptz as now, today::timestamptz as today, next::timestamptz as next, after::timestamptz as after, risk::timestamptz as risk
      from jsonb_to_recordset(${rows}::jsonb) as x(u text, now text, today text, next text, after text, risk text)
    )
    select b.u as "unitCode",
      t.received_today as "receivedToday", a.awaiting_return as "awaitingReturn",
      o.in_progress as "inProgress", o.due_today as "dueToday", o.due_next as "dueNextWorkingDay",
      o.overdue as "overdue", o.apologies_owed as "apologiesOwed"
    from b
    -- One index range per unit (lateral), never a join of every unit against the whole table:
    -- a hash join filtered received_at >= today only after reading all the rows (issue 16 §6).
    cross join lateral (
      select
        count(*) filter (where d.status in ${inProgress})::int as in_progress,
        count(*) filter (where d.status in ${inProgress} and not d.paused and d.legal_due_at < b.now)::int as overdue,
        count(*) filter (where d.status in ${inProgress} and not d.paused and d.legal_due_at >= b.now and d.legal_due_at < b.today + interval '1 day')::int as due_today,
        count(*) filter (where d.status in ${inProgress} and not d.paused and d.legal_due_at >= b.next and d.legal_due_at < b.after)::int as due_next,
        count(*) filter (where d.status in ${inProgress} and not d.paused and d.legal_due_at >= b.now and d.legal_due_at <= b.risk
                           and coalesce(jsonb_array_length(d.state -> 'extensions'), 0) = 0)::int as apologies_owed
      from ${dossiers} d where d.unit_code = b.u and d.ended_at is null
    ) o
    cross join lateral (
      select count(*)::int as received_today from ${dossiers} d where d.unit_code = b.u and d.received_at >= b.today
    ) t
    -- Results waiting to be handed back, whenever received (as the unit's board: overviewTallies).
    cross join lateral (
      select count(*)::int as awaiting_return from ${dossiers} d where d.unit_code = b.u and d.status = ${STATUS.processed}
    ) a`);
  });
  return (result as unknown as { rows: UnitLiveCounts[] }).rows;
}

/**
 * w4-links (issue 15 §4): the dossiers each unit received in [from, to) — the receptions the
 * report counts as new (online, in person, by post), never an online submission not yet received
 * nor one refused at the desk. The city board's "Tiếp nhận trong tháng"; the dossier list gives the
 * same dossiers with receivedFrom/receivedTo and receivedOnly=true. One statement for every unit,
 * one range of dossiers_unit_received_idx (unit_code, received_at) per unit. Units without a
 * reception are absent.
 */
export async function receivedByUnit(db: Database, unitCodes: readonly string[], from: LocalMinute, to: LocalMinute): Promise<Map<string, number>> {
  if (unitCodes.length === 0) return new Map();
  const rows = await db
    .select({ unitCode: dossiers.unitCode, n: sql<number>`count(*)::int` })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.unitCode, [...unitCodes]),
        gte(dossiers.receivedAt, dateFromLocalMinute(from)),
        lt(dossiers.receivedAt, dateFromLocalMinute(to)),
        notInArray(dossiers.status, [...NEVER_RECEIVED_STATUSES]),
      ),
    )
    .groupBy(dossiers.unitCode);
  return new Map(rows.map((row) => [row.unitCode, Number(row.n)]));
}

// ─── The unit's warning lists (issue 16 §2): the folded states of its open dossiers ──────────

/** At most this many open dossiers are judged for a unit's warning lists (the most urgent by legal date). */
export const WARNING_DOSSIER_LIMIT = 2000;

/**
 * The folded states (DossierState) of the unit's received, not ended dossiers, earliest legal due
 * date first, at most `limit` (over the partial index on open dossiers); `truncated` when more exist.
 */
export async function openDossierStates<TState>(db: Database, unitCode: string, limit: number = WARNING_DOSSIER_LIMIT): Promise<{ states: TState[]; truncated: boolean }> {
  const rows = await db
    .select({ state: dossiers.state })
    .from(dossiers)
    .where(and(eq(dossiers.unitCode, unitCode), isNull(dossiers.endedAt), isNotNull(dossiers.receivedAt), isNotNull(dossiers.legalDueAt)))
    .orderBy(asc(dossiers.legalDueAt), asc(dossiers.code))
    .limit(limit + 1);
  return { states: rows.slice(0, limit).map((row) => row.state as TState), truncated: rows.length > limit };
}
