/**
 * Escalation as data (issue 16 §3): the unit's ladder (config.ts) turned into in-app alerts to
 * named people, each raised exactly once per dossier, step and rung, and acknowledged by one of
 * its addressees. Pure: the caller passes the alerts already raised (their keys) and the unit's
 * active staff; appending the returned alerts makes the next call return nothing new.
 * Alert texts name the dossier code, the procedure and the step, never the citizen.
 */

import { z } from 'zod';
import type { LocalMinute } from '../calendar/local-time.ts';
import type { DossierState } from '../dossier/state.ts';
import type { Officer } from '../policy/turns.ts';
import { hasRole } from '../policy/policy.ts';
import { formatDateTime } from '../format/date.ts';
import { assessApology, OWED_STATUSES } from './apology.ts';
import { ESCALATION_TRIGGER_KINDS, workingDaysToMinutes, type AlertAddresseeRole, type EscalationRung } from './config.ts';
import { ALERT_WORDS, SUPERVISION_MESSAGES } from './labels.ts';
import { dossierWarning, type DossierWarning, type LiveContext, type StepWarning } from './warnings.ts';

const localMinute = z.number().int();

/** An alert as stored and shown (the store keeps it, and its acknowledgement, in the history). */
export const alertSchema = z.object({
  /** `unit/dossier/step/rung` ("-" for a dossier-level rung): the once-only identity. */
  key: z.string().min(1).max(400),
  unitCode: z.string().min(1),
  dossierCode: z.string().min(1),
  stepCode: z.string().min(1).optional(),
  rungId: z.string().min(1),
  trigger: z.enum(ESCALATION_TRIGGER_KINDS),
  /** Staff ids the alert goes to; any of them may acknowledge it. */
  addressees: z.array(z.string().min(1)).min(1),
  text: z.string().min(1),
  raisedAt: localMinute,
  /** The due date that triggered it (the step's, or the legal date as of `raisedAt`). */
  dueAt: localMinute,
  acknowledgedAt: localMinute.optional(),
  acknowledgedBy: z.string().min(1).optional(),
});
export type Alert = z.infer<typeof alertSchema>;

export function alertKey(unitCode: string, dossierCode: string, stepCode: string | undefined, rungId: string): string {
  return `${unitCode}/${dossierCode}/${stepCode ?? '-'}/${rungId}`;
}

export interface EscalationInput {
  dossiers: Iterable<DossierState>;
  /** Each unit's calendar, settings (with its ladder) and the moment. */
  contextOf: (unitCode: string) => LiveContext;
  /** The active staff of the units concerned. */
  staff: readonly Officer[];
  /** Keys of the alerts already raised (acknowledged or not). */
  raised: ReadonlySet<string>;
}

export interface Unaddressed {
  key: string;
  unitCode: string;
  dossierCode: string;
  rungId: string;
}

export interface EscalationResult {
  alerts: Alert[];
  /** Rungs reached for which the unit has nobody to notify (not even a leader): a setup problem. */
  unaddressed: Unaddressed[];
}

/**
 * Who gets an alert: the role the rung names (a department head: of the department holding the
 * step, else the dossier); without anyone in that role, the unit's center leaders, then its
 * chairmen. Sorted ids.
 */
export function addresseesOf(role: AlertAddresseeRole, unitCode: string, departmentCode: string | undefined, staff: readonly Officer[]): string[] {
  const inUnit = staff.filter((officer) => officer.unitCode === unitCode);
  const ids = (pick: (officer: Officer) => boolean) => inUnit.filter(pick).map((officer) => officer.id).sort();
  const chain: ((officer: Officer) => boolean)[] = [
    // A department head only of the department concerned (hasRole: roles are compared in the policy module).
    (o) => hasRole(o, role) && (!hasRole(o, 'department_head') || (departmentCode !== undefined && o.departmentCode === departmentCode)),
    (o) => hasRole(o, 'center_leader'),
    (o) => hasRole(o, 'chairman'),
  ];
  for (const pick of chain) {
    const found = ids(pick);
    if (found.length > 0) return found;
  }
  return [];
}

interface Reached {
  step?: StepWarning;
  dueAt: LocalMinute;
}

/** What a rung reaches in a dossier now: one entry per step for step rungs, at most one otherwise. */
function reachedBy(rung: EscalationRung, warning: DossierWarning, context: LiveContext): Reached[] {
  const trigger = rung.trigger;
  switch (trigger.kind) {
    case 'step-overdue': {
      const late = workingDaysToMinutes(trigger.overdueWorkingDays, context.calendar);
      return warning.steps.filter((step) => step.level === 'overdue' && -step.remainingMinutes >= late).map((step) => ({ step, dueAt: step.dueAt }));
    }
    case 'legal-due-within':
      return warning.remainingMinutes <= workingDaysToMinutes(trigger.remainingWorkingDays, context.calendar) ? [{ dueAt: warning.dueAt }] : [];
    case 'legal-overdue': {
      const late = workingDaysToMinutes(trigger.overdueWorkingDays, context.calendar);
      return warning.level === 'overdue' && -warning.remainingMinutes >= late ? [{ dueAt: warning.dueAt }] : [];
    }
  }
}

