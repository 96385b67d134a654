/** What the kiosk shows (public): the unit's service groups and priority groups, and whether it issues now. */
import type { AppContext } from '../../platform/context.ts';
import { isOpen } from '../../domain/queue/opening-hours.ts';
import { queueSetupOf } from './queue-setup.ts';

export interface KioskSetup {
  unitCode: string;
  unitName: string;
  open: boolean;
  /** Why it does not issue now, or the lunch-break note. */
  message: string | null;
  groups: { code: string; name: string }[];
  priorityGroups: { code: string; name: string; description: string }[];
}

export async function showKiosk(ctx: AppContext, unitCode: string): Promise<KioskSetup> {
  const setup = await queueSetupOf(ctx, unitCode);
  const opening = isOpen(setup.calendar, ctx.now(), { issueStopsBeforeCloseMinutes: setup.config.issueStopsBeforeCloseMinutes });
  return {
    unitCode,
    unitName: setup.unit.name,
    open: opening.open,
    message: !opening.open ? opening.reason : opening.session === 'break' ? opening.note : null,
    groups: setup.config.serviceGroups.filter((g) => g.active).map((g) => ({ code: g.code, name: g.name })),
    priorityGroups: setup.config.priorityGroups.filter((g) => g.active).map((g) => ({ code: g.code, name: g.name, description: g.description })),
  };
}
