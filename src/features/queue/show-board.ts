/**
 * The waiting-room board (public): the current call of each open counter and the day's last
 * calls, with the sentence to show and the sentence to speak (docs/queue.md §7), and how many
 * tickets wait in each service group. Numbers only:
 * no name, no dossier. `signature` changes whenever a call or a recall happens, so the page
 * knows when to chime and speak.
 */
import type { AppContext } from '../../platform/context.ts';
import { isoLocalDateTime } from '../../domain/calendar/local-time.ts';
import { callAnnouncement } from '../../domain/queue/announcement.ts';
import { queueDay } from '../../domain/queue/ticket-number.ts';
import { queueSetupOf } from './queue-setup.ts';
import { counterSessions } from './queue.store.ts';
import { latestCalls, openTicketsOfDay } from './queue.queries.ts';

export interface BoardCallView {
  label: string;
  counter: number;
  calledAt: string;
  recalls: number;
  display: string;
  speech: string;
}

export interface Board {
  unitName: string;
  now: string;
  counters: { number: number; name: string; open: boolean; current: BoardCallView | null }[];
  lastCalls: BoardCallView[];
  /** Tickets waiting now in each service group (numbers only; the wall screen's waiting list). */
  waiting: { code: string; name: string; waiting: number }[];
  signature: string;
}

const LAST_CALLS = 12;

export async function showBoard(ctx: AppContext, unitCode: string): Promise<Board> {
  const setup = await queueSetupOf(ctx, unitCode);
  const now = ctx.now();
  const [calls, sessions, open] = await Promise.all([latestCalls(ctx.db, unitCode, queueDay(now), 50), counterSessions(ctx.db, unitCode), openTicketsOfDay(ctx.db, unitCode, queueDay(now))]);
  const view = (call: (typeof calls)[number]): BoardCallView => {
    const announcement = callAnnouncement(call.label, call.counter);
    return { label: call.label, counter: call.counter, calledAt: isoLocalDateTime(call.calledAt), recalls: call.recalls, display: announcement.display, speech: announcement.speech };
  };
  const newest = calls[0];
  return {
    unitName: setup.unit.name,
    now: isoLocalDateTime(now),
    counters: setup.config.counters.map((counter) => {
      const current = calls.find((call) => call.counter === counter.number && (call.status === 'called' || call.status === 'serving'));
      return { number: counter.number, name: counter.name, open: sessions.some((s) => s.counter === counter.number), current: current ? view(current) : null };
    }),
    lastCalls: calls.slice(0, LAST_CALLS).map(view),
    waiting: setup.config.serviceGroups.map((group) => ({ code: group.code, name: group.name, waiting: open.filter((t) => t.status === 'waiting' && t.serviceGroup === group.code).length })),
    signature: newest ? `${newest.label}|${newest.counter}|${newest.calledAt}|${newest.recalls}|${calls.length}` : '',
  };
}
