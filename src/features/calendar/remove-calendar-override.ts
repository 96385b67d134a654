/** Removes a calendar override (logged with its value); the calendars it touched are recomputed. */
import { canSetCalendar } from '../../domain/policy/policy.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { deleteCalendarOverride, findCalendarOverride } from './calendar.store.ts';
import { CALENDAR_FORBIDDEN } from './set-calendar-override.ts';

export async function removeCalendarOverride(ctx: AppContext, user: CurrentUser, id: number): Promise<void> {
  const row = await findCalendarOverride(ctx.db, id);
  if (!row) throw notFound('Không tìm thấy điều chỉnh lịch này.');
  if (!canSetCalendar(user, row.unitCode)) throw forbidden(CALENDAR_FORBIDDEN);
  await ctx.db.transaction(async (tx) => {
    const removed = await deleteCalendarOverride(tx, row.id);
    if (!removed) throw notFound('Không tìm thấy điều chỉnh lịch này.');
    await recordAdminChange(tx, { kind: 'calendar_override.removed', actorId: user.id, unitCode: removed.unitCode, target: removed.date, before: { working: removed.working, reason: removed.reason } });
  });
  ctx.calendars.invalidate(row.unitCode ?? undefined);
}
