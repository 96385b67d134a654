/**
 * Builders for queue tickets and ratings, shared by the pure tests of src/domain/queue and
 * src/domain/rating and, later, by the store, route and demo-data tests.
 *
 * `new TicketBuilder('t1').issue(at).call(at2, 2).start(at3).serve(at4, ['…'])` admits every
 * event through `decideTicket` (transition table and queue rules, default configuration unless
 * one is given), so a built history is one the application itself could have written.
 */

import type { LocalMinute } from '../../src/domain/calendar/local-time.ts';
import type { Actor } from '../../src/domain/dossier/events.ts';
import { formatDossierCode } from '../../src/domain/dossier/code.ts';
import { DEFAULT_QUEUE_CONFIG, findServiceGroup, type QueueConfig } from '../../src/domain/queue/queue-config.ts';
import type { QueuedTicket } from '../../src/domain/queue/call-order.ts';
import type { CounterSession } from '../../src/domain/queue/counter.ts';
import { decideTicket, foldTicket, type TicketState } from '../../src/domain/queue/ticket.ts';
import type { CancelReason, TicketEvent, TicketEventInput } from '../../src/domain/queue/ticket-events.ts';
import { formatTicketLabel } from '../../src/domain/queue/ticket-number.ts';
import { DEFAULT_RATING_CONFIG, type RatingConfig } from '../../src/domain/rating/rating-config.ts';
import { decideRating, type Rating, type RatingChannel } from '../../src/domain/rating/rating.ts';

export { minuteAt, dayAt, daysFrom } from './kpi-builders.ts';

export const UNIT = '000.00.24.H24';

export const QUEUE_ACTORS = {
  kiosk: { id: 'kiosk-1', role: 'citizen' },
  officerA: { id: 'can-bo-a', role: 'counter_officer' },
  officerB: { id: 'can-bo-b', role: 'counter_officer' },
  officerC: { id: 'can-bo-c', role: 'counter_officer' },
  citizen: { id: 'cong-dan', role: 'citizen' },
  system: { id: 'he-thong', role: 'system' },
} as const satisfies Record<string, Actor>;

/** A dossier code of the test unit: `000.00.24.H24-260302-0001`. */
export function dossierCode(day: number, sequence: number): string {
  return formatDossierCode(UNIT, day, sequence);
}

export interface IssueOptions {
  group?: string;
  priority?: string;
  /** Default: the group's first number. */
  number?: number;
  /** Default: 1. */
  position?: number;
  actor?: Actor;
  /** Default: UNIT. */
  unitCode?: string;
}

export class TicketBuilder {
  private readonly events: TicketEvent[] = [];
  private counter = 0;

  constructor(
    readonly id = 'ticket-1',
    private readonly config: QueueConfig = DEFAULT_QUEUE_CONFIG,
  ) {}

  /** Appends through decideTicket; a refused event throws with the Vietnamese reason. */
  push(input: TicketEventInput): this {
    const decision = decideTicket(this.id, this.events, input, { config: this.config });
    if (!decision.ok) throw new Error(`${input.type} refused: ${decision.reason}`);
    this.events.push(decision.event);
    return this;
  }

  issue(at: LocalMinute, options: IssueOptions = {}): this {
    const groupCode = options.group ?? 'chung-thuc';
    const group = findServiceGroup(this.config, groupCode);
    if (!group) throw new Error(`no group ${groupCode}`);
    const number = options.number ?? group.numbers.first;
    const priority = options.priority === undefined ? undefined : this.config.priorityGroups.find((p) => p.code === options.priority);
    return this.push({
      type: 'issued',
      at,
      actor: options.actor ?? QUEUE_ACTORS.kiosk,
      unitCode: options.unitCode ?? UNIT,
      serviceGroup: groupCode,
      ...(options.priority !== undefined ? { priorityGroup: options.priority } : {}),
      priorityRank: priority?.rank ?? 0,
      number,
      label: formatTicketLabel(group.numbers, number),
      position: options.position ?? 1,
    });
  }

  call(at: LocalMinute, counter: number, actor: Actor = QUEUE_ACTORS.officerA): this {
    this.counter = counter;
    return this.push({ type: 'called', at, actor, counter });
  }

  recall(at: LocalMinute, actor: Actor = QUEUE_ACTORS.officerA): this {
    return this.push({ type: 'recalled', at, actor, counter: this.counter });
  }

  noShow(at: LocalMinute, actor: Actor = QUEUE_ACTORS.officerA): this {
    return this.push({ type: 'no_show', at, actor, counter: this.counter });
  }

  rejoin(at: LocalMinute, position: number, actor: Actor = QUEUE_ACTORS.citizen): this {
    return this.push({ type: 'rejoined', at, actor, position });
  }

  transfer(at: LocalMinute, to: { toGroup?: string; toCounter?: number }, actor: Actor = QUEUE_ACTORS.officerA): this {
    return this.push({ type: 'transferred', at, actor, ...to });
  }

  start(at: LocalMinute, actor: Actor = QUEUE_ACTORS.officerA): this {
    return this.push({ type: 'serving_started', at, actor, counter: this.counter });
  }

  /** Served with these dossiers received, or guidance only when none is given. */
  serve(at: LocalMinute, dossierCodes: readonly string[] = [], actor: Actor = QUEUE_ACTORS.officerA): this {
    const outcome = dossierCodes.length > 0 ? { kind: 'dossiers' as const, dossierCodes: [...dossierCodes] } : { kind: 'guidance' as const };
    return this.push({ type: 'served', at, actor, counter: this.counter, outcome });
  }

  cancel(at: LocalMinute, reason: CancelReason, actor: Actor = QUEUE_ACTORS.system): this {
    return this.push({ type: 'cancelled', at, actor, reason });
  }

  build(): TicketEvent[] {
    return [...this.events];
  }

  state(): TicketState {
    return foldTicket(this.id, this.events);
  }
}

/** A waiting ticket as call-next sees it. */
export function queued(id: string, overrides: Partial<QueuedTicket> = {}): QueuedTicket {
  return { id, status: 'waiting', serviceGroup: 'chung-thuc', priorityRank: 0, position: 1, ...overrides };
}

export function session(counter: number, groups: readonly string[], overrides: Partial<CounterSession> = {}): CounterSession {
  return { counter, officerId: `can-bo-quay-${counter}`, groups, takesOtherGroups: true, ...overrides };
}

export interface RatingOptions {
  id?: string;
  at?: LocalMinute;
  channel?: RatingChannel;
  /** Level code per question code; default: every question answered "hai-long". */
  answers?: Record<string, string>;
  departmentCode?: string;
  config?: RatingConfig;
}

/** The rating of a served ticket, admitted by decideRating (throws with the reason if refused). */
export function buildRating(ticket: TicketState, options: RatingOptions = {}): Rating {
  const config = options.config ?? DEFAULT_RATING_CONFIG;
  const levels = options.answers ?? Object.fromEntries(config.questions.map((question) => [question.code, 'hai-long']));
  const decision = decideRating(
    ticket,
    [],
    { channel: options.channel ?? 'counter_tablet', at: options.at ?? ticket.servedAt!, answers: Object.entries(levels).map(([question, level]) => ({ question, level })) },
    { id: options.id ?? `rating-${ticket.id}`, ...(options.departmentCode !== undefined ? { departmentCode: options.departmentCode } : {}) },
    config,
  );
  if (!decision.ok) throw new Error(`rating refused: ${decision.reason}`);
  return decision.rating;
}
