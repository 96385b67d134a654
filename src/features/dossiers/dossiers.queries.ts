/**
 * Read queries over the dossiers read model: the work lists and searches of the staff.
 * Visibility is part of every query (a list never returns what the user may not read): the
 * policy's dossierVisibility, translated to SQL here.
 */
import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, notInArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { dossiers, units, users } from '../../platform/db/schema.ts';
import { isUuid } from '../../platform/db/sql.ts';
import { containsPattern } from '../../platform/db/search-text.ts';
import { dateFromLocalMinute, optionalLocalMinuteFromDate } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { DossierVisibility } from '../../domain/policy/policy.ts';
import type { Officer } from '../../domain/policy/turns.ts';
import type { WorkKind } from '../../domain/dossier/work.ts';
import { IN_PROGRESS_STATUSES, NEVER_RECEIVED_STATUSES } from '../../domain/overview/overview.ts';

export interface DossierListFilter {
  status?: number[];
  field?: string;
  procedureCode?: string;
  departmentCode?: string;
  assigneeId?: string;
  receivedBy?: string;
  unitCode?: string;
  /** w4-links: not routed to a department yet (the boards' "Bộ phận một cửa (chưa chuyển)" rows). */
  unrouted?: boolean;
  /** w4-links: no officer assigned (the boards' "Chưa phân công" rows). */
  unassigned?: boolean;
  /** Legal due date strictly before this moment. */
  dueBefore?: LocalMinute;
  /** Open dossiers past their legal due date at `now` (running pauses excluded). */
  overdue?: boolean;
  /** Open dossiers due between `now` and `dueSoonUntil`. */
  dueSoon?: boolean;
  /**
   * Issue 15 §4: dossiers in progress, not paused, whose legal due date falls in [from, to) and is
   * not yet past at `now` — the overview's "Đến hạn hôm nay" / "Đến hạn <ngày>" (domain/overview
   * computeOverview dueToday/dueNextWorkingDay; overview.queries liveCountsByUnit due_today).
   */
  dueWithin?: { from: LocalMinute; to: LocalMinute };
  /** Issue 15 §4: received at or after this moment (the overview's "Tiếp nhận hôm nay / trong tháng"). */
  receivedFrom?: LocalMinute;
  /** Received strictly before this moment. */
  receivedBefore?: LocalMinute;
  /**
   * w4-links (issue 15 §4): only dossiers that were received — no online submission still waiting,
   * none refused at the desk (domain/overview NEVER_RECEIVED_STATUSES): the receptions the report
   * counts, as the city board's "Tiếp nhận trong tháng" and the trend's "Tiếp nhận" count them.
   */
  receivedOnly?: boolean;
  /**
   * w4-links: apologies owed (the city board's "Chưa xin lỗi, hẹn lại"; overview.queries
   * liveCountsByUnit apologies_owed): in progress, not paused, no extension yet, the legal due date
   * not past at `now` and at or before the bound of the dossier's unit (domain/overview
   * live-bounds.ts apologyRisk: each unit's own warning window). A unit without a bound: none.
   */
  apologyOwed?: ReadonlyArray<{ unitCode: string; risk: LocalMinute }>;
  /** w4-links: processing ended (closed_at) at or after this moment (the trend's months). */
  closedFrom?: LocalMinute;
  /** Processing ended strictly before this moment. */
  closedBefore?: LocalMinute;
  /**
   * w4-links: resolved (a result: processed or returned — the trend's "giải quyết"), and of those
   * on time (no legal due date, or closed at or before it) or late (closed after it).
   */
  resolved?: 'all' | 'onTime' | 'late';
  q?: string;
  /**
   * The exact keys `q` may also be (domain/format/person-keys.ts), matched only in the unit whose
   * personal data the user may see (policy personalSearchUnit).
   */
  personKeys?: { unitCode: string; idNumber?: string; phone?: string };
  /** Column and direction (DOSSIER_SORTS); newest received first when absent. */
  sort?: DossierSort;
  /** Issue 14: the dossiers waiting for this officer now, of these work kinds ("Việc của tôi" and its tabs). */
  waitingFor?: { officer: Officer; kinds: readonly WorkKind[] };
  now: LocalMinute;
  dueSoonUntil: LocalMinute;
  page: number;
  pageSize: number;
}

