/**
 * The estimated wait printed on a ticket and shown on its page:
 *
 *   minutes = ⌈ tickets ahead × median service minutes ÷ counters serving the group ⌉
 *
 * - tickets ahead: waiting tickets of the same group that call-next takes before this one
 *   (a higher priority rank, or the same rank and an earlier position);
 * - median service minutes: the median (nearest rank) of the last K served tickets of the
 *   group (K = `serviceTimeSample`, default 20), once at least `minimumServiceSample` (5)
 *   exist; before that the group's `expectedServiceMinutes`;
 * - counters: open counters that list the group; when none does, open counters that take
 *   other groups (unless the group is exclusive); when there are none, no estimate.
 *
 * Deliberately simple (docs/queue.md §Estimated wait): it ignores tickets already at a counter
 * and other groups that share the counters, so it errs a little short when counters are shared.
 */

import type { CounterSession } from './counter.ts';
import type { QueuedTicket } from './call-order.ts';
import { percentile } from './percentile.ts';
import { DEFAULT_EXPECTED_SERVICE_MINUTES, findServiceGroup, type QueueConfig } from './queue-config.ts';
import { WAIT_WORDS } from './labels.ts';

export interface WaitEstimateInput {
  /** The ticket whose wait is estimated; a new ticket has the next position and no id yet. */
  ticket: Pick<QueuedTicket, 'serviceGroup' | 'priorityRank' | 'position'> & { id?: string };
  /** The unit's tickets of the day (only waiting ones count). */
  tickets: readonly QueuedTicket[];
  /** Service minutes of the group's served tickets, newest first. */
  recentServiceMinutes: readonly number[];
  openCounters: readonly CounterSession[];
  config: QueueConfig;
}

export interface WaitEstimate {
  ticketsAhead: number;
  /** The per-ticket service time used, and where it came from. */
  serviceMinutes: number;
  serviceMinutesBasis: 'recent' | 'default';
  /** Open counters counted as serving the group. */
  counters: number;
  /** Null when no open counter serves the group. */
  minutes: number | null;
}

function countersServing(group: string, exclusive: boolean, sessions: readonly CounterSession[]): number {
  const own = sessions.filter((session) => session.groups.includes(group)).length;
  if (own > 0 || exclusive) return own;
  return sessions.filter((session) => session.takesOtherGroups).length;
}

export function estimateWait(input: WaitEstimateInput): WaitEstimate {
  const { ticket, config } = input;
  const group = findServiceGroup(config, ticket.serviceGroup);
  const ticketsAhead = input.tickets.filter(
    (other) =>
      other.status === 'waiting' &&
      other.id !== ticket.id &&
      other.serviceGroup === ticket.serviceGroup &&
      (other.priorityRank > ticket.priorityRank || (other.priorityRank === ticket.priorityRank && other.position < ticket.position)),
  ).length;
  const sample = input.recentServiceMinutes.slice(0, config.serviceTimeSample);
  const recent = sample.length >= config.minimumServiceSample ? percentile(sample, 50) : null;
  const serviceMinutes = recent ?? group?.expectedServiceMinutes ?? DEFAULT_EXPECTED_SERVICE_MINUTES;
  const counters = countersServing(ticket.serviceGroup, group?.exclusive ?? false, input.openCounters);
  return {
    ticketsAhead,
    serviceMinutes,
    serviceMinutesBasis: recent === null ? 'default' : 'recent',
    counters,
    minutes: counters === 0 ? null : Math.ceil((ticketsAhead * serviceMinutes) / counters),
  };
}

/** "Sắp đến lượt", "Khoảng 25 phút", "Khoảng 1 giờ 15 phút": rounded up to 5 minutes. */
export function describeWait(minutes: number | null): string {
  if (minutes === null) return WAIT_WORDS.unknown;
  if (minutes < 5) return WAIT_WORDS.soon;
  const rounded = Math.ceil(minutes / 5) * 5;
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  const parts = [hours > 0 ? `${hours} ${WAIT_WORDS.hours}` : '', rest > 0 ? `${rest} ${WAIT_WORDS.minutes}` : ''].filter(Boolean);
  return `${WAIT_WORDS.about} ${parts.join(' ')}`;
}
