import { isoLocalDateTime } from '../calendar/local-time.ts';
import type { RefusalCause } from '../dossier/decide.ts';
import { paknEventSchema, type PaknEvent, type PaknEventInput, type PaknEventOf } from './events.ts';
import { foldPakn, InvalidHistoryError, type PaknFoldContext } from './fold.ts';
import { CLASS_NAMES, CLOCK_NAMES, EVENT_NAMES, PAKN_MESSAGES, PERSONAL_FIELD_NAMES, RESULT_NAMES, type PaknClass, type ResolutionResult } from './labels.ts';
import { findPersonalData } from './public-view.ts';
import type { PaknState } from './state.ts';
import { checkPaknTransition } from './transitions.ts';

export type { RefusalCause } from '../dossier/decide.ts';

export type PaknDecision =
  | { ok: true; event: PaknEvent; state: PaknState }
  | { ok: false; cause: RefusalCause; reason: string; field?: string };

/** The results that fit each class: the rules' outcomes (NĐ 20 art. 15) or a verification of conduct. */
export const RESULTS_BY_CLASS: Record<PaknClass, readonly ResolutionResult[]> = {
  rules_and_procedures: ['explained', 'rule_amended', 'rule_amendment_recommended', 'rule_issued'],
  officer_conduct: ['explained', 'conduct_confirmed', 'conduct_partly_confirmed', 'conduct_unfounded'],
};

type RuleRefusal = { reason: string; field: string } | undefined;

function registrationRule(event: PaknEventOf<'registered'>): RuleRefusal {
  if (event.receivedAt > event.at) return { field: 'receivedAt', reason: PAKN_MESSAGES.receivedAfterRegistered };
  if (event.actor.role === 'citizen' && event.channel !== 'public_form') return { field: 'channel', reason: PAKN_MESSAGES.citizenChannel };
  if (event.channel === 'public_form' && event.actor.role !== 'citizen' && event.actor.role !== 'system') return { field: 'channel', reason: PAKN_MESSAGES.publicFormActor };
  return undefined;
}

function resolutionRule(event: PaknEventOf<'resolved'>, state: PaknState): RuleRefusal {
  const paknClass = state.class;
  if (paknClass === undefined || RESULTS_BY_CLASS[paknClass].includes(event.result)) return undefined;
  return { field: 'result', reason: PAKN_MESSAGES.resultForClass(RESULT_NAMES[event.result], CLASS_NAMES[paknClass]) };
}

function publicationRule(event: PaknEventOf<'published'>, state: PaknState): RuleRefusal {
  for (const field of ['summary', 'answer'] as const) {
    const found = findPersonalData(event[field], state.sender);
    if (found.length > 0) return { field, reason: PAKN_MESSAGES.personalDataInPublication(found.map((name) => PERSONAL_FIELD_NAMES[name]).join(', ')) };
  }
  return undefined;
}

/** Business rules that need the payload and the current state, beyond the transition table. */
function businessRule(event: PaknEvent, state: PaknState | undefined): RuleRefusal {
  switch (event.type) {
    case 'registered':
      return registrationRule(event);
    case 'resolved':
      return state && resolutionRule(event, state);
    case 'published':
      return state && publicationRule(event, state);
    case 'satisfaction_recorded':
      return event.actor.role === 'citizen' && event.count !== 1 ? { field: 'count', reason: PAKN_MESSAGES.oneVoteForCitizen } : undefined;
    case 'reminded': {
      const running = state?.clocks.some((clock) => clock.id === event.clock && clock.status === 'running' && clock.kind === 'duty');
      return running ? undefined : { field: 'clock', reason: PAKN_MESSAGES.clockNotRunning(CLOCK_NAMES[event.clock]) };
    }
    default:
      return undefined;
  }
}

/**
 * Decides whether `input` may be appended to a PAKN's history: validates the payload, the
 * transition table and the business rules that need the current state, and returns the parsed
 * event with the state it leads to. Pure: the caller stores the event.
 */
export function decidePakn(code: string, history: readonly PaknEvent[], input: PaknEventInput, ctx: PaknFoldContext): PaknDecision {
  const parsed = paknEventSchema.safeParse(input);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || undefined;
    return { ok: false, cause: 'invalid', reason: PAKN_MESSAGES.invalidPayload(field), ...(field ? { field } : {}) };
  }
  const event = parsed.data;
  const current = history.length === 0 ? undefined : foldPakn(code, history, ctx);
  const check = checkPaknTransition(current ? current.status : 'none', event.type, event.actor.role);
  if (!check.ok) return { ok: false, cause: check.cause, reason: check.reason };

  const last = history.at(-1);
  if (last && event.at < last.at) {
    return { ok: false, cause: 'rule', field: 'at', reason: PAKN_MESSAGES.beforePrevious(EVENT_NAMES[event.type], isoLocalDateTime(event.at), isoLocalDateTime(last.at)) };
  }
  const refusal = businessRule(event, current);
  if (refusal) return { ok: false, cause: 'rule', ...refusal };
  try {
    return { ok: true, event, state: foldPakn(code, [...history, event], ctx) };
  } catch (error) {
    if (error instanceof InvalidHistoryError) return { ok: false, cause: 'rule', reason: error.reason };
    throw error;
  }
}