/** The columns a list may be sorted by (a whitelist: the sort parameter never reaches SQL as text). */
const SORT_COLUMNS = {
  receivedAt: dossiers.receivedAt,
  legalDueAt: dossiers.legalDueAt,
  appointmentDueAt: sql`coalesce(${dossiers.appointmentDueAt}, ${dossiers.legalDueAt})`,
  endedAt: dossiers.endedAt,
  code: dossiers.code,
  applicantName: dossiers.applicantName,
  procedureName: dossiers.procedureName,
  status: dossiers.status,
} as const;
export type DossierSortColumn = keyof typeof SORT_COLUMNS;
export const DOSSIER_SORT_COLUMNS = Object.keys(SORT_COLUMNS) as [DossierSortColumn, ...DossierSortColumn[]];
/** `column` ascending, `-column` descending. */
export type DossierSort = DossierSortColumn | `-${DossierSortColumn}`;
export const DOSSIER_SORTS = DOSSIER_SORT_COLUMNS.flatMap((column) => [column, `-${column}`]) as [DossierSort, ...DossierSort[]];
export const DEFAULT_DOSSIER_SORT: DossierSort = '-receivedAt';

/** ORDER BY of a sort: the column (empty values last either way), then the code the same way, so that pages are stable. */
function orderOf(sort: DossierSort): SQL[] {
  const descending = sort.startsWith('-');
  const column = SORT_COLUMNS[(descending ? sort.slice(1) : sort) as DossierSortColumn];
  const direction = descending ? sql`desc` : sql`asc`;
  return [sql`${column} ${direction} nulls last`, sql`${dossiers.code} ${direction}`];
}

export interface DossierListRow {
  code: string;
  unitCode: string;
  procedureCode: string;
  procedureName: string;
  field: string;
  status: number;
  channel: string;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  /** When an online submission arrived (issue 15: the online queue shows it); absent for counter dossiers. */
  submittedAt?: LocalMinute | undefined;
  receivedAt?: LocalMinute | undefined;
  legalDueAt?: LocalMinute | undefined;
  appointmentDueAt?: LocalMinute | undefined;
  endedAt?: LocalMinute | undefined;
  departmentCode: string | null;
  assigneeId: string | null;
  source: string;
  version: number;
  paused: boolean;
}

/** The policy's visibility (domain/policy dossierVisibility) as a condition on the dossiers table. */
function visibilityCondition(visibility: DossierVisibility): SQL {
  switch (visibility.kind) {
    case 'none':
      return sql`false`;
    case 'unit':
      return eq(dossiers.unitCode, visibility.unitCode);
    case 'city':
      return or(
        eq(dossiers.unitCode, visibility.cityCode),
        inArray(dossiers.unitCode, sql`(select ${units.code} from ${units} where ${units.parentCode} = ${visibility.cityCode})`),
      )!;
    case 'department':
      return and(
        eq(dossiers.unitCode, visibility.unitCode),
        or(visibility.departmentCode ? eq(dossiers.departmentCode, visibility.departmentCode) : sql`false`, eq(dossiers.assigneeId, visibility.userId)),
      )!;
  }
}

const notPaused = sql`coalesce((${dossiers.state} ->> 'paused')::boolean, false) = false`;

