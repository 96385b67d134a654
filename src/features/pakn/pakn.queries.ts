/**
 * Read queries over the PAKN history and read model: one PAKN's events, the register (with the
 * policy's visibility as a condition), the published list, the lookups of the import and the
 * states the periodic report folds.
 */
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { PaknEvent } from '../../domain/pakn/events.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import type { DossierVisibility } from '../../domain/policy/policy.ts';
import type { Database } from '../../platform/db/client.ts';
import { pakn, paknEvents, units, users } from '../../platform/db/schema.ts';
import { isUuid } from '../../platform/db/sql.ts';
import { containsPattern } from '../../platform/db/search-text.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';

export interface StoredPaknEvent {
  seq: number;
  event: PaknEvent;
  recordedAt: Date;
}

/** The history of one PAKN in order, with its unit; undefined when there is no such PAKN. */
export async function loadPaknEvents(db: Database, code: string): Promise<{ unitCode: string; records: StoredPaknEvent[] } | undefined> {
  const rows = await db.select({ seq: paknEvents.seq, unitCode: paknEvents.unitCode, event: paknEvents.event, recordedAt: paknEvents.recordedAt }).from(paknEvents).where(eq(paknEvents.paknCode, code)).orderBy(asc(paknEvents.seq));
  const first = rows[0];
  if (!first) return undefined;
  return { unitCode: first.unitCode, records: rows.map((row) => ({ seq: row.seq, event: row.event as PaknEvent, recordedAt: row.recordedAt })) };
}

/** The policy's visibility as a condition on the pakn table (department roles: their department's or their own PAKN). */
function visibilityCondition(visibility: DossierVisibility): SQL {
  switch (visibility.kind) {
    case 'none':
      return sql`false`;
    case 'unit':
      return eq(pakn.unitCode, visibility.unitCode);
    case 'city':
      return or(eq(pakn.unitCode, visibility.cityCode), inArray(pakn.unitCode, sql`(select ${units.code} from ${units} where ${units.parentCode} = ${visibility.cityCode})`))!;
    case 'department':
      return and(eq(pakn.unitCode, visibility.unitCode), or(visibility.departmentCode ? eq(pakn.departmentCode, visibility.departmentCode) : sql`false`, eq(pakn.handlerId, visibility.userId)))!;
  }
}

export interface PaknListFilter {
  status?: string[];
  paknClass?: string;
  channel?: string;
  unitCode?: string;
  /** Open PAKN whose running duty clock is past its due date at `now` and not held by a wait. */
  overdue?: boolean;
  q?: string;
  now: LocalMinute;
  page: number;
  pageSize: number;
}

/** The register: PAKN the user may read, newest receipt first, with their folded states. */
export async function listPakn(db: Database, visibility: DossierVisibility, filter: PaknListFilter): Promise<{ total: number; states: PaknState[] }> {
  const conditions: SQL[] = [visibilityCondition(visibility)];
  if (filter.status?.length) conditions.push(inArray(pakn.status, filter.status));
  if (filter.paknClass) conditions.push(eq(pakn.paknClass, filter.paknClass));
  if (filter.channel) conditions.push(eq(pakn.channel, filter.channel));
  if (filter.unitCode) conditions.push(eq(pakn.unitCode, filter.unitCode));
  if (filter.overdue) conditions.push(and(isNotNull(pakn.dueAt), lt(pakn.dueAt, dateFromLocalMinute(filter.now)), eq(pakn.paused, false))!);
  if (filter.q) conditions.push(sql`${pakn.searchText} like ${containsPattern(filter.q)}`);
  const where = and(...conditions);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(pakn).where(where);
  const rows = await db
    .select({ state: pakn.state })
    .from(pakn)
    .where(where)
    .orderBy(desc(pakn.receivedAt), desc(pakn.code))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total: count?.total ?? 0, states: rows.map((row) => row.state as PaknState) };
}

/** Published PAKN, newest publication first (the public list; the caller shows only their public view). */
export async function listPublishedPakn(db: Database, filter: { unitCode?: string; page: number; pageSize: number }): Promise<{ total: number; states: PaknState[] }> {
  const where = and(isNotNull(pakn.publishedAt), filter.unitCode ? eq(pakn.unitCode, filter.unitCode) : undefined);
  const [count] = await db.select({ total: sql<number>`count(*)::int` }).from(pakn).where(where);
  const rows = await db
    .select({ state: pakn.state })
    .from(pakn)
    .where(where)
    .orderBy(desc(pakn.publishedAt), desc(pakn.code))
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize);
  return { total: count?.total ?? 0, states: rows.map((row) => row.state as PaknState) };
}

/** The folded state of one PAKN from its read model (the public follow-up page). */
export async function findPaknState(db: Database, code: string): Promise<PaknState | undefined> {
  const [row] = await db.select({ state: pakn.state }).from(pakn).where(eq(pakn.code, code));
  return row?.state as PaknState | undefined;
}

/** The PAKN an import row already wrote (same source system and external code). */
export async function findPaknByExternalCode(db: Database, source: string, externalCode: string): Promise<{ code: string; version: number } | undefined> {
  const [row] = await db.select({ code: pakn.code, version: pakn.version }).from(pakn).where(and(eq(pakn.source, source), eq(pakn.externalCode, externalCode)));
  return row;
}

/**
 * Folded states of the PAKN of `unitCodes` that the periodic report of [start, end) looks at:
 * received before the end and not ended before the start, or published in the period (a PAKN
 * resolved in the previous period and published in this one). computePaknFigures judges them.
 */
export async function paknStatesForReport(db: Database, unitCodes: readonly string[], start: LocalMinute, end: LocalMinute): Promise<PaknState[]> {
  if (unitCodes.length === 0) return [];
  const startAt = dateFromLocalMinute(start);
  const rows = await db
    .select({ state: pakn.state })
    .from(pakn)
    .where(and(inArray(pakn.unitCode, [...unitCodes]), lt(pakn.receivedAt, dateFromLocalMinute(end)), or(isNull(pakn.endedAt), gte(pakn.endedAt, startAt), gte(pakn.publishedAt, startAt))))
    .orderBy(asc(pakn.receivedAt), asc(pakn.code));
  return rows.map((row) => row.state as PaknState);
}

/** Is `userId` an active officer of the unit (a handler or an officer a PAKN is about)? */
export async function isActiveOfficerOfUnit(db: Database, userId: string, unitCode: string): Promise<boolean> {
  if (!isUuid(userId)) return false;
  const [officer] = await db.select({ id: users.id }).from(users).where(and(eq(users.id, userId), eq(users.unitCode, unitCode), eq(users.active, true)));
  return officer !== undefined;
}

/** Wards and communes that receive PAKN through the public form, by name. */
export async function listReceivingUnits(db: Database): Promise<Array<{ code: string; name: string }>> {
  return db.select({ code: units.code, name: units.name }).from(units).where(and(inArray(units.kind, ['ward', 'commune']), eq(units.active, true))).orderBy(asc(units.name));
}
