/**
 * GET /api/alerts: the alerts addressed to the signed-in person, not yet acknowledged first,
 * then the newest (at most MY_ALERTS_LIMIT), with how many are still open.
 */
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { alertsAddressedTo, openAlertCount, type AlertRecord } from './alerts.queries.ts';

export const MY_ALERTS_LIMIT = 200;

export async function listMyAlerts(ctx: AppContext, user: CurrentUser): Promise<{ open: number; items: AlertRecord[] }> {
  const [open, items] = await Promise.all([openAlertCount(ctx.db, user.id), alertsAddressedTo(ctx.db, user.id, MY_ALERTS_LIMIT)]);
  return { open, items };
}
