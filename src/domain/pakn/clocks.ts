/**
 * The PAKN clocks as data (docs/pakn.md §3): which moment starts each clock, its limit in
 * working days, which events stop it (measured: met or late), which make it moot (cancelled),
 * and whether waiting for the sender pauses it. The arithmetic is the dossiers': working days
 * counted in working time (computeDueDate), a wait for the sender shifts the due date by the
 * working time it lasted (as shiftByPauses does for dossiers), warnings by assessDeadline.
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { computeDueDate } from '../deadline/due-date.ts';
import { assessDeadline, DEFAULT_WARNING_THRESHOLDS, type DeadlineAssessment, type WarningThresholds } from '../deadline/warnings.ts';
import type { StaffRole } from '../dossier/roles.ts';
import type { ClockLimits } from './events.ts';
import { PAKN_CLOCK_IDS, type PaknClockId, type PaknEventType, type PaknOutcome } from './labels.ts';
import type { PaknClockState, PaknPause, PaknState } from './state.ts';

export interface PaknClockRule {
  id: PaknClockId;
  /** National default limit in working days; a unit may set its own (registered.clockLimits). */
  workingDays: number;
  startsAt: 'receipt' | 'resolution';
  /** 'duty': the PAKN is overdue when it has not happened by the due date; 'window': an option
   *  (refuse, ask for information) that is late only if taken after the due date. */
  kind: 'duty' | 'window';
  /** Which classifications the clock applies to. */
  appliesTo: 'any' | 'outside_competence' | 'not_outside_competence';
  /** The first of these events after the start stops the clock: met or late. */
  stoppedBy: readonly PaknEventType[];
  /** The first of these (before any stop) makes the clock moot: cancelled, nothing measured. */
  cancelledBy: readonly PaknEventType[];
  /** Does waiting for the sender (information requested → received) stop the clock? */
  pausedWhileWaitingForSender: boolean;
  /** Legal anchor, for reviewers and docs/pakn.md. */
  basis: string;
}

export const PAKN_CLOCK_RULES: readonly PaknClockRule[] = [
  {
    id: 'refuse',
    workingDays: 2,
    startsAt: 'receipt',
    kind: 'window',
    appliesTo: 'any',
    stoppedBy: ['not_accepted'],
    cancelledBy: ['classified', 'withdrawn'],
    pausedWhileWaitingForSender: true,
    basis: 'QĐ 766/QĐ-TTg, chỉ tiêu 5.2: từ chối tiếp nhận trong 02 ngày làm việc kể từ khi tiếp nhận',
  },
  {
    id: 'request_information',
    workingDays: 5,
    startsAt: 'receipt',
    kind: 'window',
    appliesTo: 'any',
    stoppedBy: ['information_requested'],
    cancelledBy: ['not_accepted', 'forwarded', 'resolved', 'withdrawn'],
    pausedWhileWaitingForSender: false,
    basis: 'QĐ 766/QĐ-TTg, chỉ tiêu 5.2: đề nghị bổ sung thông tin trong 05 ngày làm việc',
  },
  {
    id: 'forward',
    workingDays: 5,
    startsAt: 'receipt',
    kind: 'duty',
    appliesTo: 'outside_competence',
    stoppedBy: ['forwarded'],
    cancelledBy: ['withdrawn'],
    pausedWhileWaitingForSender: true,
    basis: 'NĐ 20/2008/NĐ-CP, Điều 9: chuyển cơ quan có thẩm quyền không quá 05 ngày làm việc kể từ ngày tiếp nhận',
  },
  {
    id: 'resolve',
    workingDays: 15,
    startsAt: 'receipt',
    kind: 'duty',
    appliesTo: 'not_outside_competence',
    stoppedBy: ['resolved'],
    cancelledBy: ['not_accepted', 'withdrawn'],
    pausedWhileWaitingForSender: true,
    basis: 'QĐ 766/QĐ-TTg, chỉ tiêu 5.2: xử lý xong (chờ công khai) trong 15 ngày làm việc kể từ khi tiếp nhận hoặc được chuyển đến',
  },
  {
    id: 'publish',
    workingDays: 2,
    startsAt: 'resolution',
    kind: 'duty',
    appliesTo: 'any',
    stoppedBy: ['published'],
    cancelledBy: [],
    pausedWhileWaitingForSender: false,
    basis: 'QĐ 766/QĐ-TTg, chỉ tiêu 5.2; NĐ 20/2008/NĐ-CP, Điều 19: công khai kết quả trong 02 ngày làm việc kể từ khi xử lý xong',
  },
];

