/**
 * Queue figures for a report period, from ticket states (the fold), in total and by hour of
 * issue, service group, counter and officer. Definitions (docs/queue.md §Figures):
 *
 * - a ticket belongs to the period of its day (tickets live one day);
 * - served / no-show / cancelled / open: by its status now (a no-show who rejoined and was
 *   served counts as served; `missed` is final at the end of the day);
 * - wait = first call − issue (wall-clock minutes), over the tickets that were called;
 * - service = the time between "serving started" and served/transferred, summed over the
 *   counters the ticket visited, over served tickets;
 * - median and p90 by nearest rank (percentile.ts), as SQL `percentile_disc` gives them;
 * - group = the group chosen at the kiosk; counter and officer = who served the ticket, else
 *   who called it last, else "(Chưa xác định)".
 */

import { minuteOfDay } from '../calendar/local-time.ts';
import { UNASSIGNED_GROUP } from '../kpi/labels.ts';
import type { DayRange } from '../kpi/period.ts';
import { medianAndP90, type MedianP90 } from './percentile.ts';
import type { TicketHandler, TicketState } from './ticket.ts';

export interface MinuteStats extends MedianP90 {
  /** How many tickets the statistic is over. */
  count: number;
}

export interface QueueFigures {
  /** Tickets issued in the period. */
  tickets: number;
  served: number;
  /** Of `served`, with at least one dossier received. */
  withDossier: number;
  /** Of `served`, guidance only. */
  guidanceOnly: number;
  /** Called, recalled and never came (status `missed`). */
  noShow: number;
  cancelled: number;
  /** Still waiting, called or at a counter (a snapshot taken during the day). */
  open: number;
  waitMinutes: MinuteStats;
  serviceMinutes: MinuteStats;
}

export interface QueueReport {
  total: QueueFigures;
  /** Keyed by the hour of issue: "7" = 07:00–07:59 (integer keys, so objects keep them in order). */
  byHour: Record<string, QueueFigures>;
  byServiceGroup: Record<string, QueueFigures>;
  /** Keyed by counter number ("2"), or "(Chưa xác định)" for tickets never called. */
  byCounter: Record<string, QueueFigures>;
  byOfficer: Record<string, QueueFigures>;
}

export interface QueueFiguresOptions {
  /** Only tickets of this unit; all given tickets when absent. */
  unitCode?: string;
}

interface Bucket {
  counts: Omit<QueueFigures, 'waitMinutes' | 'serviceMinutes'>;
  waits: number[];
  services: number[];
}

function emptyBucket(): Bucket {
  return { counts: { tickets: 0, served: 0, withDossier: 0, guidanceOnly: 0, noShow: 0, cancelled: 0, open: 0 }, waits: [], services: [] };
}

function add(bucket: Bucket, ticket: TicketState): void {
  const { counts } = bucket;
  counts.tickets += 1;
  switch (ticket.status) {
    case 'served':
      counts.served += 1;
      if (ticket.outcome?.kind === 'dossiers') counts.withDossier += 1;
      else counts.guidanceOnly += 1;
      if (ticket.serviceMinutes !== undefined) bucket.services.push(ticket.serviceMinutes);
      break;
    case 'missed':
      counts.noShow += 1;
      break;
    case 'cancelled':
      counts.cancelled += 1;
      break;
    default:
      counts.open += 1;
  }
  if (ticket.waitMinutes !== undefined) bucket.waits.push(ticket.waitMinutes);
}

function figuresOf(bucket: Bucket): QueueFigures {
  return {
    ...bucket.counts,
    waitMinutes: { count: bucket.waits.length, ...medianAndP90(bucket.waits) },
    serviceMinutes: { count: bucket.services.length, ...medianAndP90(bucket.services) },
  };
}

/** Who a ticket's figures are attributed to: the officer who served it, else the last caller. */
export function ticketHandler(ticket: TicketState): TicketHandler | undefined {
  if (ticket.servedBy) return ticket.servedBy;
  return ticket.call ? { counter: ticket.call.counter, officerId: ticket.call.officerId } : undefined;
}

function addTo(groups: Map<string, Bucket>, key: string, ticket: TicketState): void {
  let bucket = groups.get(key);
  if (!bucket) {
    bucket = emptyBucket();
    groups.set(key, bucket);
  }
  add(bucket, ticket);
}

function finish(groups: Map<string, Bucket>): Record<string, QueueFigures> {
  return Object.fromEntries([...groups.keys()].sort((a, b) => a.localeCompare(b, 'vi', { numeric: true })).map((key) => [key, figuresOf(groups.get(key)!)]));
}

export function computeQueueFigures(tickets: readonly TicketState[], period: DayRange, options: QueueFiguresOptions = {}): QueueReport {
  const total = emptyBucket();
  const byHour = new Map<string, Bucket>();
  const byServiceGroup = new Map<string, Bucket>();
  const byCounter = new Map<string, Bucket>();
  const byOfficer = new Map<string, Bucket>();
  for (const ticket of tickets) {
    if (ticket.day < period.from || ticket.day > period.to) continue;
    if (options.unitCode !== undefined && ticket.unitCode !== options.unitCode) continue;
    add(total, ticket);
    addTo(byHour, String(Math.floor(minuteOfDay(ticket.issuedAt) / 60)), ticket);
    addTo(byServiceGroup, ticket.issuedGroup, ticket);
    const handler = ticketHandler(ticket);
    addTo(byCounter, handler ? String(handler.counter) : UNASSIGNED_GROUP, ticket);
    addTo(byOfficer, handler ? handler.officerId : UNASSIGNED_GROUP, ticket);
  }
  return { total: figuresOf(total), byHour: finish(byHour), byServiceGroup: finish(byServiceGroup), byCounter: finish(byCounter), byOfficer: finish(byOfficer) };
}

/** The `queue` object of the report JSON (`motcua report … --json`). */
export interface QueueSummary {
  tickets: number;
  served: number;
  noShow: number;
  waitMinutes: MedianP90;
}

export function queueSummary(figures: QueueFigures): QueueSummary {
  return { tickets: figures.tickets, served: figures.served, noShow: figures.noShow, waitMinutes: { median: figures.waitMinutes.median, p90: figures.waitMinutes.p90 } };
}
