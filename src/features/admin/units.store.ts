/** Units and their departments (tables units, departments): what the admin feature writes and lists. */
import { eq, or } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { departments, units } from '../../platform/db/schema.ts';
import type { UnitKind, UnitSettings } from '../../domain/unit/settings.ts';

export type UnitRow = typeof units.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;

/** Every unit, or a unit and the units whose parent it is; by code. */
export function listUnits(db: Database, listed: 'all' | { unitAndChildrenOf: string }): Promise<UnitRow[]> {
  if (listed === 'all') return db.select().from(units).orderBy(units.code);
  return db.select().from(units).where(or(eq(units.code, listed.unitAndChildrenOf), eq(units.parentCode, listed.unitAndChildrenOf))).orderBy(units.code);
}

export async function insertUnit(tx: Database, unit: { code: string; name: string; kind: UnitKind; parentCode: string | null; settings: UnitSettings }): Promise<UnitRow> {
  const [created] = await tx.insert(units).values(unit).returning();
  return created!;
}

/** The unit's settings, locked until the transaction ends; undefined for an unknown unit. */
export async function lockUnitSettings(tx: Database, code: string): Promise<UnitSettings | undefined> {
  const [current] = await tx.select({ settings: units.settings }).from(units).where(eq(units.code, code)).for('update');
  return current?.settings;
}

export async function updateUnitSettings(tx: Database, code: string, settings: UnitSettings): Promise<UnitRow> {
  const [updated] = await tx.update(units).set({ settings }).where(eq(units.code, code)).returning();
  return updated!;
}

export function listDepartments(db: Database, unitCode: string): Promise<DepartmentRow[]> {
  return db.select().from(departments).where(eq(departments.unitCode, unitCode)).orderBy(departments.code);
}

export async function insertDepartment(tx: Database, department: { unitCode: string; code: string; name: string; kind: DepartmentRow['kind'] }): Promise<DepartmentRow> {
  const [created] = await tx.insert(departments).values(department).returning();
  return created!;
}
