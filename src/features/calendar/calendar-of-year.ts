/** A unit's working calendar of one year: days off, extra working days, and the overrides that apply to it. */
import type { AppContext } from '../../platform/context.ts';
import { listCalendarOverrides } from './calendar.store.ts';

export interface OverrideView {
  id: number;
  unitCode: string | null;
  date: string;
  working: boolean;
  reason: string;
}

export const overrideView = (r: OverrideView): OverrideView => ({ id: r.id, unitCode: r.unitCode, date: r.date, working: r.working, reason: r.reason });

export async function calendarOfYear(ctx: AppContext, unitCode: string, year: number) {
  const { schedule } = await ctx.calendars.forUnit(unitCode);
  const s = schedule(year);
  const rows = await listCalendarOverrides(ctx.db);
  return {
    year,
    unitCode,
    source: s.source,
    confidence: s.confidence,
    daysOff: s.daysOff,
    extraWorkingDays: s.extraWorkingDays,
    overrides: rows.filter((r) => r.date.startsWith(String(year)) && (r.unitCode === null || r.unitCode === unitCode)).map(overrideView),
  };
}
