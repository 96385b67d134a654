/**
 * PAKN clocks in the unit's escalation ladder (issue 19 §2 "warnings and escalation like
 * dossiers", docs/supervision.md §9): each running duty clock of a PAKN (resolve, forward,
 * publish: docs/pakn.md §3) is treated as the PAKN's legal date, so the ladder's `legal-due-within`
 * and `legal-overdue` rungs reach it exactly as they reach a dossier's legal date (a rung naming a
 * department head goes to the head of the PAKN's department). `step-overdue` rungs do not apply
 * (a PAKN has no steps). A clock held while the sender is awaited raises nothing. Once per PAKN,
 * clock and rung; the text names the PAKN code and the clock, never the sender.
 */
import type { Officer } from '../policy/turns.ts';
import { assessPaknClocks } from '../pakn/clocks.ts';
import { CLOCK_NAMES } from '../pakn/labels.ts';
import type { PaknState } from '../pakn/state.ts';
import { formatDateTime } from '../format/date.ts';
import { thresholdsFor, workingDaysToMinutes } from './config.ts';
import { addresseesOf, alertKey, type Alert, type EscalationResult } from './escalation.ts';
import type { LiveContext } from './warnings.ts';

/** The subject of a PAKN alert inside alert keys (dossier codes never start with it). */
export function paknSubject(code: string): string {
  return `pakn:${code}`;
}

const WORDS = {
  pakn: 'Phản ánh, kiến nghị',
  clock: 'thời hạn',
  dueWithin: 'sắp hết (hạn',
  overdue: 'đã quá (hạn',
} as const;

export interface PaknEscalationInput {
  pakn: Iterable<PaknState>;
  context: LiveContext;
  staff: readonly Officer[];
  raised: ReadonlySet<string>;
}

/** The new PAKN alerts to raise now, in PAKN-code then clock then ladder order. `dossierCode` holds the PAKN code. */
export function paknAlertsToRaise(input: PaknEscalationInput): EscalationResult {
  const { context } = input;
  const result: EscalationResult = { alerts: [], unaddressed: [] };
  const seen = new Set(input.raised);
  const all = [...input.pakn].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const state of all) {
    for (const clock of assessPaknClocks(state, context.now, context.calendar, thresholdsFor(context.config, context.calendar))) {
      if (clock.paused) continue;
      for (const rung of context.config.ladder) {
        const trigger = rung.trigger;
        let reached: 'dueWithin' | 'overdue' | undefined;
        if (trigger.kind === 'legal-due-within' && clock.remainingMinutes <= workingDaysToMinutes(trigger.remainingWorkingDays, context.calendar)) reached = 'dueWithin';
        if (trigger.kind === 'legal-overdue' && clock.level === 'overdue' && -clock.remainingMinutes >= workingDaysToMinutes(trigger.overdueWorkingDays, context.calendar)) reached = 'overdue';
        if (reached === undefined) continue;
        const key = alertKey(state.unitCode, paknSubject(state.code), clock.clock, rung.id);
        if (seen.has(key)) continue;
        seen.add(key);
        const addressees = addresseesOf(rung.notify, state.unitCode, state.departmentCode, input.staff);
        if (addressees.length === 0) {
          result.unaddressed.push({ key, unitCode: state.unitCode, dossierCode: state.code, rungId: rung.id });
          continue;
        }
        const text = `${WORDS.pakn} ${state.code}: ${WORDS.clock} "${CLOCK_NAMES[clock.clock]}" ${reached === 'overdue' ? WORDS.overdue : WORDS.dueWithin} ${formatDateTime(clock.dueAt)}).`;
        const alert: Alert = { key, unitCode: state.unitCode, dossierCode: state.code, stepCode: clock.clock, rungId: rung.id, trigger: trigger.kind, addressees, text, raisedAt: context.now, dueAt: clock.dueAt };
        result.alerts.push(alert);
      }
    }
  }
  return result;
}
