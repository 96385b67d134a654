/** The calendar overrides (table calendar_overrides): one day made a day off or a working day, for a unit or for every unit. */
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../platform/db/client.ts';
import { calendarOverrides } from '../../platform/db/schema.ts';

export type CalendarOverride = typeof calendarOverrides.$inferSelect;

/** Every override, by date. */
export function listCalendarOverrides(db: Database): Promise<CalendarOverride[]> {
  return db.select().from(calendarOverrides).orderBy(calendarOverrides.date);
}

export async function findCalendarOverride(db: Database, id: number): Promise<CalendarOverride | undefined> {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.id, id));
  return row;
}

/**
 * Sets the override of a date for a unit (null: every unit), in the caller's transaction: the
 * row in force is locked and updated, or created. Returns the override before (if any) and after.
 */
export async function saveCalendarOverride(
  tx: Database,
  value: { unitCode: string | null; date: string; working: boolean; reason: string; createdBy: string },
): Promise<{ before: CalendarOverride | undefined; saved: CalendarOverride | undefined }> {
  const { unitCode, date, working, reason, createdBy } = value;
  const where = and(unitCode === null ? isNull(calendarOverrides.unitCode) : eq(calendarOverrides.unitCode, unitCode), eq(calendarOverrides.date, date));
  const [before] = await tx.select().from(calendarOverrides).where(where).for('update');
  const [saved] = before
    ? await tx.update(calendarOverrides).set({ working, reason, createdBy }).where(eq(calendarOverrides.id, before.id)).returning()
    : await tx.insert(calendarOverrides).values({ unitCode, date, working, reason, createdBy }).returning();
  return { before, saved };
}

export async function deleteCalendarOverride(tx: Database, id: number): Promise<CalendarOverride | undefined> {
  const [removed] = await tx.delete(calendarOverrides).where(eq(calendarOverrides.id, id)).returning();
  return removed;
}
