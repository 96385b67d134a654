/**
 * The PAKN table of the periodic report: how each PAKN counts in one period, and the figures
 * over a set of folded states. The single place where the definitions of docs/pakn.md §6 meet
 * a PaknState; the QĐ 766 items (service-index.ts) fold over the same classification.
 *
 * Time convention (kpi/classify.ts): a moment m is in the period when start ≤ m < end;
 * unfinished PAKN are judged at J = min(end, asOf). Calendar-free: the clocks' due dates
 * come folded, so the store can compute the same figures in SQL from its read model.
 */

import type { LocalMinute } from '../calendar/local-time.ts';
import { ratio, type PercentMode, type Ratio } from '../format/percent.ts';
import { classifyContext, judgementMoment, type ClassifyContext } from '../kpi/classify.ts';
import type { DayRange, MinuteWindow } from '../kpi/period.ts';
import { isLateBy, isOverdueAt } from './clocks.ts';
import { PAKN_CHANNELS, type PaknChannel, type PaknClockId } from './labels.ts';
import type { PaknEndKind, PaknState } from './state.ts';

export { classifyContext, type ClassifyContext } from '../kpi/classify.ts';

export type PaknIntake = 'new' | 'carriedOver';

export type PaknPeriodOutcome =
  /** Handling ended inside the period; `onTime` is its clock's verdict (undefined for a withdrawal). */
  | { ended: true; endKind: PaknEndKind; endedAt: LocalMinute; onTime: boolean | undefined }
  /** Not ended by the period end: overdue when a duty clock is past due and not held by a wait at J. */
  | { ended: false; overdue: boolean };

export interface HandledPakn {
  pakn: PaknState;
  intake: PaknIntake;
  outcome: PaknPeriodOutcome;
  /** At least one information request made inside the period. */
  informationRequested: boolean;
}

/** The clock that judges each way handling ends. */
const END_CLOCK: Record<PaknEndKind, PaknClockId | undefined> = {
  not_accepted: 'refuse',
  forwarded: 'forward',
  resolved: 'resolve',
  withdrawn: undefined,
};

const inWindow = (moment: LocalMinute | undefined, window: MinuteWindow): boolean => moment !== undefined && moment >= window.start && moment < window.end;

/** Met or late, by the clock of the way it ended; a missing clock (never for a fold) is on time. */
export function endedOnTime(pakn: PaknState, endKind: PaknEndKind): boolean | undefined {
  const id = END_CLOCK[endKind];
  if (id === undefined) return undefined;
  const clock = pakn.clocks.find((c) => c.id === id);
  return clock === undefined || clock.status !== 'late';
}

/** A duty clock (forward, resolve, publish) running at `moment`, past due and not held by a wait. */
export function isPaknOverdueAt(pakn: PaknState, moment: LocalMinute): boolean {
  return pakn.clocks.some((clock) => isOverdueAt(clock, moment));
}

/**
 * The PAKN's place in the period, or undefined when it is not handled in it.
 * Handled: received before the period end and not ended before the period start.
 */
export function classifyPakn(pakn: PaknState, context: ClassifyContext): HandledPakn | undefined {
  const { window } = context;
  if (pakn.receivedAt >= window.end) return undefined;
  if (pakn.endedAt !== undefined && pakn.endedAt < window.start) return undefined;
  const intake: PaknIntake = pakn.receivedAt < window.start ? 'carriedOver' : 'new';
  const outcome: PaknPeriodOutcome =
    pakn.endedAt !== undefined && pakn.endKind !== undefined && pakn.endedAt < window.end
      ? { ended: true, endKind: pakn.endKind, endedAt: pakn.endedAt, onTime: endedOnTime(pakn, pakn.endKind) }
      : { ended: false, overdue: isPaknOverdueAt(pakn, judgementMoment(context)) };
  const informationRequested = pakn.informationRequests.some((request) => inWindow(request.at, window));
  return { pakn, intake, outcome, informationRequested };
}

/**
 * QĐ 766 5.2 for one PAKN at J: no clock late before J (a late refusal, a late request for
 * information, a late forwarding, resolution or publication, a withdrawal after the due date) and
 * no duty clock overdue at J.
 */
export function isOnTimeForServiceIndex(pakn: PaknState, moment: LocalMinute): boolean {
  return !pakn.clocks.some((clock) => isLateBy(clock, moment) || isOverdueAt(clock, moment));
}

// ---------------------------------------------------------------------------------------
// Figures

export interface TimedCount {
  total: number;
  onTime: number;
  overdue: number;
}

export interface PaknFigureCounts {
  /** Handled in the period: new + carried over. */
  received: { total: number; new: number; carriedOver: number };
  /** Of the handled, by QĐ 766 5.1 class (unclassified: not classified yet, or not accepted before it). */
  byClass: { rulesAndProcedures: number; officerConduct: number; unclassified: number };
  /** Of the handled, by channel. */
  byChannel: Record<PaknChannel, number>;
  /** Resolved (answered) in the period, by the resolve clock; `published`: of these, published by J. */
  resolved: TimedCount & { published: number };
  /** Forwarded to the competent body in the period, by the forward clock. */
  forwarded: TimedCount;
  /** Not accepted in the period, by the refuse clock. */
  notAccepted: TimedCount;
  /** Withdrawn by the sender in the period. */
  withdrawn: number;
  /** Handled and not ended by the period end; overdue at J. */
  inProgress: { total: number; withinDeadline: number; overdue: number };
  /** Handled PAKN with an information request made in the period. */
  informationRequested: number;
  /** Publications dated in the period, of any PAKN (one resolved in the previous period included). */
  published: TimedCount;
}

