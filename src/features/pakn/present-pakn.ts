/**
 * The staff view of a PAKN: its state with the sender masked for users outside the unit, its
 * clocks with where each stands now (the pure core's warnings), its history in words and the
 * events this user may append now. Also the register row and the public view's shape.
 */
import type { LocalMinute } from '../../domain/calendar/local-time.ts';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar.ts';
import { assessPaknClocks } from '../../domain/pakn/clocks.ts';
import type { Sender } from '../../domain/pakn/events.ts';
import { CHANNEL_NAMES, CLASS_NAMES, CLOCK_NAMES, CLOCK_STATUS_NAMES, EVENT_NAMES, KIND_NAMES, NOT_ACCEPTED_REASON_NAMES, OUTCOME_NAMES, RESULT_NAMES, STATUS_NAMES, type PaknEventType } from '../../domain/pakn/labels.ts';
import type { PaknPublicView } from '../../domain/pakn/public-view.ts';
import type { PaknState } from '../../domain/pakn/state.ts';
import { allowedPaknEvents } from '../../domain/pakn/transitions.ts';
import { canActOnPakn, canSeeSenderData, maskSender, type PaknScope } from '../../domain/policy/policy.ts';
import type { CurrentUser } from '../../platform/context.ts';
import type { LoadedPakn } from './load-pakn.ts';

export type WarningLevel = 'on-track' | 'due-soon' | 'overdue';

export interface PaknClockView {
  id: string;
  name: string;
  kind: 'duty' | 'window';
  status: string;
  statusName: string;
  limitWorkingDays: number;
  startedAt: LocalMinute;
  dueAt: LocalMinute;
  paused: boolean;
  level: WarningLevel | null;
}

const LEVEL_ORDER: Record<WarningLevel, number> = { 'on-track': 0, 'due-soon': 1, overdue: 2 };

/** The clocks now: every clock of the state, the running duty ones assessed at `now`. */
export function clocksNow(state: PaknState, now: LocalMinute, calendar: WorkingCalendar): { clocks: PaknClockView[]; level: WarningLevel | null } {
  const assessed = new Map(assessPaknClocks(state, now, calendar).map((a) => [a.clock, a]));
  const clocks = state.clocks.map((clock) => {
    const a = assessed.get(clock.id);
    return {
      id: clock.id,
      name: CLOCK_NAMES[clock.id],
      kind: clock.kind,
      status: clock.status,
      statusName: CLOCK_STATUS_NAMES[clock.status],
      limitWorkingDays: clock.limitWorkingDays,
      startedAt: clock.startedAt,
      dueAt: a?.dueAt ?? clock.dueAt,
      paused: clock.paused,
      level: a ? (a.level as WarningLevel) : null,
    };
  });
  const levels = clocks.map((c) => c.level).filter((l): l is WarningLevel => l !== null);
  const level = levels.length === 0 ? null : levels.reduce((worst, l) => (LEVEL_ORDER[l] > LEVEL_ORDER[worst] ? l : worst));
  return { clocks, level };
}

function shownSender(user: CurrentUser, scope: Pick<PaknScope, 'unitCode'>, sender: Sender): { sender: Sender; visible: boolean } {
  const visible = canSeeSenderData(user, scope);
  return { sender: visible ? sender : maskSender(sender), visible };
}

/** Payload fields that carry the sender's personal data, hidden from the history outside the unit. */
const PERSONAL_PAYLOAD = new Set(['sender', 'content', 'title']);

export function presentPakn(loaded: LoadedPakn, user: CurrentUser, now: LocalMinute) {
  const { state, calendar } = loaded;
  const { sender, visible } = shownSender(user, loaded.scope, state.sender);
  const { clocks, level } = clocksNow(state, now, calendar);
  return {
    state,
    sender,
    personalDataVisible: visible,
    clocks,
    level,
    history: loaded.records.map((record) => {
      const { type, at, actor, source, ...payload } = record.event;
      const shown = visible ? payload : Object.fromEntries(Object.entries(payload).filter(([key]) => !PERSONAL_PAYLOAD.has(key)));
      return { seq: record.seq, type, name: EVENT_NAMES[type], at, actorId: actor.id, actorRole: actor.role, source: source ?? 'motcua', payload: shown as Record<string, unknown> };
    }),
    allowedActions: canActOnPakn(user, loaded.scope) ? allowedPaknEvents(state.status, user.role).filter((e): e is Exclude<PaknEventType, 'registered'> => e !== 'registered') : [],
  };
}
export type PaknView = ReturnType<typeof presentPakn>;

/** Vietnamese names of a state's codes (status, kind, channel, class, outcome, refusal, result). */
export function namesOf(state: PaknState) {
  return {
    statusName: STATUS_NAMES[state.status],
    kindName: KIND_NAMES[state.kind],
    channelName: CHANNEL_NAMES[state.channel],
    className: state.class ? CLASS_NAMES[state.class] : null,
    outcomeName: state.outcome ? OUTCOME_NAMES[state.outcome] : null,
    notAcceptedReasonName: state.notAccepted ? NOT_ACCEPTED_REASON_NAMES[state.notAccepted.reason] : null,
    resultName: state.answer ? RESULT_NAMES[state.answer.result] : null,
  };
}

/** A row of the register as this user sees it now. */
export function registerRow(state: PaknState, user: CurrentUser, now: LocalMinute, calendar: WorkingCalendar) {
  const { sender } = shownSender(user, state, state.sender);
  const { level } = clocksNow(state, now, calendar);
  return { state, senderName: sender.name ?? '', level };
}

export type { PaknPublicView };
