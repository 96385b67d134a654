/**
 * Read queries behind the leaders' overview: the open dossiers of one unit plus those received
 * since a moment, and the names of its departments and staff. Aggregation happens in
 * src/domain/overview (pure).
 */
import { and, eq, gte, isNull, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { departments, dossiers, users } from '../../platform/db/schema.ts';
import { dateFromLocalMinute, optionalLocalMinuteFromDate } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { OverviewRow } from '../../domain/overview/overview.ts';
import { STATUS } from '../../domain/dossier/state.ts';


/** Open dossiers of the unit, and every dossier received at or after `since`. */
export async function overviewRows(db: Database, unitCode: string, since: LocalMinute): Promise<OverviewRow[]> {
  const rows = await db
    .select({
      code: dossiers.code,
      status: dossiers.status,
      receivedAt: dossiers.receivedAt,
      legalDueAt: dossiers.legalDueAt,
      endedAt: dossiers.endedAt,
      departmentCode: dossiers.departmentCode,
      assigneeId: dossiers.assigneeId,
      paused: sql<boolean>`coalesce((${dossiers.state} ->> 'paused')::boolean, false)`,
    })
    .from(dossiers)
    .where(
      // Issue 14: results waiting to be handed over (processing ended) count too, whenever received.
      and(eq(dossiers.unitCode, unitCode), or(isNull(dossiers.endedAt), gte(dossiers.receivedAt, dateFromLocalMinute(since)), eq(dossiers.status, STATUS.processed))),
    );
  return rows.map((r) => ({
    ...r,
    receivedAt: optionalLocalMinuteFromDate(r.receivedAt),
    legalDueAt: optionalLocalMinuteFromDate(r.legalDueAt),
    endedAt: optionalLocalMinuteFromDate(r.endedAt),
  }));
}

/** Names of the unit's departments and users, for labels. */
export async function unitNames(db: Database, unitCode: string): Promise<{ departments: Map<string, string>; users: Map<string, string> }> {
  const [deptRows, userRows] = await Promise.all([
    db.select({ code: departments.code, name: departments.name }).from(departments).where(eq(departments.unitCode, unitCode)),
    db.select({ id: users.id, fullName: users.fullName }).from(users).where(eq(users.unitCode, unitCode)),
  ]);
  return { departments: new Map(deptRows.map((d) => [d.code, d.name])), users: new Map(userRows.map((u) => [u.id, u.fullName])) };
}
