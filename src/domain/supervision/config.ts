/**
 * A unit's supervision settings as data: when a running clock is "due soon", when a dossier is
 * at risk of missing its legal date (and so owes the apology), and the escalation ladder. Unit
 * data validated with Zod, every default explained in docs/supervision.md. Durations are in
 * working days (a unit's working day may not be 8 hours); `thresholdsFor` turns them into the
 * working minutes of the unit's calendar.
 */

import { z } from 'zod';
import type { WarningThresholds } from '../deadline/warnings.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { DEFAULT_RUNG_NAMES, SUPERVISION_MESSAGES } from './labels.ts';

/** Working days, in quarters of a day at most 20 days (a quarter day = 2 hours on 8-hour days). */
const workingDays = z
  .number()
  .min(0)
  .max(20)
  .refine((n) => Number.isInteger(n * 4), { message: SUPERVISION_MESSAGES.quarterDays });

export const ESCALATION_TRIGGER_KINDS = ['step-overdue', 'legal-due-within', 'legal-overdue'] as const;
export type EscalationTriggerKind = (typeof ESCALATION_TRIGGER_KINDS)[number];

/**
 * What makes a rung fire:
 * - `step-overdue`: an open step is past its planned due date by at least `overdueWorkingDays`;
 * - `legal-due-within`: at most `remainingWorkingDays` of working time are left to the legal
 *   due date (including past it: a dossier that skipped the rung still gets it, once);
 * - `legal-overdue`: the legal due date has passed by at least `overdueWorkingDays`.
 */
export const escalationTriggerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('step-overdue'), overdueWorkingDays: workingDays.default(0) }),
  z.object({ kind: z.literal('legal-due-within'), remainingWorkingDays: workingDays.default(1) }),
  z.object({ kind: z.literal('legal-overdue'), overdueWorkingDays: workingDays.default(0) }),
]);
export type EscalationTrigger = z.infer<typeof escalationTriggerSchema>;

/**
 * Who an alert goes to:
 * - `department_head`: the heads of the department holding the step (dossier-level rungs: the
 *   department holding the dossier); without a department, the unit's center leaders;
 * - `center_leader`, `chairman`, `counter_officer`: every active officer of that role in the unit.
 */
export const ALERT_ADDRESSEE_ROLES = ['department_head', 'center_leader', 'chairman', 'counter_officer'] as const;
export type AlertAddresseeRole = (typeof ALERT_ADDRESSEE_ROLES)[number];

export const escalationRungSchema = z.object({
  /** Kebab-case code; part of every alert's key, so renaming it raises the rung's alerts again. */
  id: z.string().max(64).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: z.string().trim().min(1).max(200),
  trigger: escalationTriggerSchema,
  notify: z.enum(ALERT_ADDRESSEE_ROLES),
});
export type EscalationRung = z.infer<typeof escalationRungSchema>;

export const DEFAULT_LADDER: readonly EscalationRung[] = [
  { id: 'buoc-qua-han', name: DEFAULT_RUNG_NAMES.stepOverdue, trigger: { kind: 'step-overdue', overdueWorkingDays: 0 }, notify: 'department_head' },
  { id: 'sap-den-han', name: DEFAULT_RUNG_NAMES.legalDueWithinDay, trigger: { kind: 'legal-due-within', remainingWorkingDays: 1 }, notify: 'center_leader' },
  { id: 'qua-han', name: DEFAULT_RUNG_NAMES.legalOverdue, trigger: { kind: 'legal-overdue', overdueWorkingDays: 0 }, notify: 'chairman' },
];

export const supervisionConfigSchema = z
  .object({
    /** Due soon when at most this much working time is left… */
    dueSoonRemainingWorkingDays: workingDays.default(1),
    /** …or at least this share of the allotted working time has elapsed (percent, 1–100). */
    dueSoonElapsedPercent: z.number().int().min(1).max(100).default(80),
    /**
     * A dossier risks missing its legal date (and owes the apology) when at most this much
     * working time is left, or when one of its open steps is overdue (`riskWhenStepOverdue`).
     * Default 2: the law's one working day before the due date, plus one day to write it.
     */
    apologyRiskRemainingWorkingDays: workingDays.default(2),
    riskWhenStepOverdue: z.boolean().default(true),
    ladder: z.array(escalationRungSchema).max(20).default(() => DEFAULT_LADDER.map((rung) => ({ ...rung, trigger: { ...rung.trigger } }))),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.ladder.forEach((rung, index) => {
      if (seen.has(rung.id)) ctx.addIssue({ code: 'custom', message: SUPERVISION_MESSAGES.duplicateRung(rung.id), path: ['ladder', index, 'id'] });
      seen.add(rung.id);
    });
  });

export type SupervisionConfig = z.infer<typeof supervisionConfigSchema>;
export type SupervisionConfigInput = z.input<typeof supervisionConfigSchema>;

export const DEFAULT_SUPERVISION_CONFIG: SupervisionConfig = supervisionConfigSchema.parse({});

export type SupervisionConfigCheck = { ok: true; config: SupervisionConfig } | { ok: false; errors: string[] };

/** Validates unit data; every error is a Vietnamese line naming the place to fix. */
export function parseSupervisionConfig(input: unknown): SupervisionConfigCheck {
  const parsed = supervisionConfigSchema.safeParse(input);
  if (parsed.success) return { ok: true, config: parsed.data };
  return { ok: false, errors: parsed.error.issues.map(issueLine) };
}

/**
 * A unit's supervision settings (`settings.supervision` of the unit) when present and valid, else
 * the defaults: a unit whose stored settings do not parse is still supervised, by the defaults.
 */
export function supervisionConfigOfUnit(settings: unknown): SupervisionConfig {
  const supervision = (settings as { supervision?: unknown } | null | undefined)?.supervision;
  if (supervision === undefined) return DEFAULT_SUPERVISION_CONFIG;
  const parsed = parseSupervisionConfig(supervision);
  return parsed.ok ? parsed.config : DEFAULT_SUPERVISION_CONFIG;
}

/** One Vietnamese line per issue, naming the setting: custom checks carry their own sentence. */
function issueLine(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(String).join('.') || SUPERVISION_MESSAGES.root;
  return `${path}: ${issue.code === 'custom' ? issue.message : SUPERVISION_MESSAGES.invalidValue}`;
}

/** Working days → working minutes of the unit's calendar (whole minutes). */
export function workingDaysToMinutes(days: number, calendar: Pick<WorkingCalendar, 'minutesPerDay'>): number {
  return Math.round(days * calendar.minutesPerDay);
}

/** The deadline module's thresholds for this unit (deadline/warnings.ts). */
export function thresholdsFor(config: SupervisionConfig, calendar: Pick<WorkingCalendar, 'minutesPerDay'>): WarningThresholds {
  return { remainingMinutes: workingDaysToMinutes(config.dueSoonRemainingWorkingDays, calendar), elapsedPercent: config.dueSoonElapsedPercent };
}
