/**
 * Demo queue data (issue 18), consistent with the demo dossiers: over the last 30 days of the demo,
 * each dossier received in person at a counter had a ticket — issued a few minutes before the
 * reception in the procedure's service group, called and served by the officer who received it,
 * served with that dossier's code — and about 60 % of those visits were rated (mostly satisfied).
 * Every ticket history is admitted by `decideTicket` and every rating by `decideRating`. Pure and
 * seeded: the same plan gives the same tickets.
 */
import { dayOf, minuteOfDay, MINUTES_PER_DAY, type LocalMinute } from '../../domain/calendar/local-time.ts';
import { findProcedure } from '../../domain/catalog/catalog.ts';
import type { DossierState } from '../../domain/dossier/state.ts';
import { DEFAULT_QUEUE_CONFIG, serviceGroupFor, findServiceGroup } from '../../domain/queue/queue-config.ts';
import type { TicketEvent, TicketEventInput } from '../../domain/queue/ticket-events.ts';
import { decideTicket, type TicketState } from '../../domain/queue/ticket.ts';
import { nextTicketNumber } from '../../domain/queue/ticket-number.ts';
import { DEFAULT_RATING_CONFIG } from '../../domain/rating/rating-config.ts';
import { decideRating, type Rating } from '../../domain/rating/rating.ts';
import { Random, seedFrom } from './random.ts';
import type { StaffRole } from '../../domain/dossier/roles.ts';
import { canOperateCounter } from '../../domain/policy/policy.ts';

export interface DemoTicket {
  state: TicketState;
  events: TicketEvent[];
}

const OPENING_MINUTE = 7 * 60;
const DEMO_DAYS = 30;

function uuidFrom(random: Random): string {
  const hex = Array.from({ length: 32 }, () => random.int(0, 15).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Tickets and ratings for the in-person receptions of the last 30 days before `now`. */
export function planQueueDemo(dossiers: readonly DossierState[], counterOf: (officerId: string) => number | undefined, now: LocalMinute, seed: number): { tickets: DemoTicket[]; ratings: Rating[] } {
  const config = DEFAULT_QUEUE_CONFIG;
  const since = (dayOf(now) - DEMO_DAYS) * MINUTES_PER_DAY;
  const visits = dossiers
    .filter((d) => d.channel === 'in_person' && d.receivedAt !== undefined && d.receivedAt >= since && d.receivedBy !== undefined && counterOf(d.receivedBy) !== undefined)
    .sort((a, b) => a.receivedAt! - b.receivedAt! || (a.code < b.code ? -1 : 1));
  const random = new Random(seedFrom(seed, 'queue'));
  const lastNumber = new Map<string, number>();
  const lastPosition = new Map<string, number>();
  const tickets: DemoTicket[] = [];
  const ratings: Rating[] = [];
  for (const dossier of visits) {
    const receivedAt = dossier.receivedAt!;
    const day = dayOf(receivedAt);
    const procedure = findProcedure(dossier.procedureCode, day);
    const group = serviceGroupFor(config, { code: dossier.procedureCode, ...(procedure ? { fieldCode: procedure.field.code } : {}) }) ?? findServiceGroup(config, 'tra-ket-qua')!;
    if (group.exclusive) continue;
    const groupKey = `${dossier.unitCode}|${day}|${group.code}`;
    const number = nextTicketNumber(group, lastNumber.get(groupKey));
    if (!number.ok) continue;
    const positionKey = `${dossier.unitCode}|${day}`;
    const position = (lastPosition.get(positionKey) ?? 0) + 1;
    const calledAt = Math.max(receivedAt - random.int(1, 4), day * MINUTES_PER_DAY + OPENING_MINUTE);
    const issuedAt = Math.max(calledAt - random.int(2, 35), day * MINUTES_PER_DAY + OPENING_MINUTE);
    const startedAt = Math.min(calledAt + 1, receivedAt);
    const servedAt = receivedAt + random.int(2, 12);
    if (minuteOfDay(servedAt) >= MINUTES_PER_DAY - 1) continue;
    const counter = counterOf(dossier.receivedBy!)!;
    const officer = { id: dossier.receivedBy!, role: 'counter_officer' as const };
    const priority = random.chance(0.08) ? config.priorityGroups[0] : undefined;
    const inputs: TicketEventInput[] = [
      { type: 'issued', at: issuedAt, actor: { id: 'kiosk', role: 'citizen' }, unitCode: dossier.unitCode, serviceGroup: group.code, ...(priority ? { priorityGroup: priority.code } : {}), priorityRank: priority?.rank ?? 0, number: number.number, label: number.label, position },
      { type: 'called', at: calledAt, actor: officer, counter },
      ...(random.chance(0.1) ? [{ type: 'recalled' as const, at: calledAt + 1 > startedAt ? startedAt : calledAt + 1, actor: officer, counter }] : []),
      { type: 'serving_started', at: startedAt, actor: officer, counter },
      { type: 'served', at: servedAt, actor: officer, counter, outcome: { kind: 'dossiers', dossierCodes: [dossier.code] } },
    ];
    const id = uuidFrom(random);
    const events: TicketEvent[] = [];
    let state: TicketState | undefined;
    for (const input of inputs) {
      const decision = decideTicket(id, events, input, { config });
      if (!decision.ok) break;
      events.push(decision.event);
      state = decision.state;
    }
    if (!state || state.status !== 'served') continue;
    lastNumber.set(groupKey, number.number);
    lastPosition.set(positionKey, position);
    tickets.push({ state, events });
    if (random.chance(0.6) && servedAt + 1 <= now) {
      const roll = random.between(0, 1);
      const level = roll < 0.88 ? 'hai-long' : roll < 0.96 ? 'binh-thuong' : 'khong-hai-long';
      const rated = decideRating(
        state,
        [],
        { channel: random.chance(0.8) ? 'counter_tablet' : 'ticket_qr', at: servedAt + 1, answers: DEFAULT_RATING_CONFIG.questions.map((q) => ({ question: q.code, level: DEFAULT_RATING_CONFIG.scale.some((l) => l.code === level) ? level : DEFAULT_RATING_CONFIG.scale[0]!.code })) },
        { id: uuidFrom(random) },
        DEFAULT_RATING_CONFIG,
      );
      if (rated.ok) ratings.push(rated.rating);
    }
  }
  return { tickets, ratings };
}

/** The counter number of each counter officer of the demo city: 1, 2, 3… in each unit. */
export function demoCounters(officers: ReadonlyArray<{ id: string; role: StaffRole; unitCode: string }>): (officerId: string) => number | undefined {
  const counters = new Map<string, number>();
  const perUnit = new Map<string, number>();
  for (const officer of officers) {
    if (!canOperateCounter({ ...officer, departmentCode: null })) continue;
    const next = (perUnit.get(officer.unitCode) ?? 0) + 1;
    perUnit.set(officer.unitCode, next);
    counters.set(officer.id, next);
  }
  return (officerId) => counters.get(officerId);
}
