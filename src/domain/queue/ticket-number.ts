/**
 * Ticket numbers: one range per service group, restarted every day per unit.
 *
 * "The day" is the Vietnamese local calendar date (UTC+7) of the issue moment: the kiosk only
 * issues inside the unit's opening hours (opening-hours.ts), so no ticket straddles midnight
 * and the rule needs no cut-off hour. The store keeps, per (unit, day, group), the last number
 * issued and, per (unit, day), the last queue position; it draws both in the issuing
 * transaction, so two kiosks never print the same number.
 */

import { dayOf, type DayNumber, type LocalMinute } from '../calendar/local-time.ts';
import { QUEUE_MESSAGES } from './labels.ts';
import type { ServiceGroup, TicketNumberRange } from './queue-config.ts';

/** The day a ticket belongs to: its local date of issue. */
export function queueDay(at: LocalMinute): DayNumber {
  return dayOf(at);
}

/** The number as printed and announced: digits zero-padded to the range's width, after the prefix. */
export function formatTicketLabel(range: TicketNumberRange, number: number): string {
  const digits = range.digits ?? String(range.last).length;
  return `${range.prefix}${String(number).padStart(digits, '0')}`;
}

export type NextNumber = { ok: true; number: number; label: string } | { ok: false; reason: string };

/**
 * The next number of a group on a day, given the last one issued that day (undefined for the
 * first ticket). When the range is used up the kiosk refuses rather than reuse a number.
 */
export function nextTicketNumber(group: ServiceGroup, lastIssuedToday: number | undefined): NextNumber {
  const { numbers } = group;
  const number = lastIssuedToday === undefined ? numbers.first : Math.max(lastIssuedToday + 1, numbers.first);
  if (number > numbers.last) return { ok: false, reason: QUEUE_MESSAGES.numbersExhausted(group.name, formatTicketLabel(numbers, numbers.last)) };
  return { ok: true, number, label: formatTicketLabel(numbers, number) };
}

/** The next queue position of a unit's day (issues and rejoins draw from the same sequence). */
export function nextPosition(lastPositionToday: number | undefined): number {
  return (lastPositionToday ?? 0) + 1;
}