export interface PaknFigures extends PaknFigureCounts {
  rates: {
    /** resolved.onTime / resolved.total (seed 000: "100% giải quyết đúng hạn"). */
    resolvedOnTime: Ratio;
    /** resolved.overdue / resolved.total (seed 000: "giải quyết quá hạn: 0%"). */
    resolvedOverdue: Ratio;
    /** resolved.published / resolved.total. */
    resolvedPublished: Ratio;
  };
}

export interface PaknFiguresReport {
  total: PaknFigures;
  /** Keys are unit codes, sorted. */
  byUnit: Record<string, PaknFigures>;
}

export interface PaknFiguresOptions {
  /** Snapshot time; unfinished PAKN are judged at min(period end, asOf). */
  asOf: LocalMinute;
  /** Default 'truncate' (reference §10). */
  percentMode?: PercentMode;
}

const timed = (): TimedCount => ({ total: 0, onTime: 0, overdue: 0 });

export function emptyPaknFigureCounts(): PaknFigureCounts {
  return {
    received: { total: 0, new: 0, carriedOver: 0 },
    byClass: { rulesAndProcedures: 0, officerConduct: 0, unclassified: 0 },
    byChannel: Object.fromEntries(PAKN_CHANNELS.map((channel) => [channel, 0])) as Record<PaknChannel, number>,
    resolved: { ...timed(), published: 0 },
    forwarded: timed(),
    notAccepted: timed(),
    withdrawn: 0,
    inProgress: { total: 0, withinDeadline: 0, overdue: 0 },
    informationRequested: 0,
    published: timed(),
  };
}

function addTimed(count: TimedCount, onTime: boolean): void {
  count.total += 1;
  count[onTime ? 'onTime' : 'overdue'] += 1;
}

function addHandled(counts: PaknFigureCounts, handled: HandledPakn, moment: LocalMinute): void {
  const { pakn, intake, outcome } = handled;
  counts.received.total += 1;
  counts.received[intake] += 1;
  counts.byClass[pakn.class === 'rules_and_procedures' ? 'rulesAndProcedures' : pakn.class === 'officer_conduct' ? 'officerConduct' : 'unclassified'] += 1;
  counts.byChannel[pakn.channel] += 1;
  if (handled.informationRequested) counts.informationRequested += 1;
  if (!outcome.ended) {
    counts.inProgress.total += 1;
    counts.inProgress[outcome.overdue ? 'overdue' : 'withinDeadline'] += 1;
    return;
  }
  switch (outcome.endKind) {
    case 'withdrawn':
      counts.withdrawn += 1;
      return;
    case 'resolved':
      addTimed(counts.resolved, outcome.onTime !== false);
      if (pakn.publishedAt !== undefined && pakn.publishedAt < moment) counts.resolved.published += 1;
      return;
    case 'forwarded':
      addTimed(counts.forwarded, outcome.onTime !== false);
      return;
    case 'not_accepted':
      addTimed(counts.notAccepted, outcome.onTime !== false);
      return;
  }
}

function addPublication(counts: PaknFigureCounts, pakn: PaknState, window: MinuteWindow): void {
  if (!inWindow(pakn.publishedAt, window)) return;
  addTimed(counts.published, pakn.onTime.publish !== false);
}

/** Figures with their rates from counts: the one place the rate definitions live. */
export function withPaknRates(counts: PaknFigureCounts, mode: PercentMode): PaknFigures {
  const options = { mode };
  const { resolved } = counts;
  return {
    ...counts,
    rates: {
      resolvedOnTime: ratio(resolved.onTime, resolved.total, options),
      resolvedOverdue: ratio(resolved.overdue, resolved.total, options),
      resolvedPublished: ratio(resolved.published, resolved.total, options),
    },
  };
}

function countsFor(groups: Map<string, PaknFigureCounts>, key: string): PaknFigureCounts {
  let counts = groups.get(key);
  if (counts === undefined) {
    counts = emptyPaknFigureCounts();
    groups.set(key, counts);
  }
  return counts;
}

/** The PAKN table of a period: in total and by unit. */
export function computePaknFigures(states: readonly PaknState[], period: DayRange, options: PaknFiguresOptions): PaknFiguresReport {
  const context = classifyContext(period, options.asOf);
  const moment = judgementMoment(context);
  const mode = options.percentMode ?? 'truncate';
  const total = emptyPaknFigureCounts();
  const byUnit = new Map<string, PaknFigureCounts>();
  for (const pakn of states) {
    const handled = classifyPakn(pakn, context);
    if (handled === undefined && !inWindow(pakn.publishedAt, context.window)) continue;
    for (const counts of [total, countsFor(byUnit, pakn.unitCode)]) {
      if (handled !== undefined) addHandled(counts, handled, moment);
      addPublication(counts, pakn, context.window);
    }
  }
  const units: Record<string, PaknFigures> = {};
  for (const key of [...byUnit.keys()].sort()) units[key] = withPaknRates(byUnit.get(key)!, mode);
  return { total: withPaknRates(total, mode), byUnit: units };
}

/** The `pakn` member of the report JSON, exactly as issue 19 states it. */
export interface PaknReportJson {
  received: { total: number; carriedOver: number };
  resolved: { total: number; onTime: number; overdue: number };
  inProgress: { total: number; overdue: number };
  published: number;
}

export function paknReportJson(figures: PaknFigureCounts): PaknReportJson {
  return {
    received: { total: figures.received.total, carriedOver: figures.received.carriedOver },
    resolved: { total: figures.resolved.total, onTime: figures.resolved.onTime, overdue: figures.resolved.overdue },
    inProgress: { total: figures.inProgress.total, overdue: figures.inProgress.overdue },
    published: figures.published.total,
  };
}
