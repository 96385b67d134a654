/**
 * Working calendars per unit: the national schedule of each year, corrected by the
 * administrator's overrides (all units, then the unit's own), with the unit's working hours.
 * Calendars are cached and dropped when an override or the unit's hours change, so every
 * due date derived afterwards uses the corrected calendar.
 */
import type { Database } from '../db/client.ts';
import { findUnit } from '../units/units.queries.ts';
import { overridesApplyingTo } from './calendar.queries.ts';
import { DEFAULT_WORKING_HOURS, WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { applyOverrides, yearSchedule } from '../../domain/calendar/year-schedule.ts';
import type { DayOverride, YearSchedule } from '../../domain/calendar/types.ts';
import { workingHoursFromSettings } from '../../domain/unit/settings.ts';

export interface UnitCalendar {
  calendar: WorkingCalendar;
  schedule: (year: number) => YearSchedule;
}

export class CalendarService {
  private readonly cache = new Map<string, Promise<UnitCalendar>>();

  constructor(private readonly db: Database) {}

  /** The calendar of a unit ('' = national calendar without unit overrides). */
  forUnit(unitCode: string): Promise<UnitCalendar> {
    let entry = this.cache.get(unitCode);
    if (!entry) {
      entry = this.load(unitCode);
      entry.catch(() => this.cache.delete(unitCode));
      this.cache.set(unitCode, entry);
    }
    return entry;
  }

  /** Drops cached calendars (all, or one unit's) after an override or hours change. */
  invalidate(unitCode?: string): void {
    if (unitCode === undefined) this.cache.clear();
    else {
      this.cache.delete(unitCode);
      if (unitCode === '') this.cache.clear();
    }
  }

  private async load(unitCode: string): Promise<UnitCalendar> {
    const rows = await overridesApplyingTo(this.db, unitCode);
    // National overrides first, the unit's own last: the unit's correction wins.
    const ordered = [...rows.filter((r) => r.unitCode === null), ...rows.filter((r) => r.unitCode !== null)];
    const byYear = new Map<number, DayOverride[]>();
    for (const row of ordered) {
      const year = Number(row.date.slice(0, 4));
      const list = byYear.get(year) ?? [];
      list.push({ date: row.date, working: row.working, reason: row.reason });
      byYear.set(year, list);
    }
    let hours = DEFAULT_WORKING_HOURS;
    if (unitCode) {
      hours = workingHoursFromSettings((await findUnit(this.db, unitCode))?.settings);
    }
    const schedule = (year: number): YearSchedule => {
      const overrides = byYear.get(year);
      return overrides ? applyOverrides(yearSchedule(year), overrides) : yearSchedule(year);
    };
    return { calendar: new WorkingCalendar({ schedule, hours }), schedule };
  }
}