export async function listDossiers(db: Database, visibility: DossierVisibility, filter: DossierListFilter): Promise<{ total: number; items: DossierListRow[] }> {
  const conditions: SQL[] = [visibilityCondition(visibility)];
  if (filter.status?.length) conditions.push(inArray(dossiers.status, filter.status));
  if (filter.field) conditions.push(eq(dossiers.field, filter.field));
  if (filter.procedureCode) conditions.push(eq(dossiers.procedureCode, filter.procedureCode));
  if (filter.departmentCode) conditions.push(eq(dossiers.departmentCode, filter.departmentCode));
  if (filter.assigneeId) conditions.push(eq(dossiers.assigneeId, filter.assigneeId));
  if (filter.receivedBy) conditions.push(sql`${dossiers.state} ->> 'receivedBy' = ${filter.receivedBy}`);
  if (filter.unitCode) conditions.push(eq(dossiers.unitCode, filter.unitCode));
  if (filter.unrouted) conditions.push(isNull(dossiers.departmentCode));
  if (filter.unassigned) conditions.push(isNull(dossiers.assigneeId));
  if (filter.dueBefore !== undefined) conditions.push(lt(dossiers.legalDueAt, dateFromLocalMinute(filter.dueBefore)));
  const now = dateFromLocalMinute(filter.now);
  if (filter.overdue) conditions.push(isNull(dossiers.endedAt), lt(dossiers.legalDueAt, now), notPaused);
  if (filter.dueSoon) {
    conditions.push(isNull(dossiers.endedAt), gte(dossiers.legalDueAt, now), lte(dossiers.legalDueAt, dateFromLocalMinute(filter.dueSoonUntil)), notPaused);
  }
  if (filter.dueWithin) {
    const { from, to } = filter.dueWithin;
    conditions.push(inArray(dossiers.status, [...IN_PROGRESS_STATUSES]), isNull(dossiers.endedAt), notPaused, gte(dossiers.legalDueAt, now), gte(dossiers.legalDueAt, dateFromLocalMinute(from)), lt(dossiers.legalDueAt, dateFromLocalMinute(to)));
  }
  if (filter.receivedFrom !== undefined) conditions.push(gte(dossiers.receivedAt, dateFromLocalMinute(filter.receivedFrom)));
  if (filter.receivedBefore !== undefined) conditions.push(lt(dossiers.receivedAt, dateFromLocalMinute(filter.receivedBefore)));
  if (filter.receivedOnly) conditions.push(isNotNull(dossiers.receivedAt), notInArray(dossiers.status, [...NEVER_RECEIVED_STATUSES]));
  if (filter.apologyOwed) conditions.push(...apologyOwedConditions(filter.apologyOwed, now));
  if (filter.closedFrom !== undefined) conditions.push(gte(dossiers.closedAt, dateFromLocalMinute(filter.closedFrom)));
  if (filter.closedBefore !== undefined) conditions.push(lt(dossiers.closedAt, dateFromLocalMinute(filter.closedBefore)));
  if (filter.resolved) conditions.push(...resolvedConditions(filter.resolved));
  if (filter.q) conditions.push(or(sql`${dossiers.searchText} like ${containsPattern(filter.q)}`, ...personKeyConditions(filter.personKeys))!);
  if (filter.waitingFor) conditions.push(waitsForCondition(filter.waitingFor.officer), inArray(dossiers.workKind, [...filter.waitingFor.kinds]));
  const where = and(...conditions);

  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(dossiers).where(where);
  const rows = await db
    .select({
      code: dossiers.code,
      unitCode: dossiers.unitCode,
      procedureCode: dossiers.procedureCode,
      procedureName: sql<string>`coalesce(${dossiers.state} ->> 'procedureName', '')`,
      field: dossiers.field,
      status: dossiers.status,
      channel: dossiers.channel,
      applicantName: dossiers.applicantName,
      applicantIdNumber: dossiers.applicantIdNumber,
      applicantPhone: sql<string | null>`${dossiers.state} -> 'applicant' ->> 'phone'`,
      submittedAt: sql<number | null>`(${dossiers.state} ->> 'submittedAt')::int`,
      receivedAt: dossiers.receivedAt,
      legalDueAt: dossiers.legalDueAt,
      appointmentDueAt: dossiers.appointmentDueAt,
      endedAt: dossiers.endedAt,
      departmentCode: dossiers.departmentCode,
      assigneeId: dossiers.assigneeId,
      source: dossiers.source,
      version: dossiers.version,
      paused: sql<boolean>`coalesce((${dossiers.state} ->> 'paused')::boolean, false)`,
    })
    .from(dossiers)
    .where(where)
    .orderBy(...orderOf(filter.sort ?? DEFAULT_DOSSIER_SORT))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return {
    total: count?.n ?? 0,
    items: rows.map((r) => ({
      ...r,
      submittedAt: r.submittedAt === null ? undefined : Number(r.submittedAt),
      receivedAt: optionalLocalMinuteFromDate(r.receivedAt),
      legalDueAt: optionalLocalMinuteFromDate(r.legalDueAt),
      appointmentDueAt: optionalLocalMinuteFromDate(r.appointmentDueAt),
      endedAt: optionalLocalMinuteFromDate(r.endedAt),
    })),
  };
}

/**
 * overview.queries liveCountsByUnit apologies_owed, each unit with its own bound: one
 * (unit_code = u AND legal_due_at <= risk) per unit, i.e. one range of the partial index on open
 * dossiers (dossiers_open_unit_idx: unit_code, legal_due_at WHERE ended_at IS NULL) per unit.
 */
