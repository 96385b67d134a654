/**
 * w4-links (issue 15 §4): the bound of the dossier list's `apologyOwed` filter for each unit the
 * list reads — computed exactly as the city board computes its "Chưa xin lỗi, hẹn lại"
 * (domain/overview/live-bounds.ts liveBoundsOf: the unit's calendar and its supervision settings'
 * apologyRiskRemainingWorkingDays), so that the count and its list agree unit by unit.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import { liveBoundsOf } from '../../domain/overview/live-bounds.ts';
import type { DossierVisibility } from '../../domain/policy/policy.ts';
import type { AppContext } from '../../platform/context.ts';
import { listUnitSettings } from './dossiers.queries.ts';

export async function apologyBoundsOf(ctx: AppContext, visibility: DossierVisibility, unitCode: string | undefined, now: LocalMinute): Promise<Array<{ unitCode: string; risk: LocalMinute }>> {
  const units = await listUnitSettings(ctx.db, visibility, unitCode);
  return Promise.all(
    units.map(async (unit) => {
      const { calendar } = await ctx.calendars.forUnit(unit.code);
      return { unitCode: unit.code, risk: liveBoundsOf(unit.code, unit.settings, now, calendar).apologyRisk };
    }),
  );
}
