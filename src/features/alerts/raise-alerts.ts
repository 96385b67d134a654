/**
 * The raising pass (docs/supervision.md §9): for each unit (or one), the supervision core's
 * `alertsToRaise` over the open dossiers' steps (and PAKN clocks, pakn-escalation.ts) with the unit's calendar, settings and active
 * staff, and the keys already raised; what is new is stored once (alerts.store.ts: two processes
 * racing store one row per key) and told to its addressees' live streams. Runs on a timer in the
 * server (alerts-worker.ts) and on demand (`motcua alerts raise`).
 */
import type { DossierState } from '../../domain/dossier/state.ts';
import { alertsToRaise, supervisionConfigOfUnit, type Alert, type LiveContext } from '../../domain/supervision/index.ts';
import { addresseeName } from '../../domain/supervision/alert-history.ts';
import { paknAlertsToRaise } from '../../domain/supervision/pakn-escalation.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import type { Officer } from '../../domain/policy/turns.ts';
import type { AppContext } from '../../platform/context.ts';
import { notFound } from '../../platform/errors.ts';
import { findUnit } from '../../platform/units/units.queries.ts';
import { activeStaffOf, activeUnitCodes, openDossierStatesOf, openPaknStatesOf, raisedKeysOf, type StaffRecord } from './alerts.queries.ts';
import { insertRaisedAlerts, type NewAlert } from './alerts.store.ts';

export interface RaiseSummary {
  units: number;
  /** Alerts this pass stored (another process may have stored some of the same keys first). */
  raised: number;
  /** Rungs reached for which a unit has nobody to notify (a setup problem), as keys. */
  unaddressed: string[];
}

export async function raiseAlerts(ctx: AppContext, options: { unitCode?: string } = {}): Promise<RaiseSummary> {
  const unitCodes = options.unitCode === undefined ? await activeUnitCodes(ctx.db) : [options.unitCode];
  const summary: RaiseSummary = { units: 0, raised: 0, unaddressed: [] };
  for (const unitCode of unitCodes) {
    const unit = await findUnit(ctx.db, unitCode);
    if (unit === undefined) throw notFound(`Không tìm thấy đơn vị ${unitCode}.`);
    const [{ calendar }, states, paknStates, staff, raised] = await Promise.all([
      ctx.calendars.forUnit(unitCode),
      openDossierStatesOf<DossierState>(ctx.db, unitCode),
      openPaknStatesOf<PaknState>(ctx.db, unitCode),
      activeStaffOf(ctx.db, unitCode),
      raisedKeysOf(ctx.db, unitCode),
    ]);
    const context: LiveContext = { calendar, config: supervisionConfigOfUnit(unit.settings), now: ctx.now() };
    const officers: Officer[] = staff.map(({ id, role, unitCode: staffUnit, departmentCode }) => ({ id, role, unitCode: staffUnit, departmentCode }));
    const dossierResult = alertsToRaise({ dossiers: states, contextOf: () => context, staff: officers, raised });
    const paknResult = paknAlertsToRaise({ pakn: paknStates, context, staff: officers, raised });
    const names = new Map(staff.map((person) => [person.id, person]));
    const stored = await insertRaisedAlerts(ctx.db, [
      ...dossierResult.alerts.map((alert) => newAlertOf(alert, 'dossier', names)),
      ...paknResult.alerts.map((alert) => newAlertOf(alert, 'pakn', names)),
    ]);
    summary.units += 1;
    summary.raised += stored.length;
    summary.unaddressed.push(...[...dossierResult.unaddressed, ...paknResult.unaddressed].map((u) => u.key));
  }
  return summary;
}

/** The row to store for an alert of the core: the addressees named as they are now. */
export function newAlertOf(alert: Alert, subject: NewAlert['subject'], staff: ReadonlyMap<string, StaffRecord>): NewAlert {
  return {
    key: alert.key,
    unitCode: alert.unitCode,
    subject,
    subjectCode: alert.dossierCode,
    stepCode: alert.stepCode,
    rungId: alert.rungId,
    trigger: alert.trigger,
    text: alert.text,
    addresseeIds: alert.addressees,
    addresseeNames: alert.addressees.map((id) => {
      const person = staff.get(id);
      return person === undefined ? id : addresseeName(person.role, person.fullName);
    }),
    dueAt: alert.dueAt,
    raisedAt: alert.raisedAt,
  };
}