export const DEFAULT_PAKN_CLOCK_LIMITS: Readonly<Record<PaknClockId, number>> = Object.fromEntries(PAKN_CLOCK_RULES.map((rule) => [rule.id, rule.workingDays])) as Record<PaknClockId, number>;

export function clockRule(id: PaknClockId): PaknClockRule {
  return PAKN_CLOCK_RULES.find((rule) => rule.id === id)!;
}

/** The limits in force: the registration's own, else the national defaults. */
export function effectiveClockLimits(limits: ClockLimits): Record<PaknClockId, number> {
  const result = { ...DEFAULT_PAKN_CLOCK_LIMITS };
  for (const id of PAKN_CLOCK_IDS) {
    const own = limits[id];
    if (own !== undefined) result[id] = own;
  }
  return result;
}

/** What the clocks are computed from: facts of the history, nothing else. */
export interface ClockFacts {
  receivedAt: LocalMinute;
  resolvedAt?: LocalMinute;
  outcome?: PaknOutcome;
  /** Time of each event type's occurrences, in history order. */
  eventTimes: Partial<Record<PaknEventType, LocalMinute[]>>;
  pauses: readonly PaknPause[];
  limits: Record<PaknClockId, number>;
}

function applies(rule: PaknClockRule, outcome: PaknOutcome | undefined): boolean {
  if (rule.appliesTo === 'outside_competence') return outcome === 'outside_competence';
  if (rule.appliesTo === 'not_outside_competence') return outcome !== 'outside_competence';
  return true;
}

/** The first occurrence of any of `types` at or after `from`. */
function firstOf(types: readonly PaknEventType[], facts: ClockFacts, from: LocalMinute): LocalMinute | undefined {
  let first: LocalMinute | undefined;
  for (const type of types) {
    const found = facts.eventTimes[type]?.find((time) => time >= from);
    if (found !== undefined && (first === undefined || found < first)) first = found;
  }
  return first;
}

/**
 * The waits for the sender that hold a clock, and the due date they push it to: a wait counts
 * when it begins before the clock has run out (each counted wait moving the due date by its
 * working time, like shiftByPauses); a wait that begins after the due date does not revive it.
 */
function holdingPauses(baseDueAt: LocalMinute, candidates: readonly PaknPause[], calendar: WorkingCalendar): { pauses: PaknPause[]; dueAt: LocalMinute; minutes: number } {
  const pauses: PaknPause[] = [];
  let dueAt = baseDueAt;
  let minutes = 0;
  for (const pause of [...candidates].sort((a, b) => a.from - b.from)) {
    if (pause.from >= dueAt) break;
    pauses.push({ ...pause });
    if (pause.to === undefined) break;
    const paused = Math.max(0, calendar.workingMinutesBetween(pause.from, pause.to));
    minutes += paused;
    if (paused > 0) dueAt = calendar.addWorkingMinutes(dueAt, paused);
  }
  return { pauses, dueAt, minutes };
}

