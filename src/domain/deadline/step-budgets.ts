import type { StepTemplate } from './types.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { LocalMinute } from '../calendar/local-time.ts';

export interface StepBudget {
  code: string;
  name: string;
  budgetMinutes: number;
  /** Working minutes from receipt to the end of this step (this and all earlier budgets). */
  cumulativeMinutes: number;
}

/**
 * Splits a total of working minutes over the steps by their shares. Budgets are whole
 * minutes; the last step takes the rounding remainder so that the budgets add up exactly
 * to the total and the last step's due date is the legal due date.
 */
export function splitStepBudgets(totalMinutes: number, steps: readonly StepTemplate[]): StepBudget[] {
  const shareSum = steps.reduce((sum, s) => sum + s.sharePercent, 0);
  const budgets: StepBudget[] = [];
  let cumulative = 0;
  steps.forEach((step, index) => {
    const isLast = index === steps.length - 1;
    const budget = isLast
      ? totalMinutes - cumulative
      : shareSum > 0
        ? Math.floor((totalMinutes * step.sharePercent) / shareSum)
        : 0;
    cumulative += budget;
    budgets.push({ code: step.code, name: step.name, budgetMinutes: budget, cumulativeMinutes: cumulative });
  });
  return budgets;
}

/**
 * Planned due date of every step: receipt + cumulative budget, shifted by the working
 * time of the pauses that began before the step was completed (a pause during processing
 * moves that step and the later ones, not the steps already done).
 */
export function stepDueDates(
  receivedAt: LocalMinute,
  budgets: readonly StepBudget[],
  pauses: ReadonlyArray<{ from: LocalMinute; minutes: number }>,
  completedAt: ReadonlyArray<LocalMinute | undefined>,
  calendar: WorkingCalendar,
): LocalMinute[] {
  return budgets.map((budget, index) => {
    const done = completedAt[index];
    const shift = pauses
      .filter((pause) => done === undefined || pause.from < done)
      .reduce((sum, pause) => sum + pause.minutes, 0);
    return calendar.addWorkingMinutes(receivedAt, budget.cumulativeMinutes + shift);
  });
}
