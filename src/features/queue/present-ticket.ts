/**
 * A ticket as the kiosk prints it and its QR page shows it: number, group, status, the tickets
 * ahead and the estimated wait (docs/queue.md §6). No personal data: there is none to show.
 */
import type { AppContext } from '../../platform/context.ts';
import { dayOf, formatClock, isoLocalDateTime, minuteOfDay } from '../../domain/calendar/local-time.ts';
import { callAnnouncement } from '../../domain/queue/announcement.ts';
import { expectedCallAt } from '../../domain/queue/opening-hours.ts';
import { findPriorityGroup, findServiceGroup } from '../../domain/queue/queue-config.ts';
import { TICKET_STATUS_NAMES } from '../../domain/queue/labels.ts';
import { describeWait, estimateWait } from '../../domain/queue/wait-estimate.ts';
import type { TicketState } from '../../domain/queue/ticket.ts';
import type { TicketStatus } from '../../domain/queue/ticket-transitions.ts';
import { mayRate } from '../../domain/rating/rating.ts';
import type { QueueSetup } from './queue-setup.ts';
import { counterSessions } from './queue.store.ts';
import { openTicketsOfDay, recentServiceMinutes } from './queue.queries.ts';
import { isTicketRated } from '../ratings/rating-status.ts';

export interface TicketView {
  id: string;
  unitCode: string;
  unitName: string;
  label: string;
  groupName: string;
  priorityName: string | null;
  status: TicketStatus;
  statusName: string;
  issuedAt: string;
  /** Waiting tickets called before this one (null when the ticket is not waiting). */
  ahead: number | null;
  waitMinutes: number | null;
  waitText: string | null;
  /** Clock time "09:40" the call is expected at (skips the lunch break), when estimated. */
  expectedAt: string | null;
  counter: number | null;
  /** "Mời công dân có số 1023 đến quầy số 2" while called. */
  call: string | null;
  mayRate: boolean;
}

export async function presentTicket(ctx: AppContext, setup: QueueSetup, state: TicketState): Promise<TicketView> {
  const group = findServiceGroup(setup.config, state.serviceGroup);
  const priority = state.priorityGroup !== undefined ? findPriorityGroup(setup.config, state.priorityGroup) : undefined;
  let ahead: number | null = null;
  let waitMinutes: number | null = null;
  let expectedAt: string | null = null;
  const now = ctx.now();
  if (state.status === 'waiting' && dayOf(now) === state.day) {
    const [tickets, sessions, recent] = await Promise.all([
      openTicketsOfDay(ctx.db, state.unitCode, state.day, state.serviceGroup),
      counterSessions(ctx.db, state.unitCode),
      recentServiceMinutes(ctx.db, state.unitCode, state.serviceGroup, setup.config.serviceTimeSample),
    ]);
    const estimate = estimateWait({ ticket: state, tickets, recentServiceMinutes: recent, openCounters: sessions, config: setup.config });
    ahead = estimate.ticketsAhead;
    waitMinutes = estimate.minutes;
    if (waitMinutes !== null) expectedAt = formatClock(minuteOfDay(expectedCallAt(setup.calendar, now, waitMinutes)));
  }
  const counter = state.status === 'called' || state.status === 'serving' ? (state.call?.counter ?? null) : null;
  const rated = state.status === 'served' && (await isTicketRated(ctx, state.id)) ? [{ ticketId: state.id }] : [];
  return {
    id: state.id,
    unitCode: state.unitCode,
    unitName: setup.unit.name,
    label: state.label,
    groupName: group?.name ?? state.serviceGroup,
    priorityName: priority?.name ?? null,
    status: state.status,
    statusName: TICKET_STATUS_NAMES[state.status],
    issuedAt: isoLocalDateTime(state.issuedAt),
    ahead,
    waitMinutes,
    waitText: state.status === 'waiting' ? describeWait(waitMinutes) : null,
    expectedAt,
    counter,
    call: state.status === 'called' && counter !== null ? callAnnouncement(state.label, counter).display : null,
    mayRate: state.status === 'served' && mayRate(state, rated, now, setup.rating).ok,
  };
}