/** One clock from the facts, or undefined when it has not started or does not apply. */
export function computeClock(rule: PaknClockRule, facts: ClockFacts, calendar: WorkingCalendar): PaknClockState | undefined {
  const startedAt = rule.startsAt === 'receipt' ? facts.receivedAt : facts.resolvedAt;
  if (startedAt === undefined || !applies(rule, facts.outcome)) return undefined;
  const limitWorkingDays = facts.limits[rule.id];
  const baseDueAt = computeDueDate(startedAt, { kind: 'working-days', days: limitWorkingDays }, calendar);
  const stop = firstOf(rule.stoppedBy, facts, startedAt);
  const cancel = firstOf(rule.cancelledBy, facts, startedAt);
  const cancelled = cancel !== undefined && (stop === undefined || cancel < stop);
  const endedAt = cancelled ? cancel : stop;
  const candidates = rule.pausedWhileWaitingForSender ? facts.pauses.filter((pause) => pause.from >= startedAt && (endedAt === undefined || pause.from < endedAt)) : [];
  const { pauses, dueAt, minutes } = holdingPauses(baseDueAt, candidates, calendar);
  const clock: PaknClockState = {
    id: rule.id,
    kind: rule.kind,
    limitWorkingDays,
    startedAt,
    baseDueAt,
    dueAt,
    pauses,
    pausedWorkingMinutes: minutes,
    paused: endedAt === undefined && pauses.some((pause) => pause.to === undefined),
    status: cancelled ? 'cancelled' : stop === undefined ? 'running' : stop <= dueAt ? 'met' : 'late',
  };
  if (cancelled) clock.cancelledAt = cancel;
  else if (stop !== undefined) clock.stoppedAt = stop;
  return clock;
}

export function computeClocks(facts: ClockFacts, calendar: WorkingCalendar): PaknClockState[] {
  return PAKN_CLOCK_RULES.flatMap((rule) => {
    const clock = computeClock(rule, facts, calendar);
    return clock === undefined ? [] : [clock];
  });
}

// ---------------------------------------------------------------------------------------
// Judging a clock at a moment (reports, QĐ 766): calendar-free, like kpi/classify.ts.

/** The clock had started before `moment` and was neither stopped nor cancelled before it. */
export function isRunningAt(clock: PaknClockState, moment: LocalMinute): boolean {
  const end = clock.stoppedAt ?? clock.cancelledAt;
  return clock.startedAt < moment && (end === undefined || end >= moment);
}

/** A counted pause open at `moment` (started before it, not closed before it). */
export function isPausedAt(clock: PaknClockState, moment: LocalMinute): boolean {
  return clock.pauses.some((pause) => pause.from < moment && (pause.to === undefined || pause.to >= moment));
}

/**
 * A duty clock running at `moment`, past its due date and not held by a pause then. The due
 * date is the one of the latest fold (pauses closed after `moment` included): the same known
 * limit as the dossiers' report (docs/report-definitions.md §10).
 */
export function isOverdueAt(clock: PaknClockState, moment: LocalMinute): boolean {
  return clock.kind === 'duty' && isRunningAt(clock, moment) && clock.dueAt < moment && !isPausedAt(clock, moment);
}

/**
 * Late before `moment`: stopped after its due date, or a duty clock made moot (a withdrawal) only
 * after it had run out — withdrawing a late PAKN does not make it on time.
 */
export function isLateBy(clock: PaknClockState, moment: LocalMinute): boolean {
  if (clock.status === 'late') return clock.stoppedAt !== undefined && clock.stoppedAt < moment;
  return clock.kind === 'duty' && clock.status === 'cancelled' && clock.cancelledAt !== undefined && clock.cancelledAt < moment && clock.cancelledAt > clock.dueAt;
}

// ---------------------------------------------------------------------------------------
// Live view: warnings and escalation at "now" (with the calendar).

/** The due date as of `now`: a wait that holds the clock and is still open at `now` keeps pushing it. */
export function dueAtAsOf(clock: PaknClockState, now: LocalMinute, calendar: WorkingCalendar): LocalMinute {
  const open = clock.pauses.find((pause) => pause.to === undefined && pause.from < now);
  if (open === undefined || clock.status !== 'running') return clock.dueAt;
  const paused = Math.max(0, calendar.workingMinutesBetween(open.from, now));
  return paused === 0 ? clock.dueAt : calendar.addWorkingMinutes(clock.dueAt, paused);
}

