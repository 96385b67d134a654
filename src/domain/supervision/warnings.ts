/**
 * Warning levels of open dossiers and open steps at a moment, by working time (issue 16 §2).
 * Built on deadline/warnings.ts (assessDeadline) and on the KPI module's rule for "overdue"
 * (kpi/classify.ts), so a board's overdue count equals the report's in-progress overdue count.
 */

import { dayOf, type LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { assessDeadline, type DeadlineAssessment } from '../deadline/warnings.ts';
import type { DossierState, StepState } from '../dossier/state.ts';
import { endOf, pauseOpenAt, wasReceived } from '../kpi/classify.ts';
import { thresholdsFor, type SupervisionConfig } from './config.ts';

/**
 * - `on-time`: running, neither threshold reached;
 * - `due-soon`: a due-soon threshold is reached (little working time left, or most of it used);
 * - `due-today`: not yet due, and the due date falls on today's date;
 * - `overdue`: `now` is past the due date;
 * - `paused`: the clock stands still (supplement or financial obligation awaited).
 * Precedence: paused, overdue, due-today, due-soon, on-time.
 */
export const WARNING_LEVELS = ['on-time', 'due-soon', 'due-today', 'overdue', 'paused'] as const;
export type WarningLevel = (typeof WARNING_LEVELS)[number];

export interface Warning {
  level: WarningLevel;
  /** The due date as of `now` (a running pause pushes it, docs/deadlines.md). */
  dueAt: LocalMinute;
  /** Working minutes left until `dueAt`; negative once overdue. */
  remainingMinutes: number;
  /** Elapsed share of the allotted working time, whole percent (may exceed 100). */
  elapsedPercent: number;
}

export interface StepWarning extends Warning {
  stepCode: string;
  stepName: string;
  /** Department holding the step and its named officer, when it has them. */
  departmentCode?: string;
  assigneeId?: string;
}

export interface DossierWarning extends Warning {
  dossierCode: string;
  unitCode: string;
  /** The legal due date as stored (closed pauses only); statistics compare with it. */
  legalDueAt: LocalMinute;
  steps: StepWarning[];
}

/** The context every live rule needs: the unit's calendar and settings, and the moment. */
export interface LiveContext {
  calendar: WorkingCalendar;
  config: SupervisionConfig;
  now: LocalMinute;
}

/** Received (a legal clock runs), not ended, with a legal due date: what the warnings look at. */
export function isOpen(dossier: DossierState): dossier is DossierState & { receivedAt: LocalMinute; legalDueAt: LocalMinute } {
  return wasReceived(dossier) && endOf(dossier) === undefined && dossier.legalDueAt !== undefined;
}

/** The pause running at `now`, if any (a pause that starts after `now` is not running yet). */
function runningPause(dossier: DossierState, now: LocalMinute): DossierState['pauses'][number] | undefined {
  if (!dossier.paused) return undefined;
  return dossier.pauses.find((pause) => pause.to === undefined && pause.from <= now);
}

/** A stored due date as of `now`: the working time of the pause still running is added. */
export function dueAsOf(storedDue: LocalMinute, dossier: DossierState, now: LocalMinute, calendar: WorkingCalendar): LocalMinute {
  const pause = runningPause(dossier, now);
  if (pause === undefined) return storedDue;
  const paused = Math.max(0, calendar.workingMinutesBetween(pause.from, now));
  return paused === 0 ? storedDue : calendar.addWorkingMinutes(storedDue, paused);
}

/**
 * Is the clock standing still at `now`? The KPI module's rule for a snapshot (kpi/classify.ts
 * isPausedAt with moment = asOf): the folded flag, or a pause that covers `now`.
 */
export function isPausedNow(dossier: DossierState, now: LocalMinute): boolean {
  return dossier.paused || pauseOpenAt(dossier, now) !== undefined;
}

function levelOf(assessment: DeadlineAssessment, due: LocalMinute, now: LocalMinute, paused: boolean): WarningLevel {
  if (paused) return 'paused';
  if (assessment.level === 'overdue') return 'overdue';
  if (dayOf(due) === dayOf(now)) return 'due-today';
  return assessment.level === 'due-soon' ? 'due-soon' : 'on-time';
}

function warningOf(start: LocalMinute, storedDue: LocalMinute, dossier: DossierState, context: LiveContext): Warning {
  const { calendar, config, now } = context;
  const dueAt = dueAsOf(storedDue, dossier, now, calendar);
  const assessment = assessDeadline(start, dueAt, now, calendar, thresholdsFor(config, calendar));
  const paused = isPausedNow(dossier, now);
  return { level: levelOf(assessment, dueAt, now, paused), dueAt, remainingMinutes: assessment.remainingMinutes, elapsedPercent: assessment.elapsedPercent };
}

/** The open steps of an open dossier: its current steps whose clock runs. */
export function openStepsOf(dossier: DossierState): StepState[] {
  if (!isOpen(dossier)) return [];
  return dossier.currentSteps.filter((step) => step.status === 'active');
}

/** The warning of one open step: measured from when it became current to its planned due date. */
export function stepWarning(dossier: DossierState, step: StepState, context: LiveContext): StepWarning {
  const start = step.startedAt ?? dossier.receivedAt ?? step.dueAt;
  const warning: StepWarning = { ...warningOf(start, step.dueAt, dossier, context), stepCode: step.code, stepName: step.name };
  if (step.holder.departmentCode !== undefined) warning.departmentCode = step.holder.departmentCode;
  if (step.holder.assigneeId !== undefined) warning.assigneeId = step.holder.assigneeId;
  return warning;
}

/** The warning of an open dossier (from receipt to its legal due date) and of its open steps; undefined when not open. */
export function dossierWarning(dossier: DossierState, context: LiveContext): DossierWarning | undefined {
  if (!isOpen(dossier)) return undefined;
  return {
    ...warningOf(dossier.receivedAt, dossier.legalDueAt, dossier, context),
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    legalDueAt: dossier.legalDueAt,
    steps: openStepsOf(dossier).map((step) => stepWarning(dossier, step, context)),
  };
}

/** Counts of dossiers at each level. */
export function countLevels(warnings: Iterable<Pick<Warning, 'level'>>): Record<WarningLevel, number> {
  const counts = Object.fromEntries(WARNING_LEVELS.map((level) => [level, 0])) as Record<WarningLevel, number>;
  for (const warning of warnings) counts[warning.level] += 1;
  return counts;
}
