/**
 * PUT /api/units/:code/supervision-settings: the unit's center leader or an administrator
 * replaces its thresholds and ladder (validated by the core's schema in the route), stored as
 * `settings.supervision` of the unit, recorded in the change log (before and after) in the same
 * transaction. The next raising pass and the boards use them.
 */
import { canSetSupervisionSettings } from '../../domain/policy/policy.ts';
import { ALERT_HISTORY_WORDS } from '../../domain/supervision/alert-history.ts';
import type { SupervisionConfig } from '../../domain/supervision/index.ts';
import { recordAdminChange } from '../../platform/change-log/admin-changes.store.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { lockSupervisionSettings, writeSupervisionSettings } from './alerts.store.ts';
import { showSupervisionSettings, type SupervisionSettingsView } from './show-supervision-settings.ts';

export async function setSupervisionSettings(ctx: AppContext, user: CurrentUser, unitCode: string, settings: SupervisionConfig): Promise<SupervisionSettingsView> {
  if (!canSetSupervisionSettings(user, unitCode)) throw forbidden(ALERT_HISTORY_WORDS.forbiddenSettings);
  await ctx.db.transaction(async (tx) => {
    const before = await lockSupervisionSettings(tx, unitCode);
    if (before === null) throw notFound(ALERT_HISTORY_WORDS.unknownUnit(unitCode));
    await writeSupervisionSettings(tx, unitCode, settings);
    await recordAdminChange(tx, { kind: 'unit.supervision', actorId: user.id, unitCode, target: unitCode, before: before.supervision ?? null, after: settings });
  });
  return showSupervisionSettings(ctx, user, unitCode);
}
