/** Reads of a returning citizen (issue 15): their latest dossier in the given units, by the key of their ID number. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { dossiers } from '../../platform/db/schema.ts';
import { optionalLocalMinuteFromDate } from '../../platform/db/time.ts';
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { Applicant } from '../../domain/dossier/state.ts';

export interface LatestDossierOfCitizen {
  code: string;
  applicant: Applicant;
  receivedAt: LocalMinute | undefined;
}

/**
 * The applicant of the latest dossier (latest received; online submissions not yet received
 * last) whose ID number has this key, in one of `unitCodes` (index dossiers_unit_id_key_idx).
 */
export async function latestDossierOfIdKey(db: Database, unitCodes: readonly string[], idKey: string): Promise<LatestDossierOfCitizen | undefined> {
  if (unitCodes.length === 0) return undefined;
  const [row] = await db
    .select({ code: dossiers.code, state: dossiers.state, receivedAt: dossiers.receivedAt })
    .from(dossiers)
    .where(and(inArray(dossiers.unitCode, [...unitCodes]), eq(dossiers.applicantIdKey, idKey)))
    .orderBy(sql`${dossiers.receivedAt} desc nulls last`, desc(dossiers.code))
    .limit(1);
  if (!row) return undefined;
  return { code: row.code, applicant: (row.state as { applicant: Applicant }).applicant, receivedAt: optionalLocalMinuteFromDate(row.receivedAt) };
}
