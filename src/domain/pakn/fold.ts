import type { LocalMinute } from '../calendar/local-time.ts';
import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import { pausedWorkingMinutes } from '../deadline/due-date.ts';
import { InvalidHistoryError } from '../dossier/fold.ts';
import { computeClocks, effectiveClockLimits } from './clocks.ts';
import type { PaknEvent, PaknEventOf, RegisteredEvent } from './events.ts';
import { PAKN_MESSAGES, type PaknClockId, type PaknEventType, type PaknStatus } from './labels.ts';
import type { PaknEndKind, PaknState } from './state.ts';
import { checkPaknTransition } from './transitions.ts';

export { InvalidHistoryError } from '../dossier/fold.ts';

export interface PaknFoldContext {
  /** Working calendar of the unit that received the PAKN. */
  calendar: WorkingCalendar;
}

/** The fold's accumulator: the state without its derived clocks, plus what the fold needs. */
type Acc = Omit<PaknState, 'clocks' | 'onTime' | 'dueAt' | 'paused' | 'pausedWorkingMinutes' | 'version' | 'clockLimits'> & {
  statusBeforeRequest: PaknStatus;
  eventTimes: Partial<Record<PaknEventType, LocalMinute[]>>;
};

function newAcc(code: string, event: RegisteredEvent): Acc {
  const acc: Acc = {
    code,
    unitCode: event.unitCode,
    channel: event.channel,
    kind: event.kind,
    sender: event.sender,
    content: event.content,
    concerns: event.concerns,
    source: event.source ?? 'motcua',
    status: 'registered',
    statusBeforeRequest: 'registered',
    registeredAt: event.at,
    receivedAt: event.receivedAt,
    registeredBy: event.actor.id,
    informationRequests: [],
    pauses: [],
    votes: [],
    likes: 0,
    dislikes: 0,
    followUps: [],
    reminders: [],
    eventTimes: { registered: [event.at] },
  };
  if (event.title !== undefined) acc.title = event.title;
  if (event.externalCode !== undefined) acc.externalCode = event.externalCode;
  if (event.transferredFrom !== undefined) acc.transferredFrom = event.transferredFrom;
  return acc;
}

/** Ends handling (the first end wins) and closes a wait for the sender still open. */
function end(acc: Acc, at: LocalMinute, kind: PaknEndKind): void {
  const open = acc.pauses.find((pause) => pause.to === undefined);
  if (open) open.to = at;
  if (acc.endedAt !== undefined) return;
  acc.endedAt = at;
  acc.endKind = kind;
}

type Handlers = { [T in Exclude<PaknEventType, 'registered'>]: (acc: Acc, event: PaknEventOf<T>) => void };

/** What each event records, beyond the status the transition table gives. */
const APPLY: Handlers = {
  classified: (acc, event) => {
    acc.class = event.class;
    acc.outcome = event.competence;
  },
  not_accepted: (acc, event) => {
    acc.outcome = 'not_accepted';
    acc.notAccepted = { at: event.at, reason: event.reason, ...(event.note === undefined ? {} : { note: event.note }) };
    end(acc, event.at, 'not_accepted');
  },
  information_requested: (acc, event) => {
    acc.informationRequests.push({ at: event.at, request: event.request });
    acc.pauses.push({ from: event.at });
  },
  information_received: (acc, event) => {
    const request = acc.informationRequests.at(-1);
    if (request) request.receivedAt = event.at;
    const open = acc.pauses.find((pause) => pause.to === undefined);
    if (open) open.to = event.at;
  },
  assigned: (acc, event) => {
    acc.handlerId = event.handlerId;
    if (event.departmentCode !== undefined) acc.departmentCode = event.departmentCode;
  },
  answer_drafted: (acc, event) => {
    acc.draftAnswer = event.answer;
  },
  resolved: (acc, event) => {
    acc.answer = { at: event.at, answer: event.answer, result: event.result, by: event.actor.id, ...(event.documentNumber === undefined ? {} : { documentNumber: event.documentNumber }) };
    acc.resolvedAt = event.at;
    end(acc, event.at, 'resolved');
  },
  forwarded: (acc, event) => {
    acc.forwarding = { at: event.at, to: event.to, by: event.actor.id, ...(event.documentNumber === undefined ? {} : { documentNumber: event.documentNumber }) };
    end(acc, event.at, 'forwarded');
  },
  published: (acc, event) => {
    acc.publication = { at: event.at, summary: event.summary, answer: event.answer, places: event.places };
    acc.publishedAt = event.at;
  },
  satisfaction_recorded: (acc, event) => {
    acc.votes.push({ at: event.at, vote: event.vote, count: event.count });
    if (event.vote === 'like') acc.likes += event.count;
    else acc.dislikes += event.count;
  },
  follow_up_received: (acc, event) => {
    acc.followUps.push({ at: event.at, ...(event.newPaknCode === undefined ? {} : { newPaknCode: event.newPaknCode }) });
  },
  reminded: (acc, event) => {
    acc.reminders.push({ at: event.at, clock: event.clock, level: event.level, by: event.actor.id });
  },
  withdrawn: (acc, event) => {
    acc.withdrawnAt = event.at;
    end(acc, event.at, 'withdrawn');
  },
};

