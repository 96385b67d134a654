import type { LocalMinute } from '../calendar/local-time.ts';
import type { Concerns, Sender } from './events.ts';
import type {
  NotAcceptedReason,
  PaknChannel,
  PaknClass,
  PaknClockId,
  PaknKind,
  PaknOutcome,
  PaknStatus,
  PublicationPlace,
  ResolutionResult,
} from './labels.ts';

/** Time spent waiting for the sender (information requested → received); `to` undefined while waiting. */
export interface PaknPause {
  from: LocalMinute;
  to?: LocalMinute;
}

export interface InformationRequest {
  at: LocalMinute;
  request: string;
  receivedAt?: LocalMinute;
}

export interface PaknAnswer {
  at: LocalMinute;
  answer: string;
  result: ResolutionResult;
  documentNumber?: string;
  /** Who signed it (actor id). */
  by: string;
}

export interface PaknForwarding {
  at: LocalMinute;
  to: string;
  documentNumber?: string;
  by: string;
}

export interface PaknPublication {
  at: LocalMinute;
  summary: string;
  answer: string;
  places: PublicationPlace[];
}

export interface PaknVote {
  at: LocalMinute;
  vote: 'like' | 'dislike';
  count: number;
}

export interface PaknFollowUp {
  at: LocalMinute;
  newPaknCode?: string;
}

export interface PaknReminder {
  at: LocalMinute;
  clock: PaknClockId;
  level: number;
  by: string;
}

/** How handling ended: the first of these events. A resolved PAKN may still await publication. */
export type PaknEndKind = 'not_accepted' | 'forwarded' | 'resolved' | 'withdrawn';

export type ClockStatus = 'running' | 'met' | 'late' | 'cancelled';

/** One clock of one PAKN, derived from its history and the working calendar (clocks.ts). */
export interface PaknClockState {
  id: PaknClockId;
  /** 'duty': must happen by the due date; 'window': measured only when it happens. */
  kind: 'duty' | 'window';
  limitWorkingDays: number;
  startedAt: LocalMinute;
  /** Due date before pauses. */
  baseDueAt: LocalMinute;
  /** Due date shifted by the closed pauses that count for this clock. */
  dueAt: LocalMinute;
  /** The pauses (waiting for the sender) that count for this clock, open one included. */
  pauses: PaknPause[];
  /** Working minutes of the closed counted pauses. */
  pausedWorkingMinutes: number;
  /** True while running and held by an open pause. */
  paused: boolean;
  status: ClockStatus;
  stoppedAt?: LocalMinute;
  cancelledAt?: LocalMinute;
}

/** Current state of a PAKN: a pure fold of its events (fold.ts). */
export interface PaknState {
  code: string;
  unitCode: string;
  channel: PaknChannel;
  kind: PaknKind;
  /** Personal data: masked by the policy module, never in `publicView`. */
  sender: Sender;
  title?: string;
  content: string;
  concerns: Concerns;
  /** Source system of the first event ("motcua" for native PAKN). */
  source: string;
  externalCode?: string;
  transferredFrom?: string;

  status: PaknStatus;
  class?: PaknClass;
  outcome?: PaknOutcome;
  notAccepted?: { at: LocalMinute; reason: NotAcceptedReason; note?: string };

  /** Entered in the register (sổ tiếp nhận). */
  registeredAt: LocalMinute;
  /** Received by the unit: every clock but publication starts here. */
  receivedAt: LocalMinute;
  registeredBy: string;
  handlerId?: string;
  departmentCode?: string;

  informationRequests: InformationRequest[];
  pauses: PaknPause[];
  /** True while waiting for the sender. */
  paused: boolean;
  /** Working minutes spent waiting for the sender (closed waits only). */
  pausedWorkingMinutes: number;
  draftAnswer?: string;
  answer?: PaknAnswer;
  resolvedAt?: LocalMinute;
  forwarding?: PaknForwarding;
  publication?: PaknPublication;
  publishedAt?: LocalMinute;
  withdrawnAt?: LocalMinute;
  /** End of handling and how (the first of not accepted, forwarded, resolved, withdrawn). */
  endedAt?: LocalMinute;
  endKind?: PaknEndKind;

  votes: PaknVote[];
  likes: number;
  dislikes: number;
  followUps: PaknFollowUp[];
  reminders: PaknReminder[];

  /** Limits in working days in force for this PAKN (defaults overridden by the registration's). */
  clockLimits: Record<PaknClockId, number>;
  clocks: PaknClockState[];
  /** Measured clocks only: true when met, false when late. */
  onTime: Partial<Record<PaknClockId, boolean>>;
  /** Due date of the running duty clock (forward, resolve or publish), for work lists. */
  dueAt?: LocalMinute;

  /** Number of events folded; the optimistic-concurrency version. */
  version: number;
}
