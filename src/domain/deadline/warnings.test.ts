import { describe, expect, it } from 'vitest';
import { assessDeadline } from './warnings.ts';
import { splitStepBudgets, stepDueDates } from './step-budgets.ts';
import { DEFAULT_STEPS } from './types.ts';
import { WorkingCalendar, weekdaysOnlySchedule } from '../calendar/working-calendar.ts';
import { isoLocalDateTime, parseIsoLocalDateTime } from '../calendar/local-time.ts';

const calendar = new WorkingCalendar({ schedule: weekdaysOnlySchedule });
const at = (text: string): number => parseIsoLocalDateTime(text)!;

describe('deadline warnings', () => {
  // Received Monday 05/01/2026 08:00 with 5 working days: due Monday 12/01 08:00.
  const start = at('2026-01-05T08:00');
  const dueAt = at('2026-01-12T08:00');

  it('is on track early on', () => {
    expect(assessDeadline(start, dueAt, at('2026-01-06T08:00'), calendar)).toEqual({ level: 'on-track', remainingMinutes: 4 * 480, elapsedPercent: 20 });
  });
  it('is due soon at 80 % elapsed', () => {
    expect(assessDeadline(start, dueAt, at('2026-01-09T08:00'), calendar).level).toBe('due-soon');
  });
  it('is due soon with one working day left even below 80 % when thresholds say so', () => {
    expect(assessDeadline(start, dueAt, at('2026-01-09T09:00'), calendar, { remainingMinutes: 480, elapsedPercent: 95 }).level).toBe('due-soon');
    expect(assessDeadline(start, dueAt, at('2026-01-08T07:00'), calendar, { remainingMinutes: 480, elapsedPercent: 95 }).level).toBe('on-track');
  });
  it('is overdue after the due date, with negative remaining time', () => {
    const result = assessDeadline(start, dueAt, at('2026-01-12T09:00'), calendar);
    expect(result.level).toBe('overdue');
    expect(result.remainingMinutes).toBe(-60);
  });
});

describe('per-step budgets', () => {
  it('split the total by shares and roll up exactly to it', () => {
    const budgets = splitStepBudgets(2400, DEFAULT_STEPS);
    expect(budgets.map((b) => b.budgetMinutes)).toEqual([240, 1440, 480, 240]);
    expect(budgets.at(-1)!.cumulativeMinutes).toBe(2400);
  });
  it('give the rounding remainder to the last step', () => {
    const budgets = splitStepBudgets(481, DEFAULT_STEPS);
    expect(budgets.reduce((s, b) => s + b.budgetMinutes, 0)).toBe(481);
  });
  it('shift the steps not yet done by a pause, and the last step equals the legal due date', () => {
    const received = at('2026-01-05T08:00');
    const budgets = splitStepBudgets(2400, DEFAULT_STEPS);
    const pause = { from: at('2026-01-06T08:00'), minutes: 480 };
    const dues = stepDueDates(received, budgets, [pause], [at('2026-01-05T10:00'), undefined, undefined, undefined], calendar);
    expect(dues.map(isoLocalDateTime)).toEqual(['2026-01-05T14:00', '2026-01-09T14:00', '2026-01-12T14:00', '2026-01-13T08:00']);
  });
});
