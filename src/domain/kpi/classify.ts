/**
 * How one dossier counts in one report period: the single place where the report
 * definitions of docs/report-definitions.md are applied to a `DossierState`.
 * Narrative figures, Biểu II.06a and the QĐ 766 self-assessment all fold over this,
 * so the three can never disagree about which dossier is where.
 *
 * Time convention: a moment `m` is in the period when `start ≤ m < end`, with `start` =
 * 00:00 of the first day and `end` = 00:00 after the last day (periodWindow).
 */

import { dayOf, type LocalMinute } from '../calendar/local-time.ts';
import type { DossierState, EndKind } from '../dossier/state.ts';
import { STATUS } from '../dossier/state.ts';
import { periodWindow, type DayRange, type MinuteWindow } from './period.ts';

/** How the dossier entered the period (Biểu II.06a columns 4–6). */
export type Intake = 'online' | 'inPerson' | 'post' | 'carriedOver';

/** Result time against the legal due date (never against an extension). */
export type Timing = 'early' | 'onTime' | 'overdue';

export type Outcome =
  /** Processing ended inside the period. */
  | { ended: true; endKind: EndKind; endedAt: LocalMinute; timing: Timing }
  /** Not ended by the end of the period: overdue at min(period end, asOf) unless paused then. */
  | { ended: false; overdue: boolean };

export interface HandledDossier {
  dossier: DossierState;
  intake: Intake;
  outcome: Outcome;
  /** At least one supplement request (any stage) made inside the period. */
  supplementRequested: boolean;
}

export interface ClassifyContext {
  window: MinuteWindow;
  /** The moment of the snapshot; in-progress dossiers are judged at min(window.end, asOf). */
  asOf: LocalMinute;
}

export function classifyContext(period: DayRange, asOf: LocalMinute): ClassifyContext {
  if (!Number.isSafeInteger(asOf)) throw new RangeError('Thời điểm lập báo cáo (asOf) phải là số phút hợp lệ.');
  return { window: periodWindow(period), asOf };
}

/** Received dossiers only: never-received online submissions (1) and refusals at reception (3) are out. */
export function wasReceived(dossier: DossierState): dossier is DossierState & { receivedAt: LocalMinute } {
  return dossier.receivedAt !== undefined && dossier.status !== STATUS.submitted && dossier.status !== STATUS.refusedAtReception;
}

/** End of processing, when both the time and the kind are known (a half-recorded end counts as not ended). */
export function endOf(dossier: DossierState): { at: LocalMinute; kind: EndKind } | undefined {
  if (dossier.endedAt === undefined || dossier.endKind === undefined) return undefined;
  return { at: dossier.endedAt, kind: dossier.endKind };
}

function inWindow(moment: LocalMinute | undefined, window: MinuteWindow): boolean {
  return moment !== undefined && moment >= window.start && moment < window.end;
}

/** Status 3 "Không được tiếp nhận" with its refusal inside the period (counted apart from everything else). */
export function isRefusedAtReceptionIn(dossier: DossierState, window: MinuteWindow): boolean {
  return dossier.status === STATUS.refusedAtReception && inWindow(dossier.refusedAt, window);
}

/**
 * early: the end day is before the due day; onTime: same day, not after the due minute;
 * overdue: after the due minute. No legal due date recorded → onTime.
 */
export function timingOf(endedAt: LocalMinute, legalDueAt: LocalMinute | undefined): Timing {
  if (legalDueAt === undefined) return 'onTime';
  if (endedAt > legalDueAt) return 'overdue';
  return dayOf(endedAt) < dayOf(legalDueAt) ? 'early' : 'onTime';
}

/** A pause (supplement or financial obligation) that started before `moment` and had not ended by it. */
export function pauseOpenAt(dossier: DossierState, moment: LocalMinute): DossierState['pauses'][number] | undefined {
  return dossier.pauses.find((pause) => pause.from < moment && (pause.to === undefined || pause.to >= moment));
}

/** The moment an unfinished dossier is judged at: the period end, or the snapshot time if earlier. */
export function judgementMoment(context: ClassifyContext): LocalMinute {
  return Math.min(context.window.end, context.asOf);
}

function isPausedAt(dossier: DossierState, moment: LocalMinute, context: ClassifyContext): boolean {
  // When the snapshot itself is the judgement moment, the folded `paused` flag is authoritative.
  if (moment === context.asOf && dossier.paused) return true;
  return pauseOpenAt(dossier, moment) !== undefined;
}

/**
 * The dossier's place in the period, or undefined when it is not handled in it.
 * Handled: received on or before the period end and not ended before the period start.
 */
export function classifyDossier(dossier: DossierState, context: ClassifyContext): HandledDossier | undefined {
  if (!wasReceived(dossier)) return undefined;
  const { window } = context;
  if (dossier.receivedAt >= window.end) return undefined;
  const end = endOf(dossier);
  if (end !== undefined && end.at < window.start) return undefined;

  const intake: Intake = dossier.receivedAt < window.start ? 'carriedOver' : dossier.channel === 'online' ? 'online' : dossier.channel === 'post' ? 'post' : 'inPerson';

  let outcome: Outcome;
  if (end !== undefined && end.at < window.end) {
    outcome = { ended: true, endKind: end.kind, endedAt: end.at, timing: timingOf(end.at, dossier.legalDueAt) };
  } else {
    const moment = judgementMoment(context);
    const overdue = dossier.legalDueAt !== undefined && dossier.legalDueAt < moment && !isPausedAt(dossier, moment, context);
    outcome = { ended: false, overdue };
  }

  const supplementRequested = dossier.supplementRequests.some((request) => inWindow(request.at, window));
  return { dossier, intake, outcome, supplementRequested };
}

/** True when the dossier was received inside the period (not carried over). */
export function isNewInPeriod(handled: HandledDossier): boolean {
  return handled.intake !== 'carriedOver';
}

/** Ended inside the period as "processed" or "returned" (the narrative "đã giải quyết"). */
export function isResolved(handled: HandledDossier): handled is HandledDossier & { outcome: { ended: true } } {
  return handled.outcome.ended && (handled.outcome.endKind === 'processed' || handled.outcome.endKind === 'returned');
}