function apologyOwedConditions(bounds: ReadonlyArray<{ unitCode: string; risk: LocalMinute }>, now: Date): SQL[] {
  if (bounds.length === 0) return [sql`false`];
  const withinBound = bounds.map((b) => and(eq(dossiers.unitCode, b.unitCode), lte(dossiers.legalDueAt, dateFromLocalMinute(b.risk)))!);
  return [
    inArray(dossiers.status, [...IN_PROGRESS_STATUSES]),
    isNull(dossiers.endedAt),
    // The read model's paused column, as liveCountsByUnit reads it.
    eq(dossiers.paused, false),
    gte(dossiers.legalDueAt, now),
    or(...withinBound)!,
    sql`coalesce(jsonb_array_length(${dossiers.state} -> 'extensions'), 0) = 0`,
  ];
}

/** overview drill-down.queries monthlyFigures: resolved (processed or returned), on time or late by the legal due date. */
function resolvedConditions(kind: 'all' | 'onTime' | 'late'): SQL[] {
  const resolved = inArray(dossiers.endKind, ['processed', 'returned']);
  if (kind === 'onTime') return [resolved, or(isNull(dossiers.legalDueAt), lte(dossiers.closedAt, dossiers.legalDueAt))!];
  if (kind === 'late') return [resolved, gt(dossiers.closedAt, dossiers.legalDueAt)];
  return [resolved];
}

/** Exact matches on the indexed keys of the applicant's ID number and phone, within one unit. */
function personKeyConditions(keys: DossierListFilter['personKeys']): SQL[] {
  if (!keys) return [];
  const matches: SQL[] = [];
  if (keys.idNumber) matches.push(eq(dossiers.applicantIdKey, keys.idNumber));
  if (keys.phone) matches.push(eq(dossiers.applicantPhoneKey, keys.phone));
  return matches.length ? [and(eq(dossiers.unitCode, keys.unitCode), or(...matches))!] : [];
}

/**
 * The work columns wait for `officer` (domain/policy/turns.ts waitsFor, in SQL): by id when a
 * work item names an officer; otherwise by role, in the officer's unit and department (when set).
 */
function waitsForCondition(officer: Officer): SQL {
  const byRole = and(isNull(dossiers.workAssignee), eq(dossiers.workRole, officer.role), or(isNull(dossiers.workDepartment), officer.departmentCode ? eq(dossiers.workDepartment, officer.departmentCode) : sql`false`));
  return and(eq(dossiers.unitCode, officer.unitCode), isNotNull(dossiers.workKind), or(eq(dossiers.workAssignee, officer.id), byRole))!;
}

/** How many dossiers wait for `officer` now, by work kind, among those `visibility` lets them read (tabs, dashboard). */
export async function workCounts(db: Database, visibility: DossierVisibility, officer: Officer): Promise<Partial<Record<WorkKind, number>>> {
  const rows = await db
    .select({ kind: dossiers.workKind, n: sql<number>`count(*)::int` })
    .from(dossiers)
    .where(and(visibilityCondition(visibility), waitsForCondition(officer)))
    .groupBy(dossiers.workKind);
  return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
}

/** Is `userId` an active officer of the unit's department (an id that is not a user id never is)? */
export async function isActiveOfficerOf(db: Database, userId: string, place: { unitCode: string; departmentCode: string }): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [officer] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.unitCode, place.unitCode), eq(users.departmentCode, place.departmentCode), eq(users.active, true)));
  return officer !== undefined;
}

/** Full names of the unit's officers, by id (the history and the steps name people, not ids). */
export async function officerNames(db: Database, unitCode: string): Promise<Record<string, string>> {
  const rows = await db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.unitCode, unitCode));
  return Object.fromEntries(rows.map((r) => [r.id, r.fullName]));
}

/**
 * w4-links: the units (with their settings) whose dossiers a list reads — the one asked for, else
 * those of the visibility (a unit; a city's own unit and its wards and communes).
 */
export async function listUnitSettings(db: Database, visibility: DossierVisibility, unitCode?: string): Promise<Array<{ code: string; settings: unknown }>> {
  const columns = { code: units.code, settings: units.settings };
  if (unitCode !== undefined) return db.select(columns).from(units).where(eq(units.code, unitCode));
  switch (visibility.kind) {
    case 'none':
      return [];
    case 'city':
      return db.select(columns).from(units).where(or(eq(units.code, visibility.cityCode), eq(units.parentCode, visibility.cityCode)));
    case 'unit':
    case 'department':
      return db.select(columns).from(units).where(eq(units.code, visibility.unitCode));
  }
}
