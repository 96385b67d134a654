import { ROLE_NAMES, type Role } from '../dossier/roles.ts';
import { QUEUE_MESSAGES, TICKET_EVENT_NAMES, TICKET_STATUS_NAMES, TICKET_TRANSITION_BASIS } from './labels.ts';
import type { TicketEventType } from './ticket-events.ts';

/**
 * Statuses of a ticket. `missed` (no-show) is final unless the citizen rejoins the same day;
 * `served` and `cancelled` are terminal.
 */
export const TICKET_STATUSES = ['waiting', 'called', 'serving', 'served', 'missed', 'cancelled'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** No history yet: the ticket does not exist. */
export type TicketFromState = TicketStatus | 'none';

export interface TicketTransition {
  event: TicketEventType;
  from: readonly TicketFromState[];
  to: TicketStatus;
  roles: readonly Role[];
  /** Why this edge exists (Vietnamese, labels.ts), for reviewers. */
  basis: string;
}

/** The officer at the desk, and `system` for replays (demo data, imports) and the end-of-day job. */
const DESK: readonly Role[] = ['counter_officer', 'system'];

/**
 * The ticket transition table: "event E may happen in states FROM, leads to TO, and may be taken
 * by ROLES". `citizen` acts at the kiosk or on the ticket's QR page.
 */
export const TICKET_TRANSITIONS: readonly TicketTransition[] = [
  { event: 'issued', from: ['none'], to: 'waiting', roles: ['citizen', ...DESK], basis: TICKET_TRANSITION_BASIS.issued },
  { event: 'called', from: ['waiting'], to: 'called', roles: DESK, basis: TICKET_TRANSITION_BASIS.called },
  { event: 'recalled', from: ['called'], to: 'called', roles: DESK, basis: TICKET_TRANSITION_BASIS.recalled },
  { event: 'no_show', from: ['called'], to: 'missed', roles: DESK, basis: TICKET_TRANSITION_BASIS.no_show },
  { event: 'rejoined', from: ['missed'], to: 'waiting', roles: ['citizen', ...DESK], basis: TICKET_TRANSITION_BASIS.rejoined },
  { event: 'transferred', from: ['called', 'serving'], to: 'waiting', roles: DESK, basis: TICKET_TRANSITION_BASIS.transferred },
  { event: 'serving_started', from: ['called'], to: 'serving', roles: DESK, basis: TICKET_TRANSITION_BASIS.serving_started },
  { event: 'served', from: ['serving'], to: 'served', roles: DESK, basis: TICKET_TRANSITION_BASIS.served },
  { event: 'cancelled', from: ['waiting', 'called', 'serving'], to: 'cancelled', roles: ['citizen', ...DESK], basis: TICKET_TRANSITION_BASIS.cancelled },
];

export const TERMINAL_TICKET_STATUSES: readonly TicketStatus[] = ['served', 'cancelled'];

export type TicketTransitionCheck = { ok: true; transition: TicketTransition } | { ok: false; reason: string; cause: 'state' | 'role' };

const statusName = (from: TicketFromState): string => (from === 'none' ? QUEUE_MESSAGES.notIssuedYet : TICKET_STATUS_NAMES[from]);

/** May `role` take `event` on a ticket in state `from`? If not, a Vietnamese reason. */
export function checkTicketTransition(from: TicketFromState, event: TicketEventType, role: Role): TicketTransitionCheck {
  const transition = TICKET_TRANSITIONS.find((t) => t.event === event);
  if (!transition) return { ok: false, cause: 'state', reason: QUEUE_MESSAGES.unsupported(event) };
  const name = TICKET_EVENT_NAMES[event];
  if (!transition.from.includes(from)) {
    if (from === 'none') return { ok: false, cause: 'state', reason: QUEUE_MESSAGES.notIssuedYet };
    const reason = TERMINAL_TICKET_STATUSES.includes(from) ? QUEUE_MESSAGES.finished(statusName(from), name) : QUEUE_MESSAGES.wrongState(name, statusName(from));
    return { ok: false, cause: 'state', reason };
  }
  if (!transition.roles.includes(role)) return { ok: false, cause: 'role', reason: QUEUE_MESSAGES.roleNotAllowed(ROLE_NAMES[role], name) };
  return { ok: true, transition };
}

/** Events a role may take on a ticket in a state: what the counter page offers. */
export function allowedTicketEvents(from: TicketFromState, role: Role): TicketEventType[] {
  return TICKET_TRANSITIONS.filter((t) => t.from.includes(from) && t.roles.includes(role)).map((t) => t.event);
}
