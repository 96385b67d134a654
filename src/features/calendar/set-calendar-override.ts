/**
 * Makes one day a day off or a working day, for a unit or (administrators) for every unit: the
 * row holds the override in force, admin_changes keeps every earlier value; cached calendars of
 * the unit (or all) are dropped, so every due date derived afterwards uses the corrected calendar.
 */
import { canSetCalendar } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { badRequest, forbidden } from '../../platform/errors.ts';
import { overrideView, type OverrideView } from './calendar-of-year.ts';
import { saveCalendarOverride } from './calendar.store.ts';

export const CALENDAR_FORBIDDEN = 'Bạn không có quyền điều chỉnh lịch làm việc của đơn vị này.';

export async function setCalendarOverride(ctx: AppContext, user: CurrentUser, input: { unitCode: string | null; date: string; working: boolean; reason: string }): Promise<OverrideView> {
  const { unitCode, date, working, reason } = input;
  if (!canSetCalendar(user, unitCode)) throw forbidden(CALENDAR_FORBIDDEN);
  const row = await ctx.db.transaction(async (tx) => {
    const { before, saved } = await saveCalendarOverride(tx, { unitCode, date, working, reason, createdBy: user.id });
    if (!saved) throw badRequest('Không lưu được điều chỉnh lịch.');
    await recordAdminChange(tx, { kind: 'calendar_override.set', actorId: user.id, unitCode, target: date, before: before ? { working: before.working, reason: before.reason } : undefined, after: { working, reason } });
    return saved;
  });
  ctx.calendars.invalidate(unitCode ?? undefined);
  return overrideView(row);
}
