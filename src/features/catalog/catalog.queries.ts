/** Read queries of the catalog feature: how often a unit received each procedure lately. */
import { and, desc, eq, gte, sql } from 'drizzle-orm';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Database } from '../../platform/db/client.ts';
import { dossiers } from '../../platform/db/schema.ts';
import { dateFromLocalMinute } from '../../platform/db/time.ts';

/** Procedures received by the unit since `since`, most frequent first. */
export async function receivedProcedureCounts(db: Database, unitCode: string, since: LocalMinute, limit: number): Promise<Array<{ procedureCode: string; count: number }>> {
  const count = sql<number>`count(*)::int`;
  return db
    .select({ procedureCode: dossiers.procedureCode, count })
    .from(dossiers)
    .where(and(eq(dossiers.unitCode, unitCode), gte(dossiers.receivedAt, dateFromLocalMinute(since))))
    .groupBy(dossiers.procedureCode)
    .orderBy(desc(count), dossiers.procedureCode)
    .limit(limit);
}
