/** The demo data's own rows: is the database empty, the demo city's units, departments, offered procedures and officers, the code counters. */
import { inArray, ne, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { departments, dossierCodeSequences, dossiers, unitProcedures, units, users } from '../../platform/db/schema.ts';

/** Is there a unit other than `rootUnitCode`, or any dossier? */
export async function holdsMoreThan(db: Database, rootUnitCode: string): Promise<boolean> {
  const [unit] = await db.select({ code: units.code }).from(units).where(ne(units.code, rootUnitCode)).limit(1);
  if (unit) return true;
  const [dossier] = await db.select({ code: dossiers.code }).from(dossiers).limit(1);
  return dossier !== undefined;
}

/** The first of `codes` that is a unit already, if any. */
export async function firstExistingUnit(db: Database, codes: readonly string[]): Promise<string | undefined> {
  const existing = await db.select({ code: units.code }).from(units).where(inArray(units.code, [...codes]));
  return existing[0]?.code;
}

export interface DemoCityRows {
  units: Array<typeof units.$inferInsert>;
  departments: Array<typeof departments.$inferInsert>;
  unitProcedures: Array<typeof unitProcedures.$inferInsert>;
  users: Array<typeof users.$inferInsert>;
}

/** The city's rows, in the caller's transaction (the root unit only if missing). */
export async function insertDemoCity(tx: Database, rootUnit: typeof units.$inferInsert, rows: DemoCityRows): Promise<void> {
  await tx.insert(units).values(rootUnit).onConflictDoNothing();
  await tx.insert(units).values(rows.units);
  await tx.insert(departments).values(rows.departments);
  await tx.insert(unitProcedures).values(rows.unitProcedures);
  await tx.insert(users).values(rows.users);
}

/** Raises each unit's daily code counter to at least the given value, so the next real reception gets the next number. */
export async function raiseCodeCounters(db: Database, counters: ReadonlyArray<{ unitCode: string; day: string; lastValue: number }>): Promise<void> {
  for (let i = 0; i < counters.length; i += 1000) {
    await db
      .insert(dossierCodeSequences)
      .values(counters.slice(i, i + 1000))
      .onConflictDoUpdate({
        target: [dossierCodeSequences.unitCode, dossierCodeSequences.day],
        set: { lastValue: sql`greatest(${dossierCodeSequences.lastValue}, excluded.last_value)` },
      });
  }
}
