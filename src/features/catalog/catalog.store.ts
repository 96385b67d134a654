/** Which procedures a unit offers (table unit_procedures): a row per procedure once the unit set its list. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { unitProcedures } from '../../platform/db/schema.ts';

export interface UnitProcedureRow {
  code: string;
  active: boolean;
}

/** The unit's rows (none: the unit never set its list); `lock`: held until the transaction ends. */
export function unitProcedureRows(db: Database, unitCode: string, options: { lock?: boolean } = {}): Promise<UnitProcedureRow[]> {
  const query = db.select({ code: unitProcedures.procedureCode, active: unitProcedures.active }).from(unitProcedures).where(eq(unitProcedures.unitCode, unitCode));
  return options.lock ? query.for('update') : query;
}

/** Every row of the unit inactive, then `rows` written (inserted or updated): the list is exactly `rows`' active ones. */
export async function replaceUnitProcedures(tx: Database, unitCode: string, rows: ReadonlyArray<{ unitCode: string; procedureCode: string; active: boolean }>): Promise<void> {
  await tx.update(unitProcedures).set({ active: false }).where(eq(unitProcedures.unitCode, unitCode));
  await tx
    .insert(unitProcedures)
    .values([...rows])
    .onConflictDoUpdate({ target: [unitProcedures.unitCode, unitProcedures.procedureCode], set: { active: sql`excluded.active` } });
}
