/**
 * What the kiosk does when a citizen presses a group: check the opening hours, the group and
 * the priority group, draw the next number and queue position, and return the `issued` event
 * to append (the store then runs decideTicket and writes it in the same transaction that
 * advanced the day's counters).
 */

import type { WorkingCalendar } from '../calendar/working-calendar.ts';
import type { Actor } from '../dossier/events.ts';
import type { LocalMinute } from '../calendar/local-time.ts';
import { QUEUE_MESSAGES } from './labels.ts';
import { isOpen, type OpenCheck } from './opening-hours.ts';
import { findPriorityGroup, findServiceGroup, type QueueConfig } from './queue-config.ts';
import type { TicketEventInput } from './ticket-events.ts';
import { nextPosition, nextTicketNumber } from './ticket-number.ts';

export interface IssueRequest {
  unitCode: string;
  serviceGroup: string;
  priorityGroup?: string;
  at: LocalMinute;
  /** The citizen at the kiosk, or the officer issuing for someone at the desk. */
  actor: Actor;
}

/** The day's counters as the store read them (undefined before the first ticket of the day). */
export interface DayCounters {
  /** Last number issued today in the requested group. */
  lastNumber?: number;
  /** Last queue position drawn today in the unit. */
  lastPosition?: number;
}

export type IssuePlan =
  | { ok: true; event: Extract<TicketEventInput, { type: 'issued' }>; opening: Extract<OpenCheck, { open: true }> }
  | { ok: false; reason: string; field?: string; nextOpenAt?: LocalMinute };

export function planIssue(config: QueueConfig, calendar: WorkingCalendar, request: IssueRequest, counters: DayCounters): IssuePlan {
  const opening = isOpen(calendar, request.at, { issueStopsBeforeCloseMinutes: config.issueStopsBeforeCloseMinutes });
  if (!opening.open) return { ok: false, reason: opening.reason, ...(opening.nextOpenAt !== undefined ? { nextOpenAt: opening.nextOpenAt } : {}) };
  const group = findServiceGroup(config, request.serviceGroup);
  if (!group) return { ok: false, field: 'serviceGroup', reason: QUEUE_MESSAGES.unknownGroup(request.serviceGroup) };
  if (!group.active) return { ok: false, field: 'serviceGroup', reason: QUEUE_MESSAGES.groupClosed(group.name) };
  let priorityRank = 0;
  if (request.priorityGroup !== undefined) {
    const priority = findPriorityGroup(config, request.priorityGroup);
    if (!priority) return { ok: false, field: 'priorityGroup', reason: QUEUE_MESSAGES.unknownPriority(request.priorityGroup) };
    if (!priority.active) return { ok: false, field: 'priorityGroup', reason: QUEUE_MESSAGES.priorityClosed(priority.name) };
    priorityRank = priority.rank;
  }
  const number = nextTicketNumber(group, counters.lastNumber);
  if (!number.ok) return { ok: false, field: 'serviceGroup', reason: number.reason };
  return {
    ok: true,
    opening,
    event: {
      type: 'issued',
      at: request.at,
      actor: request.actor,
      unitCode: request.unitCode,
      serviceGroup: group.code,
      ...(request.priorityGroup !== undefined ? { priorityGroup: request.priorityGroup } : {}),
      priorityRank,
      number: number.number,
      label: number.label,
      position: nextPosition(counters.lastPosition),
    },
  };
}