export interface ClockAssessment extends DeadlineAssessment {
  clock: PaknClockId;
  dueAt: LocalMinute;
  paused: boolean;
}

/** Due soon / overdue for every running duty clock of a PAKN at `now` (window clocks never warn). */
export function assessPaknClocks(state: PaknState, now: LocalMinute, calendar: WorkingCalendar, thresholds: WarningThresholds = DEFAULT_WARNING_THRESHOLDS): ClockAssessment[] {
  return state.clocks
    .filter((clock) => clock.kind === 'duty' && clock.status === 'running' && clock.startedAt <= now)
    .map((clock) => {
      const dueAt = dueAtAsOf(clock, now, calendar);
      return { clock: clock.id, dueAt, paused: clock.paused, ...assessDeadline(clock.startedAt, dueAt, now, calendar, thresholds) };
    });
}

/**
 * The escalation ladder as data (citizen-services §6.2: officer → trưởng phòng → lãnh đạo
 * Trung tâm → Chủ tịch UBND; "đôn đốc", never an automatic reassignment): a step is reached
 * when the clock is due soon, or overdue by at least `overdueWorkingMinutes`.
 */
export interface EscalationStep {
  level: number;
  trigger: { level: 'due-soon' } | { level: 'overdue'; overdueWorkingDays: number };
  notify: StaffRole;
}

export const PAKN_ESCALATION_LADDER: readonly EscalationStep[] = [
  { level: 1, trigger: { level: 'due-soon' }, notify: 'department_head' },
  { level: 2, trigger: { level: 'overdue', overdueWorkingDays: 0 }, notify: 'center_leader' },
  { level: 3, trigger: { level: 'overdue', overdueWorkingDays: 2 }, notify: 'chairman' },
];

function reaches(step: EscalationStep, assessment: DeadlineAssessment, minutesPerDay: number): boolean {
  if (step.trigger.level === 'due-soon') return assessment.level !== 'on-track';
  return assessment.level === 'overdue' && -assessment.remainingMinutes >= step.trigger.overdueWorkingDays * minutesPerDay;
}

/**
 * The highest step of the ladder an assessment reaches, if any (`minutesPerDay`: the unit's
 * working minutes a day). A clock held by a wait never passes its due date (the wait pushes it),
 * so it escalates no further than due soon while the sender is awaited.
 */
export function escalationOf(assessment: DeadlineAssessment, minutesPerDay: number, ladder: readonly EscalationStep[] = PAKN_ESCALATION_LADDER): EscalationStep | undefined {
  let reached: EscalationStep | undefined;
  for (const step of ladder) if (reaches(step, assessment, minutesPerDay)) reached = step;
  return reached;
}

export interface ReminderDue {
  clock: PaknClockId;
  step: EscalationStep;
  assessment: ClockAssessment;
}

/**
 * The reminders (đôn đốc) a job should append now: for each running duty clock, the step it
 * reached, unless a reminder of that clock at that level or higher is already in the history.
 * Appending them makes the call idempotent.
 */
export function remindersDue(state: PaknState, now: LocalMinute, calendar: WorkingCalendar, options: { thresholds?: WarningThresholds; ladder?: readonly EscalationStep[] } = {}): ReminderDue[] {
  const due: ReminderDue[] = [];
  for (const assessment of assessPaknClocks(state, now, calendar, options.thresholds)) {
    const step = escalationOf(assessment, calendar.minutesPerDay, options.ladder);
    if (step === undefined) continue;
    const already = state.reminders.some((reminder) => reminder.clock === assessment.clock && reminder.level >= step.level);
    if (!already) due.push({ clock: assessment.clock, step, assessment });
  }
  return due;
}
