/**
 * Reads of the unit directory that every feature needs: a unit with its parent (for the policy's
 * "where"), its name and settings, and the names of its departments. Units are created and
 * configured by the admin feature (features/admin/units.store.ts); these are the lookups the
 * others make, written once.
 */
import { and, eq } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { departments, units } from '../db/schema.ts';
import type { UnitSettings } from '../../domain/unit/settings.ts';

export interface UnitRecord {
  code: string;
  name: string;
  kind: string;
  /** The city (province-level) unit a ward or commune reports to. */
  parentCode: string | null;
  settings: UnitSettings;
}

/** The unit with this code, or undefined. */
export async function findUnit(db: Database, code: string): Promise<UnitRecord | undefined> {
  const [unit] = await db.select({ code: units.code, name: units.name, kind: units.kind, parentCode: units.parentCode, settings: units.settings }).from(units).where(eq(units.code, code));
  return unit && { ...unit, settings: unit.settings ?? {} };
}

/** The parent (city) of a unit; null for a unit without one or an unknown unit. */
export async function cityOf(db: Database, unitCode: string): Promise<string | null> {
  const [unit] = await db.select({ parentCode: units.parentCode }).from(units).where(eq(units.code, unitCode));
  return unit?.parentCode ?? null;
}

/** Department and agency names of a unit, by code. */
export async function departmentNames(db: Database, unitCode: string): Promise<Record<string, string>> {
  const rows = await db.select({ code: departments.code, name: departments.name }).from(departments).where(eq(departments.unitCode, unitCode));
  return Object.fromEntries(rows.map((r) => [r.code, r.name]));
}

/** A department or vertical agency of the unit, or undefined. */
export async function findDepartment(db: Database, unitCode: string, code: string): Promise<typeof departments.$inferSelect | undefined> {
  const [department] = await db.select().from(departments).where(and(eq(departments.unitCode, unitCode), eq(departments.code, code)));
  return department;
}