/** The alert's sentence: dossier code, procedure, step and date; nothing about the citizen. */
export function alertText(rung: EscalationRung, dossier: DossierState, warning: DossierWarning, reached: Reached, context: LiveContext): string {
  const head = `${ALERT_WORDS.dossier} ${dossier.code} (${dossier.procedureName})`;
  const due = formatDateTime(reached.dueAt);
  const current = warning.steps[0];
  const stepPart = (step: StepWarning | undefined) => (step === undefined ? '' : ` ${ALERT_WORDS.atStep} "${step.stepName}".`);
  switch (rung.trigger.kind) {
    case 'step-overdue':
      return `${head}: ${ALERT_WORDS.step} "${reached.step!.stepName}" ${ALERT_WORDS.stepOverdue} ${due}).`;
    case 'legal-overdue':
      return `${head} ${ALERT_WORDS.legalOverdue} ${due}).${stepPart(current)}`;
    case 'legal-due-within': {
      const apology = assessApology(dossier, context);
      const apologyPart = apology !== undefined && OWED_STATUSES.includes(apology.status) ? ` ${ALERT_WORDS.apologyMissing} ${ALERT_WORDS.apologyDeadline} ${formatDateTime(apology.lastMoment)}.` : '';
      return `${head} ${ALERT_WORDS.legalDueWithin} ${due}).${stepPart(current)}${apologyPart}`;
    }
  }
}

/**
 * The NEW alerts to raise now, in dossier-code then ladder order. A paused dossier raises
 * nothing (its clock stands still). Idempotent: with the returned keys added to `raised`, a
 * second call at the same or a later moment returns none of them again.
 */
export function alertsToRaise(input: EscalationInput): EscalationResult {
  const result: EscalationResult = { alerts: [], unaddressed: [] };
  const seen = new Set(input.raised);
  const dossiers = [...input.dossiers].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const dossier of dossiers) {
    const context = input.contextOf(dossier.unitCode);
    const warning = dossierWarning(dossier, context);
    if (warning === undefined || warning.level === 'paused') continue;
    for (const rung of context.config.ladder) {
      for (const reached of reachedBy(rung, warning, context)) {
        const key = alertKey(dossier.unitCode, dossier.code, reached.step?.stepCode, rung.id);
        if (seen.has(key)) continue;
        seen.add(key);
        const department = reached.step?.departmentCode ?? warning.steps[0]?.departmentCode ?? dossier.departmentCode;
        const addressees = addresseesOf(rung.notify, dossier.unitCode, department, input.staff);
        if (addressees.length === 0) {
          result.unaddressed.push({ key, unitCode: dossier.unitCode, dossierCode: dossier.code, rungId: rung.id });
          continue;
        }
        const alert: Alert = { key, unitCode: dossier.unitCode, dossierCode: dossier.code, rungId: rung.id, trigger: rung.trigger.kind, addressees, text: alertText(rung, dossier, warning, reached, context), raisedAt: context.now, dueAt: reached.dueAt };
        if (reached.step !== undefined) alert.stepCode = reached.step.stepCode;
        result.alerts.push(alert);
      }
    }
  }
  return result;
}

export type AcknowledgeResult = { ok: true; alert: Alert } | { ok: false; reason: string };

/**
 * Acknowledges an alert: only one of its addressees, in its unit, may. Acknowledging again by
 * the same person changes nothing (a retried request); by another addressee it is refused.
 */
export function acknowledgeAlert(alert: Alert, officer: Officer, at: LocalMinute): AcknowledgeResult {
  if (officer.unitCode !== alert.unitCode) return { ok: false, reason: SUPERVISION_MESSAGES.otherUnit };
  if (!alert.addressees.includes(officer.id)) return { ok: false, reason: SUPERVISION_MESSAGES.notAddressee };
  if (alert.acknowledgedBy !== undefined) {
    return alert.acknowledgedBy === officer.id ? { ok: true, alert } : { ok: false, reason: SUPERVISION_MESSAGES.alreadyAcknowledged(alert.acknowledgedBy) };
  }
  return { ok: true, alert: { ...alert, acknowledgedAt: at, acknowledgedBy: officer.id } };
}

/** The alerts addressed to an officer: not yet acknowledged first, then the newest first. */
export function alertsFor(officer: Officer, alerts: readonly Alert[]): Alert[] {
  return alerts
    .filter((alert) => alert.unitCode === officer.unitCode && alert.addressees.includes(officer.id))
    .sort((a, b) => Number(a.acknowledgedAt !== undefined) - Number(b.acknowledgedAt !== undefined) || b.raisedAt - a.raisedAt);
}
