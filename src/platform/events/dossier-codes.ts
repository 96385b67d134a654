/**
 * Dossier codes `{unit code}-{yyMMdd}-{4-digit daily sequence}`, e.g. `000.00.24.H24-261123-0001`.
 *
 * The counter is one row per unit and local day, bumped with INSERT … ON CONFLICT DO UPDATE
 * … RETURNING: the row stays locked until the transaction ends, so parallel receptions of a
 * unit get distinct numbers. Allocate inside the reception's transaction: a reception that
 * rolls back gives its number back, and the day's codes stay gapless. (After 9999 receptions
 * in a day the sequence simply grows to 5 digits.)
 */
import { sql } from 'drizzle-orm';
import type { DayNumber } from '../../domain/calendar/local-time.ts';
import { formatDossierCode } from '../../domain/dossier/code.ts';
import type { Database } from '../db/client.ts';
import { dossierCodeSequences } from '../db/schema.ts';
import { sqlDateFromDayNumber } from '../db/time.ts';

export { formatDossierCode };

/** Takes the unit's next number for the local day `day` and returns the dossier code. */
export async function allocateDossierCode(db: Database, unitCode: string, day: DayNumber): Promise<string> {
  const [row] = await db
    .insert(dossierCodeSequences)
    .values({ unitCode, day: sqlDateFromDayNumber(day), lastValue: 1 })
    .onConflictDoUpdate({
      target: [dossierCodeSequences.unitCode, dossierCodeSequences.day],
      set: { lastValue: sql`${dossierCodeSequences.lastValue} + 1` },
    })
    .returning({ lastValue: dossierCodeSequences.lastValue });
  if (!row) throw new Error('allocateDossierCode: no sequence value returned');
  return formatDossierCode(unitCode, day, row.lastValue);
}
