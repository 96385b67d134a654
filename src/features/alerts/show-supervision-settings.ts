/**
 * GET /api/units/:code/supervision-settings: the unit's due-soon thresholds, apology risk and
 * escalation ladder (domain/supervision config.ts), the defaults when the unit stored none (or
 * stored settings that no longer parse). For whoever reads the unit's board and whoever may set them.
 */
import { canReadSupervisionSettings } from '../../domain/policy/policy.ts';
import { ALERT_HISTORY_WORDS } from '../../domain/supervision/alert-history.ts';
import { parseSupervisionConfig, supervisionConfigOfUnit, type SupervisionConfig } from '../../domain/supervision/index.ts';
import type { AppContext, CurrentUser } from '../../platform/context.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';

export interface SupervisionSettingsView {
  unitCode: string;
  settings: SupervisionConfig;
  /** True when the unit has no valid settings of its own (the defaults apply). */
  isDefault: boolean;
}

export async function showSupervisionSettings(ctx: AppContext, user: CurrentUser, unitCode: string): Promise<SupervisionSettingsView> {
  const unit = await findUnit(ctx.db, unitCode);
  if (!canReadSupervisionSettings(user, { code: unitCode, parentCode: unit?.parentCode ?? null })) throw forbidden(ALERT_HISTORY_WORDS.forbiddenReadSettings);
  if (unit === undefined) throw notFound(ALERT_HISTORY_WORDS.unknownUnit(unitCode));
  const stored = (unit.settings as { supervision?: unknown }).supervision;
  return { unitCode, settings: supervisionConfigOfUnit(unit.settings), isDefault: stored === undefined || !parseSupervisionConfig(stored).ok };
}