/** Where the table leads `event` from the current status; throws when the table forbids it. */
function nextStatus(acc: Acc, event: PaknEvent, index: number): PaknStatus {
  const check = checkPaknTransition(acc.status, event.type, event.actor.role);
  if (!check.ok) throw new InvalidHistoryError(index, check.reason);
  const target = check.transition.to;
  if (target === 'same') return acc.status;
  if (target === 'previous') return acc.statusBeforeRequest;
  if (typeof target === 'object') return target.byCompetence[(event as PaknEventOf<'classified'>).competence];
  return target;
}

function apply(acc: Acc, event: PaknEvent, index: number): void {
  if (index === 0) return;
  const status = nextStatus(acc, event, index);
  if (event.type === 'information_requested') acc.statusBeforeRequest = acc.status;
  acc.status = status;
  (acc.eventTimes[event.type] ??= []).push(event.at);
  if (event.type === 'registered') return;
  (APPLY[event.type] as (acc: Acc, event: PaknEvent) => void)(acc, event);
}

/** The registration that opens every history (checked against the table like any event). */
function registration(events: readonly PaknEvent[]): RegisteredEvent {
  const first = events[0];
  if (first === undefined) throw new InvalidHistoryError(0, PAKN_MESSAGES.emptyHistory);
  const check = checkPaknTransition('none', first.type, first.actor.role);
  if (!check.ok) throw new InvalidHistoryError(0, check.reason);
  return first as RegisteredEvent;
}

/**
 * The current state of a PAKN: a pure fold of its events. Throws InvalidHistoryError when the
 * history breaks the transition table (an illegal step, or a role that may not take it).
 */
export function foldPakn(code: string, events: readonly PaknEvent[], ctx: PaknFoldContext): PaknState {
  const first = registration(events);
  const acc = newAcc(code, first);
  events.forEach((event, index) => apply(acc, event, index));

  const clockLimits = effectiveClockLimits(first.clockLimits);
  const clocks = computeClocks({ receivedAt: acc.receivedAt, resolvedAt: acc.resolvedAt, outcome: acc.outcome, eventTimes: acc.eventTimes, pauses: acc.pauses, limits: clockLimits }, ctx.calendar);
  const onTime: Partial<Record<PaknClockId, boolean>> = {};
  for (const clock of clocks) if (clock.status === 'met' || clock.status === 'late') onTime[clock.id] = clock.status === 'met';
  const runningDuty = clocks.find((clock) => clock.kind === 'duty' && clock.status === 'running');

  const { statusBeforeRequest: _before, eventTimes: _times, ...facts } = acc;
  const closed = acc.pauses.flatMap((pause) => (pause.to === undefined ? [] : [{ from: pause.from, to: pause.to }]));
  const state: PaknState = {
    ...facts,
    paused: acc.status === 'awaiting_information',
    pausedWorkingMinutes: pausedWorkingMinutes(closed, ctx.calendar),
    clockLimits,
    clocks,
    onTime,
    version: events.length,
  };
  if (runningDuty !== undefined) state.dueAt = runningDuty.dueAt;
  return state;
}
