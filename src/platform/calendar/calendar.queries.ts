/** What a unit's working calendar is made of: the calendar overrides that apply to it. */
import { eq, isNull, or } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { calendarOverrides } from '../db/schema.ts';

/** The national overrides and the unit's own ('' = national only), by id. */
export function overridesApplyingTo(db: Database, unitCode: string): Promise<Array<typeof calendarOverrides.$inferSelect>> {
  return db
    .select()
    .from(calendarOverrides)
    .where(unitCode ? or(isNull(calendarOverrides.unitCode), eq(calendarOverrides.unitCode, unitCode)) : isNull(calendarOverrides.unitCode))
    .orderBy(calendarOverrides.id);
}
