/**
 * The apology rule (issue 16 §2; reference.md §2 "Overdue", NĐ 61/2018 Art. 19 ⚪): a dossier
 * that will miss, or risks missing, its legal due date gets a written apology and a new
 * appointment (Mẫu 04) at least one working day before that date, and only once. In the history
 * it is the `extended` event ("Xin lỗi và hẹn lại ngày trả kết quả"). The legal due date never
 * moves with it (statistics compare with the legal date, docs/deadlines.md).
 */

import { MINUTES_PER_DAY, dayOf, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { DossierState } from '../dossier/state.ts';
import { workingDaysToMinutes } from './config.ts';
import { dossierWarning, isOpen, type DossierWarning, type LiveContext } from './warnings.ts';

/**
 * - `not-needed`: open, on course (not at risk) and no apology sent;
 * - `owed`: at risk, none sent, and at least one working day is left: send it by `lastMoment`;
 * - `late`: at risk, none sent, less than one working day left: the law's minimum is missed, but
 *   the legal date is not yet, so it should still go out now;
 * - `too-late`: none sent and the legal date has passed: an apology *before* the date is no
 *   longer possible;
 * - `sent`: sent at least one working day before the legal date;
 * - `sent-late`: sent, but later than that;
 * - `paused`: the clock stands still (the citizen is awaited): judged again when it runs.
 */
export const APOLOGY_STATUSES = ['not-needed', 'owed', 'late', 'too-late', 'sent', 'sent-late', 'paused'] as const;
export type ApologyStatus = (typeof APOLOGY_STATUSES)[number];

/** Why a dossier risks missing its legal date. */
export const RISK_REASONS = ['little-time-left', 'step-overdue', 'overdue'] as const;
export type RiskReason = (typeof RISK_REASONS)[number];

export interface ApologyAssessment {
  dossierCode: string;
  unitCode: string;
  status: ApologyStatus;
  /** The legal due date as of now (a running pause pushes it). */
  legalDueAt: LocalMinute;
  /** The last moment to send the apology: one working day (of working time) before `legalDueAt`. */
  lastMoment: LocalMinute;
  risk: RiskReason[];
  /** The first apology (the one the rule judges), when sent. */
  sentAt?: LocalMinute;
  newDueAt?: LocalMinute;
  /** Apologies with a new appointment in the history; more than one breaks "only once". */
  appointments: number;
}

/**
 * The moment `minutes` of working time before `t` (earliest of equal working positions, as due
 * dates are shown: 17:00 of a day rather than 07:00 of the next working day).
 */
export function workingMinutesBefore(t: LocalMinute, minutes: number, calendar: WorkingCalendar): LocalMinute {
  let anchor = calendar.startOfDay(dayOf(t) - 31);
  while (calendar.workingMinutesBetween(anchor, t) < minutes) anchor -= 31 * MINUTES_PER_DAY;
  return calendar.addWorkingMinutes(anchor, calendar.workingMinutesBetween(anchor, t) - minutes);
}

/** Was something done at `at` at least one working day before `due`? (Equal working positions count as in time.) */
export function isAtLeastOneWorkingDayBefore(at: LocalMinute, due: LocalMinute, calendar: WorkingCalendar): boolean {
  return calendar.workingMinutesBetween(at, due) >= calendar.minutesPerDay;
}

function riskOf(warning: DossierWarning, context: LiveContext): RiskReason[] {
  const reasons: RiskReason[] = [];
  if (warning.level === 'overdue') reasons.push('overdue');
  else if (warning.remainingMinutes <= workingDaysToMinutes(context.config.apologyRiskRemainingWorkingDays, context.calendar)) reasons.push('little-time-left');
  if (context.config.riskWhenStepOverdue && warning.steps.some((step) => step.level === 'overdue')) reasons.push('step-overdue');
  return reasons;
}

function statusOf(dossier: DossierState, warning: DossierWarning, risk: readonly RiskReason[], context: LiveContext): ApologyStatus {
  const { calendar, now } = context;
  const first = dossier.extensions[0];
  if (first !== undefined) return isAtLeastOneWorkingDayBefore(first.at, warning.legalDueAt, calendar) ? 'sent' : 'sent-late';
  if (warning.level === 'paused') return 'paused';
  if (risk.length === 0) return 'not-needed';
  if (now > warning.dueAt) return 'too-late';
  return isAtLeastOneWorkingDayBefore(now, warning.dueAt, calendar) ? 'owed' : 'late';
}

/** Where an open dossier stands with the apology rule (`warning`: its warning now, when already computed); undefined for a dossier that is not open. */
export function assessApology(dossier: DossierState, context: LiveContext, warning: DossierWarning | undefined = dossierWarning(dossier, context)): ApologyAssessment | undefined {
  if (warning === undefined || !isOpen(dossier)) return undefined;
  const risk = riskOf(warning, context);
  const assessment: ApologyAssessment = {
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    status: statusOf(dossier, warning, risk, context),
    legalDueAt: warning.dueAt,
    lastMoment: workingMinutesBefore(warning.dueAt, context.calendar.minutesPerDay, context.calendar),
    risk,
    appointments: dossier.extensions.length,
  };
  const first = dossier.extensions[0];
  if (first !== undefined) {
    assessment.sentAt = first.at;
    assessment.newDueAt = first.newDueAt;
  }
  return assessment;
}

/** Statuses of a dossier still without its apology while one can still be sent before the date. */
export const OWED_STATUSES: readonly ApologyStatus[] = ['owed', 'late'];

/**
 * The apologies owed: open dossiers at risk without an apology whose legal date has not passed,
 * most urgent first (by last moment, then dossier code). `contextOf` gives each dossier's unit context.
 */
export function apologiesOwed(dossiers: Iterable<DossierState>, contextOf: (unitCode: string) => LiveContext): ApologyAssessment[] {
  const owed: ApologyAssessment[] = [];
  for (const dossier of dossiers) {
    const assessment = assessApology(dossier, contextOf(dossier.unitCode));
    if (assessment !== undefined && OWED_STATUSES.includes(assessment.status)) owed.push(assessment);
  }
  return owed.sort((a, b) => a.lastMoment - b.lastMoment || (a.dossierCode < b.dossierCode ? -1 : a.dossierCode > b.dossierCode ? 1 : 0));
}
